import { z } from '@/domain/zod';
import { calendarDateSchema } from '@/domain/calendar-date';
import { stableIdSchema } from '@/domain/framework';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { isoDateTimeSchema, recordIdSchema } from '@/domain/record';
import { fileNameSlug } from '@/domain/text';

/**
 * A progress snapshot: what a delegate chooses to share with their facilitator, as one
 * self-describing file (an envelope of type `trellis-progress-snapshot`, see file-envelope.ts).
 * Ratings by skill and week and the targets in force always go; techniques from the journal,
 * Learning 3 reach, the released 360° figures and the improvement project go only when chosen.
 * Evidence notes, reflections, comments and colleagues' names (unless chosen) never go: the
 * schema has no field that could hold them.
 *
 * The snapshot carries a slim copy of the framework it was rated against (ids, names, statements
 * and level labels; no descriptors), so a facilitator's device can read it with no other file.
 */
export const SNAPSHOT_TYPE = 'trellis-progress-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;
/** A 60-skill framework rated for 20 weeks with 100 techniques is about 150 KB. */
export const MAX_SNAPSHOT_BYTES = 400_000;
export const SNAPSHOT_FILE_SUFFIX = '.trellis-snapshot.json';
export const SNAPSHOT_LABEL = 'progress snapshot';

const MAX_SKILLS = 30 * 40;
const MAX_TECHNIQUES = 100;
const MAX_COLLEAGUES = 12;

export const trimmedText = (max: number) => z.string().check(z.trim(), z.maxLength(max));
export const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
export const weekSchema = z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS));
export const levelSchema = z.int().check(z.minimum(0), z.maximum(10));

export const snapshotFrameworkSchema = z.object({
  key: stableIdSchema,
  version: z.int().check(z.minimum(1)),
  name: requiredText(100),
  scale: z
    .array(z.object({ value: levelSchema, label: requiredText(40) }))
    .check(z.minLength(2), z.maxLength(10)),
  areas: z
    .array(
      z.object({
        id: stableIdSchema,
        name: requiredText(80),
        skills: z
          .array(z.object({ id: stableIdSchema, statement: requiredText(300) }))
          .check(z.minLength(1), z.maxLength(40)),
      }),
    )
    .check(z.minLength(1), z.maxLength(30)),
});
export type SnapshotFramework = z.infer<typeof snapshotFrameworkSchema>;

/** The framework a stored snapshot was rated against, by its stable key and version. */
export const frameworkRefSchema = z.object({
  key: stableIdSchema,
  version: z.int().check(z.minimum(1)),
  name: requiredText(100),
});
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;

/** The self-rating made for a week (the latest one made for it), per skill. */
export const snapshotRatingSchema = z.object({
  skillId: stableIdSchema,
  week: weekSchema,
  level: levelSchema,
});
export type SnapshotRating = z.infer<typeof snapshotRatingSchema>;

export const snapshotTargetSchema = z.object({ skillId: stableIdSchema, level: levelSchema });
export type SnapshotTarget = z.infer<typeof snapshotTargetSchema>;

/**
 * An enquiry the delegate marked effective, as a technique: its title and technique only, never
 * its evidence, reflection or class.
 */
export const snapshotTechniqueSchema = z.object({
  title: requiredText(200),
  technique: trimmedText(600),
  skillIds: z.array(stableIdSchema).check(z.maxLength(40)),
  /** The delegate's judgement of its impact on pupils, 1 (little or none) to 4 (strong). */
  impact: z.nullable(z.int().check(z.minimum(1), z.maximum(4))),
});
export type SnapshotTechnique = z.infer<typeof snapshotTechniqueSchema>;

/** Learning 3: each colleague (as "Colleague A" unless the delegate chose names) and the lessons. */
export const snapshotLearningThreeSchema = z.object({
  colleagues: z
    .array(z.object({ label: requiredText(80), observations: z.int().check(z.minimum(0)) }))
    .check(z.maxLength(MAX_COLLEAGUES)),
  /** Every observation in the trio, whoever observed whom. */
  observations: z.int().check(z.minimum(0), z.maximum(10_000)),
});
export type SnapshotLearningThree = z.infer<typeof snapshotLearningThreeSchema>;

const figureSchema = z.nullable(z.number().check(z.minimum(0), z.maximum(10)));

/** 360° figures exactly as the report shows them: all raters per behaviour; withheld stays null. */
export const snapshotReviewSchema = z.object({
  rounds: z
    .array(
      z.object({
        kind: z.enum(['start', 'end']),
        title: trimmedText(120),
        allRaters: figureSchema,
        behaviours: z
          .array(z.object({ name: requiredText(120), allRaters: figureSchema }))
          .check(z.maxLength(40)),
      }),
    )
    .check(z.maxLength(4)),
});
export type SnapshotReview = z.infer<typeof snapshotReviewSchema>;

export const snapshotProjectSchema = z.object({
  title: requiredText(200),
  status: requiredText(60),
});
export type SnapshotProject = z.infer<typeof snapshotProjectSchema>;

export const snapshotFields = {
  snapshotId: recordIdSchema,
  takenAt: isoDateTimeSchema,
  /** The delegate's profile id: a later snapshot from the same delegate replaces the earlier. */
  delegate: z.object({ id: recordIdSchema, name: requiredText(80) }),
  programme: z.object({
    id: recordIdSchema,
    name: trimmedText(120),
    startDate: calendarDateSchema,
    lengthWeeks: z.int().check(z.minimum(1), z.maximum(MAX_PROGRAMME_WEEKS)),
    currentWeek: weekSchema,
  }),
  ratings: z.array(snapshotRatingSchema).check(z.maxLength(MAX_SKILLS * 20)),
  targets: z.array(snapshotTargetSchema).check(z.maxLength(MAX_SKILLS)),
  techniques: z.optional(z.array(snapshotTechniqueSchema).check(z.maxLength(MAX_TECHNIQUES))),
  learningThree: z.optional(snapshotLearningThreeSchema),
  review: z.optional(snapshotReviewSchema),
  project: z.optional(snapshotProjectSchema),
};

/**
 * A snapshot with its framework left unchecked: the batch reader checks each distinct framework
 * once (check-snapshots.ts), not once per file, since a cohort's files nearly all carry the same one.
 */
export const snapshotBodySchema = z.object({ ...snapshotFields, framework: z.unknown() });

export const snapshotSchema = z
  .object({ ...snapshotFields, framework: snapshotFrameworkSchema })
  .check((ctx) => {
    for (const problem of snapshotProblems(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
    }
  });
export type Snapshot = z.infer<typeof snapshotSchema>;

/** What a snapshot says beyond its framework: what is stored for it on the facilitator's device. */
export type SnapshotContent = Omit<Snapshot, 'framework'>;

/**
 * The rules a schema cannot say field by field: every rating names a skill of the snapshot's own
 * framework at a level on its scale, in a week of the programme. At most one sentence per rule.
 */
export function snapshotProblems(
  snapshot: Pick<Snapshot, 'framework' | 'ratings' | 'targets' | 'programme'>,
): string[] {
  const skills = new Set<string>();
  for (const area of snapshot.framework.areas)
    for (const skill of area.skills) skills.add(skill.id);
  const levels = new Set(snapshot.framework.scale.map((level) => level.value));
  const problems = new Set<string>();
  for (const rating of [...snapshot.ratings, ...snapshot.targets]) {
    if (!skills.has(rating.skillId)) {
      problems.add(`a rating names a skill (${rating.skillId}) its framework does not have`);
    }
    if (!levels.has(rating.level)) problems.add('a rating is off the framework’s scale');
  }
  if (snapshot.ratings.some((rating) => rating.week > snapshot.programme.lengthWeeks)) {
    problems.add('a rating is for a week after the end of the programme');
  }
  return [...problems];
}

/** "Sam Patel" → "sam-patel-progress-snapshot.trellis-snapshot.json". */
export function snapshotFileName(delegateName: string): string {
  return `${fileNameSlug(delegateName) || 'delegate'}-progress${SNAPSHOT_FILE_SUFFIX}`;
}
