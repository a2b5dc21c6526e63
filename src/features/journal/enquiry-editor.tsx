// One long form (fourteen fields in three sections) in one file; its saving lives in useAutosave.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import {
  blankEnquiryContent,
  ENQUIRY_STATUSES,
  enquiryContentOf,
  enquiryContentSchema,
  enquiryTitle,
  IMPACT_RATINGS,
  MAX_CONTEXT,
  MAX_ENQUIRY_TEXT,
  MAX_FOCUS_QUESTION,
  MAX_IMPACT,
  type Enquiry,
  type EnquiryContent,
} from '@/domain/enquiry';
import { activeAreas } from '@/domain/framework';
import { currentWeek, programmeWeeks, weekOptionText } from '@/domain/programme-weeks';
import { createEnquiry, deleteEnquiry, updateEnquiry } from '@/db/enquiries';
import { Field } from '@/ui/field';
import { journalEntryPath } from '@/ui/journal-links';
import { paths } from '@/ui/paths';
import { Link, navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { clearDraftBuffer, writeDraftBuffer } from '@/ui/draft-buffer';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { AutoGrowTextarea } from '@/features/journal/auto-grow-textarea';
import { draftBufferKey, readEnquiryDraftBuffer } from '@/features/journal/enquiry-draft-buffer';
import { ChoiceGroup } from '@/features/journal/choice-group';
import { SkillPicker } from '@/features/journal/skill-picker';

/** How long typing must pause before the enquiry is saved. */
export const ENQUIRY_SAVE_DELAY_MS = 600;

interface EnquiryEditorProps {
  active: ActiveProgramme;
  /** The stored enquiry, or undefined for a new one (stored once it has something to call it by). */
  enquiry: Enquiry | undefined;
  /** A new enquiry was stored for the first time, with this id. */
  onCreated: (enquiryId: string) => void;
  /** For a new enquiry: a skill it starts out targeting (from `?entry=new&skill=`). */
  startingSkillId?: string | undefined;
}

const NOT_RATED = 0;

function hasAnyText(content: EnquiryContent): boolean {
  return [
    content.focusQuestion,
    content.technique,
    content.context,
    content.evidence,
    content.impactOnPupils,
    content.impactOnPractice,
    content.reflection,
    content.nextSteps,
  ].some((text) => text.trim() !== '');
}

/**
 * One enquiry, written and rewritten over weeks. There is no Save button: useAutosave saves the
 * whole enquiry as you type, and a crash buffer keeps what the database has not got yet, so the
 * draft IS the record and survives a reload. A new enquiry is stored as soon as it has a focus
 * question (or a technique).
 *
 * The form belongs to this editor once open: an edit to the same enquiry in another tab at the
 * same moment is the rare case, and the newest snapshot wins.
 */
export function EnquiryEditor({ active, enquiry, onCreated, startingSkillId }: EnquiryEditorProps) {
  const { profile, programme, framework } = active;
  const id = useId();
  const areas = useMemo(() => activeAreas(framework), [framework]);
  const weeks = programmeWeeks(programme);
  const thisWeek = currentWeek(programme);

  const savedId = useRef(enquiry?.id ?? null);
  const savedRev = useRef(enquiry?.rev ?? 0);
  const bufferKey = () => draftBufferKey(profile.id, savedId.current);
  // Text typed just before the page last closed, if the database never got it (see the buffer).
  const [restored] = useState(() =>
    readEnquiryDraftBuffer(draftBufferKey(profile.id, enquiry?.id ?? null), enquiry?.rev ?? 0),
  );
  const [recordId, setRecordId] = useState(enquiry?.id ?? null);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  /** The first snapshot creates the record, later ones revise it. */
  async function save(content: EnquiryContent) {
    if (savedId.current === null) {
      const created = await createEnquiry({
        ...content,
        profileId: profile.id,
        frameworkId: framework.id,
      });
      clearDraftBuffer(bufferKey());
      savedId.current = created.id;
      savedRev.current = created.rev;
      // A flush on closing the editor may create it after the user has gone elsewhere.
      if (isMounted.current) {
        setRecordId(created.id);
        onCreated(created.id);
        navigate(journalEntryPath(created.id), { replace: true });
      }
    } else {
      savedRev.current = (await updateEnquiry(savedId.current, content)).rev;
    }
  }

  const { draft, change, errors, saveState, flush, discard, whenWritten, track } = useAutosave({
    initial: () =>
      enquiry
        ? enquiryContentOf(enquiry)
        : {
            ...blankEnquiryContent(thisWeek),
            skillIds: startingSkillId === undefined ? [] : [startingSkillId],
          },
    check: checkWith(enquiryContentSchema),
    save,
    delayMs: ENQUIRY_SAVE_DELAY_MS,
    crashBuffer: {
      restored,
      keep: (typed) => {
        // A new enquiry with nothing typed in it is not worth restoring.
        if (savedId.current !== null || hasAnyText(typed)) {
          writeDraftBuffer(bufferKey(), typed, savedRev.current);
        } else {
          clearDraftBuffer(bufferKey());
        }
      },
      clear: () => clearDraftBuffer(bufferKey()),
    },
  });

  function choose(changes: Partial<EnquiryContent>) {
    change(changes, { isChoice: true });
  }

  async function remove() {
    discard();
    const enquiryId = savedId.current;
    if (enquiryId === null) return;
    await whenWritten();
    const isDeleted = await track(() => deleteEnquiry(enquiryId));
    if (isDeleted) navigate(paths.journal);
  }

  const title = enquiryTitle(draft);
  const isNew = recordId === null;
  // Skills archived since they were chosen are not offered, but stay targeted: history is kept.
  const offeredSkillIds = new Set(areas.flatMap((area) => area.skills.map((skill) => skill.id)));
  const keptSkills = draft.skillIds.filter((skillId) => !offeredSkillIds.has(skillId));

  function textField(
    key:
      'technique' | 'evidence' | 'impactOnPupils' | 'impactOnPractice' | 'reflection' | 'nextSteps',
    label: string,
    hint: string,
  ) {
    return (
      <Field label={label} hint={hint} error={errors[key]}>
        {(control) => (
          <AutoGrowTextarea
            {...control}
            maxLength={MAX_ENQUIRY_TEXT}
            value={draft[key]}
            onChange={(event) => change({ [key]: event.target.value })}
          />
        )}
      </Field>
    );
  }

  return (
    <div className="journal enquiry-editor">
      <p className="enquiry-back">
        <Link to={paths.journal}>
          <span aria-hidden="true">{'← '}</span>
          Journal
        </Link>
      </p>
      <header className="page-header">
        <h1>{isNew ? 'New enquiry' : 'Enquiry'}</h1>
        {restored !== undefined && (
          <p className="enquiry-restored">
            Restored what you were writing when the page last closed.
          </p>
        )}
        <p>
          {isNew
            ? 'Start with the question you want to answer. Everything else can be filled in as the weeks go by; it is saved as you type.'
            : title}
        </p>
      </header>

      {/* Focus leaving any field saves at once rather than waiting for the pause. */}
      <form
        className="enquiry-form"
        aria-label={isNew ? 'New enquiry' : `Enquiry: ${title}`}
        onBlur={flush}
        onSubmit={(event) => {
          event.preventDefault();
          flush();
        }}
      >
        <section className="card enquiry-section" aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`}>The enquiry</h2>
          <Field
            label="Focus question"
            hint="What do you want to find out? For example: “Will cold calling get every pupil answering?”"
            error={errors.focusQuestion}
          >
            {(control) => (
              <AutoGrowTextarea
                {...control}
                rows={2}
                className="enquiry-focus"
                maxLength={MAX_FOCUS_QUESTION}
                value={draft.focusQuestion}
                onChange={(event) => change({ focusQuestion: event.target.value })}
              />
            )}
          </Field>
          {textField(
            'technique',
            'Technique or change tried',
            'What you did differently, in enough detail that a colleague could try it.',
          )}
          <SkillPicker
            areas={areas}
            chosen={draft.skillIds.filter((skillId) => offeredSkillIds.has(skillId))}
            onChange={(skillIds) => choose({ skillIds: [...skillIds, ...keptSkills] })}
            error={errors.skillIds}
          />
          <Field
            label="Class or group"
            hint="For example “Year 9 maths, set 3”. No pupil names: your journal may be shared."
            error={errors.context}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={MAX_CONTEXT}
                value={draft.context}
                onChange={(event) => change({ context: event.target.value })}
              />
            )}
          </Field>
          <div className="field-pair">
            <Field label="First week" error={errors.startWeek}>
              {(control) => (
                <select
                  {...control}
                  value={draft.startWeek}
                  onChange={(event) => {
                    const startWeek = Number(event.target.value);
                    choose({ startWeek, endWeek: Math.max(startWeek, draft.endWeek) });
                  }}
                >
                  {weeks.map((week) => (
                    <option key={week} value={week}>
                      {weekOptionText(programme, week, thisWeek)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Last week" error={errors.endWeek}>
              {(control) => (
                <select
                  {...control}
                  value={draft.endWeek}
                  onChange={(event) => choose({ endWeek: Number(event.target.value) })}
                >
                  {weeks.map((week) => (
                    <option key={week} value={week} disabled={week < draft.startWeek}>
                      {weekOptionText(programme, week, thisWeek)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <ChoiceGroup
            legend="Status"
            options={ENQUIRY_STATUSES}
            value={draft.status}
            onChange={(status) => choose({ status })}
          />
        </section>

        <section className="card enquiry-section" aria-labelledby={`${id}-happened`}>
          <h2 id={`${id}-happened`}>What happened</h2>
          <p className="muted">
            Fill these in as the enquiry runs. Describe pupils by class or group, never by name.
          </p>
          {textField(
            'evidence',
            'Evidence gathered',
            'What you saw, pupil work, data, feedback from a colleague.',
          )}
          {textField('impactOnPupils', 'Impact on pupils', 'What changed for the pupils?')}
          {textField(
            'impactOnPractice',
            'Impact on your practice',
            'What do you do differently now?',
          )}
          {textField('reflection', 'Reflection', 'What worked, what did not, and why?')}
          {textField(
            'nextSteps',
            'What next',
            'Keep it, change it, share it, or try something else?',
          )}
        </section>

        <section className="card enquiry-section" aria-labelledby={`${id}-effective`}>
          <h2 id={`${id}-effective`}>Was it effective?</h2>
          <div className="field">
            <label className="journal-check enquiry-effective">
              <input
                type="checkbox"
                checked={draft.effective}
                aria-describedby={`${id}-effective-hint`}
                onChange={(event) => choose({ effective: event.target.checked })}
              />
              This technique was effective
            </label>
            <p className="field-hint" id={`${id}-effective-hint`}>
              You would use it again and recommend it. Effective techniques are ranked by impact for
              your end-of-programme presentation.
            </p>
          </div>
          <ChoiceGroup
            legend="Impact rating"
            isList
            hint={`How much difference it made, from 1 to ${MAX_IMPACT}.`}
            options={[
              { value: NOT_RATED, label: 'Not rated yet' },
              ...IMPACT_RATINGS.map((rating) => ({
                value: rating.value,
                label: `${rating.value} · ${rating.label}`,
                description: rating.description,
              })),
            ]}
            value={draft.impact ?? NOT_RATED}
            onChange={(impact) => choose({ impact: impact === NOT_RATED ? null : impact })}
          />
        </section>
      </form>

      {!isNew && (
        <section className="card enquiry-delete" aria-labelledby={`${id}-delete`}>
          <h2 id={`${id}-delete`}>Delete this enquiry</h2>
          {isConfirmingDelete ? (
            <div className="stack" role="alert">
              <p>
                Delete “{title}”? It disappears from your journal, your audit and your dashboard.
              </p>
              <div className="cluster">
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => void remove()}
                >
                  Yes, delete it
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => setIsConfirmingDelete(false)}
                >
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button button-danger"
              onClick={() => setIsConfirmingDelete(true)}
            >
              Delete enquiry
            </button>
          )}
        </section>
      )}

      <div className="enquiry-savebar">
        <SaveStatus state={saveState} />
        <Link to={paths.journal} className="button">
          Done
        </Link>
      </div>
    </div>
  );
}
