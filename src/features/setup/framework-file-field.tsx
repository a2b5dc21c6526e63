import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { FrameworkDefinition } from '@/domain/framework';
import { FRAMEWORK_FILE_MAX_BYTES, readFrameworkFile } from '@/domain/framework-file';

interface FrameworkFileFieldProps {
  framework: FrameworkDefinition | null;
  onChange: (framework: FrameworkDefinition | null) => void;
}

/**
 * "Use a framework file": a facilitator prepares a framework for a cohort, and each delegate starts
 * their programme with it instead of a built-in one. The file is read and checked here; nothing is
 * stored until the form is submitted.
 */
export function FrameworkFileField({ framework, onChange }: FrameworkFileFieldProps) {
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<{ fileName: string; lines: string[] } | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setProblems(null);
    if (!file) return;
    if (file.size > FRAMEWORK_FILE_MAX_BYTES) {
      setProblems({
        fileName: file.name,
        lines: ['This file is larger than 1 MB, so it is not a Trellis framework file.'],
      });
      onChange(null);
      return;
    }
    const read = await readFrameworkFile(await file.text());
    if (read.ok) onChange(read.framework);
    else {
      setProblems({ fileName: file.name, lines: read.problems });
      onChange(null);
    }
  }

  function remove() {
    onChange(null);
    setProblems(null);
    if (input.current) input.current.value = '';
  }

  return (
    <div className="field setup-framework-file">
      <label htmlFor={inputId}>Or use a framework file</label>
      <p className="field-hint" id={hintId}>
        From your facilitator: a .trellis-framework.json file (up to 1 MB). Use it instead of the
        programme’s built-in framework.
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) => void choose(event)}
      />
      {framework && (
        <div className="setup-framework-file-chosen">
          <p className="setup-framework-note" role="status">
            You will audit yourself against <strong>{framework.name}</strong>, from the file (
            {framework.areas.length} areas).
          </p>
          <button type="button" className="button" onClick={remove}>
            Use the built-in framework instead
          </button>
        </div>
      )}
      {problems && (
        <div className="alert" role="alert">
          <p>
            <strong>{problems.fileName} cannot be used.</strong>
          </p>
          <ul>
            {problems.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
