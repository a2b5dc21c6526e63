import type { ProgrammeSpan } from '@/domain/programme-weeks';
import { rankEffectiveTechniques, type Enquiry } from '@/domain/enquiry';
import { chartedAreas, type FrameworkDefinition } from '@/domain/framework';
import type { Colleague } from '@/domain/colleague';
import type { Observation } from '@/domain/observation';
import type { PresentationChoices } from '@/domain/presentation';
import { latestRatedWeek, ratedWeeks, type RatingEvent } from '@/domain/rating';
import type { ReviewResult } from '@/domain/review-360/review-summary';
import type { ProjectSummary } from '@/domain/improvement-project/project';
import type { CoachingSummary } from '@/domain/coaching/coaching-summary';

/** What the presentation is built from, and the choices it starts with. */

export interface PresentationInput {
  profile: { displayName: string; school: string };
  programme: { name: string } & ProgrammeSpan;
  framework: FrameworkDefinition;
  events: readonly RatingEvent[];
  colleagues: readonly Pick<
    Colleague,
    'id' | 'name' | 'role' | 'subjectOrPhase' | 'focusSkillIds' | 'deletedAt'
  >[];
  observations: readonly Observation[];
  enquiries: readonly Enquiry[];
  /** The 360° review's start and end round with their reports, when both have one. */
  review?: { start: ReviewResult; end: ReviewResult };
  /** The improvement project and how far its write-up has got, when there is one. */
  project?: ProjectSummary;
  /** Coaching in figures (coaching-summary.ts), when anything is logged. */
  coaching?: CoachingSummary;
}

export function liveColleagues(input: PresentationInput) {
  return input.colleagues.filter((colleague) => colleague.deletedAt === undefined);
}

export function ratedSkillIds(events: readonly RatingEvent[]): Set<string> {
  return new Set(
    events.filter((e) => e.kind === 'self' && e.deletedAt === undefined).map((e) => e.skillId),
  );
}

/**
 * What the screen starts with: every area, colleague and effective enquiry, colleagues anonymised
 * (the deck is shown to a room: names go in only when the delegate says so), and the baseline
 * compared with the last week rated; the 360° review in when there is one to compare.
 */
export function defaultChoices(input: PresentationInput): PresentationChoices {
  const weeks = ratedWeeks(input.events);
  return {
    areaIds: chartedAreas(input.framework, ratedSkillIds(input.events)).map((area) => area.id),
    colleagueIds: liveColleagues(input).map((colleague) => colleague.id),
    anonymiseColleagues: true,
    enquiryIds: rankEffectiveTechniques(input.enquiries).map((enquiry) => enquiry.id),
    fromWeek: weeks[0] ?? 0,
    toWeek: Math.max(weeks.at(-1) ?? 0, latestRatedWeek(input.events) ?? 0),
    includeReview: input.review !== undefined,
    includeProject: input.project !== undefined,
    includeCoaching: input.coaching !== undefined && input.coaching.sessions > 0,
  };
}
