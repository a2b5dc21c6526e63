import { z } from '@/domain/zod';
import { stableIdSchema } from '@/domain/framework';
import {
  auditAtWeek,
  MAX_NOTE_LENGTH,
  ratingEventSchema,
  ratingsInWeek,
  ratingKindSchema,
  type RatingEvent,
} from '@/domain/rating';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { newRecordMeta, recordIdSchema } from '@/domain/record';
import { db } from '@/db/database';
import { getFramework } from '@/db/frameworks';
import { getProgrammeForProfile } from '@/db/programmes';
import { parsedRows } from '@/db/parsed-rows';
import { levelOf } from '@/domain/framework';

const parseRatingEvent = parsedRows(ratingEventSchema);

export const newRatingSchema = z.object({
  profileId: recordIdSchema,
  frameworkId: recordIdSchema,
  skillId: stableIdSchema,
  kind: ratingKindSchema,
  week: z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS)),
  level: z.int(),
  note: z
    .string()
    .check(z.maxLength(MAX_NOTE_LENGTH, `Keep the note under ${MAX_NOTE_LENGTH} characters`)),
});
export type NewRating = z.infer<typeof newRatingSchema>;

/**
 * Appends one rating event (never overwrites: docs/design.md#append-only-ratings). Checks, against
 * the profile's framework and programme as stored, that the skill exists and is not archived, the
 * level is on the scale and the week is within the programme, and records the framework version.
 */
export async function recordRating(input: NewRating, now = new Date()): Promise<RatingEvent> {
  const rating = newRatingSchema.parse(input);
  return db.transaction('rw', db.frameworks, db.programmes, db.ratings, async () => {
    const framework = await getFramework(rating.frameworkId);
    if (!framework || framework.profileId !== rating.profileId) {
      throw new Error('This framework does not belong to the current profile.');
    }
    const area = framework.areas.find((candidate) =>
      candidate.skills.some((skill) => skill.id === rating.skillId),
    );
    const skill = area?.skills.find((candidate) => candidate.id === rating.skillId);
    if (!area || !skill) throw new Error('That skill is not in this framework.');
    if (area.archivedAt !== undefined || skill.archivedAt !== undefined) {
      throw new Error('That skill is archived, so it can no longer be rated.');
    }
    const programme = await getProgrammeForProfile(rating.profileId);
    if (programme && rating.week > programme.lengthWeeks) {
      throw new Error(
        `Week ${rating.week} is after the end of the programme, which lasts ${programme.lengthWeeks} weeks.`,
      );
    }
    if (!levelOf(framework.scale, rating.level)) {
      throw new Error(`Level ${rating.level} is not on this framework's scale.`);
    }
    const meta = newRecordMeta(now);
    const event = ratingEventSchema.parse({
      ...rating,
      ...meta,
      frameworkVersion: framework.version,
      recordedAt: meta.createdAt,
    });
    await db.ratings.add(event);
    return event;
  });
}

/**
 * Every live rating event a profile made against one framework, oldest first. Tombstoned events
 * (`deletedAt`) are left out, as every other list leaves out deleted records. Times are compared as
 * instants: a `recordedAt` with a UTC offset sorts wrongly as text.
 */
export async function listRatings(profileId: string, frameworkId: string): Promise<RatingEvent[]> {
  const rows = await db.ratings.where({ profileId, frameworkId }).toArray();
  // Each time is parsed once, not twice per comparison: this list is re-read after every rating.
  return rows
    .map(parseRatingEvent)
    .filter((event) => event.deletedAt === undefined)
    .map((event) => ({ event, time: Date.parse(event.recordedAt) }))
    .sort(
      (a, b) => a.time - b.time || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    )
    .map(({ event }) => event);
}

export const confirmAreaSchema = z.object({
  profileId: recordIdSchema,
  frameworkId: recordIdSchema,
  areaId: stableIdSchema,
  week: z.int().check(z.minimum(1), z.maximum(MAX_PROGRAMME_WEEKS)),
});
export type ConfirmArea = z.infer<typeof confirmAreaSchema>;

/**
 * "Same as before" for one area: appends, in ONE transaction, a `self` event at the level in force
 * for each of the area's active skills that was rated in an earlier week and has no rating for
 * `week` yet. Skills already rated this week, never rated, or whose level left the scale are left
 * alone. Decided from the events as stored when the transaction runs, so a second tap (or another
 * tab) adds nothing twice. Returns the events appended.
 */
export async function confirmUnchangedRatings(
  input: ConfirmArea,
  now = new Date(),
): Promise<RatingEvent[]> {
  const { profileId, frameworkId, areaId, week } = confirmAreaSchema.parse(input);
  return db.transaction('rw', db.frameworks, db.programmes, db.ratings, async () => {
    const framework = await getFramework(frameworkId);
    if (!framework || framework.profileId !== profileId) {
      throw new Error('This framework does not belong to the current profile.');
    }
    const area = framework.areas.find((candidate) => candidate.id === areaId);
    if (!area || area.archivedAt !== undefined) throw new Error('That area is not in use.');
    const programme = await getProgrammeForProfile(profileId);
    if (programme && week > programme.lengthWeeks) {
      throw new Error(
        `Week ${week} is after the end of the programme, which lasts ${programme.lengthWeeks} weeks.`,
      );
    }
    const rows = await db.ratings.where({ profileId, frameworkId }).toArray();
    const events = rows.map(parseRatingEvent);
    const thisWeek = ratingsInWeek(events, week);
    const earlier = auditAtWeek(events, week - 1);
    const added = area.skills.flatMap((skill) => {
      const before = earlier.get(skill.id);
      if (skill.archivedAt !== undefined || thisWeek.has(skill.id) || !before) return [];
      if (!levelOf(framework.scale, before.level)) return [];
      const meta = newRecordMeta(now);
      return [
        ratingEventSchema.parse({
          ...meta,
          profileId,
          frameworkId,
          frameworkVersion: framework.version,
          skillId: skill.id,
          kind: 'self',
          week,
          level: before.level,
          note: '',
          recordedAt: meta.createdAt,
        }),
      ];
    });
    if (added.length > 0) await db.ratings.bulkAdd(added);
    return added;
  });
}
