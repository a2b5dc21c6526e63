import { useMemo } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { formatCalendarDate } from '@/domain/calendar-date';
import {
  durationText,
  sessionTitle,
  type CoachingSession,
  coachNameFor,
} from '@/domain/coaching/coaching-session';
import { sessionContent } from '@/domain/coaching/verifiable-content';
import { findSkill } from '@/domain/framework';
import { coachingSessionPath } from '@/ui/coaching-links';
import { Link } from '@/ui/router';
import type { CoachingData } from '@/features/coaching-log/use-coaching-data';
import { useSubjectVerification } from '@/features/coaching-log/use-subject-verification';
import { VerificationBadge } from '@/features/coaching-log/verification-badge';

/** The session log, newest first: one card per session with its actions and verification. */
export function SessionList({ active, data }: { active: ActiveProgramme; data: CoachingData }) {
  return (
    <ul className="stacked-list session-list">
      {data.sessions.map((session) => (
        <li key={session.id}>
          <SessionCard session={session} active={active} data={data} />
        </li>
      ))}
    </ul>
  );
}

function SessionCard({
  session,
  active,
  data,
}: {
  session: CoachingSession;
  active: ActiveProgramme;
  data: CoachingData;
}) {
  const { framework } = active;
  const content = useMemo(
    () => sessionContent(session, data.actions, framework, coachNameFor(session)),
    [session, data.actions, framework],
  );
  const status = useSubjectVerification(
    data.verifications,
    { kind: 'session', id: session.id },
    content,
  );
  const actions = data.actions.filter((action) => action.sessionId === session.id);
  const open = actions.filter((action) => action.status === 'open').length;
  const focus = session.focusSkillIds
    .map((skillId) => findSkill(framework, skillId)?.skill.statement)
    .filter((statement) => statement !== undefined);
  return (
    <article className="card session-card">
      <h3>
        <Link to={coachingSessionPath(session.id)}>{sessionTitle(session)}</Link>
      </h3>
      <p className="muted">
        {formatCalendarDate(session.date)}
        {session.startTime === null ? '' : `, ${session.startTime}`} ·{' '}
        {durationText(session.durationMinutes)}
      </p>
      {focus.length > 0 && <p className="session-focus">In focus: {focus.join('; ')}</p>}
      <div className="cluster">
        <span>
          {actions.length === 0
            ? 'No actions'
            : `${actions.length.toString()} ${actions.length === 1 ? 'action' : 'actions'}, ${open.toString()} open`}
        </span>
        <VerificationBadge status={status} />
      </div>
    </article>
  );
}
