import { useId, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { ImportPreview } from '@/features/colleagues/import-preview';
import { readObservationFile } from '@/features/colleagues/observation-file';

/** "Open a file": reads it as text (size checked first) and shows the import preview. */
export function ImportFileButton({ active }: { active: ActiveProgramme }) {
  const inputId = useId();
  const [fileText, setFileText] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function open(file: File | undefined) {
    setProblem(null);
    setFileText(null);
    if (!file) return;
    const read = await readObservationFile(file);
    if (read.ok) setFileText(read);
    else setProblem(read.message);
  }

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={inputId}>Observation file</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void open(event.target.files?.[0])}
        />
      </div>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {fileText && (
        <ImportPreview
          key={fileText.name + fileText.text.length.toString()}
          active={active}
          source={{ kind: 'file', text: fileText.text }}
          onDone={() => setFileText(null)}
        />
      )}
    </div>
  );
}
