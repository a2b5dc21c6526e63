import { type Colleague } from '@/domain/colleague';
import { agreedNextSteps, type Observation } from '@/domain/observation';
import { observationsOfColleague } from '@/domain/colleague-progress';
import { enquiriesInWeeks, sortByWeek, type Enquiry } from '@/domain/enquiry';
import type { FrameworkDefinition } from '@/domain/framework';
import {
  biggestGains,
  compareAreas,
  furthestFromTarget,
  skillProgress,
  type AreaComparison,
  type SkillProgress,
} from '@/domain/progress';
import { progressHeadline, type ProgressHeadline } from '@/domain/progress-summary';
import { weekStartDate, type ProgrammeSpan } from '@/domain/programme-weeks';
import type { RatingEvent } from '@/domain/rating';
import {
  latestReviewOutcome,
  reviewOutcomeLine,
  type ReviewResult,
} from '@/domain/review-360/review-summary';
import { addDays, type CalendarDate } from '@/domain/calendar-date';

/** What the one-page update shows for a week, derived from the stored records (no React here). */
export interface ProgressUpdate {
  headline: ProgressHeadline;
  areas: AreaComparison[];
  gains: SkillProgress[];
  gaps: SkillProgress[];
  tryingNow: Enquiry[];
  colleagues: { colleague: Colleague; observations: number; latestWeek: number | null }[];
  nextSteps: string[];
  /** The 360° review in one sentence, from its reports; undefined when there is none to tell. */
  review: string | undefined;
}

const LIST_LENGTH = 3;

export function progressUpdate(
  framework: FrameworkDefinition,
  events: readonly RatingEvent[],
  enquiries: readonly Enquiry[],
  colleagues: readonly Colleague[],
  observations: readonly Observation[],
  week: number,
  review: { span: ProgrammeSpan; results: readonly ReviewResult[] },
): ProgressUpdate {
  const progress = skillProgress(framework, events, week);
  const gaps = furthestFromTarget(progress, LIST_LENGTH);
  // What ran in the week chosen, and had started: a planned enquiry is not being tried yet.
  const tryingNow = sortByWeek(enquiriesInWeeks(enquiries, week), { newestFirst: true })
    .filter((enquiry) => enquiry.status !== 'planned')
    .slice(0, LIST_LENGTH);
  const upToWeek = observations.filter((observation) => observation.week <= week);
  // Next steps the delegate wrote in their journal, newest first, then those agreed with colleagues
  // who observed them; the skills furthest from target fill in when nothing is written yet.
  const journalSteps = sortByWeek(
    enquiries.filter((enquiry) => enquiry.deletedAt === undefined && enquiry.startWeek <= week),
    { newestFirst: true },
  ).map((enquiry) => enquiry.nextSteps.trim());
  const observedSteps = [...upToWeek]
    .filter(
      (observation) =>
        observation.direction === 'colleague-to-delegate' && observation.deletedAt === undefined,
    )
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((observation) => agreedNextSteps(observation));
  const written = [...new Set([...journalSteps, ...observedSteps].filter((step) => step !== ''))];
  const nextSteps =
    written.length > 0
      ? written.slice(0, LIST_LENGTH)
      : gaps.map((gap) => `Work towards the target for “${gap.skill.statement}”`);

  return {
    headline: progressHeadline(progress),
    areas: compareAreas(framework, events, week).filter((area) => area.latest !== null),
    gains: biggestGains(progress, LIST_LENGTH),
    gaps,
    tryingNow,
    colleagues: colleagues
      .filter((colleague) => colleague.deletedAt === undefined)
      .map((colleague) => {
        const theirs = observationsOfColleague(upToWeek, colleague.id);
        const weeks = theirs.map((observation) => observation.week);
        return {
          colleague,
          observations: theirs.length,
          latestWeek: weeks.length === 0 ? null : Math.max(...weeks),
        };
      }),
    nextSteps,
    review: reviewLine(review.span, review.results, week),
  };
}

/**
 * The last day that counts with the week chosen: the day before the next week starts, so a break
 * counts with the week before it (as weekForDate has it); none for the last week, which takes in
 * every later day too.
 */
function lastDayOf(span: ProgrammeSpan, week: number): CalendarDate | undefined {
  if (week >= span.lengthWeeks) return undefined;
  return addDays(weekStartDate(span, week + 1), -1);
}

/** Rounds opened after the week chosen are left out: the update tells the story up to then. */
function reviewLine(
  span: ProgrammeSpan,
  results: readonly ReviewResult[],
  week: number,
): string | undefined {
  const outcome = latestReviewOutcome(results, lastDayOf(span, week));
  return outcome && reviewOutcomeLine(outcome);
}
