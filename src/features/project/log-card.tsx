import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  blankLogEntry,
  MAX_LOG_ENTRIES,
  MAX_LOG_TEXT,
  type LogEntry,
} from '@/domain/improvement-project/project';
import { Field } from '@/ui/field';
import { replaceById, type ProjectFormPart } from '@/features/project/project-form';

const PROMPTS = [
  ['happened', 'What happened'],
  ['changed', 'What changed'],
  ['next', 'What next'],
] as const;

/** The project log: dated entries, newest first, each answering the same three questions. */
export function LogCard({ draft, change, errors, flush }: ProjectFormPart) {
  const log = draft.log;
  const newestFirst = [...log].sort((a, b) => b.date.localeCompare(a.date));
  const update = (id: string, changes: Partial<LogEntry>) =>
    change({ log: replaceById(log, id, changes) });
  return (
    <section className="card stack" aria-labelledby="project-log-heading">
      <h2 id="project-log-heading">Project log</h2>
      <p className="muted">
        A few lines after each meeting, training session or measurement: the write-up’s
        implementation section is built from these.
      </p>
      {log.length < MAX_LOG_ENTRIES && (
        <div>
          <button
            type="button"
            className="button"
            onClick={() => change({ log: [...log, blankLogEntry(localCalendarDate())] })}
          >
            Add a log entry
          </button>
        </div>
      )}
      {log.length === 0 && <p>No entries yet.</p>}
      <ul className="project-rows">
        {newestFirst.map((entry) => {
          const index = log.findIndex((candidate) => candidate.id === entry.id);
          return (
            <li key={entry.id} className="project-row project-log-entry">
              <h3>{formatCalendarDate(entry.date)}</h3>
              <Field label="Date" error={errors[`log.${String(index)}.date`]}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    value={entry.date}
                    onChange={(event) => {
                      if (event.target.value !== '') update(entry.id, { date: event.target.value });
                    }}
                    onBlur={flush}
                  />
                )}
              </Field>
              {PROMPTS.map(([key, label]) => (
                <Field key={key} label={label} error={errors[`log.${String(index)}.${key}`]}>
                  {(control) => (
                    <textarea
                      {...control}
                      rows={2}
                      maxLength={MAX_LOG_TEXT}
                      value={entry[key]}
                      onChange={(event) => update(entry.id, { [key]: event.target.value })}
                      onBlur={flush}
                    />
                  )}
                </Field>
              ))}
              <button
                type="button"
                className="button button-quiet"
                onClick={() =>
                  change({ log: log.filter((item) => item.id !== entry.id) }, { isChoice: true })
                }
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  the entry of {formatCalendarDate(entry.date)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
