import { useState } from 'react';
import type { ActiveProgramme } from '@/domain/active-programme';
import { blankSessionContent } from '@/domain/coaching/coaching-session';
import {
  CALENDAR_FILE_NAME,
  coachingCalendar,
  deviceTimeZone,
} from '@/domain/coaching/coaching-calendar';
import { localCalendarDate } from '@/domain/calendar-date';
import { describeStorageFailure } from '@/domain/storage-errors';
import { createSession } from '@/db/coaching-log';
import {
  COACHING_ACTIONS_PATH,
  coachingSessionPath,
  EVIDENCE_SETS_PATH,
} from '@/ui/coaching-links';
import { downloadTextFile } from '@/ui/download-text-file';
import { EmptyState } from '@/ui/empty-state';
import { LoadingText } from '@/ui/loading-text';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, navigate, useSearch } from '@/ui/router';
import { ActionList } from '@/features/coaching-log/action-list';
import { EvidenceSetEditor, EvidenceSets } from '@/features/coaching-log/evidence-sets';
import { SessionEditor } from '@/features/coaching-log/session-editor';
import { SessionList } from '@/features/coaching-log/session-list';
import { useCoachingData } from '@/features/coaching-log/use-coaching-data';
import '@/ui/layout.css';
import './coaching-log.css';

type View = 'sessions' | 'actions' | 'evidence';

const VIEWS: readonly { view: View; label: string; to: string }[] = [
  { view: 'sessions', label: 'Sessions', to: paths.coachingLog },
  { view: 'actions', label: 'Actions', to: COACHING_ACTIONS_PATH },
  { view: 'evidence', label: 'Evidence', to: EVIDENCE_SETS_PATH },
];

/**
 * The delegate's coaching: the session log, one session (`?session=<id>`), every agreed action
 * (`?view=actions`) and evidence sets for the final assessment (`?view=evidence`, `?set=<id>`).
 * What shows lives in the URL, so every view can be linked to and survives a reload.
 */
export function CoachingLogScreen({ active }: { active: ActiveProgramme }) {
  const { profile, framework } = active;
  const params = new URLSearchParams(useSearch());
  const sessionId = params.get('session');
  const setId = params.get('set');
  const view: View =
    params.get('view') === 'actions'
      ? 'actions'
      : params.get('view') === 'evidence'
        ? 'evidence'
        : 'sessions';
  const data = useCoachingData(profile.id, framework.id);
  const [problem, setProblem] = useState<string | null>(null);

  if (data === undefined) return <LoadingText>Opening your coaching log…</LoadingText>;

  if (sessionId !== null) {
    const session = data.sessions.find((candidate) => candidate.id === sessionId);
    if (!session) return <NotFound what="session" />;
    return <SessionEditor key={session.id} active={active} session={session} data={data} />;
  }
  if (setId !== null) {
    const set = data.evidenceSets.find((candidate) => candidate.id === setId);
    if (!set) return <NotFound what="evidence set" />;
    return <EvidenceSetEditor key={set.id} set={set} active={active} data={data} />;
  }

  async function logSession() {
    setProblem(null);
    try {
      const session = await createSession(
        profile.id,
        blankSessionContent(localCalendarDate(), data?.coach?.name ?? ''),
      );
      navigate(coachingSessionPath(session.id));
    } catch (error) {
      setProblem(
        describeStorageFailure(error) ?? 'The session could not be made. Please try again.',
      );
    }
  }

  async function exportCalendar() {
    setProblem(null);
    try {
      const text = await coachingCalendar({
        programme: active.programme,
        sessions: data?.sessions ?? [],
        actions: data?.actions ?? [],
        timeZone: deviceTimeZone(),
      });
      downloadTextFile(CALENDAR_FILE_NAME, text, 'text/calendar;charset=utf-8');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The calendar could not be made.');
    }
  }

  return (
    <div className="coaching-log stack">
      <PageHeader title="Coaching">
        <p>
          Sessions with your coach, a headteacher or a colleague you coach; the actions you agreed,
          followed up; and your coach’s verification of the record.
        </p>
      </PageHeader>
      <nav aria-label="Coaching" className="coaching-views">
        {VIEWS.map((entry) => (
          <Link
            key={entry.view}
            to={entry.to}
            className="coaching-view-link"
            aria-current={entry.view === view ? 'page' : undefined}
          >
            {entry.label}
          </Link>
        ))}
      </nav>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      {view === 'sessions' && (
        <>
          <div className="cluster">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void logSession()}
            >
              Log a session
            </button>
            <button type="button" className="button" onClick={() => void exportCalendar()}>
              Add to your calendar (.ics)
            </button>
          </div>
          <p className="muted coaching-calendar-hint">
            The calendar file holds the programme’s sessions, your coaching sessions and the due
            dates of open actions, for Outlook, Google Calendar or Apple Calendar. Notes stay here.
          </p>
          {data.sessions.length === 0 ? (
            <EmptyState title="No sessions logged yet">
              <p>
                After each session with your coach or headteacher, note what you talked about and
                what you agreed to do next.
              </p>
            </EmptyState>
          ) : (
            <section aria-labelledby="coaching-sessions-heading" className="stack">
              <h2 id="coaching-sessions-heading">
                Your sessions <span className="muted">({data.sessions.length})</span>
              </h2>
              <SessionList active={active} data={data} />
            </section>
          )}
        </>
      )}
      {view === 'actions' && <ActionList active={active} data={data} />}
      {view === 'evidence' && <EvidenceSets active={active} data={data} />}
    </div>
  );
}

function NotFound({ what }: { what: string }) {
  return (
    <div className="coaching-log stack">
      <PageHeader title={`This ${what} is not here`} />
      <div className="empty-state">
        <p>It may have been deleted, or the link is for another profile.</p>
        <Link to={paths.coachingLog} className="button">
          Back to coaching
        </Link>
      </div>
    </div>
  );
}
