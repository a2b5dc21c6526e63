import { z } from 'zod';

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

// Made on first use, not when the module loads: creating a DateTimeFormat loads the locale's data,
// which took over 100 ms of a slowed phone's start-up (issue 7) although neither the welcome nor
// the audit shows a date as it opens.
let longDate: Intl.DateTimeFormat | undefined;
let shortDate: Intl.DateTimeFormat | undefined;

/** "Mon, 7 Sept 2026" — en-GB, formatted in UTC because a calendar date has no zone. */
export function formatCalendarDate(date: CalendarDate): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return longDate.format(new Date(dayNumber(date) * MS_PER_DAY));
}

/** "7 Sept" */
export function formatShortDate(date: CalendarDate): string {
  shortDate ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return shortDate.format(new Date(dayNumber(date) * MS_PER_DAY));
}
