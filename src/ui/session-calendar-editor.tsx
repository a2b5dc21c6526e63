import { useEffect, useId, useRef, useState } from 'react';
import { dayNumber, formatCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { newSession, type ProgrammeSession, type SessionKind } from '@/domain/programme';
import {
  breakOn,
  dateWeekText,
  programmeEndDate,
  weekForDate,
  weekStartDate,
  type ProgrammeBreak,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';
import '@/ui/editor-row.css';
import './session-calendar-editor.css';
import '@/ui/layout.css';

interface SessionCalendarEditorProps {
  sessions: ProgrammeSession[];
  onChange: (sessions: ProgrammeSession[]) => void;
  /** Messages from `fieldErrors`, keyed like "sessions.2.title". */
  errors?: Record<string, string>;
  lengthWeeks: number;
  /** When known (and valid), hints name the week a date falls in and when a planned week begins. */
  startDate?: CalendarDate | undefined;
  /** The programme's breaks (valid ones only): weeks skip them, and a date in one is named. */
  breaks?: readonly ProgrammeBreak[];
}

const NO_BREAKS: readonly ProgrammeBreak[] = [];

const kindLabels: Record<SessionKind, string> = { 'half-day': 'Half day', 'full-day': 'Full day' };

function sessionLabel(session: ProgrammeSession): string {
  const title = session.title.trim();
  return title === '' ? 'Untitled session' : title;
}

/** "Half day 6" after "Half day 1" … "Half day 5": a new session gets a name nobody has used. */
function nextSessionTitle(sessions: readonly ProgrammeSession[], kind: SessionKind): string {
  const base = kindLabels[kind];
  const taken = new Set(sessions.map((session) => session.title.trim().toLowerCase()));
  let number = sessions.filter((session) => session.kind === kind).length + 1;
  while (taken.has(`${base} ${number}`.toLowerCase())) number += 1;
  return `${base} ${number}`;
}

function isCalendarDate(value: string | undefined): value is CalendarDate {
  return (
    value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value))
  );
}

/** Where a dated session sits in the programme, in words. */
function dateHint(date: CalendarDate, span: ProgrammeSpan): string {
  if (dayNumber(date) < dayNumber(span.startDate)) return 'Before the programme starts';
  if (dayNumber(date) > dayNumber(programmeEndDate(span))) return 'After the programme ends';
  if (breakOn(span, date)) return dateWeekText(span, date);
  return `In week ${weekForDate(span, date)}`;
}

function plannedHint(
  plannedWeek: number | undefined,
  startDate: CalendarDate | undefined,
  lengthWeeks: number | undefined,
  breaks: readonly ProgrammeBreak[],
): string | undefined {
  if (plannedWeek === undefined || plannedWeek < 1) return undefined;
  if (lengthWeeks !== undefined && plannedWeek > lengthWeeks) {
    return `Usually week ${plannedWeek}, after your programme ends`;
  }
  if (!startDate || lengthWeeks === undefined) return `Usually week ${plannedWeek}`;
  const weekStart = weekStartDate({ startDate, lengthWeeks, breaks }, plannedWeek);
  return `Usually week ${plannedWeek} (from ${formatCalendarDate(weekStart)})`;
}

/**
 * The taught sessions of a programme: name, half or full day, and a date or "to be confirmed".
 * Controlled: every edit goes straight to `onChange`, and the owner validates and stores it.
 * Shared by the first-run set-up and the Programme screen.
 */
export function SessionCalendarEditor({
  sessions,
  onChange,
  errors = {},
  lengthWeeks,
  startDate,
  breaks = NO_BREAKS,
}: SessionCalendarEditorProps) {
  const baseId = useId();
  // Sessions whose "To be confirmed" box was just unticked: their date is still empty (so stored as
  // to be confirmed) but the date field stays open until a date is picked.
  const [choosingDate, setChoosingDate] = useState<ReadonlySet<string>>(new Set());
  // Where focus goes once React has drawn the change: a new session's name, a date just opened, or
  // a neighbour after a removal. A ref, not state: moving focus must not cause another render.
  const focusTarget = useRef<string | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const knownStart = isCalendarDate(startDate) ? startDate : undefined;
  const validLength = Number.isInteger(lengthWeeks) && lengthWeeks >= 1 ? lengthWeeks : undefined;

  useEffect(() => {
    const key = focusTarget.current;
    if (key === null) return;
    focusTarget.current = null;
    (key === 'add' ? addButton.current : controls.current.get(key))?.focus();
  });

  function update(index: number, changes: Partial<ProgrammeSession>) {
    onChange(
      sessions.map((session, position) =>
        position === index ? { ...session, ...changes } : session,
      ),
    );
  }

  function setConfirmed(index: number, session: ProgrammeSession, isToBeConfirmed: boolean) {
    const next = new Set(choosingDate);
    if (isToBeConfirmed) {
      next.delete(session.id);
      update(index, { date: null });
    } else {
      next.add(session.id);
      focusTarget.current = `${session.id}:date`;
    }
    setChoosingDate(next);
  }

  function add(kind: SessionKind) {
    const session = { ...newSession(kind), title: nextSessionTitle(sessions, kind) };
    onChange([...sessions, session]);
    focusTarget.current = `${session.id}:title`;
  }

  function remove(index: number) {
    const neighbour = sessions[index + 1] ?? sessions[index - 1];
    onChange(sessions.filter((_, position) => position !== index));
    focusTarget.current = neighbour ? `${neighbour.id}:title` : 'add';
  }

  function register(key: string) {
    return (element: HTMLElement | null) => {
      if (element) controls.current.set(key, element);
      else controls.current.delete(key);
    };
  }

  return (
    <div className="session-editor">
      {errors.sessions && <p className="field-error">{errors.sessions}</p>}
      {sessions.length === 0 ? (
        <p className="session-editor-empty muted">No sessions yet.</p>
      ) : (
        <ol className="stacked-list">
          {sessions.map((session, index) => {
            const rowId = `${baseId}-${index}`;
            const titleError = errors[`sessions.${index}.title`];
            const dateError = errors[`sessions.${index}.date`];
            const isToBeConfirmed = session.date === null && !choosingDate.has(session.id);
            const hint =
              session.date !== null && knownStart && validLength
                ? dateHint(session.date, {
                    startDate: knownStart,
                    lengthWeeks: validLength,
                    breaks,
                  })
                : plannedHint(session.plannedWeek, knownStart, validLength, breaks);
            const dateDescribedBy = [
              hint ? `${rowId}-hint` : null,
              dateError ? `${rowId}-date-error` : null,
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <li key={session.id}>
                <fieldset className="editor-row session-row">
                  <legend className="editor-row-legend">{sessionLabel(session)}</legend>
                  {hint && (
                    <p className="editor-row-hint field-hint" id={`${rowId}-hint`}>
                      {hint}
                    </p>
                  )}
                  <div className="editor-row-fields session-row-fields">
                    <div className="field session-field-title">
                      <label htmlFor={`${rowId}-title`}>Session name</label>
                      <input
                        ref={register(`${session.id}:title`)}
                        id={`${rowId}-title`}
                        type="text"
                        value={session.title}
                        aria-invalid={Boolean(titleError)}
                        aria-describedby={titleError ? `${rowId}-title-error` : undefined}
                        onChange={(event) => update(index, { title: event.target.value })}
                      />
                      {titleError && (
                        <p className="field-error" id={`${rowId}-title-error`}>
                          {titleError}
                        </p>
                      )}
                    </div>
                    <div className="field session-field-kind">
                      <label htmlFor={`${rowId}-kind`}>Half or full day</label>
                      <select
                        id={`${rowId}-kind`}
                        value={session.kind}
                        onChange={(event) =>
                          update(index, {
                            kind: event.target.value === 'full-day' ? 'full-day' : 'half-day',
                          })
                        }
                      >
                        <option value="half-day">{kindLabels['half-day']}</option>
                        <option value="full-day">{kindLabels['full-day']}</option>
                      </select>
                    </div>
                    <div className="field session-field-date">
                      <label htmlFor={`${rowId}-date`}>Date</label>
                      <div className="session-date-controls">
                        <input
                          ref={register(`${session.id}:date`)}
                          id={`${rowId}-date`}
                          type="date"
                          value={session.date ?? ''}
                          disabled={isToBeConfirmed}
                          aria-invalid={Boolean(dateError)}
                          aria-describedby={dateDescribedBy || undefined}
                          onChange={(event) =>
                            update(index, {
                              date: isCalendarDate(event.target.value) ? event.target.value : null,
                            })
                          }
                        />
                        <label className="session-tbc">
                          <input
                            type="checkbox"
                            checked={isToBeConfirmed}
                            aria-controls={`${rowId}-date`}
                            onChange={(event) => setConfirmed(index, session, event.target.checked)}
                          />
                          To be confirmed
                        </label>
                      </div>
                      {dateError && (
                        <p className="field-error" id={`${rowId}-date-error`}>
                          {dateError}
                        </p>
                      )}
                    </div>
                  </div>
                  {/* Last in the tab order, though drawn top right: removing is never the first thing
                      a keyboard reaches. */}
                  <button
                    type="button"
                    className="button button-quiet editor-row-remove"
                    onClick={() => remove(index)}
                  >
                    Remove <span className="visually-hidden">{sessionLabel(session)}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <div className="session-editor-add cluster">
        <button ref={addButton} type="button" className="button" onClick={() => add('half-day')}>
          <span aria-hidden="true">+</span> Add a half day
        </button>
        <button type="button" className="button" onClick={() => add('full-day')}>
          <span aria-hidden="true">+</span> Add a full day
        </button>
      </div>
    </div>
  );
}
