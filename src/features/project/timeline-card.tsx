import { localCalendarDate } from '@/domain/calendar-date';
import {
  blankMilestone,
  MAX_MILESTONES,
  MAX_PROJECT_TITLE,
  MILESTONE_STATUSES,
  MIN_PROJECT_TERMS,
  milestoneStatusSchema,
  termOf,
  termsSpanned,
} from '@/domain/improvement-project/project';
import { Field } from '@/ui/field';
import { replaceById, type ProjectFormPart } from '@/features/project/project-form';

/** Milestones over the terms, each with its date and status; the terms spanned are counted. */
export function TimelineCard({ draft, change, errors, flush }: ProjectFormPart) {
  const milestones = draft.milestones;
  const terms = termsSpanned(milestones);
  const update = (id: string, changes: Partial<(typeof milestones)[number]>) =>
    change({ milestones: replaceById(milestones, id, changes) });
  return (
    <section className="card stack" aria-labelledby="project-timeline-heading">
      <h2 id="project-timeline-heading">Timeline</h2>
      <p className="muted">
        The project should run for at least {MIN_PROJECT_TERMS} terms. Mark each milestone as it
        moves.
      </p>
      {milestones.length > 0 && (
        <p className={terms.length < MIN_PROJECT_TERMS ? 'project-warning' : undefined}>
          {terms.length < MIN_PROJECT_TERMS
            ? `The milestones so far fall in ${terms.join(', ')}: plan into a second term.`
            : `Spans ${String(terms.length)} terms: ${terms.join(', ')}.`}
        </p>
      )}
      {milestones.length === 0 && <p>No milestones yet.</p>}
      <ol className="project-rows">
        {milestones.map((milestone, index) => (
          <li key={milestone.id} className="project-row project-milestone">
            <Field label="Milestone" error={errors[`milestones.${String(index)}.title`]}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={MAX_PROJECT_TITLE}
                  value={milestone.title}
                  onChange={(event) => update(milestone.id, { title: event.target.value })}
                  onBlur={flush}
                />
              )}
            </Field>
            <Field label="Date" error={errors[`milestones.${String(index)}.dueDate`]}>
              {(control) => (
                <>
                  <input
                    {...control}
                    type="date"
                    value={milestone.dueDate}
                    onChange={(event) => {
                      if (event.target.value !== '') {
                        update(milestone.id, { dueDate: event.target.value });
                      }
                    }}
                    onBlur={flush}
                  />
                  <span className="muted project-term">{termOf(milestone.dueDate)}</span>
                </>
              )}
            </Field>
            <Field label="Status">
              {(control) => (
                <select
                  {...control}
                  value={milestone.status}
                  onChange={(event) => {
                    const status = milestoneStatusSchema.safeParse(event.target.value);
                    if (status.success) {
                      change(
                        {
                          milestones: replaceById(milestones, milestone.id, {
                            status: status.data,
                          }),
                        },
                        { isChoice: true },
                      );
                    }
                  }}
                >
                  {MILESTONE_STATUSES.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                change(
                  { milestones: milestones.filter((item) => item.id !== milestone.id) },
                  { isChoice: true },
                )
              }
            >
              Remove<span className="visually-hidden"> milestone {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {milestones.length < MAX_MILESTONES && (
        <div>
          <button
            type="button"
            className="button"
            onClick={() =>
              change({ milestones: [...milestones, blankMilestone(localCalendarDate())] })
            }
          >
            Add a milestone
          </button>
        </div>
      )}
    </section>
  );
}
