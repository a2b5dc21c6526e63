import {
  addDays,
  dayNumber,
  formatShortDate,
  formatWeekdayShortDate,
  fromDayNumber,
  localCalendarDate,
  type CalendarDate,
} from '@/domain/calendar-date';

/**
 * The one place that maps dates to programme weeks (docs/design.md#weeks-from-dates). Everything
 * else calls these.
 *
 * Week 0 is the baseline, before the programme starts. Programme weeks are TEACHING weeks: week 1
 * is the seven days from the start date, week 2 the next seven, and so on, except that the clock
 * stops for the programme's breaks (school holidays). The week running when a break begins ends the
 * day before it; the next week starts the day after the break. A date inside a break belongs to no
 * week (`breakOn` names it); where a number is still needed — the audit's "this week", an
 * observation's week — it counts with the week before the break, as a date after the end counts
 * with the last week, so an audit done in the holidays still counts as the end of term.
 */
export const BASELINE_WEEK = 0;
export const MAX_PROGRAMME_WEEKS = 104;

/** A pause in the programme: first and last day inclusive. */
export interface ProgrammeBreak {
  name: string;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
}

export interface ProgrammeSpan {
  startDate: CalendarDate;
  /** Teaching weeks: breaks do not count. */
  lengthWeeks: number;
  breaks: readonly ProgrammeBreak[];
}

export type ProgrammePhase = 'not-started' | 'running' | 'finished';

/** A break as it falls in the programme: the days it covers and the weeks either side. */
export interface ProgrammePause {
  name: string;
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  /** The teaching week before it (0 when it comes before week 1). */
  weekBefore: number;
  /** The teaching week after it (a break after the last week is not in the programme). */
  weekAfter: number;
}

interface WeekDays {
  first: number;
  last: number;
}

interface Calendar {
  weeks: WeekDays[];
  pauses: ProgrammePause[];
}

/** 1 January 1970 (day 0) was a Thursday; 0 = Sunday … 6 = Saturday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

interface DayRange {
  names: string[];
  first: number;
  last: number;
}

/**
 * Breaks as day ranges, in order, overlapping or touching ones merged. A break that ends on a Friday
 * or Saturday runs on to the Sunday: schools publish half-term as "Mon 26 – Fri 30 Oct", and the
 * weekend after it is holiday too, so the next week starts on the Monday.
 */
function dayRanges(breaks: readonly ProgrammeBreak[]): DayRange[] {
  const ranges = breaks
    .map((pause) => {
      const first = dayNumber(pause.firstDay);
      const written = dayNumber(pause.lastDay);
      const weekday = weekdayOf(written);
      const last = weekday === 5 ? written + 2 : weekday === 6 ? written + 1 : written;
      return { names: [pause.name], first, last: Math.max(first, last) };
    })
    .sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: DayRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range.first <= previous.last + 1) {
      previous.last = Math.max(previous.last, range.last);
      previous.names.push(...range.names);
    } else {
      merged.push({ ...range, names: [...range.names] });
    }
  }
  return merged;
}

const calendars = new WeakMap<ProgrammeSpan, { key: string; calendar: Calendar }>();

/** The weeks and pauses of a span, computed once per span object (screens ask for many weeks). */
function calendarOf(span: ProgrammeSpan): Calendar {
  const key = `${span.startDate}|${String(span.lengthWeeks)}|${span.breaks
    .map((pause) => `${pause.name}|${pause.firstDay}|${pause.lastDay}`)
    .join('|')}`;
  const cached = calendars.get(span);
  if (cached?.key === key) return cached.calendar;
  const calendar = buildCalendar(span);
  calendars.set(span, { key, calendar });
  return calendar;
}

function buildCalendar(span: ProgrammeSpan): Calendar {
  const ranges = dayRanges(span.breaks);
  const weeks: WeekDays[] = [];
  const pauses: ProgrammePause[] = [];
  let cursor = dayNumber(span.startDate);
  let next = 0;
  // A form may hand over a length being typed: build at least one week and never more than the most.
  const length = Math.min(Math.max(Math.trunc(span.lengthWeeks) || 1, 1), MAX_PROGRAMME_WEEKS);
  // Breaks that are over before the programme starts play no part.
  while (next < ranges.length && (ranges[next]?.last ?? 0) < cursor) next += 1;
  while (weeks.length < length) {
    const range = ranges[next];
    if (range && range.first <= cursor) {
      pauses.push({
        name: range.names.join(' and '),
        firstDay: fromDayNumber(Math.max(range.first, dayNumber(span.startDate))),
        lastDay: fromDayNumber(range.last),
        weekBefore: weeks.length,
        weekAfter: weeks.length + 1,
      });
      cursor = range.last + 1;
      next += 1;
      continue;
    }
    const last = range ? Math.min(cursor + 6, range.first - 1) : cursor + 6;
    weeks.push({ first: cursor, last });
    cursor = last + 1;
  }
  // A break that starts after the last week is outside the programme: not a pause in it.
  return { weeks, pauses };
}

function findWeek(weeks: readonly WeekDays[], day: number): number | undefined {
  let low = 0;
  let high = weeks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const week = weeks[middle];
    if (!week) break;
    if (day < week.first) high = middle - 1;
    else if (day > week.last) low = middle + 1;
    else return middle + 1;
  }
  return undefined;
}

/** The break a date falls in, while the programme runs; undefined for a teaching day. */
export function breakOn(span: ProgrammeSpan, date: CalendarDate): ProgrammePause | undefined {
  const day = dayNumber(date);
  return calendarOf(span).pauses.find(
    (pause) => day >= dayNumber(pause.firstDay) && day <= dayNumber(pause.lastDay),
  );
}

/** The breaks that fall in the programme, in order. */
export function programmePauses(span: ProgrammeSpan): readonly ProgrammePause[] {
  return calendarOf(span).pauses;
}

/**
 * The week a date counts for: its teaching week; the baseline before the start; the last week after
 * the end; the week before the break for a date inside one.
 */
export function weekForDate(span: ProgrammeSpan, date: CalendarDate): number {
  const day = dayNumber(date);
  if (day < dayNumber(span.startDate)) return BASELINE_WEEK;
  const { weeks } = calendarOf(span);
  const found = findWeek(weeks, day);
  if (found !== undefined) return found;
  const lastWeek = weeks.at(-1);
  if (!lastWeek || day > lastWeek.last) return span.lengthWeeks;
  return breakOn(span, date)?.weekBefore ?? BASELINE_WEEK;
}

export function currentWeek(span: ProgrammeSpan, now: Date = new Date()): number {
  return weekForDate(span, localCalendarDate(now));
}

export function programmePhase(span: ProgrammeSpan, now: Date = new Date()): ProgrammePhase {
  const today = dayNumber(localCalendarDate(now));
  if (today < dayNumber(span.startDate)) return 'not-started';
  if (today >= dayNumber(programmeEndDate(span)) + 1) return 'finished';
  return 'running';
}

/** The first day of a programme week (week 0 has none: it is "before the start"). */
export function weekStartDate(span: ProgrammeSpan, week: number): CalendarDate {
  const { weeks } = calendarOf(span);
  const found = weeks[Math.min(Math.max(week, 1), weeks.length) - 1];
  return found ? fromDayNumber(found.first) : span.startDate;
}

/** The last day of a programme week: six days after its start, or the day before a break. */
export function weekEndDate(span: ProgrammeSpan, week: number): CalendarDate {
  const { weeks } = calendarOf(span);
  const found = weeks[Math.min(Math.max(week, 1), weeks.length) - 1];
  return found ? fromDayNumber(found.last) : addDays(span.startDate, 6);
}

/** The last day of the programme. */
export function programmeEndDate(span: ProgrammeSpan): CalendarDate {
  return weekEndDate(span, span.lengthWeeks);
}

/** Every week a rating can be made for: the baseline, then 1 … length (teaching weeks only). */
export function programmeWeeks(span: ProgrammeSpan): number[] {
  return Array.from({ length: span.lengthWeeks + 1 }, (_, week) => week);
}

export function weekLabel(week: number): string {
  return week === BASELINE_WEEK ? 'Baseline' : `Week ${week}`;
}

export function shortWeekLabel(week: number): string {
  return week === BASELINE_WEEK ? 'Base' : `W${week}`;
}

/** "Christmas holidays — Week 7 starts on Mon 4 Jan": where a date inside a break stands. */
export function breakStatusText(span: ProgrammeSpan, pause: ProgrammePause): string {
  return `${pause.name} — ${weekLabel(pause.weekAfter)} starts on ${formatWeekdayShortDate(
    weekStartDate(span, pause.weekAfter),
  )}`;
}

/** "Week 3", or "In the Christmas holidays (counts with Week 6)" for a date inside a break. */
export function dateWeekText(span: ProgrammeSpan, date: CalendarDate): string {
  const pause = breakOn(span, date);
  const week = weekLabel(weekForDate(span, date));
  if (!pause) return week;
  const text = inBreakText(pause);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} (counts with ${week})`;
}

/** "in the Christmas holidays": how a date inside a break is said. */
export function inBreakText(pause: Pick<ProgrammePause, 'name'>): string {
  return `in ${theBreak(pause)}`;
}

/** "the Christmas holidays", or a name as written when it already starts with "the". */
export function theBreak(pause: Pick<ProgrammePause, 'name'>): string {
  return /^the\s/i.test(pause.name) ? pause.name : `the ${pause.name}`;
}

/** "Week 3 · from 21 Sept (this week)"; the baseline is the time before the first day. */
export function weekOptionText(span: ProgrammeSpan, week: number, thisWeek: number): string {
  const when =
    week === BASELINE_WEEK
      ? `before ${formatShortDate(span.startDate)}`
      : `from ${formatShortDate(weekStartDate(span, week))}`;
  return `${weekLabel(week)} · ${when}${week === thisWeek ? ' (this week)' : ''}`;
}

/** "Christmas holidays · 19 Dec – 3 Jan": a break as a week chooser lists it, between two weeks. */
export function breakOptionText(pause: ProgrammePause): string {
  return `${pause.name} · ${formatShortDate(pause.firstDay)} – ${formatShortDate(pause.lastDay)}`;
}
