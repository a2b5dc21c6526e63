import { ratedWeeks, type RatingEvent } from '@/domain/rating';
import type { AreaWeekAverage, SkillProgress } from '@/domain/progress';

/**
 * The dashboard's headline numbers and chart summaries, derived from progress.ts results. Pure
 * functions; no dates (weeks come from programme-weeks.ts).
 */

export interface ProgressHeadline {
  /** Skills with a rating in force (and so a baseline) as of the week. */
  skillsRated: number;
  /** Mean baseline level of those skills, 2 decimals; null when none is rated. */
  averageBaseline: number | null;
  /** Mean level in force of the same skills, 2 decimals; null when none is rated. */
  averageLatest: number | null;
  /** Skills whose level in force is above their baseline. */
  skillsRose: number;
  /** Skills whose level in force is below their baseline. */
  skillsFell: number;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** Both averages are over the same skills, so "now vs baseline" compares like with like. */
export function progressHeadline(progress: readonly SkillProgress[]): ProgressHeadline {
  return {
    skillsRated: progress.length,
    averageBaseline: mean(progress.map((entry) => entry.baseline)),
    averageLatest: mean(progress.map((entry) => entry.latest)),
    skillsRose: progress.filter((entry) => entry.gain > 0).length,
    skillsFell: progress.filter((entry) => entry.gain < 0).length,
  };
}

/** The weeks up to `week` in which any self-rating was made: one week draws points, two a trend. */
export function ratedWeeksUpTo(events: readonly RatingEvent[], week: number): number[] {
  return ratedWeeks(events).filter((rated) => rated <= week);
}

export interface AreaTrend {
  areaId: string;
  /** The area's first known average and the week it was first known. */
  first: { week: number; average: number } | null;
  /** The area's last known average (the week shown last). */
  last: { week: number; average: number } | null;
}

/**
 * Each area's first and last known average across the weeks: what a sentence summarising the line
 * chart says ("Questioning rose from 2 to 3"). An area with no rating has neither.
 */
export function areaTrends(
  areaIds: readonly string[],
  byWeek: readonly AreaWeekAverage[],
): AreaTrend[] {
  return areaIds.map((areaId) => {
    const known = byWeek.flatMap((row) => {
      const average = row.averages[areaId];
      return average === null || average === undefined ? [] : [{ week: row.week, average }];
    });
    return { areaId, first: known[0] ?? null, last: known.at(-1) ?? null };
  });
}
