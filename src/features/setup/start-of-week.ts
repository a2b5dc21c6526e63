import { addDays, dayNumber, localCalendarDate, type CalendarDate } from '@/domain/calendar-date';

/**
 * The Monday of the week an instant falls in, on the device's own calendar: most programmes start
 * on a Monday, so it is the likeliest start date to offer.
 */
export function mondayOfThisWeek(now: Date = new Date()): CalendarDate {
  const today = localCalendarDate(now);
  // Day 0 (1 Jan 1970) was a Thursday, so (day + 3) % 7 counts the days since Monday.
  const daysSinceMonday = (((dayNumber(today) + 3) % 7) + 7) % 7;
  return addDays(today, -daysSinceMonday);
}
