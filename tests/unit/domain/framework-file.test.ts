import { describe, expect, it } from 'vitest';
import { sealEnvelope } from '@/domain/file-envelope';
import { archiveSkill, renameSkill } from '@/domain/framework-edits';
import {
  FRAMEWORK_FILE_MAX_BYTES,
  frameworkFileName,
  frameworkFileText,
  planFrameworkImport,
  readFrameworkFile,
  summariseImportChanges,
} from '@/domain/framework-file';
import { findSkill, type FrameworkDefinition } from '@/domain/framework';
import { makeFramework, makeRatingEvent } from '../../support/factories';

const now = new Date('2026-11-23T10:00:00Z');

async function fileOf(data: unknown, type = 'trellis-framework', version = 1): Promise<string> {
  return JSON.stringify(await sealEnvelope(type, version, data, now));
}

describe('framework files', () => {
  it('round-trip a framework, archived skills included', async () => {
    const framework = archiveSkill(makeFramework(), 'q2', now);
    const read = await readFrameworkFile(await frameworkFileText(framework, now));
    expect(read).toEqual({ ok: true, framework });
  });

  it('leave out what belongs to this device (record ids, profile)', async () => {
    const stored = { ...makeFramework(), id: 'x', profileId: 'y', rev: 3 };
    const text = await frameworkFileText(stored, now);
    expect(text).not.toContain('profileId');
    expect(JSON.parse(text)).toMatchObject({
      app: 'Trellis',
      type: 'trellis-framework',
      version: 1,
    });
  });

  it('are named after the framework', () => {
    expect(frameworkFileName('OTP Plus: teaching/audit')).toBe(
      'OTP Plus teaching audit.trellis-framework.json',
    );
    expect(frameworkFileName('  ')).toBe('framework.trellis-framework.json');
  });

  it('report every problem in plain words, naming the area and the field', async () => {
    const framework = makeFramework();
    const broken = {
      ...framework,
      scale: {
        levels: [{ value: 1, label: '', descriptor: 'x' }, ...framework.scale.levels.slice(1)],
      },
      areas: [
        {
          ...framework.areas[0],
          name: 'Questioning',
          skills: [{ id: 'q1' }, { id: 'q2', statement: '' }],
        },
        { ...framework.areas[1], name: '' },
      ],
    };
    const read = await readFrameworkFile(await fileOf(broken));
    expect(read).toEqual({
      ok: false,
      problems: [
        'Scale, level 1 label: needs a label',
        "Area 'Questioning', skill 1 statement: needs a statement",
        "Area 'Questioning', skill 2 statement: needs a statement",
        'Area 2 (no name yet) name: needs a name',
      ],
    });
  });

  it.each([
    ['malformed', () => Promise.resolve('{"app":"Trellis", "type":'), /could not be read/],
    ['empty', () => Promise.resolve('   '), /is empty/],
    [
      'oversized',
      async () => ' '.repeat(FRAMEWORK_FILE_MAX_BYTES) + (await fileOf(makeFramework())),
      /larger than Trellis accepts \(1\.0 MB\)/,
    ],
    ['wrong type', () => fileOf(makeFramework(), 'trellis-backup'), /holds "trellis-backup"/],
    [
      'newer version',
      () => fileOf(makeFramework(), 'trellis-framework', 2),
      /newer version of Trellis/,
    ],
    [
      'tampered',
      async () => (await fileOf(makeFramework())).replace('Questioning', 'Questions'),
      /changed or damaged/,
    ],
    [
      'not Trellis',
      () => Promise.resolve(JSON.stringify(makeFramework())),
      /not a Trellis framework file/,
    ],
  ])('refuse a %s file with one plain reason', async (_name, makeText, message) => {
    const read = await readFrameworkFile(await makeText());
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toMatch(message);
    }
  });
});

describe('planning an import', () => {
  const current = makeFramework({ version: 4 });

  it('adds a framework the profile does not have', () => {
    expect(planFrameworkImport(undefined, makeFramework(), [], now)).toEqual({
      kind: 'add',
      framework: makeFramework(),
    });
  });

  it('updates the framework with the same key, one version up, and says what changes', () => {
    let incoming: FrameworkDefinition = renameSkill(makeFramework(), 'q1', 'Hinge questions');
    incoming = archiveSkill(incoming, 'f1', now);
    incoming = {
      ...incoming,
      areas: incoming.areas.map((area) =>
        area.id === 'feedback'
          ? {
              ...area,
              skills: [
                ...area.skills,
                { id: 'f3', statement: 'Peer feedback' },
                { id: 'f4', statement: 'Self-assessment' },
              ],
            }
          : area,
      ),
    };
    const plan = planFrameworkImport(current, incoming, [], now);
    expect(plan.kind).toBe('update');
    if (plan.kind !== 'update') return;
    expect(plan.framework.version).toBe(5);
    expect(summariseImportChanges(plan.changes)).toBe('adds 2 skills, renames 1, archives 1');
    const again = planFrameworkImport(current, current, [], now);
    if (again.kind !== 'update') throw new Error('expected an update');
    expect(summariseImportChanges(again.changes)).toBe('changes nothing');
  });

  it('never loses a rated skill the file leaves out: it stays, archived', () => {
    const incoming = makeFramework({
      areas: [
        { id: 'questioning', name: 'Questioning', skills: [{ id: 'q1', statement: 'Hinge' }] },
      ],
    });
    const events = [
      makeRatingEvent({ skillId: 'q2', week: 1, level: 2 }),
      makeRatingEvent({ skillId: 'f1', week: 1, level: 3 }),
    ];
    const plan = planFrameworkImport(current, incoming, events, now);
    if (plan.kind !== 'update') throw new Error(`expected an update, got ${plan.kind}`);
    expect(findSkill(plan.framework, 'q2')?.skill.archivedAt).toBe(now.toISOString());
    const feedback = plan.framework.areas.find((area) => area.id === 'feedback');
    expect(feedback?.archivedAt).toBe(now.toISOString());
    expect(feedback?.skills.map((skill) => skill.id)).toEqual(['f1']);
    // f2 was never rated: nothing is lost when it goes.
    expect(findSkill(plan.framework, 'f2')).toBeUndefined();
    expect(plan.changes.removedSkills).toEqual(['My written feedback leads to action.']);
    expect(summariseImportChanges(plan.changes)).toBe(
      'renames 1, archives 2, removes 1 unrated skill',
    );
  });

  it('refuses a scale that would leave ratings out of range, with the reason', () => {
    const incoming = makeFramework({
      scale: { levels: makeFramework().scale.levels.slice(0, 3) },
    });
    const plan = planFrameworkImport(
      current,
      incoming,
      [makeRatingEvent({ skillId: 'q1', week: 1, level: 4 })],
      now,
    );
    if (plan.kind !== 'refused') throw new Error('expected a refusal');
    expect(plan.reason).toBe(
      'This file would change the rating scale of "Test framework": 1 rating is at level 4; a 3-level scale (1–3) would leave it out of range. Keep enough levels for the ratings already made.',
    );
  });
});
