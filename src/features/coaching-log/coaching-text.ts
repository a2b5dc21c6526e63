import { formatCalendarDate } from '@/domain/calendar-date';
import type { SessionContent } from '@/domain/coaching/coaching-session';
import type { Observation } from '@/domain/observation';

/** "Tue, 6 Oct 2026: Priya Shah observed me (9X2)". */
export function observationTitle(observation: Observation): string {
  const observer = observation.observer.name.trim() || 'I';
  const observed = observation.observed.name.trim() || 'me';
  const lesson = observation.lessonClass.trim();
  return `${formatCalendarDate(observation.date)}: ${observer} observed ${observed}${lesson === '' ? '' : ` (${lesson})`}`;
}

/** The coach's name for actions the coach owns: the session's own when it was with the coach. */
export function coachNameFor(session: Pick<SessionContent, 'withWhom' | 'partnerName'>): string {
  return session.withWhom === 'coach' ? session.partnerName : '';
}
