import { describe, expect, it, vi } from 'vitest';
import { z } from '@/domain/zod';
import { storedFrameworkSchema } from '@/domain/framework';
import { profileSchema } from '@/domain/profile';
import { programmeSchema, type ProgrammeDetails } from '@/domain/programme';
import { loadActiveProgramme } from '@/db/active-programme';
import { db } from '@/db/database';
import { getProgrammeForProfile, setUpProgramme, updateProgrammeDetails } from '@/db/programmes';
import { builtInFramework, makeProgrammeSetUp, setUpTestProgramme } from '../../support/factories';

const SET_UP_AT = new Date('2026-09-01T08:00:00.000Z');

async function tableSizes() {
  return {
    profiles: await db.profiles.count(),
    frameworks: await db.frameworks.count(),
    programmes: await db.programmes.count(),
    ratings: await db.ratings.count(),
  };
}

const EMPTY = { profiles: 0, frameworks: 0, programmes: 0, ratings: 0 };

describe('setUpProgramme', () => {
  it('writes the profile, its own copy of the framework and the programme', async () => {
    const input = makeProgrammeSetUp({ startedDaysAgo: 0 });
    const profileId = await setUpProgramme(input, SET_UP_AT);

    expect(await tableSizes()).toEqual({ profiles: 1, frameworks: 1, programmes: 1, ratings: 0 });

    const meta = { createdAt: SET_UP_AT.toISOString(), updatedAt: SET_UP_AT.toISOString(), rev: 1 };
    const profile = profileSchema.parse(await db.profiles.get(profileId));
    expect(profile).toEqual({ id: profileId, ...meta, ...input.person, isExample: false });

    const [frameworkRow] = await db.frameworks.toArray();
    const framework = storedFrameworkSchema.parse(frameworkRow);
    expect(framework).toEqual({ ...input.framework, ...meta, id: framework.id, profileId });

    const [programmeRow] = await db.programmes.toArray();
    expect(programmeSchema.parse(programmeRow)).toEqual({
      ...input.programme,
      ...meta,
      id: programmeRow!.id,
      profileId,
      templateKey: input.templateKey,
      frameworkId: framework.id,
    });
  });

  it('gives each set-up its own profile and framework copy', async () => {
    const first = await setUpTestProgramme();
    const second = await setUpTestProgramme({ person: { displayName: 'Alex', school: '' } });

    expect(second.profile.id).not.toBe(first.profile.id);
    expect(second.framework.id).not.toBe(first.framework.id);
    expect(second.framework.key).toBe(first.framework.key);
    expect(second.framework.profileId).toBe(second.profile.id);
    expect(await tableSizes()).toEqual({ profiles: 2, frameworks: 2, programmes: 2, ratings: 0 });
  });

  it.each<[string, (input: ReturnType<typeof makeProgrammeSetUp>) => unknown]>([
    [
      'a start date that does not exist',
      (input) => ({ ...input, programme: { ...input.programme, startDate: '2026-02-30' } }),
    ],
    ['no programme name', (input) => ({ ...input, programme: { ...input.programme, name: ' ' } })],
    [
      'a length of 0 weeks',
      (input) => ({ ...input, programme: { ...input.programme, lengthWeeks: 0 } }),
    ],
    [
      'a name too long',
      (input) => ({ ...input, person: { ...input.person, displayName: 'x'.repeat(81) } }),
    ],
    ['an unknown template', (input) => ({ ...input, templateKey: 'nope' })],
  ])('writes nothing when given %s', async (_, spoil) => {
    const input = spoil(makeProgrammeSetUp()) as ReturnType<typeof makeProgrammeSetUp>;
    await expect(setUpProgramme(input)).rejects.toBeInstanceOf(z.core.$ZodError);
    expect(await tableSizes()).toEqual(EMPTY);
  });

  it('writes nothing for a framework that is not valid', async () => {
    const framework = builtInFramework('otp-plus-teaching-audit');
    const input = makeProgrammeSetUp({ framework: { ...framework, areas: [] } });
    await expect(setUpProgramme(input)).rejects.toBeInstanceOf(z.core.$ZodError);
    expect(await tableSizes()).toEqual(EMPTY);
  });

  it('is one transaction: if the last write fails, the profile and framework are not kept', async () => {
    vi.spyOn(db.programmes, 'add').mockRejectedValueOnce(new Error('Storage is full'));
    await expect(setUpProgramme(makeProgrammeSetUp())).rejects.toThrow('Storage is full');
    expect(await tableSizes()).toEqual(EMPTY);
  });
});

describe('getProgrammeForProfile and loadActiveProgramme', () => {
  it("finds a profile's programme, and nothing for another profile", async () => {
    const active = await setUpTestProgramme();
    const other = await setUpTestProgramme({ person: { displayName: 'Alex', school: '' } });

    expect(await getProgrammeForProfile(active.profile.id)).toEqual(active.programme);
    expect(await getProgrammeForProfile(other.profile.id)).toEqual(other.programme);
    expect(await getProgrammeForProfile(crypto.randomUUID())).toBeUndefined();
  });

  it('skips a deleted (tombstoned) programme', async () => {
    const active = await setUpTestProgramme();
    await db.programmes.update(active.programme.id, { deletedAt: new Date().toISOString() });
    expect(await getProgrammeForProfile(active.profile.id)).toBeUndefined();
    expect(await loadActiveProgramme(active.profile.id)).toBeUndefined();
  });

  it('loads the profile, programme and framework together', async () => {
    const active = await setUpTestProgramme();
    expect(await loadActiveProgramme(active.profile.id)).toEqual(active);
    expect(active.programme.frameworkId).toBe(active.framework.id);
    expect(active.programme.profileId).toBe(active.profile.id);
    expect(await loadActiveProgramme(crypto.randomUUID())).toBeUndefined();
  });
});

describe('updateProgrammeDetails', () => {
  function detailsOf(programme: ProgrammeDetails): ProgrammeDetails {
    const { name, startDate, lengthWeeks, sessions, breaks } = programme;
    return { name, startDate, lengthWeeks, sessions, breaks };
  }

  it('saves the new details and bumps the revision and updatedAt', async () => {
    const { programme } = await setUpTestProgramme({}, SET_UP_AT);
    const [firstSession, ...otherSessions] = programme.sessions;
    const changes: ProgrammeDetails = {
      name: '  OTP Plus — spring cohort ',
      startDate: '2027-01-11',
      lengthWeeks: 12,
      sessions: [{ ...firstSession!, date: '2027-01-11' }, ...otherSessions],
      breaks: [],
    };

    const updated = await updateProgrammeDetails(programme.id, changes);

    expect(updated).toEqual({
      ...programme,
      ...changes,
      name: 'OTP Plus — spring cohort',
      rev: 2,
      updatedAt: updated.updatedAt,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(programme.updatedAt));
    expect(updated.createdAt).toBe(programme.createdAt);
    expect(await getProgrammeForProfile(programme.profileId)).toEqual(updated);

    const again = await updateProgrammeDetails(programme.id, detailsOf(updated));
    expect(again.rev).toBe(3);
  });

  it.each<[string, Partial<ProgrammeDetails>]>([
    ['a length over 104 weeks', { lengthWeeks: 105 }],
    ['an empty name', { name: '' }],
    ['a bad start date', { startDate: '2026-13-01' }],
  ])('rejects %s and leaves the stored programme unchanged', async (_, changes) => {
    const { programme } = await setUpTestProgramme({}, SET_UP_AT);
    const before = await db.programmes.get(programme.id);

    await expect(
      updateProgrammeDetails(programme.id, { ...detailsOf(programme), ...changes }),
    ).rejects.toBeInstanceOf(z.core.$ZodError);

    expect(await db.programmes.get(programme.id)).toEqual(before);
  });

  it('says so when the programme no longer exists', async () => {
    const { programme } = await setUpTestProgramme();
    await expect(updateProgrammeDetails(crypto.randomUUID(), detailsOf(programme))).rejects.toThrow(
      'That programme no longer exists on this device.',
    );
  });
});
