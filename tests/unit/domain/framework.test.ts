import { describe, expect, it } from 'vitest';
import type { z } from '@/domain/zod';
import {
  activeAreas,
  findSkill,
  frameworkDefinitionSchema,
  levelOf,
  scaleRange,
  storedFrameworkSchema,
  type FrameworkDefinition,
} from '@/domain/framework';
import { newRecordMeta } from '@/domain/record';
import { describeIssues, fieldErrors } from '@/domain/validation';
import { makeFramework } from '../../support/factories';

/** The readable problems a framework has, or [] when it is valid. */
function problemsWith(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : describeIssues(result.error);
}

/** A copy of the test framework with its first area's first skill changed. */
function withFirstSkill(changes: Record<string, unknown>): unknown {
  const framework = makeFramework();
  const [first, ...rest] = framework.areas;
  const [skill, ...otherSkills] = first!.skills;
  return {
    ...framework,
    areas: [{ ...first, skills: [{ ...skill, ...changes }, ...otherSkills] }, ...rest],
  };
}

describe('frameworkDefinitionSchema', () => {
  it('accepts a good small framework', () => {
    const framework = makeFramework();
    expect(problemsWith(frameworkDefinitionSchema, framework)).toEqual([]);
    expect(frameworkDefinitionSchema.parse(framework)).toEqual(framework);
  });

  it('accepts readable built-in ids and UUIDs', () => {
    expect(
      problemsWith(
        frameworkDefinitionSchema,
        withFirstSkill({ id: 'otp.questioning.hinge-questions_2' }),
      ),
    ).toEqual([]);
    expect(
      problemsWith(frameworkDefinitionSchema, withFirstSkill({ id: crypto.randomUUID() })),
    ).toEqual([]);
  });

  it("explains a broken rule that has no message of its own in Zod's English words", () => {
    // zod/mini ships without messages; src/domain/zod.ts sets the English ones.
    expect(
      problemsWith(frameworkDefinitionSchema, withFirstSkill({ guidance: 'x'.repeat(601) })),
    ).toEqual([
      'areas → 0 → skills → 0 → guidance: Too big: expected string to have <=600 characters',
    ]);
  });

  it('rejects a level without a descriptor, naming the level', () => {
    const framework = makeFramework();
    const [low, second, ...rest] = framework.scale.levels;
    const noDescriptor = { value: second!.value, label: second!.label };
    const missing = { ...framework, scale: { levels: [low, noDescriptor, ...rest] } };
    expect(problemsWith(frameworkDefinitionSchema, missing)).toEqual([
      'scale → levels → 1 → descriptor: needs a descriptor saying what this level looks like',
    ]);

    const blank = {
      ...framework,
      scale: { levels: [low, { ...second, descriptor: '   ' }, ...rest] },
    };
    expect(problemsWith(frameworkDefinitionSchema, blank)).toEqual([
      'scale → levels → 1 → descriptor: needs a descriptor saying what this level looks like',
    ]);
  });

  it('rejects levels that do not count up by one', () => {
    const framework = makeFramework();
    const levelsWithValues = (values: number[]) => ({
      ...framework,
      scale: {
        levels: values.map((value) => ({
          value,
          label: `L${value}`,
          descriptor: `Level ${value}`,
        })),
      },
    });
    const message = 'levels must count up by one from the lowest (for example 1, 2, 3, 4)';
    expect(problemsWith(frameworkDefinitionSchema, levelsWithValues([1, 2, 4, 5]))).toEqual([
      `scale → levels → 2 → value: ${message}`,
    ]);
    expect(problemsWith(frameworkDefinitionSchema, levelsWithValues([2, 1]))).toEqual([
      `scale → levels → 1 → value: ${message}`,
    ]);
    expect(problemsWith(frameworkDefinitionSchema, levelsWithValues([1, 1, 2]))).toEqual([
      `scale → levels → 1 → value: ${message}`,
    ]);
    expect(problemsWith(frameworkDefinitionSchema, levelsWithValues([0, 1, 2]))).toEqual([]);
    expect(problemsWith(frameworkDefinitionSchema, levelsWithValues([1]))).toEqual([
      'scale → levels: a scale needs at least 2 levels',
    ]);
  });

  it('rejects a skill id used twice, even in another area, naming the second use', () => {
    const framework = makeFramework();
    const [questioning, feedback] = framework.areas;
    const duplicate = {
      ...framework,
      areas: [
        questioning,
        { ...feedback, skills: [{ id: 'q1', statement: 'A copy' }, ...feedback!.skills] },
      ],
    };
    expect(problemsWith(frameworkDefinitionSchema, duplicate)).toEqual([
      'areas → 1 → skills → 0 → id: the id "q1" is used twice',
    ]);
  });

  it('rejects a skill that shares its id with an area', () => {
    expect(problemsWith(frameworkDefinitionSchema, withFirstSkill({ id: 'feedback' }))).toEqual([
      'areas → 1 → id: the id "feedback" is used twice',
    ]);
  });

  it('rejects a framework with no areas, and an area with no skills', () => {
    expect(problemsWith(frameworkDefinitionSchema, makeFramework({ areas: [] }))).toEqual([
      'areas: a framework needs at least one area',
    ]);
    expect(
      problemsWith(
        frameworkDefinitionSchema,
        makeFramework({ areas: [{ id: 'empty', name: 'Empty', skills: [] }] }),
      ),
    ).toEqual(['areas → 0 → skills: an area needs at least one skill']);
  });

  it.each(['q 1', '-q1', '.q1', 'q/1', 'q1!', '', 'é1', 'x'.repeat(101)])(
    'rejects the id %j',
    (id) => {
      expect(problemsWith(frameworkDefinitionSchema, withFirstSkill({ id }))).toEqual([
        'areas → 0 → skills → 0 → id: must be a short id of letters, digits, ".", "_" or "-"',
      ]);
    },
  );

  it('rejects a statement over 300 characters and accepts one of exactly 300', () => {
    expect(
      problemsWith(frameworkDefinitionSchema, withFirstSkill({ statement: 'x'.repeat(301) })),
    ).toEqual([
      'areas → 0 → skills → 0 → statement: statement is too long (300 characters at most)',
    ]);
    expect(
      problemsWith(frameworkDefinitionSchema, withFirstSkill({ statement: 'x'.repeat(300) })),
    ).toEqual([]);
  });

  it('rejects a missing or blank statement or name with a message saying what to add', () => {
    expect(
      problemsWith(frameworkDefinitionSchema, withFirstSkill({ statement: undefined })),
    ).toEqual(['areas → 0 → skills → 0 → statement: needs a statement']);
    expect(problemsWith(frameworkDefinitionSchema, makeFramework({ name: ' ' }))).toEqual([
      'name: needs a name',
    ]);
  });

  it('gives forms one message per field path', () => {
    const result = frameworkDefinitionSchema.safeParse(
      withFirstSkill({ statement: 'x'.repeat(301), id: 'bad id' }),
    );
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      'areas.0.skills.0.id': 'must be a short id of letters, digits, ".", "_" or "-"',
      'areas.0.skills.0.statement': 'statement is too long (300 characters at most)',
    });
  });
});

describe('storedFrameworkSchema', () => {
  const profileId = crypto.randomUUID();

  it('accepts a definition with record meta and its profile', () => {
    const stored = { ...makeFramework(), ...newRecordMeta(), profileId };
    expect(storedFrameworkSchema.parse(stored)).toEqual(stored);
  });

  it('rejects a row without a valid profile id or revision', () => {
    const stored = { ...makeFramework(), ...newRecordMeta(), profileId: 'not-a-uuid', rev: 0 };
    expect(problemsWith(storedFrameworkSchema, stored)).toEqual([
      expect.stringMatching(/^rev: /),
      'profileId: must be a valid id',
    ]);
  });

  it('still rejects an id used twice', () => {
    const framework = makeFramework();
    const stored = {
      ...framework,
      ...newRecordMeta(),
      profileId,
      areas: [...framework.areas, { ...framework.areas[0]!, name: 'Copy' }],
    };
    expect(problemsWith(storedFrameworkSchema, stored)).toContain(
      'areas → 2 → id: the id "questioning" is used twice',
    );
  });
});

describe('activeAreas', () => {
  const archivedAt = '2026-10-01T12:00:00.000Z';

  function archiving(ids: readonly string[]): FrameworkDefinition {
    const framework = makeFramework();
    return {
      ...framework,
      areas: framework.areas.map((area) => ({
        ...area,
        ...(ids.includes(area.id) ? { archivedAt } : {}),
        skills: area.skills.map((skill) =>
          ids.includes(skill.id) ? { ...skill, archivedAt } : skill,
        ),
      })),
    };
  }

  const shape = (framework: FrameworkDefinition) =>
    activeAreas(framework).map((area) => [area.id, area.skills.map((skill) => skill.id)]);

  it('shows every area and skill when nothing is archived', () => {
    expect(shape(makeFramework())).toEqual([
      ['questioning', ['q1', 'q2']],
      ['feedback', ['f1', 'f2']],
    ]);
  });

  it('hides archived skills and archived areas', () => {
    expect(shape(archiving(['q2']))).toEqual([
      ['questioning', ['q1']],
      ['feedback', ['f1', 'f2']],
    ]);
    expect(shape(archiving(['questioning']))).toEqual([['feedback', ['f1', 'f2']]]);
  });

  it('hides an area whose skills are all archived', () => {
    expect(shape(archiving(['f1', 'f2']))).toEqual([['questioning', ['q1', 'q2']]]);
  });

  it('leaves the framework itself untouched: archived skills keep their history', () => {
    const framework = archiving(['q2']);
    activeAreas(framework);
    expect(framework.areas[0]?.skills.map((skill) => skill.id)).toEqual(['q1', 'q2']);
  });
});

describe('findSkill, levelOf and scaleRange', () => {
  const framework = makeFramework();

  it('finds a skill with its area, archived or not', () => {
    expect(findSkill(framework, 'f2')).toMatchObject({
      area: { id: 'feedback' },
      skill: { id: 'f2' },
    });
    expect(findSkill(framework, 'nope')).toBeUndefined();
  });

  it('reads levels off the scale', () => {
    expect(levelOf(framework.scale, 3)?.label).toBe('Secure');
    expect(levelOf(framework.scale, 5)).toBeUndefined();
    expect(scaleRange(framework.scale)).toEqual({ min: 1, max: 4 });
  });
});
