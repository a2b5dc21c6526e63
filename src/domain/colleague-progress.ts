import type { Observation } from '@/domain/observation';

/**
 * A colleague's progress for the end-of-programme presentation: how each focus skill was rated in
 * the lessons where they were observed, week by week. Observations of the delegate (filed under the
 * colleague who observed) are not the colleague's practice and are left out.
 */
export interface ColleagueProgress {
  /** The programme weeks with at least one rating, ascending. */
  weeks: number[];
  /** Skill id → level per week in `weeks` (null: not rated that week). */
  levels: Map<string, (number | null)[]>;
}

export function observationsOfColleague(
  observations: readonly Observation[],
  colleagueId: string,
): Observation[] {
  return observations.filter(
    (observation) =>
      observation.colleagueId === colleagueId &&
      observation.direction !== 'colleague-to-delegate' &&
      observation.deletedAt === undefined,
  );
}

/** Within a week, the latest lesson's rating wins (then the latest written). */
export function colleagueProgress(
  observations: readonly Observation[],
  skillIds: readonly string[],
): ColleagueProgress {
  const ordered = [...observations].sort(
    (a, b) =>
      a.week - b.week ||
      a.date.localeCompare(b.date) ||
      Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  const byWeek = new Map<number, Map<string, number>>();
  for (const observation of ordered) {
    for (const rating of observation.ratings) {
      if (rating.level === null || !skillIds.includes(rating.skillId)) continue;
      const week = byWeek.get(observation.week) ?? new Map<string, number>();
      week.set(rating.skillId, rating.level);
      byWeek.set(observation.week, week);
    }
  }
  const weeks = [...byWeek.keys()].sort((a, b) => a - b);
  const levels = new Map(
    skillIds.map((skillId) => [
      skillId,
      weeks.map((week) => byWeek.get(week)?.get(skillId) ?? null),
    ]),
  );
  return { weeks, levels };
}
