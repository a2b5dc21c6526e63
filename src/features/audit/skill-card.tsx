import { memo, useEffect, useId, useRef, useState } from 'react';
import { MAX_NOTE_LENGTH, type RatingKind } from '@/domain/rating';
import { levelOf, type RatingScale, type Skill } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import { recordRating } from '@/db/ratings';
import { Field } from '@/ui/field';
import { journalEntryPath, journalSkillPath } from '@/ui/journal-links';
import { COACHING_ACTIONS_PATH } from '@/ui/coaching-links';
import { Link } from '@/ui/router';
import { LevelChoice } from '@/features/audit/level-choice';
import { requestPersistenceOnce } from '@/features/audit/request-persistence-once';
import { TargetSelect } from '@/features/audit/target-select';
import { useDebouncedTask } from '@/ui/use-debounced-task';
import { inWeek, levelName } from '@/features/audit/week-text';
import { SaveStatus } from '@/ui/save-status';
import { useSaveState } from '@/ui/use-save-state';

/** How long typing must pause before the evidence note is saved. */
export const NOTE_SAVE_DELAY_MS = 700;

/**
 * Every prop is a primitive or an object that lives as long as the framework, so `memo` can skip
 * the cards a write did not touch: a click re-renders one card, not sixty.
 */
export interface SkillCardProps {
  profileId: string;
  frameworkId: string;
  scale: RatingScale;
  skill: Skill;
  /** The id of this card's element (the target of "Next unrated" from another card). */
  cardId: string;
  week: number;
  /** This week's self-rating, if one was made for exactly this week. */
  ratedLevel: number | null;
  ratedNote: string;
  /** The level in force before this week (carried forward), if any. */
  earlierLevel: number | null;
  earlierWeek: number | null;
  earlierNote: string;
  targetLevel: number | null;
  targetWeek: number | null;
  /** Moves to the next skill with no rating for this week (stable for the screen's life). */
  onNextUnrated: (skillId: string) => void;
  /** The journal's enquiries that target this skill (a stable array: see audit-screen.tsx). */
  enquiries: readonly SkillEnquiryLink[];
  /** Open coaching actions linked to this skill (a stable array, as `enquiries`). */
  actions: readonly SkillActionLink[];
}

export interface SkillActionLink {
  id: string;
  text: string;
  /** "Overdue by 3 days", "Due today". */
  timing: string;
  isOverdue: boolean;
}

export interface SkillEnquiryLink {
  id: string;
  title: string;
}

/**
 * Starts a click's write in the next task instead of this one. Chromium draws the frame that
 * answers a click before it runs a 0 ms timer, and Dexie sets its transaction up synchronously:
 * started in the click's own task, the write held the chosen level off the screen. Only for
 * clicks: a write on `pagehide` must not wait for a task
 * that may never run.
 */
function inNextTask(write: () => void): void {
  setTimeout(write, 0);
}

export const SkillCard = memo(function SkillCard({
  profileId,
  frameworkId,
  scale,
  skill,
  cardId,
  week,
  ratedLevel,
  ratedNote,
  earlierLevel,
  earlierWeek,
  earlierNote,
  targetLevel,
  targetWeek,
  onNextUnrated,
  enquiries,
  actions,
}: SkillCardProps) {
  const statementId = useId();
  const { saveState, setSaveState, track } = useSaveState();

  // Choices show at once; the live query catches up a moment later and then takes over.
  const [pendingLevel, setPendingLevel] = useState<{ week: number; level: number } | null>(null);
  // The target being saved; `level: null` while a removal is being saved.
  const [pendingTarget, setPendingTarget] = useState<{
    week: number;
    level: number | null;
  } | null>(null);
  if (pendingLevel && (pendingLevel.week !== week || pendingLevel.level === ratedLevel)) {
    setPendingLevel(null);
  }
  if (pendingTarget && (pendingTarget.week !== week || pendingTarget.level === targetLevel)) {
    setPendingTarget(null);
  }
  const shownLevel = pendingLevel?.week === week ? pendingLevel.level : ratedLevel;
  const shownTarget = pendingTarget?.week === week ? pendingTarget.level : targetLevel;
  const levelInForce = shownLevel ?? earlierLevel;

  // The note being typed lives here, so a save finishing (and the live query re-running) never
  // replaces text the delegate is still writing. It follows the stored note only while clean.
  const [draft, setDraft] = useState(ratedNote);
  const [isDraftDirty, setIsDraftDirty] = useState(false);
  const latestDraft = useRef(ratedNote);
  const noteInFlight = useRef<string | null>(null);
  const [syncedFrom, setSyncedFrom] = useState({ week, ratedNote });
  if (syncedFrom.week !== week || syncedFrom.ratedNote !== ratedNote) {
    const isOtherWeek = syncedFrom.week !== week;
    setSyncedFrom({ week, ratedNote });
    if (isOtherWeek || !isDraftDirty) {
      setDraft(ratedNote);
      setIsDraftDirty(false);
    }
    // "Saved" belongs to the week it was said in.
    if (isOtherWeek) setSaveState({ status: 'idle' });
  }
  // The week in which "Add note" / "Add target" was tapped: another week starts closed again.
  const [noteOpenedBy, setNoteOpenedBy] = useState<number | null>(null);
  const [targetOpenedBy, setTargetOpenedBy] = useState<number | null>(null);
  const noteSave = useDebouncedTask(NOTE_SAVE_DELAY_MS);
  const { flush: flushNote } = noteSave;
  // A note typed for one week is saved for that week before the card shows another.
  useEffect(() => flushNote, [week, flushNote]);

  async function save(kind: RatingKind, level: number, note: string): Promise<boolean> {
    const isSaved = await track(() =>
      recordRating({ profileId, frameworkId, skillId: skill.id, kind, week, level, note }),
    );
    if (isSaved) requestPersistenceOnce();
    return isSaved;
  }

  function chooseLevel(level: number) {
    // The rating carries the note as typed so far, so a waiting note save is not needed.
    noteSave.cancel();
    const note = draft;
    setPendingLevel({ week, level });
    inNextTask(() => {
      void save('self', level, note).then((isSaved) => {
        if (!isSaved) setPendingLevel(null);
        else if (latestDraft.current === note) setIsDraftDirty(false);
      });
    });
  }

  /** Sets the target, or with `null` removes the one in force (kept in the history as removed). */
  function chooseTarget(level: number | null) {
    const saveTarget =
      level !== null
        ? () => save('target', level, '')
        : targetLevel !== null
          ? () => save('target-cleared', targetLevel, '')
          : null;
    if (!saveTarget) return;
    setPendingTarget({ week, level });
    inNextTask(() => {
      void saveTarget().then((isSaved) => {
        if (!isSaved) setPendingTarget(null);
      });
    });
  }

  function saveNote(note: string, level: number | null) {
    if (level === null || note === noteInFlight.current) return;
    if (note === ratedNote) {
      setIsDraftDirty(false);
      return;
    }
    // Saving a note records "still at this level, with this evidence" for this week.
    noteInFlight.current = note;
    void save('self', level, note).then((isSaved) => {
      noteInFlight.current = null;
      if (isSaved && latestDraft.current === note) setIsDraftDirty(false);
    });
  }

  /** Leaving the field saves at once, and retries a note whose last save failed. */
  function leaveNote() {
    noteSave.cancel();
    if (isDraftDirty) saveNote(draft, levelInForce);
  }

  function changeNote(note: string) {
    setDraft(note);
    setIsDraftDirty(true);
    latestDraft.current = note;
    noteSave.schedule(() => {
      saveNote(note, levelInForce);
    });
  }

  const isRatedThisWeek = shownLevel !== null;
  const carried =
    !isRatedThisWeek && earlierLevel !== null && earlierWeek !== null
      ? { level: earlierLevel, week: earlierWeek }
      : null;
  // Evidence and target open on a tap, and stay open once they hold something.
  const isNoteShown = noteOpenedBy === week || draft !== '';
  // A target in force shows as one line ("Target: Secure (3)"); its select opens on a tap.
  const isTargetShown = targetOpenedBy === week;
  const targetSetIn = pendingTarget?.week === week ? week : targetWeek;

  return (
    <article
      className="card skill-card"
      id={cardId}
      tabIndex={-1}
      aria-labelledby={statementId}
      data-rated={isRatedThisWeek ? 'true' : undefined}
    >
      <header className="skill-card-header">
        <h3 id={statementId}>{skill.statement}</h3>
        {skill.guidance && <p className="skill-guidance">{skill.guidance}</p>}
        <div className="skill-standing">
          {isRatedThisWeek ? (
            <>
              <span className="standing-badge" data-tone="rated">
                <span aria-hidden="true">✓ </span>Rated for {weekLabel(week)}
              </span>
              {earlierLevel !== null && earlierWeek !== null && (
                <span className="muted">
                  was {levelName(scale, earlierLevel)} {inWeek(earlierWeek)}
                </span>
              )}
            </>
          ) : earlierLevel !== null && earlierWeek !== null ? (
            <span className="standing-badge" data-tone="carried">
              Last rated {levelName(scale, earlierLevel)} {inWeek(earlierWeek)}
            </span>
          ) : (
            <span className="standing-badge" data-tone="unrated">
              Not rated yet
            </span>
          )}
          <SaveStatus state={saveState} className="skill-save-status" />
        </div>
      </header>

      {enquiries.length > 0 && (
        <div className="skill-enquiries">
          {enquiries.length === 1 && enquiries[0] ? (
            // One enquiry: its own link is the whole line, so the card stays short.
            <p>
              <span className="muted">Journal: </span>
              <Link to={journalEntryPath(enquiries[0].id)}>{enquiries[0].title}</Link>
            </p>
          ) : (
            <>
              <p>
                <span className="muted">Journal: </span>
                <Link to={journalSkillPath(skill.id)}>
                  {enquiries.length} enquiries{' '}
                  <span className="visually-hidden">targeting this skill</span>
                </Link>
              </p>
              <ul>
                {enquiries.map((enquiry) => (
                  <li key={enquiry.id}>
                    <Link to={journalEntryPath(enquiry.id)}>{enquiry.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}

      {actions.length > 0 && (
        <div className="skill-enquiries skill-actions">
          <p>
            <span className="muted">Open actions: </span>
            <Link to={COACHING_ACTIONS_PATH}>
              {actions.length === 1
                ? actions[0]?.text
                : `${actions.length.toString()} agreed in coaching`}
            </Link>
            {actions.length === 1 && actions[0] && (
              <span className={actions[0].isOverdue ? 'skill-action-overdue' : 'muted'}>
                {' '}
                ({actions[0].timing})
              </span>
            )}
          </p>
          {actions.length > 1 && (
            <ul>
              {actions.map((action) => (
                <li key={action.id}>
                  {action.text}{' '}
                  <span className={action.isOverdue ? 'skill-action-overdue' : 'muted'}>
                    ({action.timing})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <LevelChoice
        levels={scale.levels}
        checkedLevel={shownLevel}
        carried={carried}
        onChoose={chooseLevel}
      />

      {isNoteShown && !isRatedThisWeek && earlierNote !== '' && earlierWeek !== null && (
        <p className="skill-earlier-note">
          <span className="muted">Note from {weekLabel(earlierWeek)}:</span> {earlierNote}
        </p>
      )}
      {isNoteShown && (
        <Field
          label="Evidence note"
          hint={
            levelInForce === null
              ? 'Choose a level first'
              : isRatedThisWeek
                ? `Optional: what shows this level? Saved as you type, for ${weekLabel(week)}.`
                : `Optional. A note also confirms ${levelName(scale, levelInForce)} for ${weekLabel(week)}.`
          }
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={MAX_NOTE_LENGTH}
              value={draft}
              disabled={levelInForce === null}
              // Opened by a tap on "Add note", the field takes the focus that tap put on a button
              // which is now gone.
              autoFocus={noteOpenedBy === week}
              onChange={(event) => changeNote(event.target.value)}
              onBlur={leaveNote}
            />
          )}
        </Field>
      )}

      {isTargetShown && (
        <TargetSelect
          levels={scale.levels}
          targetLevel={shownTarget}
          targetWeek={targetSetIn}
          week={week}
          isFocusedOnOpen={targetOpenedBy === week}
          onChoose={chooseTarget}
        />
      )}

      <div className="skill-card-footer">
        {!isNoteShown && (
          <button
            type="button"
            className="button button-quiet skill-add"
            onClick={() => setNoteOpenedBy(week)}
          >
            <span aria-hidden="true">+ </span>Add note
          </button>
        )}
        {!isTargetShown && shownTarget === null && (
          <button
            type="button"
            className="button button-quiet skill-add"
            onClick={() => setTargetOpenedBy(week)}
          >
            <span aria-hidden="true">+ </span>Add target
          </button>
        )}
        {!isTargetShown && shownTarget !== null && (
          <button
            type="button"
            className="button button-quiet skill-add"
            onClick={() => setTargetOpenedBy(week)}
          >
            Target: {levelOf(scale, shownTarget)?.label ?? shownTarget}
            <span className="visually-hidden">
              {targetSetIn !== null && targetSetIn !== week ? `, set ${inWeek(targetSetIn)}` : ''}.
              Change
            </span>
          </button>
        )}
        <button
          type="button"
          className="button button-quiet next-skill"
          aria-label="Next unrated skill"
          onClick={() => onNextUnrated(skill.id)}
        >
          Next <span aria-hidden="true">↓</span>
        </button>
      </div>
    </article>
  );
});
