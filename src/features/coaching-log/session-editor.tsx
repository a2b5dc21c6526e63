// One long form (the session, its GROW notes, its actions and its verification) in one file; its
// saving lives in useAutosave.
import { useId, useMemo, useRef, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { blankActionContent } from '@/domain/coaching/coaching-action';
import {
  blankGrow,
  GROW_PARTS,
  MAX_FOCUS_SKILLS_PER_SESSION,
  MAX_GROW_TEXT,
  MAX_PRIVATE_NOTES,
  MAX_SESSION_NOTES,
  SESSION_KIND_LABELS,
  SESSION_KINDS,
  SESSION_PARTNER_LABELS,
  SESSION_PARTNERS,
  sessionContentOf,
  sessionContentSchema,
  sessionTitle,
  type CoachingSession,
  type SessionContent,
  type SessionKind,
  type SessionPartner,
  coachNameFor,
} from '@/domain/coaching/coaching-session';
import {
  deviceTimeZone,
  sessionCalendarFileName,
  singleSessionCalendar,
} from '@/domain/coaching/coaching-calendar';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { dateWeekText } from '@/domain/programme-weeks';
import { createAction, deleteSession, updateSession } from '@/db/coaching-log';
import { clearDraftBuffer, readDraftBuffer, writeDraftBuffer } from '@/ui/draft-buffer';
import { ConfirmDelete } from '@/ui/confirm-delete';
import { downloadTextFile } from '@/ui/download-text-file';
import { Field } from '@/ui/field';
import { paths } from '@/ui/paths';
import { Link, navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { ActionEditor } from '@/features/coaching-log/action-editor';
import { SkillSelect } from '@/features/coaching-log/skill-select';
import type { CoachingData } from '@/features/coaching-log/use-coaching-data';
import { VerificationPanel } from '@/features/coaching-log/verification-panel';

export const SESSION_SAVE_DELAY_MS = 600;

/** `trellis.coaching-session-draft.<profileId>.<sessionId>`: typing the database has not got yet. */
function bufferKey(profileId: string, sessionId: string): string {
  return `trellis.coaching-session-draft.${profileId}.${sessionId}`;
}

interface SessionEditorProps {
  active: ActiveProgramme;
  session: CoachingSession;
  data: CoachingData;
}

/**
 * One coaching session: when, with whom, what kind, the skills in focus, notes (plain or GROW),
 * private notes, the actions agreed, and the coach's verification. There is no Save button: the
 * session is saved as typed, with a crash buffer for the last moment's typing before a reload.
 */
export function SessionEditor({ active, session, data }: SessionEditorProps) {
  const { profile, programme, framework } = active;
  const id = useId();
  const key = bufferKey(profile.id, session.id);
  const savedRev = useRef(session.rev);
  const [restored] = useState(() => readDraftBuffer(key, session.rev, sessionContentSchema));
  const [newAction, setNewAction] = useState('');
  const [actionProblem, setActionProblem] = useState<string | null>(null);

  const { draft, change, errors, saveState, flush, discard, whenWritten, track } = useAutosave({
    initial: () => sessionContentOf(session),
    check: checkWith(sessionContentSchema),
    save: async (content: SessionContent) => {
      savedRev.current = (await updateSession(session.id, content)).rev;
    },
    delayMs: SESSION_SAVE_DELAY_MS,
    crashBuffer: {
      restored,
      keep: (typed) => writeDraftBuffer(key, typed, savedRev.current),
      clear: () => clearDraftBuffer(key),
    },
  });

  const actions = data.actions
    .filter((action) => action.sessionId === session.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
  // The verification compares what is stored, so it follows the saved session, not the draft.
  const content = useMemo(
    () => sessionContent(session, data.actions, framework, coachNameFor(session)),
    [session, data.actions, framework],
  );

  async function addAction() {
    setActionProblem(null);
    const text = newAction.trim();
    if (text === '') {
      setActionProblem('Say what was agreed first.');
      return;
    }
    try {
      await createAction(profile.id, session.id, {
        ...blankActionContent(),
        text,
        skillIds: draft.focusSkillIds.slice(0, 12),
      });
      setNewAction('');
    } catch (error) {
      setActionProblem(error instanceof Error ? error.message : 'The action was not added.');
    }
  }

  async function remove() {
    discard();
    await whenWritten();
    const isDeleted = await track(() => deleteSession(session.id));
    if (isDeleted) navigate(paths.coachingLog);
  }

  async function addToCalendar() {
    const text = await singleSessionCalendar(session, deviceTimeZone());
    downloadTextFile(sessionCalendarFileName(session), text, 'text/calendar;charset=utf-8');
  }

  function partnerLabel(partner: SessionPartner): string {
    if (partner === 'coach') return 'Your coach’s name';
    if (partner === 'headteacher') return 'The headteacher’s name';
    return 'The colleague’s name';
  }

  return (
    <div className="coaching-log stack">
      <p className="coaching-back">
        <Link to={paths.coachingLog}>
          <span aria-hidden="true">{'← '}</span>
          All sessions
        </Link>
      </p>
      <header className="page-header">
        <h1>{sessionTitle(draft)}</h1>
        {restored !== undefined && <p>Restored what you were writing when the page last closed.</p>}
        <SaveStatus state={saveState} />
      </header>

      <section className="card stack" aria-labelledby={`${id}-when`} onBlur={flush}>
        <h2 id={`${id}-when`}>The session</h2>
        <div className="two-up-grid">
          <Field label="Date" hint={dateWeekText(programme, draft.date)} error={errors.date}>
            {(control) => (
              <input
                {...control}
                type="date"
                required
                value={draft.date}
                onChange={(event) => change({ date: event.target.value }, { isChoice: true })}
              />
            )}
          </Field>
          <Field label="Start time" hint="Optional; for your calendar" error={errors.startTime}>
            {(control) => (
              <input
                {...control}
                type="time"
                value={draft.startTime ?? ''}
                onChange={(event) =>
                  change(
                    { startTime: event.target.value === '' ? null : event.target.value },
                    { isChoice: true },
                  )
                }
              />
            )}
          </Field>
          <Field label="Length in minutes" error={errors.durationMinutes}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={5}
                max={480}
                step={5}
                value={Number.isNaN(draft.durationMinutes) ? '' : draft.durationMinutes}
                onChange={(event) => change({ durationMinutes: event.target.valueAsNumber })}
              />
            )}
          </Field>
          <Field label="Kind" error={errors.kind}>
            {(control) => (
              <select
                {...control}
                value={draft.kind}
                onChange={(event) =>
                  change({ kind: event.target.value as SessionKind }, { isChoice: true })
                }
              >
                {SESSION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {SESSION_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset>
          <legend>With whom</legend>
          <div className="cluster">
            {SESSION_PARTNERS.map((partner) => (
              <label key={partner} className="coaching-choice">
                <input
                  type="radio"
                  name={`${id}-with`}
                  value={partner}
                  checked={draft.withWhom === partner}
                  onChange={() =>
                    change(
                      {
                        withWhom: partner,
                        colleagueId: null,
                        partnerName:
                          partner === 'coach' ? (data.coach?.name ?? draft.partnerName) : '',
                      },
                      { isChoice: true },
                    )
                  }
                />
                {SESSION_PARTNER_LABELS[partner]}
              </label>
            ))}
          </div>
        </fieldset>
        {draft.withWhom === 'colleague' && data.colleagues.length > 0 ? (
          <Field label="Which colleague" error={errors.colleagueId}>
            {(control) => (
              <select
                {...control}
                value={draft.colleagueId ?? ''}
                onChange={(event) => {
                  const colleague = data.colleagues.find(
                    (candidate) => candidate.id === event.target.value,
                  );
                  change(
                    {
                      colleagueId: colleague?.id ?? null,
                      partnerName: colleague?.name ?? '',
                    },
                    { isChoice: true },
                  );
                }}
              >
                <option value="">Choose…</option>
                {data.colleagues.map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label={partnerLabel(draft.withWhom)} error={errors.partnerName}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={80}
                value={draft.partnerName}
                onChange={(event) => change({ partnerName: event.target.value })}
              />
            )}
          </Field>
        )}
        <SkillSelect
          label="Skills or behaviours in focus"
          framework={framework}
          chosen={draft.focusSkillIds}
          max={MAX_FOCUS_SKILLS_PER_SESSION}
          onChange={(focusSkillIds) => change({ focusSkillIds }, { isChoice: true })}
        />
      </section>

      <section className="card stack" aria-labelledby={`${id}-notes`} onBlur={flush}>
        <div className="split-row">
          <h2 id={`${id}-notes`}>Notes</h2>
          <label className="coaching-choice">
            <input
              type="checkbox"
              checked={draft.grow !== null}
              onChange={(event) =>
                change(
                  { grow: event.target.checked ? (draft.grow ?? blankGrow()) : null },
                  {
                    isChoice: true,
                  },
                )
              }
            />
            Use the GROW structure
          </label>
        </div>
        {draft.grow !== null &&
          GROW_PARTS.map((part) => (
            <Field
              key={part.key}
              label={part.label}
              hint={part.hint}
              error={errors[`grow.${part.key}`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  maxLength={MAX_GROW_TEXT}
                  value={draft.grow?.[part.key] ?? ''}
                  onChange={(event) =>
                    change({
                      grow: { ...(draft.grow ?? blankGrow()), [part.key]: event.target.value },
                    })
                  }
                />
              )}
            </Field>
          ))}
        <Field
          label={draft.grow === null ? 'What you talked about' : 'Other notes'}
          error={errors.notes}
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              maxLength={MAX_SESSION_NOTES}
              value={draft.notes}
              onChange={(event) => change({ notes: event.target.value })}
            />
          )}
        </Field>
        <Field
          label="Private notes"
          hint="Only on this device (and in your own backups): never in a verification request, calendar, spreadsheet, progress update or presentation."
          error={errors.privateNotes}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={MAX_PRIVATE_NOTES}
              className="coaching-private"
              value={draft.privateNotes}
              onChange={(event) => change({ privateNotes: event.target.value })}
            />
          )}
        </Field>
      </section>

      <section className="card stack" aria-labelledby={`${id}-actions`}>
        <h2 id={`${id}-actions`}>Agreed actions</h2>
        {actions.length === 0 && <p className="muted">No actions agreed in this session yet.</p>}
        <ul className="stacked-list">
          {actions.map((action) => (
            <li key={action.id} className="action-item">
              <ActionEditor
                action={action}
                sources={{
                  framework,
                  programme,
                  enquiries: data.enquiries,
                  observations: data.observations,
                }}
              />
            </li>
          ))}
        </ul>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void addAction();
          }}
        >
          <Field label="A new action" error={actionProblem ?? undefined}>
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={500}
                value={newAction}
                onChange={(event) => setNewAction(event.target.value)}
              />
            )}
          </Field>
          <p>
            <button type="submit" className="button">
              Add the action
            </button>
          </p>
        </form>
      </section>

      <VerificationPanel
        profile={profile}
        subject={{ kind: 'session', id: session.id }}
        content={content}
        rows={data.verifications}
        coach={data.coach}
        what="this session’s record"
      />

      <section className="card stack" aria-labelledby={`${id}-more`}>
        <h2 id={`${id}-more`}>More</h2>
        <div className="cluster">
          <button type="button" className="button" onClick={() => void addToCalendar()}>
            Add to your calendar (.ics)
          </button>
          <ConfirmDelete
            label="Delete session"
            question="Delete this session and its actions?"
            onDelete={remove}
          />
        </div>
      </section>
    </div>
  );
}
