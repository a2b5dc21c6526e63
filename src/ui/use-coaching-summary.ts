import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { localCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { coachingSummary, type CoachingSummary } from '@/domain/coaching/coaching-summary';
import { listActions, listSessions, listVerifications } from '@/db/coaching-log';

/**
 * Coaching in figures up to a day (the progress update's week, or everything), live. The rows are
 * read in a live query; the coach's signatures are checked after it (Web Crypto must not run
 * inside one), so the figures follow a moment later. Undefined until the first check.
 */
export function useCoachingSummary(
  profileId: string,
  upTo: CalendarDate | undefined,
): CoachingSummary | undefined {
  const rows = useLiveQuery(async () => {
    const [sessions, actions, verifications] = await Promise.all([
      listSessions(profileId),
      listActions(profileId),
      listVerifications(profileId),
    ]);
    return { sessions, actions, verifications };
  }, [profileId]);
  const [summary, setSummary] = useState<CoachingSummary | undefined>(undefined);
  useEffect(() => {
    if (!rows) return;
    const effect = { isCurrent: true };
    void coachingSummary({ ...rows, upTo, today: localCalendarDate() }).then((value) => {
      if (effect.isCurrent) setSummary(value);
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [rows, upTo]);
  return summary;
}
