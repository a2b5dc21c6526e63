import { z } from '@/domain/zod';

/**
 * A calendar date ("2026-09-07") with no time and no zone. Programme dates are days in a teacher's
 * diary, not instants: storing them as plain dates keeps them the same whatever the device's time
 * zone or daylight saving, and lets week maths count whole days exactly.
 */
export const calendarDateSchema = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
export type CalendarDate = z.infer<typeof calendarDateSchema>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date, counted in UTC so that no DST shift can bend it. */
export function dayNumber(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Not Date.UTC(year, …): it reads years 0–99 as 1900–1999, and the schema accepts "0050-01-01".
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / MS_PER_DAY);
}

export function fromDayNumber(days: number): CalendarDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The calendar date a device shows for an instant: the teacher's "today", in their own zone. */
export function localCalendarDate(instant: Date = new Date()): CalendarDate {
  const year = String(instant.getFullYear()).padStart(4, '0');
  const month = String(instant.getMonth() + 1).padStart(2, '0');
  const day = String(instant.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

// Dates are spelt out here rather than by Intl.DateTimeFormat: creating the first formatter loads
// the locale's data, which slows every start-up on a phone (the audit's week picker shows a date
// for each week), and browsers' ICU versions disagree on en-GB details
// ("Sep" or "Sept", a comma after the weekday or not). These are the current ICU's en-GB forms,
// checked against Intl for every day of several years in tests/unit/domain/calendar-date.test.ts.
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;
/** 1 January 1970 (day 0) was a Thursday. */
const WEEKDAY_OF_DAY_ZERO = 4;

/** "7 Sept" */
export function formatShortDate(date: CalendarDate): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1] ?? ''}`;
}

/** "Mon 7 Sept": a day in the near future, where the year goes without saying. */
export function formatWeekdayShortDate(date: CalendarDate): string {
  const weekday = (((dayNumber(date) + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7;
  return `${WEEKDAY_NAMES[weekday] ?? ''} ${formatShortDate(date)}`;
}

/** "Mon, 7 Sept 2026" (en-GB); a calendar date has no zone, so no time zone can shift it. */
export function formatCalendarDate(date: CalendarDate): string {
  const year = Number(date.slice(0, 4));
  const weekday = (((dayNumber(date) + WEEKDAY_OF_DAY_ZERO) % 7) + 7) % 7;
  return `${WEEKDAY_NAMES[weekday] ?? ''}, ${formatShortDate(date)} ${year}`;
}

/**
 * The calendar date it is at `instant` in an IANA time zone ("Europe/London"). Screens use
 * `localCalendarDate` (the device's own zone); this is for what must name a zone, such as a
 * calendar file or a test of another zone. Intl is loaded only when this is called.
 */
export function calendarDateInZone(instant: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
