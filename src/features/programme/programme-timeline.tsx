import { formatCalendarDate } from '@/domain/calendar-date';
import type { Programme, ProgrammeSession } from '@/domain/programme';
import { formatCalendarDate as formatDay, localCalendarDate } from '@/domain/calendar-date';
import { breakOn, currentWeek, programmePhase, weekLabel } from '@/domain/programme-weeks';
import { programmeSchedule, type ScheduledPause } from '@/features/programme/programme-schedule';

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

/** A break between two weeks: its days, that no week runs in it, and any session dated in it. */
function PauseItem({ pause, isCurrent }: { pause: ScheduledPause; isCurrent: boolean }) {
  return (
    <li className="programme-week programme-break" aria-current={isCurrent ? 'true' : undefined}>
      <p className="programme-week-label">
        <strong>{pause.name}</strong>
        {isCurrent && <span className="badge week-chip">Now</span>}
      </p>
      <p className="programme-week-dates">
        <time dateTime={pause.firstDay}>{formatDay(pause.firstDay)}</time>
        {' – '}
        <time dateTime={pause.lastDay}>{formatDay(pause.lastDay)}</time>
      </p>
      {pause.sessions.length > 0 ? (
        <SessionList sessions={pause.sessions} />
      ) : (
        <p className="programme-week-empty">A break: no programme week</p>
      )}
    </li>
  );
}

/**
 * The programme week by week: each week's dates and the sessions in it, the current week marked.
 * Reads the stored programme, so it follows every saved edit.
 */
export function ProgrammeTimeline({ programme }: { programme: Programme }) {
  const schedule = programmeSchedule(programme);
  const phase = programmePhase(programme);
  const currentPause = phase === 'running' ? breakOn(programme, localCalendarDate()) : undefined;
  const thisWeek = phase === 'not-started' || currentPause ? undefined : currentWeek(programme);
  const pausesAfter = (week: number) =>
    schedule.pauses
      .filter((pause) => pause.weekBefore === week)
      .map((pause) => (
        <PauseItem
          key={`break-${pause.firstDay}`}
          pause={pause}
          isCurrent={pause.firstDay === currentPause?.firstDay}
        />
      ));
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
        {pausesAfter(0)}
        {schedule.weeks.flatMap((week) => {
          const isCurrent = week.week === thisWeek;
          return [
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
            </li>,
            ...pausesAfter(week.week),
          ];
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
