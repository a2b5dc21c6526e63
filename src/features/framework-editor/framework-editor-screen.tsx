import { useId, useMemo, useState, type SubmitEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { FrameworkDefinition, StoredFramework } from '@/domain/framework';
import { addArea, ratingCountsBySkill, renameFramework } from '@/domain/framework-edits';
import { listFrameworks } from '@/db/frameworks';
import { saveFrameworkEdit } from '@/db/framework-edits';
import { frameworkSwitchProblem, switchProgrammeFramework } from '@/db/programmes';
import { listRatings } from '@/db/ratings';
import { Field } from '@/ui/field';
import { SkillStatementField } from '@/features/framework-editor/skill-statement-field';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { useSaveState } from '@/ui/use-save-state';
import { AreaSection } from '@/features/framework-editor/area-section';
import { AutosaveText } from '@/features/framework-editor/autosave-text';
import { FrameworkFilesCard } from '@/features/framework-editor/framework-files-card';
import { NewFrameworkCard } from '@/features/framework-editor/new-framework-card';
import { ScaleEditor } from '@/features/framework-editor/scale-editor';
import './framework-editor.css';
import '@/ui/layout.css';

/**
 * The framework editor: the areas and skills the audit offers, as an outline edited in place, the
 * rating scale, new frameworks, and framework files. Every change is saved at once as a new version
 * of the framework; the rules that keep ratings safe live in domain/framework-edits.ts and are
 * checked again by the repository.
 */
export function FrameworkEditorScreen({ active }: { active: ActiveProgramme }) {
  const profileId = active.profile.id;
  const inUseId = active.programme.frameworkId;
  const frameworks = useLiveQuery(() => listFrameworks(profileId), [profileId]);
  const [chosenId, setChosenId] = useState(inUseId);
  const framework =
    frameworks?.find((candidate) => candidate.id === chosenId) ??
    frameworks?.find((candidate) => candidate.id === inUseId);

  if (!frameworks || !framework) {
    return (
      <div className="loading" aria-busy="true">
        <p>Opening the framework…</p>
      </div>
    );
  }
  return (
    <FrameworkEditor
      key={framework.id}
      active={active}
      frameworks={frameworks}
      framework={framework}
      onChoose={setChosenId}
    />
  );
}

interface FrameworkEditorProps {
  active: ActiveProgramme;
  frameworks: StoredFramework[];
  framework: StoredFramework;
  onChoose: (frameworkId: string) => void;
}

function FrameworkEditor({ active, frameworks, framework, onChoose }: FrameworkEditorProps) {
  const profileId = active.profile.id;
  const events = useLiveQuery(
    () => listRatings(profileId, framework.id),
    [profileId, framework.id],
  );
  const ratingCounts = useMemo(() => ratingCountsBySkill(events ?? []), [events]);
  const { saveState, track } = useSaveState();

  function saveEdit(edit: (definition: FrameworkDefinition) => FrameworkDefinition) {
    return saveFrameworkEdit(framework.id, edit);
  }
  function act(edit: (definition: FrameworkDefinition) => FrameworkDefinition) {
    return track(() => saveEdit(edit));
  }

  const skillCount = framework.areas.reduce((total, area) => total + area.skills.length, 0);
  return (
    <div className="framework-editor">
      <PageHeader title="Framework">
        <p>
          The areas and skills you audit against, and the rating scale. Changes are saved as you
          make them. Renaming keeps a skill’s ratings; archiving hides it from new audits and keeps
          its history.
        </p>
        <p>
          <Link to={paths.programme}>
            <span aria-hidden="true">← </span>Back to your programme
          </Link>
        </p>
      </PageHeader>

      <FrameworkChoice
        active={active}
        frameworks={frameworks}
        framework={framework}
        onChoose={onChoose}
      />

      <div className="fw-layout">
        <div className="fw-main">
          <section className="card fw-details" aria-labelledby="fw-details-heading">
            <h2 id="fw-details-heading">
              About this framework{' '}
              <span className="fw-version">
                version {framework.version.toString()} · {framework.areas.length.toString()} areas ·{' '}
                {skillCount.toString()} skills
              </span>
            </h2>
            <AutosaveText
              label="Name"
              value={framework.name}
              maxLength={100}
              requiredMessage="The framework needs a name"
              onSave={(name) =>
                saveEdit((definition) =>
                  renameFramework(definition, { name, description: definition.description }),
                )
              }
            />
            <AutosaveText
              label="Description"
              hint="Optional: who it is for and how to rate."
              value={framework.description}
              maxLength={600}
              isMultiline
              rows={3}
              onSave={(description) =>
                saveEdit((definition) =>
                  renameFramework(definition, { name: definition.name, description }),
                )
              }
            />
          </section>

          <section className="fw-outline" aria-labelledby="fw-outline-heading">
            <div className="split-row fw-outline-header">
              <h2 id="fw-outline-heading">Areas and skills</h2>
              <SaveStatus state={saveState} />
            </div>
            <p className="muted fw-outline-intro">
              Archive a skill to hide it from new audits: its ratings stay in your charts, and you
              can restore it at any time. Nothing is ever deleted.
            </p>
            {framework.areas.map((area, index) => (
              <AreaSection
                key={area.id}
                area={area}
                index={index}
                count={framework.areas.length}
                ratingCounts={ratingCounts}
                onEdit={saveEdit}
                onAction={act}
              />
            ))}
            <AddAreaForm onAdd={(name, skill) => act((f) => addArea(f, name, skill).framework)} />
          </section>
        </div>

        <div className="fw-side">
          <ScaleEditor scale={framework.scale} events={events ?? []} onEdit={saveEdit} />
          <FrameworkFilesCard profileId={profileId} framework={framework} onImported={onChoose} />
          <NewFrameworkCard profileId={profileId} frameworks={frameworks} onCreated={onChoose} />
        </div>
      </div>
    </div>
  );
}

function FrameworkChoice({ active, frameworks, framework, onChoose }: FrameworkEditorProps) {
  const headingId = useId();
  const isInUse = framework.id === active.programme.frameworkId;
  const inUse = frameworks.find((candidate) => candidate.id === active.programme.frameworkId);
  const switchProblem = useLiveQuery(
    () => frameworkSwitchProblem(active.profile.id),
    [active.profile.id, active.programme.frameworkId],
  );
  const [failure, setFailure] = useState<string | null>(null);

  async function switchToThis() {
    setFailure(null);
    try {
      await switchProgrammeFramework(active.profile.id, framework.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Something went wrong.');
    }
  }

  return (
    <section className="card fw-choice" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Which framework
      </h2>
      {frameworks.length > 1 && (
        <Field label="Framework to edit">
          {(control) => (
            <select
              {...control}
              value={framework.id}
              onChange={(event) => onChoose(event.target.value)}
            >
              {frameworks.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                  {candidate.id === active.programme.frameworkId ? ' (your programme’s)' : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {isInUse ? (
        <p className="fw-in-use">
          <span className="fw-badge" data-kind="in-use">
            In use
          </span>{' '}
          Your programme audits against “{framework.name}”: changes show in your audit at once.
        </p>
      ) : (
        <div className="fw-switch">
          <p>Your programme audits against “{inUse?.name ?? 'another framework'}”, not this one.</p>
          {switchProblem === null ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void switchToThis()}
            >
              Use “{framework.name}” for my programme
            </button>
          ) : (
            switchProblem !== undefined && <p className="field-hint">{switchProblem}</p>
          )}
          {failure && (
            <p className="alert" role="alert">
              {failure}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function AddAreaForm({ onAdd }: { onAdd: (name: string, firstSkill: string) => Promise<boolean> }) {
  const headingId = useId();
  const [name, setName] = useState('');
  const [firstSkill, setFirstSkill] = useState('');
  const [errors, setErrors] = useState<{ name?: string; firstSkill?: string }>({});

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const next = {
      ...(name.trim() === '' ? { name: 'Give the area a name' } : {}),
      ...(firstSkill.trim() === '' ? { firstSkill: 'An area needs at least one skill' } : {}),
    };
    setErrors(next);
    if (next.name || next.firstSkill) return;
    void onAdd(name.trim(), firstSkill.trim()).then((isSaved) => {
      if (!isSaved) return;
      setName('');
      setFirstSkill('');
    });
  }

  return (
    <form className="card fw-add-area" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>Add an area</h3>
      <Field label="Area name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <SkillStatementField
        label="Its first skill"
        error={errors.firstSkill}
        value={firstSkill}
        onChange={setFirstSkill}
      />
      <button type="submit" className="button">
        <span aria-hidden="true">+</span> Add area
      </button>
    </form>
  );
}
