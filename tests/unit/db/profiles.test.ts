import { describe, expect, it } from 'vitest';
import { z } from '@/domain/zod';
import type { Profile } from '@/domain/profile';
import { newRecordMeta } from '@/domain/record';
import { db } from '@/db/database';
import { getProfile, listProfiles, updateProfileDetails } from '@/db/profiles';
import { setUpTestProgramme } from '../../support/factories';

const EARLY = new Date('2026-09-01T08:00:00.000Z');
const LATER = new Date('2026-09-02T08:00:00.000Z');

function exampleProfile(createdAt: Date): Profile {
  return { ...newRecordMeta(createdAt), displayName: '', school: '', isExample: true };
}

describe('listProfiles', () => {
  it('is empty on a new device', async () => {
    expect(await listProfiles()).toEqual([]);
  });

  it('lists real profiles first, oldest first, then the example', async () => {
    const example = exampleProfile(new Date('2026-08-01T08:00:00.000Z'));
    await db.profiles.add(example);
    const second = await setUpTestProgramme(
      { person: { displayName: 'Second', school: '' } },
      LATER,
    );
    const first = await setUpTestProgramme({ person: { displayName: 'First', school: '' } }, EARLY);

    expect(await listProfiles()).toEqual([first.profile, second.profile, example]);
  });

  it('orders by creation instant, also for a time written with a UTC offset', async () => {
    const later = await setUpTestProgramme({ person: { displayName: 'Later', school: '' } }, LATER);
    // 09:00 in UTC+2 is 07:00 UTC: earlier than EARLY (08:00 UTC), though later as text.
    const fromAnotherDevice: Profile = {
      ...newRecordMeta(),
      createdAt: '2026-09-01T09:00:00+02:00',
      displayName: 'Earlier',
      school: '',
      isExample: false,
    };
    await db.profiles.add(fromAnotherDevice);
    const sameDay = await setUpTestProgramme(
      { person: { displayName: 'Same day', school: '' } },
      EARLY,
    );

    expect((await listProfiles()).map((profile) => profile.displayName)).toEqual([
      'Earlier',
      sameDay.profile.displayName,
      later.profile.displayName,
    ]);
  });

  it('leaves out deleted (tombstoned) profiles', async () => {
    const kept = await setUpTestProgramme({}, EARLY);
    const removed = await setUpTestProgramme(
      { person: { displayName: 'Gone', school: '' } },
      LATER,
    );
    await db.profiles.update(removed.profile.id, { deletedAt: new Date().toISOString() });
    expect(await listProfiles()).toEqual([kept.profile]);
  });

  it('parses every row: a damaged row fails loudly rather than reaching a screen', async () => {
    await setUpTestProgramme();
    await db.profiles.add({ ...exampleProfile(EARLY), isExample: 'yes' as unknown as boolean });
    await expect(listProfiles()).rejects.toBeInstanceOf(z.core.$ZodError);
  });
});

describe('getProfile', () => {
  it('gives the profile, or undefined for an id not on this device', async () => {
    const active = await setUpTestProgramme();
    expect(await getProfile(active.profile.id)).toEqual(active.profile);
    expect(await getProfile(crypto.randomUUID())).toBeUndefined();
  });
});

describe('updateProfileDetails', () => {
  it('saves the trimmed details and bumps the revision and updatedAt', async () => {
    const { profile } = await setUpTestProgramme({}, EARLY);

    const updated = await updateProfileDetails(profile.id, {
      displayName: '  Sam Taylor ',
      school: ' Hillside School ',
    });

    expect(updated).toEqual({
      ...profile,
      displayName: 'Sam Taylor',
      school: 'Hillside School',
      rev: 2,
      updatedAt: updated.updatedAt,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(profile.updatedAt));
    expect(await getProfile(profile.id)).toEqual(updated);

    const cleared = await updateProfileDetails(profile.id, { displayName: '', school: '' });
    expect(cleared).toMatchObject({ displayName: '', school: '', rev: 3, isExample: false });
  });

  it('rejects a name that is too long, says why and leaves the profile unchanged', async () => {
    const { profile } = await setUpTestProgramme({}, EARLY);
    const before = await db.profiles.get(profile.id);

    const attempt = updateProfileDetails(profile.id, { displayName: 'x'.repeat(81), school: '' });
    await expect(attempt).rejects.toThrow('Name is too long (80 characters at most)');

    expect(await db.profiles.get(profile.id)).toEqual(before);
  });

  it('says so when the profile no longer exists', async () => {
    await expect(
      updateProfileDetails(crypto.randomUUID(), { displayName: 'Sam', school: '' }),
    ).rejects.toThrow('That profile no longer exists on this device.');
  });
});
