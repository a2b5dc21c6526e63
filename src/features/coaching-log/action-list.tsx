import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate, localCalendarDate } from '@/domain/calendar-date';
import {
  ACTION_GROUP_LABELS,
  actionContentOf,
  actionTiming,
  groupActions,
  ownerText,
  type ActionGroup,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';
import { sessionTitle } from '@/domain/coaching/coaching-session';
import { findSkill } from '@/domain/framework';
import { agreedNextSteps, type Observation } from '@/domain/observation';
import { describeStorageFailure } from '@/domain/storage-errors';
import { trackObservationFollowUp, updateAction } from '@/db/coaching-log';
import { coachingSessionPath } from '@/ui/coaching-links';
import { EmptyState } from '@/ui/empty-state';
import { Link } from '@/ui/router';
import { ActionEditor } from '@/features/coaching-log/action-editor';
import { observationTitle } from '@/features/coaching-log/coaching-text';
import { TimingBadge } from '@/features/coaching-log/timing-badge';
import type { CoachingData } from '@/features/coaching-log/use-coaching-data';

const GROUPS: readonly ActionGroup[] = ['overdue', 'due-soon', 'open', 'done'];

/**
 * Every agreed action across sessions, in four sections: overdue, due soon, the rest of the open
 * ones, and done or dropped. Then the follow-ups agreed in Learning 3 observations that are not yet
 * followed up here, each one tap from joining the list.
 */
export function ActionList({
  active,
  data,
  today = localCalendarDate(),
}: {
  active: ActiveProgramme;
  data: CoachingData;
  today?: string;
}) {
  const groups = groupActions(data.actions, today);
  const followUps = untrackedFollowUps(data);
  if (data.actions.length === 0 && followUps.length === 0) {
    return (
      <EmptyState title="No actions yet">
        <p>
          Actions you agree in a coaching session, and the follow-ups agreed in Learning 3
          observations, are listed here with when they are due.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="stack action-list">
      {GROUPS.map((group) =>
        groups[group].length === 0 ? null : (
          <section key={group} aria-labelledby={`action-group-${group}`} className="stack">
            <h2 id={`action-group-${group}`}>
              {ACTION_GROUP_LABELS[group]} <span className="muted">({groups[group].length})</span>
            </h2>
            <ul className="stacked-list">
              {groups[group].map((action) => (
                <li key={action.id}>
                  <ActionRow action={action} active={active} data={data} today={today} />
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
      {followUps.length > 0 && <FollowUps profileId={active.profile.id} followUps={followUps} />}
    </div>
  );
}

function untrackedFollowUps(data: CoachingData): Observation[] {
  const tracked = new Set(data.actions.map((action) => action.fromObservationId));
  return data.observations.filter(
    (observation) =>
      observation.status === 'complete' &&
      !tracked.has(observation.id) &&
      (observation.followUp.trim() !== '' || agreedNextSteps(observation).length > 0),
  );
}

function ActionRow({
  action,
  active,
  data,
  today,
}: {
  action: CoachingAction;
  active: ActiveProgramme;
  data: CoachingData;
  today: string;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const session = data.sessions.find((candidate) => candidate.id === action.sessionId);
  const observation = data.observations.find(
    (candidate) => candidate.id === action.fromObservationId,
  );
  const coachName = session?.withWhom === 'coach' ? session.partnerName : (data.coach?.name ?? '');
  const skills = action.skillIds
    .map((skillId) => findSkill(active.framework, skillId)?.skill.statement)
    .filter((statement) => statement !== undefined);

  async function setStatus(status: CoachingAction['status']) {
    setProblem(null);
    try {
      await updateAction(action.id, { ...actionContentOf(action), status });
    } catch (error) {
      setProblem(describeStorageFailure(error) ?? 'The action could not be changed.');
    }
  }

  return (
    <article className="card action-card">
      <div className="split-row">
        <h3 className="action-text">{action.text}</h3>
        <TimingBadge timing={actionTiming(action, today)} dueDate={action.dueDate} />
      </div>
      <p className="muted">
        {ownerText(action, coachName)}
        {action.dueDate ? ` · due ${formatCalendarDate(action.dueDate)}` : ''}
        {session && (
          <>
            {' · '}
            <Link to={coachingSessionPath(session.id)}>
              {sessionTitle(session)}, {formatCalendarDate(session.date)}
            </Link>
          </>
        )}
        {observation && ` · from ${observationTitle(observation)}`}
      </p>
      {skills.length > 0 && <p className="action-skills">Skills: {skills.join('; ')}</p>}
      {action.outcome.trim() !== '' && (
        <p className="action-outcome">How it went: {action.outcome}</p>
      )}
      <div className="cluster">
        {/* While the editor is open it holds the status, so the quick buttons step aside. */}
        {isEditing ? null : action.status === 'open' ? (
          <button type="button" className="button" onClick={() => void setStatus('done')}>
            Mark done
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setStatus('open')}>
            Reopen
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          aria-expanded={isEditing}
          onClick={() => setIsEditing((current) => !current)}
        >
          {isEditing ? 'Close' : 'Edit'}
        </button>
      </div>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {isEditing && (
        <ActionEditor
          action={action}
          sources={{
            framework: active.framework,
            programme: active.programme,
            enquiries: data.enquiries,
            observations: data.observations,
          }}
        />
      )}
    </article>
  );
}

function FollowUps({
  profileId,
  followUps,
}: {
  profileId: string;
  followUps: readonly Observation[];
}) {
  const [problem, setProblem] = useState<string | null>(null);
  async function track(observationId: string) {
    setProblem(null);
    try {
      await trackObservationFollowUp(profileId, observationId);
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ??
          (error instanceof Error ? error.message : 'It could not be followed up here.'),
      );
    }
  }
  return (
    <section aria-labelledby="action-group-follow-ups" className="stack">
      <h2 id="action-group-follow-ups">
        Agreed in Learning 3 observations <span className="muted">({followUps.length})</span>
      </h2>
      <ul className="stacked-list">
        {followUps.map((observation) => (
          <li key={observation.id} className="card action-card">
            <p className="action-text">
              {observation.followUp.trim() || agreedNextSteps(observation).join('; ')}
            </p>
            <p className="muted">{observationTitle(observation)}</p>
            <p>
              <button type="button" className="button" onClick={() => void track(observation.id)}>
                Follow this up as an action
              </button>
            </p>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
