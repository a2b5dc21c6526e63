import { addDays, dayNumber, type CalendarDate } from '@/domain/calendar-date';
import { programmePauses, type ProgrammeBreak, type ProgrammeSpan } from '@/domain/programme-weeks';

/**
 * The usual English school holidays, offered when a programme is set up or edited. They are
 * SUGGESTIONS worked out from the calendar, never facts: term dates vary by local authority and by
 * school, so the delegate adds one, edits it or ignores it. Each runs Saturday to Sunday, the days a
 * school is shut.
 */

/** 0 = Sunday … 6 = Saturday (1 January 1970, day 0, was a Thursday). */
function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

function date(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return date(year, month, day);
}

/** The Saturday before a Monday, to the Sunday after the Friday: a week off with its weekends. */
function weekOffFrom(monday: CalendarDate, name: string): ProgrammeBreak {
  return { name, firstDay: addDays(monday, -2), lastDay: addDays(monday, 6) };
}

/** The Monday on or after a date. */
function mondayOnOrAfter(day: CalendarDate): CalendarDate {
  return addDays(day, (8 - weekdayOf(day)) % 7);
}

/** The usual breaks of the school year that starts in September of `year`. */
export function usualBreaks(year: number): ProgrammeBreak[] {
  // October half-term: the last week of October whose Monday to Friday are all in October.
  const lastMondayForFullWeek = addDays(
    date(year, 10, 27),
    -((weekdayOf(date(year, 10, 27)) + 6) % 7),
  );
  // Christmas: from the Saturday before 23 December, for two weeks.
  const christmasStart = addDays(date(year, 12, 22), -((weekdayOf(date(year, 12, 22)) + 1) % 7));
  const easter = easterSunday(year + 1);
  // May half-term: the week of the last Monday in May (the spring bank holiday).
  const lastMondayOfMay = addDays(
    date(year + 1, 5, 31),
    -((weekdayOf(date(year + 1, 5, 31)) + 6) % 7),
  );
  return [
    weekOffFrom(lastMondayForFullWeek, 'October half-term'),
    { name: 'Christmas holidays', firstDay: christmasStart, lastDay: addDays(christmasStart, 15) },
    // February half-term: the week of the Monday on or after 12 February.
    weekOffFrom(mondayOnOrAfter(date(year + 1, 2, 12)), 'February half-term'),
    // Easter: the week before and the week after Easter Sunday.
    { name: 'Easter holidays', firstDay: addDays(easter, -8), lastDay: addDays(easter, 7) },
    weekOffFrom(lastMondayOfMay, 'May half-term'),
  ];
}

function overlaps(a: ProgrammeBreak, b: ProgrammeBreak): boolean {
  return (
    dayNumber(a.firstDay) <= dayNumber(b.lastDay) && dayNumber(b.firstDay) <= dayNumber(a.lastDay)
  );
}

/**
 * The usual breaks that fall inside the programme and overlap none it already has. Each break taken
 * makes the programme end later, which may bring a later one inside, so they are tried in date
 * order with the earlier suggestions taken; one that would start after the last week is left out.
 */
export function suggestedBreaks(span: ProgrammeSpan): ProgrammeBreak[] {
  const startYear = Number(span.startDate.slice(0, 4));
  const candidates = [startYear - 1, startYear, startYear + 1, startYear + 2]
    .flatMap(usualBreaks)
    .filter((candidate) => !span.breaks.some((existing) => overlaps(existing, candidate)))
    .filter((candidate) => dayNumber(candidate.lastDay) >= dayNumber(span.startDate));
  const taken: ProgrammeBreak[] = [];
  for (const candidate of candidates) {
    const trial = { ...span, breaks: [...span.breaks, ...taken, candidate] };
    const isPause = programmePauses(trial).some(
      (pause) =>
        dayNumber(pause.firstDay) <= dayNumber(candidate.lastDay) &&
        dayNumber(pause.lastDay) >= dayNumber(candidate.firstDay),
    );
    if (isPause) taken.push(candidate);
  }
  return taken;
}
