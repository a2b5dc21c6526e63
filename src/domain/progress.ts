import { chartedAreas, type Area, type FrameworkDefinition, type Skill } from '@/domain/framework';
import { auditAtWeek, baselineRatings, targetsAtWeek, type RatingEvent } from '@/domain/rating';

/**
 * Progress maths for the dashboard and, later, the presentation. Pure functions of the framework and
 * the rating events; no dates here (weeks come from programme-weeks.ts).
 *
 * Averages count only skills that have a rating: an unrated skill is unknown, not zero, so an area's
 * line starts when its first skill is rated. Archived skills with ratings stay in (their history is
 * part of the story); archived skills never rated are left out.
 */

export interface AreaWeekAverage {
  week: number;
  /** Area id → average level (2 decimals), or null when no skill in the area is rated yet. */
  averages: Record<string, number | null>;
}

function ratedSkillIds(events: readonly RatingEvent[]): Set<string> {
  return new Set(events.filter((event) => event.kind === 'self').map((event) => event.skillId));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function average(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round2(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function areaAverage(area: Area, ratings: ReadonlyMap<string, RatingEvent>): number | null {
  return average(
    area.skills.flatMap((skill) => {
      const rating = ratings.get(skill.id);
      return rating ? [rating.level] : [];
    }),
  );
}

export function areaAveragesByWeek(
  framework: FrameworkDefinition,
  events: readonly RatingEvent[],
  weeks: readonly number[],
): AreaWeekAverage[] {
  const areas = chartedAreas(framework, ratedSkillIds(events));
  return weeks.map((week) => {
    const audit = auditAtWeek(events, week);
    return {
      week,
      averages: Object.fromEntries(areas.map((area) => [area.id, areaAverage(area, audit)])),
    };
  });
}

export interface AreaComparison {
  areaId: string;
  areaName: string;
  baseline: number | null;
  latest: number | null;
  target: number | null;
}

/**
 * Baseline vs latest (as of `week`) vs target, by area: the radar chart's data. Only events up to
 * `week` count, for the baseline too: a skill first rated later has no baseline yet in `week`.
 */
export function compareAreas(
  framework: FrameworkDefinition,
  events: readonly RatingEvent[],
  week: number,
): AreaComparison[] {
  const baseline = baselineRatings(events.filter((event) => event.week <= week));
  const latest = auditAtWeek(events, week);
  const targets = targetsAtWeek(events, week);
  return chartedAreas(framework, ratedSkillIds(events)).map((area) => ({
    areaId: area.id,
    areaName: area.name,
    baseline: areaAverage(area, baseline),
    latest: areaAverage(area, latest),
    target: areaAverage(area, targets),
  }));
}

export interface SkillWeekCell {
  week: number;
  /** The level in force that week (carried forward from earlier weeks), or null before any rating. */
  level: number | null;
  /** True when a rating was made for this very week, rather than carried forward. */
  isRatedThisWeek: boolean;
  /** Change from the previous week's level in force; 0 when either is unknown. */
  change: number;
}

export interface SkillWeekRow {
  area: Area;
  skill: Skill;
  cells: SkillWeekCell[];
}

/** The skills × weeks grid: where ratings moved, week by week. */
export function skillWeekGrid(
  framework: FrameworkDefinition,
  events: readonly RatingEvent[],
  weeks: readonly number[],
): SkillWeekRow[] {
  const selfEvents = events.filter((event) => event.kind === 'self');
  const bySkill = new Map<string, RatingEvent[]>();
  for (const event of selfEvents) {
    const list = bySkill.get(event.skillId) ?? [];
    list.push(event);
    bySkill.set(event.skillId, list);
  }
  return chartedAreas(framework, ratedSkillIds(events)).flatMap((area) =>
    area.skills.map((skill) => {
      const skillEvents = bySkill.get(skill.id) ?? [];
      let previous: number | null = null;
      const cells = weeks.map((week) => {
        const inForce = auditAtWeek(skillEvents, week).get(skill.id);
        const level = inForce?.level ?? null;
        const change = level !== null && previous !== null ? level - previous : 0;
        previous = level;
        return { week, level, isRatedThisWeek: inForce?.week === week, change };
      });
      return { area, skill, cells };
    }),
  );
}

export interface SkillProgress {
  area: Area;
  skill: Skill;
  baseline: number;
  latest: number;
  target: number | null;
  /** latest − baseline */
  gain: number;
  /** target − latest, or null without a target */
  gapToTarget: number | null;
  /** The evidence note of the latest rating, if it has one. */
  latestNote: string;
  latestWeek: number;
}

/** Every rated skill's journey from baseline to its level in `week`. */
export function skillProgress(
  framework: FrameworkDefinition,
  events: readonly RatingEvent[],
  week: number,
): SkillProgress[] {
  const baseline = baselineRatings(events.filter((event) => event.week <= week));
  const latest = auditAtWeek(events, week);
  const targets = targetsAtWeek(events, week);
  return chartedAreas(framework, ratedSkillIds(events)).flatMap((area) =>
    area.skills.flatMap((skill) => {
      const first = baseline.get(skill.id);
      const last = latest.get(skill.id);
      if (!first || !last) return [];
      const target = targets.get(skill.id)?.level ?? null;
      return [
        {
          area,
          skill,
          baseline: first.level,
          latest: last.level,
          target,
          gain: last.level - first.level,
          gapToTarget: target === null ? null : target - last.level,
          latestNote: last.note,
          latestWeek: last.week,
        },
      ];
    }),
  );
}

/** Skills that rose most since their baseline (only real gains), largest first. */
export function biggestGains(progress: readonly SkillProgress[], limit = 5): SkillProgress[] {
  return progress
    .filter((entry) => entry.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.skill.statement.localeCompare(b.skill.statement))
    .slice(0, limit);
}

/**
 * Skills still below their target, furthest first. Archived skills are left out: they can no longer
 * be rated, so their gap could never close.
 */
export function furthestFromTarget(progress: readonly SkillProgress[], limit = 5): SkillProgress[] {
  return progress
    .filter((entry) => entry.skill.archivedAt === undefined && entry.area.archivedAt === undefined)
    .filter((entry) => entry.gapToTarget !== null && entry.gapToTarget > 0)
    .sort(
      (a, b) =>
        (b.gapToTarget ?? 0) - (a.gapToTarget ?? 0) ||
        a.skill.statement.localeCompare(b.skill.statement),
    )
    .slice(0, limit);
}
