import { formatCalendarDate } from '@/domain/calendar-date';
import type { Programme, ProgrammeSession } from '@/domain/programme';
import { currentWeek, programmePhase, weekLabel } from '@/domain/programme-weeks';
import { programmeSchedule } from '@/features/programme/programme-schedule';

const kindLabels = { 'half-day': 'Half day', 'full-day': 'Full day' } as const;

function SessionList({ sessions }: { sessions: ProgrammeSession[] }) {
  return (
    <ul className="programme-sessions">
      {sessions.map((session) => (
        <li key={session.id} data-kind={session.kind}>
          <span className="programme-session-title">{session.title}</span>
          <span className="programme-session-meta">
            {kindLabels[session.kind]} ·{' '}
            {session.date === null ? (
              <em className="programme-session-tbc">date to be confirmed</em>
            ) : (
              <time dateTime={session.date}>{formatCalendarDate(session.date)}</time>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The programme week by week: each week's dates and the sessions in it, the current week marked.
 * Reads the stored programme, so it follows every saved edit.
 */
export function ProgrammeTimeline({ programme }: { programme: Programme }) {
  const schedule = programmeSchedule(programme);
  const phase = programmePhase(programme);
  const thisWeek = phase === 'not-started' ? undefined : currentWeek(programme);
  const extras = [
    { key: 'before', title: 'Before week 1', sessions: schedule.beforeStart },
    { key: 'after', title: 'After the programme ends', sessions: schedule.afterEnd },
    { key: 'unplaced', title: 'Date and week to be confirmed', sessions: schedule.unplaced },
  ].filter((extra) => extra.sessions.length > 0);

  return (
    <section className="card programme-timeline" aria-labelledby="programme-weeks-heading">
      <h2 id="programme-weeks-heading">Week by week</h2>
      {phase === 'not-started' && (
        <p className="programme-timeline-note">
          Your programme starts on {formatCalendarDate(programme.startDate)}. Until then, audits
          count as your baseline.
        </p>
      )}
      {phase === 'finished' && (
        <p className="programme-timeline-note">
          Your programme has finished. Audits you record now count as week {programme.lengthWeeks}.
        </p>
      )}
      <ol className="programme-weeks">
        {schedule.weeks.map((week) => {
          const isCurrent = week.week === thisWeek;
          return (
            <li
              key={week.week}
              className="programme-week"
              aria-current={isCurrent ? 'true' : undefined}
            >
              <p className="programme-week-label">
                <strong>{weekLabel(week.week)}</strong>
                {isCurrent && <span className="badge week-chip">This week</span>}
              </p>
              <p className="programme-week-dates">
                <time dateTime={week.startDate}>{formatCalendarDate(week.startDate)}</time>
                {' – '}
                <time dateTime={week.endDate}>{formatCalendarDate(week.endDate)}</time>
              </p>
              {week.sessions.length > 0 ? (
                <SessionList sessions={week.sessions} />
              ) : (
                <p className="programme-week-empty">No sessions</p>
              )}
            </li>
          );
        })}
      </ol>
      {extras.map((extra) => (
        <div key={extra.key} className="programme-extra">
          <h3>{extra.title}</h3>
          <SessionList sessions={extra.sessions} />
        </div>
      ))}
    </section>
  );
}
