import { describe, expect, it } from 'vitest';
import { z } from '@/domain/zod';
import type { ActiveProgramme } from '@/domain/active-programme';
import { scaleRange } from '@/domain/framework';
import { auditAtWeek, MAX_NOTE_LENGTH, ratingEventSchema } from '@/domain/rating';
import { db } from '@/db/database';
import { confirmUnchangedRatings, listRatings, recordRating } from '@/db/ratings';
import { rate, setUpTestProgramme, skillIdsOf } from '../../support/factories';

const MONDAY = new Date('2026-09-21T09:00:00.000Z');
const TUESDAY = new Date('2026-09-22T09:00:00.000Z');
const WEDNESDAY = new Date('2026-09-23T09:00:00.000Z');

/** A level on the programme's scale: the lowest, or `step` above it (every scale has 2 or more). */
function aLevel(active: ActiveProgramme, step = 0): number {
  return scaleRange(active.framework.scale).min + step;
}

async function twoDelegates() {
  const sam = await setUpTestProgramme();
  const alex = await setUpTestProgramme({
    person: { displayName: 'Alex Other', school: 'Hillside' },
  });
  return { sam, alex };
}

describe('recordRating', () => {
  it('appends one event with the framework version and the time it was recorded', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const { min } = scaleRange(active.framework.scale);

    const event = await rate(
      active,
      { skillId: skillId!, week: 2, level: min, note: 'Tried it' },
      MONDAY,
    );

    expect(event).toEqual({
      id: event.id,
      createdAt: MONDAY.toISOString(),
      updatedAt: MONDAY.toISOString(),
      rev: 1,
      profileId: active.profile.id,
      frameworkId: active.framework.id,
      frameworkVersion: active.framework.version,
      skillId,
      kind: 'self',
      week: 2,
      level: min,
      note: 'Tried it',
      recordedAt: MONDAY.toISOString(),
    });
    expect(ratingEventSchema.parse(await db.ratings.get(event.id))).toEqual(event);
  });

  it('never overwrites: rating the same skill and week twice stores two rows, and the later counts', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const { min, max } = scaleRange(active.framework.scale);

    const first = await rate(active, { skillId: skillId!, week: 3, level: min }, MONDAY);
    const second = await rate(active, { skillId: skillId!, week: 3, level: max }, TUESDAY);

    expect(await db.ratings.count()).toBe(2);
    const stored = await listRatings(active.profile.id, active.framework.id);
    expect(stored).toEqual([first, second]);
    expect(auditAtWeek(stored, 3).get(skillId!)).toEqual(second);
  });

  it('records targets as their own kind', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const { max } = scaleRange(active.framework.scale);
    const target = await rate(active, { skillId: skillId!, week: 0, level: max, kind: 'target' });
    expect(target.kind).toBe('target');
    expect(auditAtWeek([target], 10).size).toBe(0);
    expect(auditAtWeek([target], 10, 'target').get(skillId!)).toEqual(target);
  });

  it('records the version of the framework as stored for the profile', async () => {
    const active = await setUpTestProgramme();
    await db.frameworks.update(active.framework.id, { version: active.framework.version + 2 });
    const event = await rate(active, {
      skillId: skillIdsOf(active)[0]!,
      week: 1,
      level: aLevel(active),
    });
    expect(event.frameworkVersion).toBe(active.framework.version + 2);
  });

  it('rejects a level off the scale and stores nothing', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const { min, max } = scaleRange(active.framework.scale);

    for (const level of [max + 1, min - 1]) {
      await expect(rate(active, { skillId: skillId!, week: 1, level })).rejects.toThrow(
        `Level ${level} is not on this framework's scale.`,
      );
    }
    expect(await db.ratings.count()).toBe(0);
  });

  it('rejects a skill that is not in the framework and stores nothing', async () => {
    const active = await setUpTestProgramme();
    await expect(
      rate(active, { skillId: 'no.such.skill', week: 1, level: aLevel(active) }),
    ).rejects.toThrow('That skill is not in this framework.');
    expect(await db.ratings.count()).toBe(0);
  });

  it('rejects a week after the end of the programme and stores nothing', async () => {
    const active = await setUpTestProgramme();
    const lastWeek = active.programme.lengthWeeks;
    await rate(active, { skillId: skillIdsOf(active)[0]!, week: lastWeek, level: aLevel(active) });
    await expect(
      rate(active, { skillId: skillIdsOf(active)[0]!, week: lastWeek + 1, level: aLevel(active) }),
    ).rejects.toThrow(`Week ${lastWeek + 1} is after the end of the programme`);
    expect(await db.ratings.count()).toBe(1);
  });

  it('rejects a skill that has been archived and stores nothing', async () => {
    const active = await setUpTestProgramme();
    const [area] = active.framework.areas;
    const [archived] = area!.skills;
    await db.frameworks.update(active.framework.id, {
      areas: active.framework.areas.map((candidate) =>
        candidate.id === area!.id
          ? {
              ...candidate,
              skills: candidate.skills.map((skill) =>
                skill.id === archived!.id ? { ...skill, archivedAt: MONDAY.toISOString() } : skill,
              ),
            }
          : candidate,
      ),
    });
    await expect(
      rate(active, { skillId: archived!.id, week: 1, level: aLevel(active) }),
    ).rejects.toThrow('That skill is archived');
    expect(await db.ratings.count()).toBe(0);
  });

  it("rejects a rating against another profile's framework, or an unknown one, and stores nothing", async () => {
    const { sam, alex } = await twoDelegates();
    const skillId = skillIdsOf(sam)[0]!;
    await expect(
      recordRating({
        profileId: sam.profile.id,
        frameworkId: alex.framework.id,
        skillId,
        kind: 'self',
        week: 1,
        level: aLevel(sam),
        note: '',
      }),
    ).rejects.toThrow('This framework does not belong to the current profile.');
    await expect(
      recordRating({
        profileId: sam.profile.id,
        frameworkId: crypto.randomUUID(),
        skillId,
        kind: 'self',
        week: 1,
        level: aLevel(sam),
        note: '',
      }),
    ).rejects.toThrow('This framework does not belong to the current profile.');
    expect(await db.ratings.count()).toBe(0);
  });

  it.each([
    ['a negative week', { week: -1 }],
    ['a week past the longest programme', { week: 105 }],
    ['a fractional level', { level: 2.5 }],
    ['a note that is too long', { note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }],
    ['an unknown kind', { kind: 'observer' }],
    ['a malformed profile id', { profileId: 'me' }],
  ])('rejects %s and stores nothing', async (_, spoil) => {
    const active = await setUpTestProgramme();
    const input = {
      profileId: active.profile.id,
      frameworkId: active.framework.id,
      skillId: skillIdsOf(active)[0]!,
      kind: 'self',
      week: 1,
      level: aLevel(active),
      note: '',
      ...spoil,
    };
    await expect(recordRating(input as Parameters<typeof recordRating>[0])).rejects.toBeInstanceOf(
      z.core.$ZodError,
    );
    expect(await db.ratings.count()).toBe(0);
  });
});

describe('listRatings', () => {
  it('is scoped to one profile and one framework: two delegates never see each other', async () => {
    const { sam, alex } = await twoDelegates();
    const samRating = await rate(sam, {
      skillId: skillIdsOf(sam)[0]!,
      week: 1,
      level: aLevel(sam),
    });
    const alexRating = await rate(alex, {
      skillId: skillIdsOf(alex)[0]!,
      week: 1,
      level: aLevel(alex, 1),
    });

    expect(await listRatings(sam.profile.id, sam.framework.id)).toEqual([samRating]);
    expect(await listRatings(alex.profile.id, alex.framework.id)).toEqual([alexRating]);
    expect(await listRatings(sam.profile.id, alex.framework.id)).toEqual([]);
    expect(await listRatings(alex.profile.id, sam.framework.id)).toEqual([]);
  });

  it('leaves out ratings of another framework of the same profile', async () => {
    const active = await setUpTestProgramme();
    const kept = await rate(active, {
      skillId: skillIdsOf(active)[0]!,
      week: 1,
      level: aLevel(active),
    });
    await db.ratings.add({ ...kept, id: crypto.randomUUID(), frameworkId: crypto.randomUUID() });
    expect(await listRatings(active.profile.id, active.framework.id)).toEqual([kept]);
  });

  it('lists oldest first, whatever order they were written in', async () => {
    const active = await setUpTestProgramme();
    const [a, b] = skillIdsOf(active);
    const wednesday = await rate(
      active,
      { skillId: a!, week: 2, level: aLevel(active) },
      WEDNESDAY,
    );
    const monday = await rate(active, { skillId: b!, week: 4, level: aLevel(active, 1) }, MONDAY);
    const tuesday = await rate(active, { skillId: a!, week: 1, level: aLevel(active) }, TUESDAY);
    expect(await listRatings(active.profile.id, active.framework.id)).toEqual([
      monday,
      tuesday,
      wednesday,
    ]);
  });

  it('orders by the instant recorded, also for times written with a UTC offset', async () => {
    const active = await setUpTestProgramme();
    const tuesday = await rate(
      active,
      { skillId: skillIdsOf(active)[0]!, week: 2, level: aLevel(active) },
      TUESDAY,
    );
    // 10:30 in UTC+2 on Tuesday is 08:30 UTC: before 09:00 UTC, though later as text.
    const fromAnotherDevice = {
      ...tuesday,
      id: crypto.randomUUID(),
      recordedAt: '2026-09-22T10:30:00+02:00',
    };
    await db.ratings.add(fromAnotherDevice);
    expect(await listRatings(active.profile.id, active.framework.id)).toEqual([
      fromAnotherDevice,
      tuesday,
    ]);
  });

  it('leaves out deleted (tombstoned) ratings', async () => {
    const active = await setUpTestProgramme();
    const kept = await rate(
      active,
      { skillId: skillIdsOf(active)[0]!, week: 1, level: aLevel(active) },
      MONDAY,
    );
    const removed = await rate(
      active,
      { skillId: skillIdsOf(active)[0]!, week: 2, level: aLevel(active, 1) },
      TUESDAY,
    );
    await db.ratings.update(removed.id, { deletedAt: WEDNESDAY.toISOString() });
    expect(await listRatings(active.profile.id, active.framework.id)).toEqual([kept]);
  });

  it('fails loudly on a damaged row instead of passing it on', async () => {
    const active = await setUpTestProgramme();
    const event = await rate(active, {
      skillId: skillIdsOf(active)[0]!,
      week: 1,
      level: aLevel(active),
    });
    await db.ratings.put({ ...event, level: 'high' as unknown as number });
    await expect(listRatings(active.profile.id, active.framework.id)).rejects.toBeInstanceOf(
      z.core.$ZodError,
    );
  });
});

describe('confirmUnchangedRatings', () => {
  it('appends the earlier level for each unchanged skill of the area, and nothing for the rest', async () => {
    const active = await setUpTestProgramme();
    const [area, otherArea] = active.framework.areas;
    const [kept, carriedFromBaseline, alreadyRated, neverRated] = area!.skills;
    const otherSkill = otherArea!.skills[0]!;
    await rate(
      active,
      { skillId: kept!.id, week: 2, level: aLevel(active, 1), note: 'Exit tickets' },
      MONDAY,
    );
    await rate(
      active,
      { skillId: carriedFromBaseline!.id, week: 0, level: aLevel(active, 2) },
      MONDAY,
    );
    await rate(active, { skillId: alreadyRated!.id, week: 2, level: aLevel(active) }, MONDAY);
    await rate(active, { skillId: alreadyRated!.id, week: 3, level: aLevel(active, 1) }, TUESDAY);
    await rate(active, { skillId: otherSkill.id, week: 2, level: aLevel(active) }, MONDAY);
    expect(neverRated).toBeDefined();

    const added = await confirmUnchangedRatings(
      { profileId: active.profile.id, frameworkId: active.framework.id, areaId: area!.id, week: 3 },
      WEDNESDAY,
    );

    expect(
      added.map((event) => [event.skillId, event.kind, event.week, event.level, event.note]),
    ).toEqual([
      [kept!.id, 'self', 3, aLevel(active, 1), ''],
      [carriedFromBaseline!.id, 'self', 3, aLevel(active, 2), ''],
    ]);
    expect(added.every((event) => event.recordedAt === WEDNESDAY.toISOString())).toBe(true);
    const stored = await listRatings(active.profile.id, active.framework.id);
    expect(stored).toHaveLength(7);
    expect(auditAtWeek(stored, 3).get(alreadyRated!.id)?.level).toBe(aLevel(active, 1));
    expect(auditAtWeek(stored, 3).has(neverRated!.id)).toBe(false);
    expect(stored.filter((event) => event.skillId === otherSkill.id)).toHaveLength(1);

    // A second tap finds nothing left to confirm.
    expect(
      await confirmUnchangedRatings({
        profileId: active.profile.id,
        frameworkId: active.framework.id,
        areaId: area!.id,
        week: 3,
      }),
    ).toEqual([]);
    expect(await db.ratings.count()).toBe(7);
  });

  it('writes nothing when the week is past the programme or the framework is another profile’s', async () => {
    const { sam, alex } = await twoDelegates();
    const area = sam.framework.areas[0]!;
    await rate(sam, { skillId: area.skills[0]!.id, week: 1, level: aLevel(sam) });

    await expect(
      confirmUnchangedRatings({
        profileId: sam.profile.id,
        frameworkId: sam.framework.id,
        areaId: area.id,
        week: sam.programme.lengthWeeks + 1,
      }),
    ).rejects.toThrow(/after the end of the programme/);
    await expect(
      confirmUnchangedRatings({
        profileId: alex.profile.id,
        frameworkId: sam.framework.id,
        areaId: area.id,
        week: 3,
      }),
    ).rejects.toThrow(/does not belong/);
    expect(await db.ratings.count()).toBe(1);
  });
});
