import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import type { LinkableRecords } from '@/domain/improvement-project/linked-evidence';
import { listSessions } from '@/db/coaching-log';
import { listEnquiries } from '@/db/enquiries';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { listReviewRounds } from '@/db/review-rounds';

/** The records a project can link to, read live; undefined while loading. */
export function useLinkableRecords(active: ActiveProgramme): LinkableRecords | undefined {
  const { profile, framework } = active;
  return useLiveQuery(async () => {
    const [ratings, enquiries, observations, reviewRounds, coachingSessions] = await Promise.all([
      listRatings(profile.id, framework.id),
      listEnquiries(profile.id),
      listObservations(profile.id),
      listReviewRounds(profile.id),
      listSessions(profile.id),
    ]);
    return { framework, ratings, enquiries, observations, reviewRounds, coachingSessions };
  }, [profile.id, framework]);
}
