import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  ATTACHMENT_TYPES,
  evidenceContentSchema,
  evidenceInOrder,
  formatFileSize,
  MAX_EVIDENCE_DESCRIPTION,
  MAX_EVIDENCE_FIGURE,
  type ProjectEvidence,
} from '@/domain/improvement-project/evidence';
import type { Project } from '@/domain/improvement-project/project';
import { describeStorageFailure } from '@/domain/storage-errors';
import { fieldErrors } from '@/domain/validation';
import {
  addEvidence,
  deleteEvidence,
  getAttachmentBlob,
  listEvidence,
  readAttachmentFile,
} from '@/db/improvement-projects';
import { downloadBlob } from '@/ui/download-text-file';
import { Field } from '@/ui/field';
import { LoadingText } from '@/ui/loading-text';

const ACCEPT = Object.keys(ATTACHMENT_TYPES).join(',');

/** The project's own evidence: the list, and a form to add an item with an optional file. */
export function EvidenceCard({ project }: { project: Project }) {
  const items = useLiveQuery(() => listEvidence(project.id), [project.id]);
  return (
    <section className="card stack" aria-labelledby="project-evidence-heading">
      <h2 id="project-evidence-heading">The project’s own evidence</h2>
      <p className="muted">
        Test results, survey figures, photos of work or a scanned page: what shows the change. Each
        item is listed in the write-up’s appendix.
      </p>
      {items === undefined ? (
        <LoadingText>Loading the evidence…</LoadingText>
      ) : items.length === 0 ? (
        <p>No evidence items yet.</p>
      ) : (
        <ul className="project-rows project-evidence-list">
          {evidenceInOrder(items).map((item) => (
            <EvidenceItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <AddEvidenceForm project={project} />
    </section>
  );
}

function EvidenceItem({ item }: { item: ProjectEvidence }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  async function open() {
    const attachment = item.attachment;
    if (!attachment) return;
    const blob = await getAttachmentBlob(attachment.attachmentId);
    if (blob) downloadBlob(attachment.fileName, blob);
    else setProblem('This file is no longer on this device.');
  }

  async function remove() {
    try {
      await deleteEvidence(item.id);
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ?? (error instanceof Error ? error.message : String(error)),
      );
    }
  }

  return (
    <li className="project-row project-evidence-item" data-evidence-id={item.id}>
      <p>
        <strong>{item.description}</strong>
      </p>
      <p className="muted">
        {formatCalendarDate(item.date)}
        {item.figure.trim() !== '' && ` · ${item.figure}`}
      </p>
      <div className="cluster">
        {item.attachment && (
          <button type="button" className="button" onClick={() => void open()}>
            Open {item.attachment.fileName} ({formatFileSize(item.attachment.bytes)})
          </button>
        )}
        {isConfirming ? (
          <>
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Delete “{item.description}”
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setIsConfirming(true)}
          >
            Delete…
          </button>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

interface EvidenceDraft {
  description: string;
  date: string;
  figure: string;
}

function AddEvidenceForm({ project }: { project: Project }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<EvidenceDraft>(() => ({
    description: '',
    date: localCalendarDate(),
    figure: '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [fileProblem, setFileProblem] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [isAdding, setIsAdding] = useState(false);

  async function add() {
    setStatus(undefined);
    const checked = evidenceContentSchema.safeParse(draft);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      return;
    }
    setErrors({});
    const chosen = fileInput.current?.files?.[0];
    setIsAdding(true);
    try {
      let file;
      if (chosen) {
        const read = await readAttachmentFile(chosen);
        if (!read.ok) {
          setFileProblem(read.problem);
          return;
        }
        file = read.file;
      }
      await addEvidence({ projectId: project.id, content: checked.data, file });
      setDraft({ description: '', date: draft.date, figure: '' });
      if (fileInput.current) fileInput.current.value = '';
      setFileProblem(undefined);
      setStatus(`Added “${checked.data.description}”.`);
    } catch (error) {
      setStatus(
        `Not added: ${
          describeStorageFailure(error) ?? (error instanceof Error ? error.message : String(error))
        }.`,
      );
    } finally {
      setIsAdding(false);
    }
  }

  return (
    <form
      className="project-evidence-form stack"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h3 id={`${id}-heading`}>Add an evidence item</h3>
      <Field label="What it shows" error={errors.description}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={MAX_EVIDENCE_DESCRIPTION}
            value={draft.description}
            onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          />
        )}
      </Field>
      <div className="project-figures">
        <Field label="Date" error={errors.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.date}
              onChange={(event) => setDraft({ ...draft, date: event.target.value })}
            />
          )}
        </Field>
        <Field label="Figure (optional)" hint="“72% on the unit test”" error={errors.figure}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={MAX_EVIDENCE_FIGURE}
              value={draft.figure}
              onChange={(event) => setDraft({ ...draft, figure: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label="Image or PDF (optional, up to 10 MB)"
        hint="Kept on this device only. Check it shows no pupil’s name or face: cover or crop them out before you attach it."
        error={fileProblem}
      >
        {(control) => (
          <input
            {...control}
            ref={fileInput}
            type="file"
            accept={ACCEPT}
            onChange={() => setFileProblem(undefined)}
          />
        )}
      </Field>
      <div className="cluster">
        <button type="submit" className="button button-primary" disabled={isAdding}>
          Add the evidence
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
    </form>
  );
}
