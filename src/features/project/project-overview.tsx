import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import {
  blankCriterion,
  blankPerson,
  MAX_AIM_TEXT,
  MAX_PROJECT_TEXT,
  MAX_PROJECT_TITLE,
  MAX_PEOPLE,
  MAX_SHORT_TEXT,
  MAX_SUCCESS_CRITERIA,
  projectContentOf,
  projectContentSchema,
  projectStatus,
  projectStatusLine,
  type Project,
  type ProjectContent,
} from '@/domain/improvement-project/project';
import { useState } from 'react';
import { describeStorageFailure } from '@/domain/storage-errors';
import { deleteProject, updateProject } from '@/db/improvement-projects';
import { Field } from '@/ui/field';
import { projectPrintPath, projectWriteUpPath } from '@/ui/journal-links';
import { Link } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { EvidenceCard } from '@/features/project/evidence-card';
import { LinkedRecordsCard } from '@/features/project/linked-records-card';
import { LogCard } from '@/features/project/log-card';
import {
  figureFromInput,
  replaceById,
  type ProjectFormPart,
} from '@/features/project/project-form';
import { TimelineCard } from '@/features/project/timeline-card';

/** How long typing must pause before the project is saved. */
export const PROJECT_SAVE_DELAY_MS = 700;

const NO_PUPIL_NAMES =
  'Write about pupils by group (“Year 8 set 3”), never by name: your report will be read by others.';

/** The parts of this long page, for the contents links at its top. */
const CONTENTS = [
  ['project-plan-heading', 'Problem and aims'],
  ['project-criteria-heading', 'Success criteria'],
  ['project-people-heading', 'People'],
  ['project-timeline-heading', 'Timeline'],
  ['project-log-heading', 'Log'],
  ['project-links-heading', 'Linked evidence'],
  ['project-evidence-heading', 'Own evidence'],
] as const;

/**
 * The project as it runs: its plan, people, timeline and log in one autosaved form (one row, so
 * one snapshot), and its evidence beside it. There is no Save button; the status line says where
 * the saving is.
 */
export function ProjectOverview({
  active,
  project,
}: {
  active: ActiveProgramme;
  project: Project;
}) {
  const { draft, change, errors, saveState, flush } = useAutosave({
    initial: () => projectContentOf(project),
    check: checkWith<ProjectContent>(projectContentSchema),
    save: (content) => updateProject(project.id, content),
    delayMs: PROJECT_SAVE_DELAY_MS,
  });
  const part: ProjectFormPart = { draft, change, errors, flush };
  const status = projectStatus(draft);

  function text(
    key: 'title' | 'problem' | 'diagnosis' | 'aimPupils' | 'aimTeam',
    label: string,
    max: number,
    hint?: string,
  ) {
    return (
      <Field label={label} hint={hint} error={errors[key]}>
        {(control) =>
          key === 'title' ? (
            <input
              {...control}
              type="text"
              maxLength={max}
              value={draft.title}
              onChange={(event) => change({ title: event.target.value })}
              onBlur={flush}
            />
          ) : (
            <textarea
              {...control}
              rows={4}
              maxLength={max}
              value={draft[key]}
              onChange={(event) => change({ [key]: event.target.value })}
              onBlur={flush}
            />
          )
        }
      </Field>
    );
  }

  return (
    <div className="project-overview stack">
      <section className="card project-summary" aria-label="Where the project stands">
        <p className="project-status">{projectStatusLine(status)}</p>
        {status.next && (
          <p className="muted">
            Next: {status.next.title || 'a milestone without a title'} (
            {formatCalendarDate(status.next.dueDate)})
          </p>
        )}
        <div className="cluster">
          <Link to={projectWriteUpPath()} className="button button-primary">
            Write up the project
          </Link>
          <Link to={projectPrintPath()} className="button">
            Print view
          </Link>
        </div>
        <nav aria-label="On this page" className="project-contents">
          <ul>
            {CONTENTS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SaveStatus state={saveState} />
      </section>

      <section className="card stack" aria-labelledby="project-plan-heading">
        <h2 id="project-plan-heading">The problem and the aims</h2>
        {text('title', 'Project title', MAX_PROJECT_TITLE)}
        {text(
          'problem',
          'The problem',
          MAX_PROJECT_TEXT,
          'What needs to improve for pupils, and how you know. ' + NO_PUPIL_NAMES,
        )}
        {text(
          'diagnosis',
          'How you diagnosed it',
          MAX_PROJECT_TEXT,
          'The evidence you gathered before deciding what to do: data, book looks, pupil voice, observations.',
        )}
        {text('aimPupils', 'Aim for pupils’ progress and attainment', MAX_AIM_TEXT)}
        {text('aimTeam', 'Aim for your team’s capability', MAX_AIM_TEXT)}
      </section>

      <CriteriaCard {...part} />
      <PeopleCard {...part} />
      <TimelineCard {...part} />
      <LogCard {...part} />
      <LinkedRecordsCard active={active} {...part} />
      <EvidenceCard project={project} />
      <DeleteProjectCard project={project} />
    </div>
  );
}

/** Deleting asks once more, naming everything that goes with the project. */
function DeleteProjectCard({ project }: { project: Project }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  async function remove() {
    try {
      await deleteProject(project.id);
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ?? (error instanceof Error ? error.message : String(error)),
      );
    }
  }
  return (
    <section className="card stack" aria-labelledby="project-delete-heading">
      <h2 id="project-delete-heading">Start again</h2>
      {isConfirming ? (
        <>
          <p>
            This deletes the project, its evidence items and their files, and its write-up. Your
            journal, ratings and observations stay as they are.
          </p>
          <div className="cluster">
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Delete the project and its write-up
            </button>
            <button type="button" className="button" onClick={() => setIsConfirming(false)}>
              Keep it
            </button>
          </div>
        </>
      ) : (
        <div>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setIsConfirming(true)}
          >
            Delete this project…
          </button>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          Not deleted: {problem}.
        </p>
      )}
    </section>
  );
}

function CriteriaCard({ draft, change, errors, flush }: ProjectFormPart) {
  const criteria = draft.successCriteria;
  const update = (id: string, changes: Partial<(typeof criteria)[number]>) =>
    change({ successCriteria: replaceById(criteria, id, changes) });
  return (
    <section className="card stack" aria-labelledby="project-criteria-heading">
      <h2 id="project-criteria-heading">Success criteria</h2>
      <p className="muted">
        What you will measure, where it started (the baseline) and where you aim to get it. Add the
        latest figure as you measure again.
      </p>
      {criteria.length === 0 && <p>No success criteria yet.</p>}
      <ol className="project-rows">
        {criteria.map((criterion, index) => (
          <li key={criterion.id} className="project-row">
            <Field
              label={`Criterion ${String(index + 1)}`}
              error={errors[`successCriteria.${String(index)}.description`]}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={MAX_SHORT_TEXT}
                  value={criterion.description}
                  onChange={(event) => update(criterion.id, { description: event.target.value })}
                  onBlur={flush}
                />
              )}
            </Field>
            <div className="project-figures">
              {(['baseline', 'target', 'latest'] as const).map((key) => (
                <Field
                  key={key}
                  label={key === 'baseline' ? 'Baseline' : key === 'target' ? 'Target' : 'Latest'}
                  error={errors[`successCriteria.${String(index)}.${key}`]}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="number"
                      step="any"
                      inputMode="decimal"
                      defaultValue={criterion[key] ?? ''}
                      onChange={(event) =>
                        update(criterion.id, { [key]: figureFromInput(event.target.value) })
                      }
                      onBlur={flush}
                    />
                  )}
                </Field>
              ))}
              <Field label="Unit" error={errors[`successCriteria.${String(index)}.unit`]}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    maxLength={20}
                    placeholder="%"
                    value={criterion.unit}
                    onChange={(event) => update(criterion.id, { unit: event.target.value })}
                    onBlur={flush}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                change(
                  { successCriteria: criteria.filter((item) => item.id !== criterion.id) },
                  { isChoice: true },
                )
              }
            >
              Remove<span className="visually-hidden"> criterion {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {criteria.length < MAX_SUCCESS_CRITERIA && (
        <div>
          <button
            type="button"
            className="button"
            onClick={() => change({ successCriteria: [...criteria, blankCriterion()] })}
          >
            Add a success criterion
          </button>
        </div>
      )}
    </section>
  );
}

function PeopleCard({ draft, change, errors, flush }: ProjectFormPart) {
  const people = draft.people;
  const update = (id: string, changes: Partial<(typeof people)[number]>) =>
    change({ people: replaceById(people, id, changes) });
  return (
    <section className="card stack" aria-labelledby="project-people-heading">
      <h2 id="project-people-heading">Who is involved</h2>
      <p className="muted">
        Roles, not names: “Head of science”, “Year 8 tutors (6)”, “Teaching assistants”. Never name
        a pupil.
      </p>
      {people.length === 0 && <p>Nobody added yet.</p>}
      <ul className="project-rows">
        {people.map((person, index) => (
          <li key={person.id} className="project-row project-person">
            <Field label="Role" error={errors[`people.${String(index)}.role`]}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={100}
                  value={person.role}
                  onChange={(event) => update(person.id, { role: event.target.value })}
                  onBlur={flush}
                />
              )}
            </Field>
            <Field
              label="What they do in the project"
              error={errors[`people.${String(index)}.contribution`]}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  maxLength={MAX_SHORT_TEXT}
                  value={person.contribution}
                  onChange={(event) => update(person.id, { contribution: event.target.value })}
                  onBlur={flush}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-quiet"
              onClick={() =>
                change(
                  { people: people.filter((item) => item.id !== person.id) },
                  { isChoice: true },
                )
              }
            >
              Remove<span className="visually-hidden"> {person.role.trim() || 'this role'}</span>
            </button>
          </li>
        ))}
      </ul>
      {people.length < MAX_PEOPLE && (
        <div>
          <button
            type="button"
            className="button"
            onClick={() => change({ people: [...people, blankPerson()] })}
          >
            Add a role
          </button>
        </div>
      )}
    </section>
  );
}
