import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { localCalendarDate } from '@/domain/calendar-date';
import { activeAreas } from '@/domain/framework';
import {
  colleagueDetailsSchema,
  MAX_FOCUS_SKILLS,
  type Colleague,
  type ColleagueDetails,
} from '@/domain/colleague';
import { type Observation, type ObservationRequest } from '@/domain/observation';
import { requestFileName, requestFileText, requestLink } from '@/domain/observation-exchange';
import { newId } from '@/domain/record';
import { removeColleague, updateColleague } from '@/db/colleagues';
import { startObservation } from '@/db/observations';
import { Field } from '@/ui/field';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, navigate } from '@/ui/router';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave } from '@/ui/use-autosave';
import { useSaveState } from '@/ui/use-save-state';
import { ColleagueProgressPanel } from '@/features/colleagues/colleague-progress-panel';
import { ObservationList } from '@/features/colleagues/observation-list';
import { focusSkillsOf } from '@/features/colleagues/focus-skills';
import { ShareLinkPanel, type ShareableFile } from '@/ui/share-link-panel';
import '@/ui/layout.css';

interface ColleagueViewProps {
  active: ActiveProgramme;
  colleague: Colleague;
  colleagues: Colleague[];
  observations: Observation[];
}

/** One colleague: who they are, their focus skills, observing each other, and their progress. */
export function ColleagueView({ active, colleague, colleagues, observations }: ColleagueViewProps) {
  const theirs = observations.filter((observation) => observation.colleagueId === colleague.id);
  return (
    <div className="stack">
      <p>
        <Link to={paths.colleagues}>← All colleagues</Link>
      </p>
      <PageHeader title={colleague.name}>
        <p>{[colleague.role, colleague.subjectOrPhase].filter(Boolean).join(' · ')}</p>
      </PageHeader>
      <ObserveActions active={active} colleague={colleague} colleagues={colleagues} />
      <ColleagueProgressPanel active={active} colleague={colleague} observations={theirs} />
      <ObservationList active={active} observations={theirs} />
      <FocusSkillsCard active={active} colleague={colleague} />
      <DetailsCard colleague={colleague} />
    </div>
  );
}

function ObserveActions({
  active,
  colleague,
  colleagues,
}: {
  active: ActiveProgramme;
  colleague: Colleague;
  colleagues: Colleague[];
}) {
  const [request, setRequest] = useState<{
    link: string;
    file: ShareableFile;
    label: string;
  } | null>(null);
  const focusSkills = focusSkillsOf(active, colleague.focusSkillIds);
  const hasFocus = focusSkills.length > 0;
  const delegateName = active.profile.displayName;
  const others = colleagues.filter((other) => other.id !== colleague.id);

  async function record(direction: 'delegate-to-colleague' | 'colleague-to-delegate') {
    const observation = await startObservation(active, colleague, direction, localCalendarDate());
    navigate(`${paths.colleagues}?observation=${observation.id}`);
  }

  async function ask(kind: 'observe-me' | { observe: Colleague }) {
    const { framework, profile } = active;
    const observed = kind === 'observe-me' ? null : kind.observe;
    const skills = observed ? focusSkillsOf(active, observed.focusSkillIds) : focusSkills;
    const built: ObservationRequest = {
      requestId: newId(),
      delegate: { profileId: profile.id, name: profile.displayName },
      colleagueId: observed ? observed.id : colleague.id,
      direction: observed ? 'colleague-to-colleague' : 'colleague-to-delegate',
      observer: { name: colleague.name, colleagueId: colleague.id },
      observed: observed
        ? { name: observed.name, colleagueId: observed.id }
        : { name: delegateName },
      framework: { key: framework.key, version: framework.version, name: framework.name },
      focusSkills: skills,
      scale: framework.scale.levels,
      requestedAt: new Date().toISOString(),
    };
    const [link, fileText] = await Promise.all([
      requestLink(window.location.origin, built),
      requestFileText(built),
    ]);
    setRequest({
      link,
      file: { name: requestFileName(built), text: fileText },
      label: observed
        ? `${colleague.name} observes ${observed.name}`
        : `${colleague.name} observes you`,
    });
  }

  return (
    <section className="card stack" aria-labelledby="observe-heading">
      <h2 id="observe-heading">Observe and be observed</h2>
      {!hasFocus && (
        <p className="muted">
          Choose {colleague.name}’s focus skills below first: each observation rates them.
        </p>
      )}
      <div className="observe-buttons two-up-grid">
        <button
          type="button"
          className="button button-primary"
          disabled={!hasFocus}
          onClick={() => void record('delegate-to-colleague')}
        >
          Record: I observed {colleague.name}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasFocus}
          onClick={() => void record('colleague-to-delegate')}
        >
          Record: {colleague.name} observed me
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasFocus}
          onClick={() => void ask('observe-me')}
        >
          Ask {colleague.name} to observe me
        </button>
        {others.map((other) => (
          <button
            key={other.id}
            type="button"
            className="button"
            disabled={other.focusSkillIds.length === 0}
            onClick={() => void ask({ observe: other })}
          >
            Ask {colleague.name} to observe {other.name}
          </button>
        ))}
      </div>
      {request && (
        <ShareLinkPanel
          title={`Request: ${request.label}`}
          intro={`Send this to ${colleague.name}. It opens Trellis on their phone straight into the observation form — no account, no set-up, and it works with no signal once opened. When they finish, they send you a link back.`}
          link={request.link}
          file={request.file}
          shareTitle="Trellis observation request"
        />
      )}
    </section>
  );
}

function FocusSkillsCard({ active, colleague }: { active: ActiveProgramme; colleague: Colleague }) {
  const { saveState, track } = useSaveState();
  const chosen = new Set(colleague.focusSkillIds);
  const isFull = chosen.size >= MAX_FOCUS_SKILLS;

  function toggle(skillId: string, isChosen: boolean) {
    const focusSkillIds = isChosen
      ? [...colleague.focusSkillIds, skillId]
      : colleague.focusSkillIds.filter((id) => id !== skillId);
    void track(() => updateColleague(colleague.id, { focusSkillIds }));
  }

  return (
    <section className="card stack" aria-labelledby="focus-heading">
      <div>
        <h2 id="focus-heading">Focus skills</h2>
        <p className="muted">
          The skills you and {colleague.name} are working on together (up to {MAX_FOCUS_SKILLS}).
          Observations rate these.
        </p>
      </div>
      {activeAreas(active.framework).map((area) => {
        const count = area.skills.filter((skill) => chosen.has(skill.id)).length;
        return (
          <details key={area.id} className="focus-area" open={count > 0}>
            <summary>
              {area.name}
              {count > 0 ? ` (${count.toString()} chosen)` : ''}
            </summary>
            <fieldset className="focus-area-skills">
              <legend className="visually-hidden">{area.name}</legend>
              {area.skills.map((skill) => (
                <label key={skill.id} className="focus-skill-option">
                  <input
                    type="checkbox"
                    checked={chosen.has(skill.id)}
                    disabled={isFull && !chosen.has(skill.id)}
                    onChange={(event) => toggle(skill.id, event.target.checked)}
                  />
                  <span>{skill.statement}</span>
                </label>
              ))}
            </fieldset>
          </details>
        );
      })}
      <SaveStatus state={saveState} />
    </section>
  );
}

/** How long typing in a colleague's details must pause before they are saved. */
const DETAILS_SAVE_DELAY_MS = 500;

function DetailsCard({ colleague }: { colleague: Colleague }) {
  const {
    draft: details,
    change,
    errors,
    saveState,
    flush,
  } = useAutosave<ColleagueDetails, ColleagueDetails>({
    initial: colleague,
    check: checkWith(colleagueDetailsSchema),
    // Focus skills are saved by their own card: only the details are written here.
    save: ({ name, role, subjectOrPhase }) =>
      updateColleague(colleague.id, { name, role, subjectOrPhase }),
    delayMs: DETAILS_SAVE_DELAY_MS,
    checkWhen: 'before-saving',
  });

  async function remove() {
    await removeColleague(colleague.id);
    navigate(paths.colleagues);
  }

  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <Field label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            value={details.name}
            onChange={(e) => change({ name: e.target.value })}
            onBlur={flush}
          />
        )}
      </Field>
      <div className="field-pair">
        <Field label="Role" error={errors.role}>
          {(control) => (
            <input
              {...control}
              value={details.role}
              onChange={(e) => change({ role: e.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
        <Field label="Subject or phase" error={errors.subjectOrPhase}>
          {(control) => (
            <input
              {...control}
              value={details.subjectOrPhase}
              onChange={(e) => change({ subjectOrPhase: e.target.value })}
              onBlur={flush}
            />
          )}
        </Field>
      </div>
      <div className="cluster">
        <SaveStatus state={saveState} />
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          Remove {colleague.name} from the trio
        </button>
      </div>
    </section>
  );
}
