import type { RatingLevel } from '@/domain/framework';
import { MAX_NEXT_STEPS, type FocusSkill, type ObservationContent } from '@/domain/observation';
import { Field } from '@/ui/field';
import { LevelChoice, NONE_CHOSEN } from '@/ui/level-choice';

interface ObservationFormProps {
  content: ObservationContent;
  onChange: (content: ObservationContent, options?: { isChoice?: boolean }) => void;
  focusSkills: readonly FocusSkill[];
  scale: readonly RatingLevel[];
  /** "Week 3 of the programme", when the device knows the programme. */
  weekText?: string | undefined;
  errors: Partial<Record<string, string>>;
  /** Leaves a text field: the waiting save runs at once. */
  onLeaveField: () => void;
}

/**
 * The observation form, made for a phone held in one hand at the back of a lesson: one column, large
 * targets, each focus skill's levels as big buttons with the chosen level's descriptor right under
 * them, and the text boxes after. There is no Save button: the screen saves as it changes.
 */
export function ObservationForm({
  content,
  onChange,
  focusSkills,
  scale,
  weekText,
  errors,
  onLeaveField,
}: ObservationFormProps) {
  const update = (patch: Partial<ObservationContent>) => onChange({ ...content, ...patch });

  function rate(skillId: string, level: number | null) {
    const ratings = focusSkills.map((skill) => {
      const current = content.ratings.find((rating) => rating.skillId === skill.id);
      return { skillId: skill.id, level: skill.id === skillId ? level : (current?.level ?? null) };
    });
    onChange({ ...content, ratings }, { isChoice: true });
  }

  function changeStep(index: number, text: string) {
    update({ nextSteps: content.nextSteps.map((step, at) => (at === index ? text : step)) });
  }

  return (
    <div className="observation-form stack">
      <section className="card" aria-labelledby="observation-lesson">
        <h2 id="observation-lesson">The lesson</h2>
        <Field label="Date" hint={weekText} error={errors.date}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={content.date}
              onChange={(event) => {
                if (event.target.value !== '') update({ date: event.target.value });
              }}
              onBlur={onLeaveField}
            />
          )}
        </Field>
        <p className="observation-no-names" id="no-pupil-names">
          <strong>No pupil names.</strong> Describe the class and what you saw, never who.
        </p>
        <div className="field-pair">
          <Field label="Class" error={errors.lessonClass}>
            {(control) => (
              <input
                {...control}
                value={content.lessonClass}
                placeholder="e.g. 9X2, Year 4"
                autoComplete="off"
                onChange={(event) => update({ lessonClass: event.target.value })}
                onBlur={onLeaveField}
              />
            )}
          </Field>
          <Field label="Subject" error={errors.lessonSubject}>
            {(control) => (
              <input
                {...control}
                value={content.lessonSubject}
                placeholder="e.g. Science"
                autoComplete="off"
                onChange={(event) => update({ lessonSubject: event.target.value })}
                onBlur={onLeaveField}
              />
            )}
          </Field>
        </div>
      </section>

      <section className="card stack" aria-labelledby="observation-focus">
        <div>
          <h2 id="observation-focus">Focus skills</h2>
          <p className="muted">
            Rate what you saw in this lesson. Leave “Not seen” if it did not come up.
          </p>
          {errors.ratings && <p className="field-error">{errors.ratings}</p>}
        </div>
        {focusSkills.map((skill) => (
          <FocusSkillRating
            key={skill.id}
            skill={skill}
            scale={scale}
            level={content.ratings.find((rating) => rating.skillId === skill.id)?.level ?? null}
            onRate={(level) => rate(skill.id, level)}
          />
        ))}
      </section>

      <section className="card" aria-labelledby="observation-feedback">
        <h2 id="observation-feedback">Feedback</h2>
        <Field
          label="Strengths"
          hint="What went well, and the evidence you saw."
          error={errors.strengths}
        >
          {(control) => (
            <textarea
              {...control}
              value={content.strengths}
              rows={4}
              onChange={(event) => update({ strengths: event.target.value })}
              onBlur={onLeaveField}
            />
          )}
        </Field>
        {content.nextSteps.map((step, index) => (
          <Field
            key={index}
            label={
              content.nextSteps.length > 1 ? `Next step ${(index + 1).toString()}` : 'Next step'
            }
            hint={index === 0 ? 'One or two, agreed together.' : undefined}
            error={
              errors[`nextSteps.${index.toString()}`] ??
              (index === 0 ? errors.nextSteps : undefined)
            }
          >
            {(control) => (
              <textarea
                {...control}
                className="observation-step"
                value={step}
                rows={2}
                onChange={(event) => changeStep(index, event.target.value)}
                onBlur={onLeaveField}
              />
            )}
          </Field>
        ))}
        {content.nextSteps.length < MAX_NEXT_STEPS && (
          <button
            type="button"
            className="button observation-add-step"
            onClick={() => update({ nextSteps: [...content.nextSteps, ''] })}
          >
            + Add a second next step
          </button>
        )}
        <Field
          label="Follow-up (optional)"
          hint="When you will look at this again."
          error={errors.followUp}
        >
          {(control) => (
            <input
              {...control}
              value={content.followUp}
              onChange={(event) => update({ followUp: event.target.value })}
              onBlur={onLeaveField}
            />
          )}
        </Field>
      </section>
    </div>
  );
}

interface FocusSkillRatingProps {
  skill: FocusSkill;
  scale: readonly RatingLevel[];
  level: number | null;
  onRate: (level: number | null) => void;
}

/** A focus skill's levels; "Not seen" (null) is where every skill starts. */
function FocusSkillRating({ skill, scale, level, onRate }: FocusSkillRatingProps) {
  return (
    <LevelChoice
      legend={
        <>
          <span className="level-choice-area">{skill.areaName}</span>
          <span className="level-choice-statement">{skill.statement}</span>
        </>
      }
      levels={scale}
      chosen={level ?? NONE_CHOSEN}
      onChoose={(choice) => onRate(choice === NONE_CHOSEN ? null : choice)}
    />
  );
}
