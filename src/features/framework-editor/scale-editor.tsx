import { useId, useState, type SubmitEvent } from 'react';
import { ratingScaleSchema, type RatingLevel, type RatingScale } from '@/domain/framework';
import { resizeScale, scaleChangeProblem, setScale } from '@/domain/framework-edits';
import type { RatingEvent } from '@/domain/rating';
import { fieldErrors } from '@/domain/validation';
import { Field } from '@/ui/field';
import { SaveStatus } from '@/ui/save-status';
import { useSaveState } from '@/ui/use-save-state';
import type { FrameworkEdit } from '@/features/framework-editor/framework-edit';
import '@/ui/layout.css';

interface ScaleEditorProps {
  scale: RatingScale;
  events: readonly RatingEvent[];
  onEdit: FrameworkEdit;
}

const LEVEL_COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The rating scale, saved with a button (a change of scale is one deliberate act, not keystrokes).
 * The check that no rating is left out of range runs as you edit, and again when saving.
 */
export function ScaleEditor({ scale, events, onEdit }: ScaleEditorProps) {
  const headingId = useId();
  const { saveState, setSaveState, track } = useSaveState();
  const [draft, setDraft] = useState(scale);
  const [isDirty, setIsDirty] = useState(false);
  const [syncedFrom, setSyncedFrom] = useState(scale);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (syncedFrom !== scale) {
    setSyncedFrom(scale);
    if (!isDirty) setDraft(scale);
  }
  const problem = scaleChangeProblem(draft, events);

  function update(next: RatingScale) {
    setDraft(next);
    setIsDirty(true);
    setSaveState({ status: 'idle' });
  }

  function changeLevel(index: number, change: Partial<RatingLevel>) {
    update({
      levels: draft.levels.map((level, at) => (at === index ? { ...level, ...change } : level)),
    });
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const parsed = ratingScaleSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setSaveState({ status: 'invalid' });
      return;
    }
    setErrors({});
    if (problem) return;
    void track(() => onEdit((framework) => setScale(framework, parsed.data))).then((isSaved) => {
      if (isSaved) setIsDirty(false);
    });
  }

  function discard() {
    setDraft(scale);
    setIsDirty(false);
    setErrors({});
    setSaveState({ status: 'idle' });
  }

  return (
    <section className="card fw-scale" aria-labelledby={headingId}>
      <h2 id={headingId}>Rating scale</h2>
      <p className="muted">
        Each skill is rated on this scale. Ratings already made keep their level, so the scale must
        keep every level that has been used.
      </p>
      <form onSubmit={submit} noValidate>
        <Field label="Number of levels">
          {(control) => (
            <select
              {...control}
              value={draft.levels.length}
              onChange={(event) => update(resizeScale(draft, Number(event.target.value)))}
            >
              {LEVEL_COUNTS.map((count) => (
                <option key={count} value={count}>
                  {count} levels
                </option>
              ))}
            </select>
          )}
        </Field>
        <ol className="stacked-list">
          {draft.levels.map((level, index) => (
            <li key={level.value} className="fw-level">
              <p className="fw-level-value" aria-hidden="true">
                {level.value}
              </p>
              <div className="fw-level-fields">
                <Field
                  label={`Level ${level.value.toString()} label`}
                  error={errors[`levels.${index.toString()}.label`]}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      maxLength={40}
                      value={level.label}
                      onChange={(event) => changeLevel(index, { label: event.target.value })}
                    />
                  )}
                </Field>
                <Field
                  label={`Level ${level.value.toString()} descriptor`}
                  error={errors[`levels.${index.toString()}.descriptor`]}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      rows={2}
                      maxLength={400}
                      value={level.descriptor}
                      onChange={(event) => changeLevel(index, { descriptor: event.target.value })}
                    />
                  )}
                </Field>
              </div>
            </li>
          ))}
        </ol>
        {problem && (
          <p className="alert" role="alert">
            This scale cannot be saved: {problem}
          </p>
        )}
        <div className="fw-form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={!isDirty || problem !== null}
          >
            Save scale
          </button>
          {isDirty && (
            <button type="button" className="button button-quiet" onClick={discard}>
              Discard changes
            </button>
          )}
          <SaveStatus state={saveState} />
        </div>
      </form>
    </section>
  );
}
