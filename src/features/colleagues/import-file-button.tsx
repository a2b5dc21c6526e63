import { useId, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { MAX_EXCHANGE_JSON_BYTES } from '@/domain/observation-exchange';
import { ImportPreview } from '@/features/colleagues/import-preview';

/** "Open a file": reads it as text (size checked first) and shows the import preview. */
export function ImportFileButton({ active }: { active: ActiveProgramme }) {
  const inputId = useId();
  const [fileText, setFileText] = useState<{ name: string; text: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function open(file: File | undefined) {
    setProblem(null);
    setFileText(null);
    if (!file) return;
    if (file.size > MAX_EXCHANGE_JSON_BYTES) {
      setProblem(
        `“${file.name}” is too large to be an observation (${Math.ceil(file.size / 1024).toString()} KB). Choose the .trellis-observation.json file you were sent.`,
      );
      return;
    }
    setFileText({ name: file.name, text: await file.text() });
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
