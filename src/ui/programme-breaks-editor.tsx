import { useEffect, useId, useRef } from 'react';
import { dayNumber, formatCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import {
  newBreak,
  programmeBreakSchema,
  validBreaks,
  type ProgrammeBreakRow,
} from '@/domain/programme';
import {
  programmeEndDate,
  programmePauses,
  weekStartDate,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';
import { suggestedBreaks } from '@/domain/school-breaks';
import '@/ui/editor-row.css';
import './programme-breaks-editor.css';
import '@/ui/layout.css';

interface ProgrammeBreaksEditorProps {
  /** As typed: a date not yet picked is an empty string, which the owner's check reports. */
  breaks: ProgrammeBreakRow[];
  onChange: (breaks: ProgrammeBreakRow[]) => void;
  /** Messages from `fieldErrors`, keyed like "breaks.1.lastDay". */
  errors?: Record<string, string>;
  /** When both are known and valid, each break says where it falls and the usual ones are offered. */
  startDate?: CalendarDate | undefined;
  lengthWeeks?: number | undefined;
}

function breakLabel(pause: ProgrammeBreakRow): string {
  const name = pause.name.trim();
  return name === '' ? 'Unnamed break' : name;
}

function daysText(pause: Pick<ProgrammeBreakRow, 'firstDay' | 'lastDay'>): string {
  return `${formatCalendarDate(pause.firstDay)} – ${formatCalendarDate(pause.lastDay)}`;
}

/** Where a break falls in the programme, in words: the weeks either side of it. */
function placeHint(pause: ProgrammeBreakRow, span: ProgrammeSpan): string | undefined {
  if (!programmeBreakSchema.safeParse(pause).success) return undefined;
  if (dayNumber(pause.lastDay) < dayNumber(span.startDate)) return 'Before the programme starts';
  const placed = programmePauses(span).find(
    (candidate) =>
      dayNumber(candidate.firstDay) <= dayNumber(pause.lastDay) &&
      dayNumber(candidate.lastDay) >= dayNumber(pause.firstDay),
  );
  if (!placed) {
    return dayNumber(pause.firstDay) > dayNumber(programmeEndDate(span))
      ? 'After the programme ends'
      : undefined;
  }
  const next = `week ${placed.weekAfter} starts on ${formatCalendarDate(weekStartDate(span, placed.weekAfter))}`;
  return placed.weekBefore === 0
    ? `Before week 1: ${next}`
    : `After week ${placed.weekBefore}: ${next}`;
}

/**
 * The programme's breaks (school holidays): name, first and last day. Weeks skip them, so the
 * programme's length stays a count of teaching weeks. Below the list, the usual English holidays
 * that fall inside the programme are offered as suggestions to add and then edit, worded as what
 * they are — usual dates, not this school's. Controlled: the owner validates and stores.
 * Shared by the first-run set-up and the Programme screen.
 */
export function ProgrammeBreaksEditor({
  breaks,
  onChange,
  errors = {},
  startDate,
  lengthWeeks,
}: ProgrammeBreaksEditorProps) {
  const baseId = useId();
  const focusTarget = useRef<string | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const span: ProgrammeSpan | undefined =
    startDate !== undefined && lengthWeeks !== undefined
      ? { startDate, lengthWeeks, breaks: validBreaks(breaks) }
      : undefined;
  const suggestions = span ? suggestedBreaks(span) : [];

  useEffect(() => {
    const key = focusTarget.current;
    if (key === null) return;
    focusTarget.current = null;
    (key === 'add' ? addButton.current : controls.current.get(key))?.focus();
  });

  function update(index: number, changes: Partial<ProgrammeBreakRow>) {
    onChange(
      breaks.map((pause, position) => (position === index ? { ...pause, ...changes } : pause)),
    );
  }

  function add(details: Pick<ProgrammeBreakRow, 'name' | 'firstDay' | 'lastDay'>) {
    const pause = newBreak(details);
    const sorted = [...breaks, pause].sort((a, b) =>
      a.firstDay === '' || b.firstDay === '' ? 0 : a.firstDay.localeCompare(b.firstDay),
    );
    onChange(sorted);
    focusTarget.current = `${pause.id}:name`;
  }

  function remove(index: number) {
    const neighbour = breaks[index + 1] ?? breaks[index - 1];
    onChange(breaks.filter((_, position) => position !== index));
    focusTarget.current = neighbour ? `${neighbour.id}:name` : 'add';
  }

  function register(key: string) {
    return (element: HTMLElement | null) => {
      if (element) controls.current.set(key, element);
      else controls.current.delete(key);
    };
  }

  return (
    <div className="breaks-editor">
      {errors.breaks && <p className="field-error">{errors.breaks}</p>}
      {breaks.length === 0 ? (
        <p className="breaks-editor-empty muted">No breaks: every week counts.</p>
      ) : (
        <ol className="stacked-list">
          {breaks.map((pause, index) => {
            const rowId = `${baseId}-${index}`;
            const fieldError = (field: string) => errors[`breaks.${index}.${field}`];
            const hint = span ? placeHint(pause, span) : undefined;
            return (
              <li key={pause.id}>
                <fieldset className="editor-row break-row">
                  <legend className="editor-row-legend">{breakLabel(pause)}</legend>
                  {hint && <p className="editor-row-hint field-hint">{hint}</p>}
                  <div className="editor-row-fields break-row-fields">
                    {(
                      [
                        ['name', 'Name', 'text'],
                        ['firstDay', 'First day', 'date'],
                        ['lastDay', 'Last day', 'date'],
                      ] as const
                    ).map(([field, label, type]) => {
                      const error = fieldError(field);
                      return (
                        <div key={field} className={`field break-field-${field}`}>
                          <label htmlFor={`${rowId}-${field}`}>{label}</label>
                          <input
                            ref={register(`${pause.id}:${field}`)}
                            id={`${rowId}-${field}`}
                            type={type}
                            value={pause[field]}
                            aria-invalid={Boolean(error)}
                            aria-describedby={error ? `${rowId}-${field}-error` : undefined}
                            onChange={(event) => update(index, { [field]: event.target.value })}
                          />
                          {error && (
                            <p className="field-error" id={`${rowId}-${field}-error`}>
                              {error}
                            </p>
                          )}
                        </div>
                      );
                    })}
                  </div>
                  <button
                    type="button"
                    className="button button-quiet editor-row-remove"
                    onClick={() => remove(index)}
                  >
                    Remove <span className="visually-hidden">{breakLabel(pause)}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="cluster">
        <button
          ref={addButton}
          type="button"
          className="button"
          onClick={() => add({ name: '', firstDay: '', lastDay: '' })}
        >
          <span aria-hidden="true">+</span> Add a break
        </button>
      </div>
      {suggestions.length > 0 && (
        <section className="breaks-suggestions" aria-labelledby={`${baseId}-suggestions`}>
          <h4 id={`${baseId}-suggestions`}>Usual school holidays in your programme’s dates</h4>
          <p className="field-hint">
            Usual dates in England, not your school’s: term dates vary by local authority and
            school, so check yours and change the days once added.
          </p>
          <ul className="breaks-suggestion-list">
            {suggestions.map((suggestion) => (
              <li key={`${suggestion.name}-${suggestion.firstDay}`}>
                <span>
                  <strong>{suggestion.name}</strong>{' '}
                  <span className="muted">usually {daysText(suggestion)}</span>
                </span>
                <button type="button" className="button" onClick={() => add(suggestion)}>
                  Add <span className="visually-hidden">{suggestion.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
