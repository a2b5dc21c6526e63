import { dayNumber, type CalendarDate } from '@/domain/calendar-date';
import { sortSessions, type Programme, type ProgrammeSession } from '@/domain/programme';
import {
  breakOn,
  programmeEndDate,
  programmePauses,
  weekEndDate,
  weekForDate,
  weekStartDate,
  type ProgrammePause,
} from '@/domain/programme-weeks';

export interface ScheduledWeek {
  week: number;
  startDate: CalendarDate;
  endDate: CalendarDate;
  /** Dated sessions in date order, then those still to be confirmed that are planned for this week. */
  sessions: ProgrammeSession[];
}

export interface ProgrammeSchedule {
  weeks: ScheduledWeek[];
  /** Dated sessions outside the programme's weeks: shown apart, not squeezed into week 1 or the last. */
  beforeStart: ProgrammeSession[];
  afterEnd: ProgrammeSession[];
  /** To be confirmed, with no planned week inside the programme. */
  unplaced: ProgrammeSession[];
  /** The breaks inside the programme, each with the sessions dated in it (allowed, and said so). */
  pauses: ScheduledPause[];
}

export interface ScheduledPause extends ProgrammePause {
  sessions: ProgrammeSession[];
}

/**
 * The programme week by week. A dated session belongs to the week `weekForDate` gives it; a session
 * whose date is to be confirmed sits in the week its template planned it for.
 */
export function programmeSchedule(
  programme: Pick<Programme, 'startDate' | 'lengthWeeks' | 'sessions' | 'breaks'>,
): ProgrammeSchedule {
  const span = {
    startDate: programme.startDate,
    lengthWeeks: programme.lengthWeeks,
    breaks: programme.breaks,
  };
  const firstDay = dayNumber(programme.startDate);
  const lastDay = dayNumber(programmeEndDate(span));
  const weeks: ScheduledWeek[] = Array.from({ length: programme.lengthWeeks }, (_, index) => {
    const startDate = weekStartDate(span, index + 1);
    return {
      week: index + 1,
      startDate,
      endDate: weekEndDate(span, index + 1),
      sessions: [],
    };
  });
  const pauses: ScheduledPause[] = programmePauses(span).map((pause) => ({
    ...pause,
    sessions: [],
  }));
  const schedule: ProgrammeSchedule = {
    weeks,
    beforeStart: [],
    afterEnd: [],
    unplaced: [],
    pauses,
  };

  for (const session of sortSessions(programme.sessions)) {
    if (session.date !== null) {
      const day = dayNumber(session.date);
      if (day < firstDay) schedule.beforeStart.push(session);
      else if (day > lastDay) schedule.afterEnd.push(session);
      else {
        const pause = breakOn(span, session.date);
        if (pause)
          pauses.find((candidate) => candidate.firstDay === pause.firstDay)?.sessions.push(session);
        else weeks[weekForDate(span, session.date) - 1]?.sessions.push(session);
      }
      continue;
    }
    const planned = session.plannedWeek === undefined ? undefined : weeks[session.plannedWeek - 1];
    if (planned) planned.sessions.push(session);
    else schedule.unplaced.push(session);
  }
  return schedule;
}
