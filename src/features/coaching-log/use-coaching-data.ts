import { useLiveQuery } from 'dexie-react-hooks';
import type { CoachingAction } from '@/domain/coaching/coaching-action';
import type { CoachingSession } from '@/domain/coaching/coaching-session';
import type { EvidenceSet } from '@/domain/coaching/evidence-set';
import type { StoredVerification } from '@/domain/coaching/stored-verification';
import type { Colleague } from '@/domain/colleague';
import type { Enquiry } from '@/domain/enquiry';
import type { ProjectEvidence } from '@/domain/improvement-project/evidence';
import type { Project } from '@/domain/improvement-project/project';
import type { Observation } from '@/domain/observation';
import type { RatingEvent } from '@/domain/rating';
import type { CoachIdentity } from '@/domain/review-360/review-round';
import { listActions, listEvidenceSets, listSessions, listVerifications } from '@/db/coaching-log';
import { listColleagues } from '@/db/colleagues';
import { listEnquiries } from '@/db/enquiries';
import { getProjectForProfile, listEvidence } from '@/db/improvement-projects';
import { listObservations } from '@/db/observations';
import { listRatings } from '@/db/ratings';
import { getReviewCoach } from '@/db/review-rounds';

export interface CoachingData {
  sessions: CoachingSession[];
  actions: CoachingAction[];
  evidenceSets: EvidenceSet[];
  verifications: StoredVerification[];
  coach: CoachIdentity | undefined;
  colleagues: Colleague[];
  enquiries: Enquiry[];
  observations: Observation[];
  ratings: RatingEvent[];
  /** The improvement project, whose milestones and evidence items can go in an evidence set. */
  project: Project | undefined;
  projectEvidence: ProjectEvidence[];
}

/**
 * Everything the coaching screens draw from, read live in one query: a session links to actions,
 * actions to skills, enquiries and observations, and a verification compares them all, so one
 * read keeps every part of the screen in step.
 */
export function useCoachingData(profileId: string, frameworkId: string): CoachingData | undefined {
  return useLiveQuery(async () => {
    const [
      sessions,
      actions,
      evidenceSets,
      verifications,
      coach,
      colleagues,
      enquiries,
      observations,
      ratings,
      project,
    ] = await Promise.all([
      listSessions(profileId),
      listActions(profileId),
      listEvidenceSets(profileId),
      listVerifications(profileId),
      getReviewCoach(profileId),
      listColleagues(profileId),
      listEnquiries(profileId),
      listObservations(profileId),
      listRatings(profileId, frameworkId),
      getProjectForProfile(profileId),
    ]);
    const projectEvidence = project ? await listEvidence(project.id) : [];
    return {
      sessions,
      actions,
      evidenceSets,
      verifications,
      coach,
      colleagues,
      enquiries,
      observations,
      ratings,
      project,
      projectEvidence,
    };
  }, [profileId, frameworkId]);
}
