import { z } from '@/domain/zod';
import { stableIdSchema } from '@/domain/framework';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { isoDateTimeSchema, recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * Ratings are an append-only history of events (docs/design.md#append-only-ratings): a re-rating
 * adds an event and never overwrites one. Everything a screen shows — the audit for a week, area
 * averages, gains — is derived from the events by the functions below, so every chart can always be
 * recomputed.
 *
 * - `self`: the delegate's own rating of a skill, for a programme week, with an optional evidence note.
 * - `target`: the level the delegate aims for; the latest target set up to a week is the one in force.
 * - `target-cleared`: the delegate removed the target in force; `level` is the target removed, so
 *   the history still says what it was. A later `target` sets one again.
 */
export const ratingKindSchema = z.enum(['self', 'target', 'target-cleared']);
export type RatingKind = z.infer<typeof ratingKindSchema>;

export const MAX_NOTE_LENGTH = 2000;

export const ratingEventSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  frameworkId: recordIdSchema,
  frameworkVersion: z.int().check(z.minimum(1)),
  skillId: stableIdSchema,
  kind: ratingKindSchema,
  week: z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS)),
  level: z.int().check(z.minimum(0), z.maximum(10)),
  note: z
    .string()
    .check(z.maxLength(MAX_NOTE_LENGTH, `Keep the note under ${MAX_NOTE_LENGTH} characters`)),
  recordedAt: isoDateTimeSchema,
});
export type RatingEvent = z.infer<typeof ratingEventSchema>;

/**
 * Order in which events supersede each other: a later programme week wins; within one week, the one
 * recorded last wins (ids break exact ties so the order never depends on how a query returned rows).
 * `recordedAt` is compared as an instant, not as text: the schema accepts UTC offsets
 * ("…T10:30:00+02:00"), and such a time sorts wrongly as a string.
 */
export function compareRatingEvents(a: RatingEvent, b: RatingEvent): number {
  return (
    a.week - b.week ||
    Date.parse(a.recordedAt) - Date.parse(b.recordedAt) ||
    compareText(a.id, b.id)
  );
}

/** Code-point order: the same on every device, whatever its locale. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** A tombstoned event (docs/design.md#record-history) stays in the history but no longer counts. */
function counts(event: RatingEvent, kind: RatingKind): boolean {
  return event.kind === kind && event.deletedAt === undefined;
}

/** The audit in week N: for each skill, the latest event of `kind` for a week up to N. */
export function auditAtWeek(
  events: readonly RatingEvent[],
  week: number,
  kind: RatingKind = 'self',
): Map<string, RatingEvent> {
  const audit = new Map<string, RatingEvent>();
  for (const event of events) {
    if (!counts(event, kind) || event.week > week) continue;
    const current = audit.get(event.skillId);
    if (!current || compareRatingEvents(event, current) > 0) audit.set(event.skillId, event);
  }
  return audit;
}

/**
 * The target in force in week N, per skill: the latest `target` or `target-cleared` event up to N,
 * where a clearing means the skill has no target. Use this, not `auditAtWeek(…, 'target')`, which
 * does not see clearings.
 */
export function targetsAtWeek(
  events: readonly RatingEvent[],
  week: number,
): Map<string, RatingEvent> {
  const targets = auditAtWeek(events, week, 'target');
  const clearings = auditAtWeek(events, week, 'target-cleared');
  for (const [skillId, clearing] of clearings) {
    const target = targets.get(skillId);
    if (!target || compareRatingEvents(clearing, target) > 0) targets.delete(skillId);
  }
  return targets;
}

/** The latest event of `kind` made for exactly this week, per skill. */
export function ratingsInWeek(
  events: readonly RatingEvent[],
  week: number,
  kind: RatingKind = 'self',
): Map<string, RatingEvent> {
  return auditAtWeek(
    events.filter((event) => event.week === week),
    week,
    kind,
  );
}

/** Each skill's first rating: the baseline, whether it was made in week 0 or week 1 (or later). */
export function baselineRatings(events: readonly RatingEvent[]): Map<string, RatingEvent> {
  const firstWeek = new Map<string, number>();
  for (const event of events) {
    if (!counts(event, 'self')) continue;
    const week = firstWeek.get(event.skillId);
    if (week === undefined || event.week < week) firstWeek.set(event.skillId, event.week);
  }
  const baseline = new Map<string, RatingEvent>();
  for (const event of events) {
    if (!counts(event, 'self') || firstWeek.get(event.skillId) !== event.week) continue;
    const current = baseline.get(event.skillId);
    if (!current || compareRatingEvents(event, current) > 0) baseline.set(event.skillId, event);
  }
  return baseline;
}

/** The latest programme week any live event (rating or target) was made for, or null if none. */
export function latestRatedWeek(events: readonly RatingEvent[]): number | null {
  const weeks = events.filter((event) => event.deletedAt === undefined).map((event) => event.week);
  return weeks.length === 0 ? null : Math.max(...weeks);
}

/** The weeks in which any self-rating was made, ascending. */
export function ratedWeeks(events: readonly RatingEvent[]): number[] {
  return [...new Set(events.filter((e) => counts(e, 'self')).map((e) => e.week))].sort(
    (a, b) => a - b,
  );
}
