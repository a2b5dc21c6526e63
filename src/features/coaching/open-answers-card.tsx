import { useId, useRef, useState, type DragEvent } from 'react';
import { REVIEW_BUNDLE_FILE_SUFFIX } from '@/domain/review-360/review-exchange';
import { Link } from '@/ui/router';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { roundHref } from '@/features/coaching/coaching-links';
import {
  COACH_FILE_KINDS,
  openCoachFile,
  type OpenedFile,
} from '@/features/coaching/open-coach-file';

type OpenState =
  { status: 'idle' } | { status: 'opening' } | { status: 'done'; opened: OpenedFile[] };

/**
 * "Open a delegate's 360 answers": a file chosen, dropped, or handed over by "Open a Trellis
 * file". Each file is opened in turn and what it did is said in a sentence; a refused file changes
 * nothing.
 */
export function OpenAnswersCard() {
  const inputId = useId();
  const [state, setState] = useState<OpenState>({ status: 'idle' });
  const [isDragging, setIsDragging] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  useIncomingFiles(COACH_FILE_KINDS, ({ files }) => {
    // On a phone the card may sit below the coach's link: bring what the files did into view.
    cardRef.current?.scrollIntoView({ block: 'start' });
    void open(files);
  });

  async function open(files: readonly File[]) {
    if (files.length === 0) return;
    setState({ status: 'opening' });
    const opened: OpenedFile[] = [];
    for (const file of files) {
      try {
        opened.push(await openCoachFile(file));
      } catch {
        opened.push({
          ok: false,
          fileName: file.name,
          message: 'This device could not store what is in this file. Please try again.',
        });
      }
    }
    setState({ status: 'done', opened });
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    void open([...event.dataTransfer.files]);
  }

  const opened = state.status === 'done' ? state.opened : [];
  const refused = opened.filter((result) => !result.ok);
  return (
    <section ref={cardRef} className="card stack" aria-labelledby="coaching-open-title">
      <div>
        <h2 id="coaching-open-title">Open a delegate’s 360 answers</h2>
        <p>
          When a delegate sends you their answers, as a file ending{' '}
          <span className="coaching-file-name">{REVIEW_BUNDLE_FILE_SUFFIX}</span>, open it here. A
          rater’s answer sent straight to you opens here too.
        </p>
      </div>
      <div
        className="coaching-drop"
        data-dragging={isDragging}
        onDragEnter={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={() => setIsDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId} className="button button-primary">
          Choose a file…
        </label>
        <input
          id={inputId}
          className="coaching-file-input"
          type="file"
          multiple
          accept=".json,application/json"
          disabled={state.status === 'opening'}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so choosing the same file again (a later bundle) opens it again.
            event.target.value = '';
            void open(files);
          }}
        />
        <span className="muted">or drop it here</span>
      </div>
      <div role="status" className="coaching-status">
        {state.status === 'opening' && <p>Opening…</p>}
        {opened
          .filter((result) => result.ok)
          .map((result, index) => (
            <p key={index} className="coaching-opened">
              {result.message}{' '}
              {result.roundId !== undefined && (
                <Link to={roundHref(result.roundId)}>Open the report</Link>
              )}
            </p>
          ))}
      </div>
      {refused.length > 0 && (
        <div role="alert" className="stack">
          {refused.map((result, index) => (
            <p key={index} className="alert coaching-problem">
              <strong>{result.fileName}:</strong> {result.message}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
