import { formatCalendarDate } from '@/domain/calendar-date';
import type { Observation } from '@/domain/observation';

/** "Tue, 6 Oct 2026: Priya Shah observed me (9X2)". */
export function observationTitle(observation: Observation): string {
  const observer = observation.observer.name.trim() || 'I';
  const observed = observation.observed.name.trim() || 'me';
  const lesson = observation.lessonClass.trim();
  return `${formatCalendarDate(observation.date)}: ${observer} observed ${observed}${lesson === '' ? '' : ` (${lesson})`}`;
}
