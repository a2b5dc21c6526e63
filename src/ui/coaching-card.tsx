import { useLiveQuery } from 'dexie-react-hooks';
import { localCalendarDate } from '@/domain/calendar-date';
import { groupActions } from '@/domain/coaching/coaching-action';
import { listActions, listSessions } from '@/db/coaching-log';
import { COACHING_ACTIONS_PATH } from '@/ui/coaching-links';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';

/**
 * The way into coaching from Progress and Programme: sessions logged and the actions to follow up,
 * or what coaching in Trellis is for when nothing is logged yet.
 */
export function CoachingCard({ profileId }: { profileId: string }) {
  const summary = useLiveQuery(async () => {
    const [sessions, actions] = await Promise.all([
      listSessions(profileId),
      listActions(profileId),
    ]);
    const groups = groupActions(actions, localCalendarDate());
    return {
      sessions: sessions.length,
      overdue: groups.overdue.length,
      dueSoon: groups['due-soon'].length,
      open: groups.overdue.length + groups['due-soon'].length + groups.open.length,
    };
  }, [profileId]);
  return (
    <section className="card stack" aria-labelledby="coaching-card-heading">
      <div>
        <h2 id="coaching-card-heading">Coaching</h2>
        {summary === undefined ? (
          <p className="muted">…</p>
        ) : summary.sessions === 0 && summary.open === 0 ? (
          <p>
            Log your sessions with your coach or headteacher, follow up what you agreed, and ask
            your coach to verify the record — signed on their phone, so it cannot be faked.
          </p>
        ) : (
          <p>
            {summary.sessions} {summary.sessions === 1 ? 'session' : 'sessions'} logged;{' '}
            {summary.open} open {summary.open === 1 ? 'action' : 'actions'}
            {summary.overdue > 0 ? `, ${summary.overdue.toString()} overdue` : ''}
            {summary.dueSoon > 0 ? `, ${summary.dueSoon.toString()} due soon` : ''}.
          </p>
        )}
      </div>
      <p className="cluster">
        <Link to={paths.coachingLog} className="button">
          {summary?.sessions ? 'Open your coaching log' : 'Log a coaching session'}
        </Link>
        {summary !== undefined && summary.open > 0 && (
          <Link to={COACHING_ACTIONS_PATH} className="button button-quiet">
            Your actions
          </Link>
        )}
      </p>
    </section>
  );
}
