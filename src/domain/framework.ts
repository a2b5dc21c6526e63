import { z } from '@/domain/zod';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * A skills framework is data: areas → skills, plus a rating scale with a descriptor for every level.
 *
 * Area and skill ids are stable for the life of the framework: renaming keeps the id and archiving
 * hides, so ratings never lose their skill. Built-in frameworks use readable ids
 * ("otp.questioning.hinge-questions"); frameworks made in the app get UUIDs. Both fit `stableIdSchema`.
 */
const STABLE_ID_MESSAGE = 'must be a short id of letters, digits, ".", "_" or "-"';
export const stableIdSchema = z
  .string({ error: STABLE_ID_MESSAGE })
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, STABLE_ID_MESSAGE));

// Missing text gets the same plain message as empty text ({ error }), not Zod's "expected string":
// a framework file is written by people, and the message must say what to add.
export const ratingLevelSchema = z.object({
  value: z.int().check(z.minimum(0), z.maximum(10)),
  label: z
    .string({ error: 'needs a label' })
    .check(
      z.trim(),
      z.minLength(1, 'needs a label'),
      z.maxLength(40, 'label is too long (40 characters at most)'),
    ),
  descriptor: z
    .string({ error: 'needs a descriptor saying what this level looks like' })
    .check(
      z.trim(),
      z.minLength(1, 'needs a descriptor saying what this level looks like'),
      z.maxLength(400, 'descriptor is too long (400 characters at most)'),
    ),
});
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

export const ratingScaleSchema = z
  .object({
    levels: z
      .array(ratingLevelSchema)
      .check(
        z.minLength(2, 'a scale needs at least 2 levels'),
        z.maxLength(10, 'a scale has at most 10 levels'),
      ),
  })
  .check((ctx) => {
    const values = ctx.value.levels.map((level) => level.value);
    values.forEach((value, index) => {
      if (index > 0 && value !== (values[index - 1] ?? 0) + 1) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          path: ['levels', index, 'value'],
          message: 'levels must count up by one from the lowest (for example 1, 2, 3, 4)',
        });
      }
    });
  });
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export const skillSchema = z.object({
  id: stableIdSchema,
  statement: z
    .string({ error: 'needs a statement' })
    .check(
      z.trim(),
      z.minLength(1, 'needs a statement'),
      z.maxLength(300, 'statement is too long (300 characters at most)'),
    ),
  /** Optional "what this looks like in practice" prompt shown on the skill card. */
  guidance: z.optional(z.string().check(z.trim(), z.maxLength(600))),
  archivedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type Skill = z.infer<typeof skillSchema>;

export const areaSchema = z.object({
  id: stableIdSchema,
  name: z
    .string({ error: 'needs a name' })
    .check(
      z.trim(),
      z.minLength(1, 'needs a name'),
      z.maxLength(80, 'name is too long (80 characters at most)'),
    ),
  summary: z.optional(z.string().check(z.trim(), z.maxLength(400))),
  skills: z
    .array(skillSchema)
    .check(z.minLength(1, 'an area needs at least one skill'), z.maxLength(40)),
  archivedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type Area = z.infer<typeof areaSchema>;

export const frameworkStyleSchema = z.enum(['teaching-audit', 'practice-statements', 'behaviours']);
export type FrameworkStyle = z.infer<typeof frameworkStyleSchema>;

const frameworkDefinitionFields = {
  /** Identifies the framework across devices and copies; importing the same key again updates it. */
  key: stableIdSchema,
  version: z.int().check(z.minimum(1)),
  name: z
    .string({ error: 'needs a name' })
    .check(
      z.trim(),
      z.minLength(1, 'needs a name'),
      z.maxLength(100, 'name is too long (100 characters at most)'),
    ),
  description: z.string().check(z.trim(), z.maxLength(600)),
  style: frameworkStyleSchema,
  scale: ratingScaleSchema,
  areas: z
    .array(areaSchema)
    .check(z.minLength(1, 'a framework needs at least one area'), z.maxLength(30)),
};

/** Area and skill ids must be unique across the whole framework: a rating names a skill by id alone. */
function checkIdsAreUnique(ctx: z.core.ParsePayload<{ areas: Area[] }>): void {
  const seen = new Set<string>();
  ctx.value.areas.forEach((area, areaIndex) => {
    if (seen.has(area.id)) {
      ctx.issues.push({
        code: 'custom',
        input: area.id,
        path: ['areas', areaIndex, 'id'],
        message: `the id "${area.id}" is used twice`,
      });
    }
    seen.add(area.id);
    area.skills.forEach((skill, skillIndex) => {
      if (seen.has(skill.id)) {
        ctx.issues.push({
          code: 'custom',
          input: skill.id,
          path: ['areas', areaIndex, 'skills', skillIndex, 'id'],
          message: `the id "${skill.id}" is used twice`,
        });
      }
      seen.add(skill.id);
    });
  });
}

/** The portable definition of a framework: what a built-in is, and what a framework file carries. */
export const frameworkDefinitionSchema = z
  .object(frameworkDefinitionFields)
  .check(checkIdsAreUnique);
export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;

/**
 * A framework as stored for one profile. Its record id is what ratings point at, together with the
 * `version` they were made against (docs/design.md#versioned-frameworks); `key` says which
 * framework it is a copy of.
 */
export const storedFrameworkSchema = z
  .extend(recordMetaSchema, { ...frameworkDefinitionFields, profileId: recordIdSchema })
  .check(checkIdsAreUnique);
export type StoredFramework = z.infer<typeof storedFrameworkSchema>;

/** Areas and skills a new audit offers: archived ones stay in history but are hidden here. */
/** The portable definition (what a file carries): no profile, record ids or revision of this device. */
export function definitionOf(framework: FrameworkDefinition): FrameworkDefinition {
  const { key, version, name, description, style, scale, areas } = framework;
  return structuredClone({ key, version, name, description, style, scale, areas });
}

export function activeAreas(framework: FrameworkDefinition): Area[] {
  return framework.areas
    .filter((area) => area.archivedAt === undefined)
    .map((area) => ({
      ...area,
      skills: area.skills.filter((skill) => skill.archivedAt === undefined),
    }))
    .filter((area) => area.skills.length > 0);
}

/**
 * Areas and skills the charts show: the active ones, plus archived skills (and areas) that have
 * ratings, so archiving hides a skill from new audits without taking its history out of the charts.
 */
export function chartedAreas(
  framework: FrameworkDefinition,
  ratedSkillIds: ReadonlySet<string>,
): Area[] {
  return framework.areas
    .map((area) => ({
      ...area,
      skills: area.skills.filter(
        (skill) =>
          (area.archivedAt === undefined && skill.archivedAt === undefined) ||
          ratedSkillIds.has(skill.id),
      ),
    }))
    .filter((area) => area.skills.length > 0);
}

export function findSkill(
  framework: FrameworkDefinition,
  skillId: string,
): { area: Area; skill: Skill } | undefined {
  for (const area of framework.areas) {
    const skill = area.skills.find((candidate) => candidate.id === skillId);
    if (skill) return { area, skill };
  }
  return undefined;
}

export function levelOf(scale: RatingScale, value: number): RatingLevel | undefined {
  return scale.levels.find((level) => level.value === value);
}

export function scaleRange(scale: RatingScale): { min: number; max: number } {
  const values = scale.levels.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}
