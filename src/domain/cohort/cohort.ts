import { z } from '@/domain/zod';
import { calendarDateSchema } from '@/domain/calendar-date';
import { stableIdSchema, type FrameworkDefinition } from '@/domain/framework';
import { isoDateTimeSchema, recordIdSchema, recordMetaSchema } from '@/domain/record';
import {
  frameworkRefSchema,
  levelSchema,
  requiredText,
  snapshotFields,
  snapshotFrameworkSchema,
  trimmedText,
  type SnapshotContent,
  type SnapshotFramework,
} from '@/domain/cohort/snapshot';

/**
 * A facilitator's cohort, on the facilitator's own device: the programme, its dates, the framework
 * the cohort is read against (stored once here, never per snapshot) and the list of delegates'
 * names, so the dashboard can say who has not shared yet. Snapshots arrive as files
 * (snapshot.ts) and are stored compactly as `StoredSnapshot` rows that name their framework by key
 * and version.
 */
export const MAX_COHORT_NAMES = 2000;

export const cohortDetailsSchema = z
  .object({
    programmeName: requiredText(120).check(z.minLength(1, 'Give the programme a name')),
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
    names: z.array(requiredText(80)).check(z.maxLength(MAX_COHORT_NAMES)),
  })
  .check((ctx) => {
    if (ctx.value.endDate < ctx.value.startDate) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.endDate,
        path: ['endDate'],
        message: 'The end date is before the start date',
      });
    }
  });
export type CohortDetails = z.infer<typeof cohortDetailsSchema>;

export const cohortSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  programmeName: requiredText(120),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  names: z.array(requiredText(80)).check(z.maxLength(MAX_COHORT_NAMES)),
  framework: snapshotFrameworkSchema,
});
export type Cohort = z.infer<typeof cohortSchema>;

/** "Ann\n  Ben \n\nann" → ["Ann", "Ben"]: one name a line, blanks and repeats dropped. */
export function namesFromText(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim().replace(/\s+/g, ' ');
    const folded = foldName(name);
    if (name === '' || seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names;
}

/**
 * Names compared as people read them: case, accents and spacing aside. `toLowerCase`, not the
 * locale's: the same for English names, and many times faster over a provider's thousand names.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The slim framework a cohort keeps: ids, names, statements and level labels. */
export function slimFramework(framework: FrameworkDefinition): SnapshotFramework {
  return {
    key: framework.key,
    version: framework.version,
    name: framework.name,
    scale: framework.scale.levels.map(({ value, label }) => ({ value, label })),
    areas: framework.areas
      .filter((area) => area.archivedAt === undefined)
      .map((area) => ({
        id: area.id,
        name: area.name,
        skills: area.skills
          .filter((skill) => skill.archivedAt === undefined)
          .map((skill) => ({ id: skill.id, statement: skill.statement })),
      }))
      .filter((area) => area.skills.length > 0),
  };
}

const sharedFields = z.omit(z.object(snapshotFields), { ratings: true, targets: true }).shape;

/**
 * One delegate's latest snapshot in a cohort. Ratings are kept per skill as [week, level, week,
 * level, …] in week order and targets as skill → level: a few hundred numbers parse far faster
 * than as many objects, which matters when a provider's cohort holds a thousand snapshots.
 */
export const storedSnapshotSchema = z.extend(recordMetaSchema, {
  ...sharedFields,
  profileId: recordIdSchema,
  cohortId: recordIdSchema,
  /** Delegate and programme: a later snapshot with the same key replaces the row. */
  delegateKey: z.string().check(z.maxLength(80)),
  receivedAt: isoDateTimeSchema,
  framework: frameworkRefSchema,
  /** How the snapshot's framework differs from the cohort's, in sentences ("" when it is the same). */
  differences: z.array(trimmedText(300)).check(z.maxLength(10)),
  levels: z.record(stableIdSchema, z.array(z.int().check(z.minimum(0), z.maximum(104)))),
  targets: z.record(stableIdSchema, levelSchema),
});
export type StoredSnapshot = z.infer<typeof storedSnapshotSchema>;

/** What the aggregate, the CSV and the deck read: a stored snapshot without its row's bookkeeping. */
export const cohortMemberSchema = z.omit(storedSnapshotSchema, {
  id: true,
  createdAt: true,
  updatedAt: true,
  rev: true,
  deletedAt: true,
  profileId: true,
  cohortId: true,
});
export type CohortMember = z.infer<typeof cohortMemberSchema>;

export function delegateKeyOf(content: Pick<SnapshotContent, 'delegate' | 'programme'>): string {
  return `${content.delegate.id}:${content.programme.id}`.slice(0, 80);
}

/** A checked snapshot in its stored shape (ratings and targets of skills the cohort kept). */
export function memberFrom(
  content: SnapshotContent,
  framework: { key: string; version: number; name: string },
  differences: string[],
  receivedAt: string,
): CohortMember {
  const { ratings, targets, ...rest } = content;
  const byWeek = [...ratings].sort((a, b) => a.week - b.week);
  const levels: Record<string, number[]> = {};
  for (const rating of byWeek) {
    const pairs = Object.hasOwn(levels, rating.skillId) ? levels[rating.skillId] : undefined;
    if (pairs) {
      // One rating per skill and week: a repeat for the same week replaces the earlier.
      if (pairs.at(-2) === rating.week) pairs[pairs.length - 1] = rating.level;
      else pairs.push(rating.week, rating.level);
    } else {
      levels[rating.skillId] = [rating.week, rating.level];
    }
  }
  const targetLevels: Record<string, number> = {};
  for (const target of targets) targetLevels[target.skillId] = target.level;
  return {
    ...rest,
    delegateKey: delegateKeyOf(content),
    receivedAt,
    framework: { key: framework.key, version: framework.version, name: framework.name },
    differences,
    levels,
    targets: targetLevels,
  };
}

/** The weeks a member rated any skill, ascending. */
export function memberWeeks(member: Pick<CohortMember, 'levels'>): number[] {
  const weeks = new Set<number>();
  for (const pairs of Object.values(member.levels)) {
    for (let index = 0; index < pairs.length; index += 2) weeks.add(pairs[index] ?? 0);
  }
  return [...weeks].sort((a, b) => a - b);
}

/** The level in force for a skill in a week: the latest rating made for that week or before. */
export function levelInForce(pairs: readonly number[] | undefined, week: number): number | null {
  if (!pairs) return null;
  let level: number | null = null;
  for (let index = 0; index < pairs.length; index += 2) {
    if ((pairs[index] ?? Infinity) > week) break;
    level = pairs[index + 1] ?? null;
  }
  return level;
}

export function skillsOf(
  framework: SnapshotFramework,
): { id: string; statement: string; areaId: string; areaName: string }[] {
  return framework.areas.flatMap((area) =>
    area.skills.map((skill) => ({
      id: skill.id,
      statement: skill.statement,
      areaId: area.id,
      areaName: area.name,
    })),
  );
}
