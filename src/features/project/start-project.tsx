import { useId, useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { MAX_PROJECT_TITLE } from '@/domain/improvement-project/project';
import { WRITE_UP_TEMPLATES, type WriteUpTemplateKey } from '@/domain/improvement-project/write-up';
import { describeStorageFailure } from '@/domain/storage-errors';
import { createProject } from '@/db/improvement-projects';
import { Field } from '@/ui/field';

/** Starting a project: its title and the write-up it will end in. Nothing is stored until Start. */
export function StartProject({ active }: { active: ActiveProgramme }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [templateKey, setTemplateKey] = useState<WriteUpTemplateKey>('improvement-report');
  const [problem, setProblem] = useState<string | undefined>();
  const [isStarting, setIsStarting] = useState(false);

  async function start() {
    if (title.trim() === '') {
      setProblem('Give the project a title');
      return;
    }
    setIsStarting(true);
    try {
      await createProject({ profileId: active.profile.id, title: title.trim(), templateKey });
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ??
          (error instanceof Error ? error.message : 'The project could not be started'),
      );
      setIsStarting(false);
    }
  }

  return (
    <form
      className="card stack project-start"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h2>Start your improvement project</h2>
      <p>
        A change you lead in your school over at least two terms, aimed at pupils’ progress and
        attainment and at your team’s capability. Trellis keeps its plan, its evidence and its log
        as it runs, and carries you to the written report.
      </p>
      <Field label="Project title" error={problem}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={MAX_PROJECT_TITLE}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setProblem(undefined);
            }}
          />
        )}
      </Field>
      <fieldset>
        <legend>The write-up it ends in</legend>
        <div className="project-templates">
          {WRITE_UP_TEMPLATES.map((template) => (
            <label key={template.key} className="project-template">
              <input
                type="radio"
                name={`${id}-template`}
                value={template.key}
                checked={templateKey === template.key}
                onChange={() => setTemplateKey(template.key)}
              />
              <span>
                <strong>{template.name}</strong>
                <span className="muted">{template.summary}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="muted">You can rename sections and change word limits later.</p>
      <div>
        <button type="submit" className="button button-primary" disabled={isStarting}>
          Start the project
        </button>
      </div>
    </form>
  );
}
