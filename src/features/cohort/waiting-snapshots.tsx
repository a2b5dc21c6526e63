import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { formatCalendarDate } from '@/domain/calendar-date';
import type { Profile } from '@/domain/profile';
import { plural } from '@/domain/text';
import { listCohorts } from '@/db/cohorts';

/** How many file names to list before "and N more". */
const NAMES_LISTED = 3;

function namesOf(files: readonly File[]): string {
  const names = files.slice(0, NAMES_LISTED).map((file) => `“${file.name}”`);
  const more = files.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${plural(more, 'other', 'others')}`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

interface WaitingSnapshotsProps {
  files: File[];
  facilitator: Profile;
  /** Opens the cohort's dashboard, which opens the files as its own "Open shared snapshots" does. */
  onOpenIn: (cohortId: string) => void;
  onPutAside: () => void;
}

/**
 * Snapshot files opened with "Open a Trellis file" need a cohort before they can be checked (each
 * is checked against its cohort's framework). With one cohort they go straight to it; with several
 * the facilitator says which; with none they wait here while the facilitator makes it.
 */
export function WaitingSnapshots({
  files,
  facilitator,
  onOpenIn,
  onPutAside,
}: WaitingSnapshotsProps) {
  const headingId = useId();
  const cohorts = useLiveQuery(() => listCohorts(facilitator.id), [facilitator.id]);
  const [chosenId, setChosenId] = useState('');
  const [isChoiceMissing, setIsChoiceMissing] = useState(false);
  const onlyCohortId = cohorts?.length === 1 ? cohorts[0]?.id : undefined;

  useEffect(() => {
    if (onlyCohortId !== undefined) onOpenIn(onlyCohortId);
    // Once, when there is exactly one cohort to open them in (perhaps just made).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onlyCohortId]);

  if (cohorts === undefined || onlyCohortId !== undefined) {
    return <p aria-busy="true">Opening the snapshot files…</p>;
  }

  const these = files.length === 1 ? 'it' : 'them';
  const heading = `${files.length === 1 ? 'A snapshot file' : plural(files.length, 'snapshot file', 'snapshot files')} to open`;

  function openInChosen(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosenId === '') {
      setIsChoiceMissing(true);
      return;
    }
    onOpenIn(chosenId);
  }

  return (
    <section className="card stack cohort-waiting" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{namesOf(files)}.</p>
      {cohorts.length === 0 ? (
        <>
          <p>
            A snapshot belongs in a cohort, and you have none yet. Make the cohort below — its
            programme, dates and delegates’ names — and{' '}
            {files.length === 1 ? 'it opens' : 'they open'} in it straight away.
          </p>
          <div className="cluster">
            <button type="button" className="button" onClick={onPutAside}>
              Don’t open {these}
            </button>
          </div>
        </>
      ) : (
        <form className="stack" onSubmit={openInChosen} noValidate>
          <fieldset
            className="cohort-choice"
            aria-describedby={isChoiceMissing ? `${headingId}-problem` : undefined}
          >
            <legend>Which cohort {files.length === 1 ? 'is it' : 'are they'} for?</legend>
            {cohorts.map((cohort) => (
              <div className="cohort-choice-option" key={cohort.id}>
                <input
                  id={`${headingId}-${cohort.id}`}
                  type="radio"
                  name={`${headingId}-cohort`}
                  checked={chosenId === cohort.id}
                  onChange={() => {
                    setChosenId(cohort.id);
                    setIsChoiceMissing(false);
                  }}
                />
                <label htmlFor={`${headingId}-${cohort.id}`}>
                  <strong>{cohort.programmeName}</strong>{' '}
                  <span className="muted">
                    {formatCalendarDate(cohort.startDate)} – {formatCalendarDate(cohort.endDate)}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          {isChoiceMissing && (
            <p id={`${headingId}-problem`} className="field-error" role="alert">
              Choose the cohort first.
            </p>
          )}
          <div className="cluster">
            <button type="submit" className="button button-primary">
              Open {these} in this cohort
            </button>
            <button type="button" className="button" onClick={onPutAside}>
              Don’t open {these}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
