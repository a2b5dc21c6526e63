import { useId, useRef, useState } from 'react';
import type { StoredFramework } from '@/domain/framework';
import {
  FRAMEWORK_FILE_MAX_BYTES,
  frameworkFileName,
  frameworkFileText,
  summariseImportChanges,
  type FrameworkImportChanges,
} from '@/domain/framework-file';
import {
  importFramework,
  previewFrameworkImport,
  type FrameworkImportPreview,
} from '@/db/framework-import';
import { downloadTextFile } from '@/ui/download-text-file';
import { useIncomingFiles } from '@/ui/use-incoming-files';

interface FrameworkFilesCardProps {
  profileId: string;
  framework: StoredFramework;
  /** Called with the imported (added or updated) framework's id. */
  onImported: (frameworkId: string) => void;
}

const MAX_SIZE_TEXT = `${(FRAMEWORK_FILE_MAX_BYTES / (1024 * 1024)).toString()} MB`;

function countSkills(framework: { areas: { skills: unknown[] }[] }): number {
  return framework.areas.reduce((total, area) => total + area.skills.length, 0);
}

/**
 * Export the framework as a file, and import one: a facilitator prepares a framework once and every
 * delegate imports it. An import is previewed first; nothing is written until "Import" is pressed.
 * A framework file opened with "Open a Trellis file" gets the same preview as one chosen here.
 */
export function FrameworkFilesCard({ profileId, framework, onImported }: FrameworkFilesCardProps) {
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const card = useRef<HTMLElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<FrameworkImportPreview | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function exportFile() {
    downloadTextFile(frameworkFileName(framework.name), await frameworkFileText(framework));
  }

  async function chooseFile(file: File | undefined) {
    setOutcome(null);
    setPreview(null);
    if (!file) return;
    setFileName(file.name);
    if (file.size > FRAMEWORK_FILE_MAX_BYTES) {
      setPreview({
        ok: false,
        problems: [
          `This file is ${(file.size / (1024 * 1024)).toFixed(1)} MB; a framework file is at most ${MAX_SIZE_TEXT}. It is probably not a Trellis framework file.`,
        ],
      });
      return;
    }
    setIsBusy(true);
    try {
      setPreview(await previewFrameworkImport(profileId, await file.text()));
    } finally {
      setIsBusy(false);
    }
  }

  useIncomingFiles(['framework'], ({ files }) => {
    // The card sits low on a phone: bring its preview to where the person is looking.
    card.current?.scrollIntoView({ block: 'start' });
    void chooseFile(files[0]);
  });

  function reset() {
    setPreview(null);
    setFileName('');
    if (fileInput.current) fileInput.current.value = '';
  }

  async function applyImport() {
    if (!preview?.ok) return;
    setIsBusy(true);
    try {
      const stored = await importFramework(profileId, preview.incoming);
      setOutcome({
        ok: true,
        message:
          preview.plan.kind === 'update'
            ? `Updated "${stored.name}" to version ${stored.version.toString()}.`
            : `Added "${stored.name}". It is shown below.`,
      });
      reset();
      onImported(stored.id);
    } catch (error) {
      setOutcome({
        ok: false,
        message: `Nothing was imported: ${error instanceof Error ? error.message : 'something went wrong'}`,
      });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section ref={card} className="card fw-files" aria-labelledby={headingId}>
      <h2 id={headingId}>Share as a file</h2>
      <p className="muted">
        Send this framework to colleagues or a cohort; they import the file on their own device.
      </p>
      <div className="fw-form-actions">
        <button type="button" className="button" onClick={() => void exportFile()}>
          Export framework file
        </button>
      </div>

      <div className="field fw-import">
        <label htmlFor={inputId}>Import a framework file</label>
        <p className="field-hint" id={hintId}>
          A .trellis-framework.json file, up to {MAX_SIZE_TEXT}. A file of a framework you already
          have updates it: renamed skills keep their ratings, and skills with ratings are never
          removed.
        </p>
        <input
          ref={fileInput}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          disabled={isBusy}
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
      </div>

      {preview && !preview.ok && (
        <div className="alert" role="alert">
          <p>
            <strong>{fileName || 'This file'} cannot be imported.</strong> Nothing has changed.
          </p>
          <ul className="fw-problems">
            {preview.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {preview?.ok && preview.plan.kind === 'refused' && (
        <div className="alert" role="alert">
          <p>
            <strong>{fileName} cannot be imported.</strong> Nothing has changed.
          </p>
          <p>{preview.plan.reason}</p>
        </div>
      )}
      {preview?.ok && preview.plan.kind !== 'refused' && (
        <div className="fw-preview" role="status">
          <h3>Before you import</h3>
          {preview.plan.kind === 'add' ? (
            <p>
              Adds a new framework, “{preview.incoming.name}”: {preview.incoming.areas.length}{' '}
              areas, {countSkills(preview.incoming)} skills, a{' '}
              {preview.incoming.scale.levels.length}
              -level scale.
            </p>
          ) : (
            <>
              <p>
                Updates “{preview.existingName}”: {summariseImportChanges(preview.plan.changes)}.
              </p>
              <ImportChangeList changes={preview.plan.changes} />
            </>
          )}
          <div className="fw-form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={isBusy}
              onClick={() => void applyImport()}
            >
              Import
            </button>
            <button type="button" className="button button-quiet" onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <p className={outcome.ok ? 'fw-outcome' : 'alert'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
    </section>
  );
}

function ImportChangeList({ changes }: { changes: FrameworkImportChanges }) {
  const lines = [
    ...changes.addedAreas.map((name) => `New area: ${name}`),
    ...changes.addedSkills.map((statement) => `New skill: ${statement}`),
    ...changes.renamedAreas.map(({ from, to }) => `Area renamed: ${from} → ${to}`),
    ...changes.renamedSkills.map(({ from, to }) => `Renamed: ${from} → ${to}`),
    ...changes.archivedSkills.map((statement) => `Archived (ratings kept): ${statement}`),
    ...changes.restoredSkills.map((statement) => `Restored: ${statement}`),
    ...changes.removedSkills.map((statement) => `Removed (never rated): ${statement}`),
  ];
  if (lines.length === 0) return null;
  return (
    <ul className="fw-change-list">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
