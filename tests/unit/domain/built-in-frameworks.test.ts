import { describe, expect, it } from 'vitest';
import { frameworkDefinitionSchema } from '@/domain/framework';
import {
  builtInFrameworks,
  findBuiltInFramework,
  leadershipBehaviours,
  npqLeadingTeaching,
  otpPlusTeachingAudit,
} from '@/domain/built-in-frameworks';

const allSkills = (areas: (typeof builtInFrameworks)[number]['areas']) =>
  areas.flatMap((area) => area.skills);

describe('built-in frameworks', () => {
  it('are offered in order: OTP Plus, NPQ Leading Teaching, leadership behaviours', () => {
    expect(builtInFrameworks.map((framework) => framework.key)).toEqual([
      'otp-plus-teaching-audit',
      'npq-leading-teaching',
      'leadership-behaviours',
    ]);
  });

  it.each(builtInFrameworks.map((framework) => [framework.key, framework] as const))(
    '%s parses with frameworkDefinitionSchema unchanged',
    (_key, framework) => {
      const result = frameworkDefinitionSchema.safeParse(framework);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data).toEqual(framework);
    },
  );

  it('have unique keys', () => {
    const keys = builtInFrameworks.map((framework) => framework.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('use every skill id once within a framework', () => {
    for (const framework of builtInFrameworks) {
      const ids = allSkills(framework.areas).map((skill) => skill.id);
      expect(new Set(ids).size, framework.key).toBe(ids.length);
    }
  });

  it('give every scale level a non-empty descriptor', () => {
    for (const framework of builtInFrameworks) {
      for (const level of framework.scale.levels) {
        expect(level.descriptor.trim(), `${framework.key} level ${level.value}`).not.toBe('');
      }
    }
  });

  it('use the agreed scales', () => {
    const values = (levels: { value: number }[]) => levels.map((level) => level.value);
    expect(values(otpPlusTeachingAudit.scale.levels)).toEqual([1, 2, 3, 4]);
    expect(values(npqLeadingTeaching.scale.levels)).toEqual([1, 2, 3, 4]);
    expect(values(leadershipBehaviours.scale.levels)).toEqual([1, 2, 3, 4, 5]);
  });

  it('phrase every NPQ skill as a "How to" practice statement', () => {
    const skills = allSkills(npqLeadingTeaching.areas);
    expect(skills.length).toBeGreaterThan(0);
    for (const skill of skills) {
      expect(skill.statement, skill.id).toMatch(/^How to /);
    }
  });

  it('give NPQ Leading Teaching its eight areas', () => {
    expect(npqLeadingTeaching.areas.map((area) => area.name)).toEqual([
      'School culture',
      'How pupils learn',
      'Subject and curriculum',
      'Classroom practice',
      'Adaptive teaching',
      'Assessment',
      'Professional development',
      'Implementation',
    ]);
  });

  it('give the leadership framework exactly the seven behaviour areas', () => {
    expect(leadershipBehaviours.areas.map((area) => area.name)).toEqual([
      'Commitment',
      'Collaboration',
      'Personal drive',
      'Resilience',
      'Awareness',
      'Integrity',
      'Respect',
    ]);
  });

  it('find a built-in by key, and nothing for an unknown key', () => {
    expect(findBuiltInFramework('npq-leading-teaching')).toBe(npqLeadingTeaching);
    expect(findBuiltInFramework('no-such-framework')).toBeUndefined();
  });
});
