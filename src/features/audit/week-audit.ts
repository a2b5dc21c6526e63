import type { Area } from '@/domain/framework';
import { auditAtWeek, ratingsInWeek, targetsAtWeek, type RatingEvent } from '@/domain/rating';

/**
 * What the audit screen shows for one programme week, derived from the append-only rating events
 * in one pass per render (the screen memoises it). Cards receive plain numbers and strings taken
 * from these maps, never the event objects, because every live-query run parses fresh objects and
 * a memoised card must only re-render when what it shows has changed.
 */
export interface WeekAudit {
  /** Each skill's latest self-rating made for exactly this week. */
  ratedThisWeek: Map<string, RatingEvent>;
  /** Each skill's level in force before this week (the latest self-rating of an earlier week). */
  ratedEarlier: Map<string, RatingEvent>;
  /** Each skill's target in force this week (set this week or carried from an earlier one). */
  targets: Map<string, RatingEvent>;
}

export function weekAudit(events: readonly RatingEvent[], week: number): WeekAudit {
  return {
    ratedThisWeek: ratingsInWeek(events, week),
    ratedEarlier: week > 0 ? auditAtWeek(events, week - 1) : new Map<string, RatingEvent>(),
    targets: targetsAtWeek(events, week),
  };
}

/** How many of an area's (active) skills have a rating made for this week. */
export function countRated(area: Area, ratedThisWeek: ReadonlyMap<string, RatingEvent>): number {
  return area.skills.filter((skill) => ratedThisWeek.has(skill.id)).length;
}
