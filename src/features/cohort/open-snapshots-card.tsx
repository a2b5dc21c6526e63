import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { CheckedSnapshot } from '@/domain/cohort/check-snapshots';
import type { Cohort } from '@/domain/cohort/cohort';
import { addSnapshots, type AddOutcome } from '@/db/cohorts';
import {
  checkSnapshotsOffThread,
  prepareSnapshotChecks,
} from '@/features/cohort/check-snapshots-off-thread';
import { ImportReport, type ReportLine } from '@/features/cohort/import-report';

type OpenState =
  | { status: 'idle' }
  | { status: 'checking'; checked: number; total: number }
  | { status: 'done'; lines: ReportLine[] }
  | { status: 'failed'; message: string };

interface OpenSnapshotsCardProps {
  cohort: Cohort;
  /** Files opened with "Open a Trellis file" for this cohort: opened as if chosen here. */
  incoming?: File[] | undefined;
  /** Called as the incoming files are taken, so they are opened once. */
  onIncomingTaken?: () => void;
}

/**
 * Opens many snapshot files at once, chosen, dropped or opened with Trellis. Each file is checked
 * on its own (in a worker) and gets its own line in the report; the good ones are stored together
 * in one transaction, so a failure part-way stores none of them and the report says so.
 */
export function OpenSnapshotsCard({ cohort, incoming, onIncomingTaken }: OpenSnapshotsCardProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const taken = useRef<File[] | null>(null);
  const [state, setState] = useState<OpenState>({ status: 'idle' });
  const [isDragging, setIsDragging] = useState(false);
  const isChecking = state.status === 'checking';
  useEffect(prepareSnapshotChecks, []);

  async function open(files: File[]) {
    if (files.length === 0) return;
    setState({ status: 'checking', checked: 0, total: files.length });
    let checked: CheckedSnapshot[];
    try {
      checked = await checkSnapshotsOffThread(files, cohort.framework, (count) =>
        setState({ status: 'checking', checked: count, total: files.length }),
      );
    } catch {
      setState({ status: 'failed', message: 'The files could not be read. Nothing was added.' });
      return;
    }
    const good = checked.flatMap((result) => (result.ok ? [result.member] : []));
    let outcomes: AddOutcome[];
    try {
      outcomes = good.length > 0 ? await addSnapshots(cohort.id, good) : [];
    } catch {
      setState({
        status: 'failed',
        message:
          'The snapshots could not be stored on this device (its storage may be full), so none of them was added. Try again.',
      });
      return;
    }
    let next = 0;
    const lines = checked.map((result): ReportLine => {
      if (!result.ok) return { ok: false, fileName: result.fileName, message: result.message };
      const outcome = outcomes[next++] ?? { kind: 'added' };
      return { ok: true, fileName: result.fileName, member: result.member, outcome };
    });
    setState({ status: 'done', lines });
    if (input.current) input.current.value = '';
  }

  useEffect(() => {
    // The ref keeps a second run of this effect (React's strict mode) from opening them twice.
    if (!incoming || taken.current === incoming) return;
    taken.current = incoming;
    onIncomingTaken?.();
    void Promise.resolve(incoming).then(open);
    // open and onIncomingTaken read only setters, the cohort and the files themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [incoming]);

  function drop(event: DragEvent) {
    event.preventDefault();
    setIsDragging(false);
    if (isChecking) return;
    void open([...event.dataTransfer.files]);
  }

  return (
    <section className="card stack cohort-open" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>Open shared snapshots</h2>
      <div
        className={`cohort-drop${isDragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={drop}
      >
        <p>
          Choose the snapshot files delegates sent you — as many as you have — or drop them here.
          Each is checked on its own; a later snapshot replaces a delegate’s earlier one.
        </p>
        <label htmlFor={inputId} className="button button-primary">
          Choose snapshot files
        </label>
        <input
          ref={input}
          id={inputId}
          className="cohort-file-input"
          type="file"
          multiple
          accept=".json,application/json"
          disabled={isChecking}
          onChange={(event) => void open([...(event.target.files ?? [])])}
        />
      </div>
      <div role="status" className="cohort-open-status">
        {state.status === 'checking' &&
          `Checking ${state.checked.toString()} of ${state.total.toString()} files…`}
      </div>
      {state.status === 'failed' && (
        <p className="alert" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && <ImportReport lines={state.lines} />}
    </section>
  );
}
