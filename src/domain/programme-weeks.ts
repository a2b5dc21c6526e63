import { addDays, dayNumber, localCalendarDate, type CalendarDate } from '@/domain/calendar-date';

/**
 * The one place that maps dates to programme weeks (docs/design.md#weeks-from-dates). Everything
 * else calls these.
 *
 * Week 0 is the baseline, before the programme starts. Week 1 is the seven days from the start date,
 * week 2 the next seven, and so on up to the programme's length. Dates after the end belong to the
 * last week, so an audit done the week after the final session still counts as "the end".
 */
export const BASELINE_WEEK = 0;
export const MAX_PROGRAMME_WEEKS = 104;

export interface ProgrammeSpan {
  startDate: CalendarDate;
  lengthWeeks: number;
}

export type ProgrammePhase = 'not-started' | 'running' | 'finished';

export function weekForDate(span: ProgrammeSpan, date: CalendarDate): number {
  const daysIn = dayNumber(date) - dayNumber(span.startDate);
  if (daysIn < 0) return BASELINE_WEEK;
  return Math.min(Math.floor(daysIn / 7) + 1, span.lengthWeeks);
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
  return addDays(span.startDate, (Math.max(week, 1) - 1) * 7);
}

/** The last day of the programme. */
export function programmeEndDate(span: ProgrammeSpan): CalendarDate {
  return addDays(span.startDate, span.lengthWeeks * 7 - 1);
}

/** Every week a rating can be made for: the baseline, then 1 … length. */
export function programmeWeeks(span: ProgrammeSpan): number[] {
  return Array.from({ length: span.lengthWeeks + 1 }, (_, week) => week);
}

export function weekLabel(week: number): string {
  return week === BASELINE_WEEK ? 'Baseline' : `Week ${week}`;
}

export function shortWeekLabel(week: number): string {
  return week === BASELINE_WEEK ? 'Base' : `W${week}`;
}
