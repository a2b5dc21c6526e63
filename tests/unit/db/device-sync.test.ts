import { describe, expect, it } from 'vitest';
import {
  checkBackupRows,
  makeBackup,
  previewRestore,
  readBackup,
  restoreBackup,
  type CheckedBackup,
} from '@/db/backup';
import { db } from '@/db/database';
import { lastTookIn } from '@/db/device-markers';
import { loadExampleProfile } from '@/db/example-profile';
import { updateProfileDetails } from '@/db/profiles';
import { databaseSnapshot, emptyEveryTable } from '../../support/backup-data';
import { rate, setUpTestProgramme, skillIdsOf } from '../../support/factories';

/** Two devices in one test: a device's data is a backup's text, loaded into the one database. */
async function checked(text: string): Promise<CheckedBackup> {
  const read = await readBackup(text);
  if (!read.ok) throw new Error(read.problem);
  const result = checkBackupRows(read.content, read.exportedAt);
  if (!result.ok) throw new Error(result.problem);
  return result.backup;
}

async function becomeDevice(text: string): Promise<void> {
  await emptyEveryTable();
  await restoreBackup(await checked(text), 'replace');
}

const MONDAY = new Date('2026-11-30T09:00:00Z');
const TUESDAY = new Date('2026-12-01T09:00:00Z');
const WEDNESDAY = new Date('2026-12-02T09:00:00Z');

describe('keeping two devices in step', () => {
  it('merges both ways to the same data: every rating, and the newer edit of each record', async () => {
    const sam = await setUpTestProgramme();
    const [first, second] = skillIdsOf(sam);
    await rate(sam, { skillId: first!, week: 1, level: 2 });
    const start = (await makeBackup({ now: MONDAY })).text;

    // The laptop: one rating, the profile edited on Tuesday, the programme on Wednesday.
    await rate(sam, { skillId: second!, week: 1, level: 3 });
    const onLaptop = await updateProfileDetails(sam.profile.id, {
      displayName: 'Sam (laptop)',
      school: 'R',
    });
    await db.profiles.put({ ...onLaptop, updatedAt: TUESDAY.toISOString() });
    const programme = await db.programmes.get(sam.programme.id);
    await db.programmes.put({
      ...programme!,
      name: 'Renamed on the laptop',
      updatedAt: WEDNESDAY.toISOString(),
      rev: programme!.rev + 1,
    });
    const laptop = (await makeBackup()).text;

    // The phone, from the start: a rating, many profile edits on Wednesday, the programme on Tuesday.
    await becomeDevice(start);
    await rate(sam, { skillId: first!, week: 2, level: 4 });
    for (const name of ['S', 'Sa', 'Sam (phone)']) {
      await updateProfileDetails(sam.profile.id, { displayName: name, school: 'R' });
    }
    const onPhone = await db.profiles.get(sam.profile.id);
    await db.profiles.put({ ...onPhone!, updatedAt: WEDNESDAY.toISOString() });
    const phoneProgramme = await db.programmes.get(sam.programme.id);
    await db.programmes.put({
      ...phoneProgramme!,
      name: 'Renamed on the phone',
      updatedAt: TUESDAY.toISOString(),
      rev: phoneProgramme!.rev + 5,
    });
    const phone = (await makeBackup()).text;

    // On the laptop, take in the phone's file: the preview says whose edit is kept.
    await becomeDevice(laptop);
    const preview = await previewRestore(await checked(phone));
    const edited = preview.differences.map((difference) => [
      difference.table,
      difference.name,
      difference.kept,
    ]);
    expect(edited).toEqual([
      ['profiles', 'Sam (phone)', 'incoming'],
      ['programmes', 'Renamed on the laptop', 'here'],
    ]);
    await restoreBackup(await checked(phone), 'merge');
    const mergedOnLaptop = await databaseSnapshot();

    // On the phone, take in the laptop's file: both now hold the same.
    await becomeDevice(phone);
    await restoreBackup(await checked(laptop), 'merge');
    expect(await databaseSnapshot()).toEqual(mergedOnLaptop);
    expect(mergedOnLaptop.ratings).toHaveLength(3);
    expect((await db.profiles.get(sam.profile.id))?.displayName).toBe('Sam (phone)');
    expect((await db.programmes.get(sam.programme.id))?.name).toBe('Renamed on the laptop');
  });

  it('carries a deletion both ways as a tombstone', async () => {
    const sam = await setUpTestProgramme();
    const event = await rate(sam, { skillId: skillIdsOf(sam)[0]!, week: 1, level: 2 });
    const before = (await makeBackup()).text;
    await db.ratings.put({
      ...event,
      rev: 2,
      updatedAt: new Date().toISOString(),
      deletedAt: new Date().toISOString(),
    });
    const withdrawn = (await makeBackup()).text;
    await becomeDevice(before);
    const preview = await previewRestore(await checked(withdrawn));
    expect(preview.differences[0]).toMatchObject({ table: 'ratings', deletedIn: 'incoming' });
    await restoreBackup(await checked(withdrawn), 'merge');
    expect((await db.ratings.get(event.id))?.deletedAt).toBeDefined();
  });

  it('opens the real profile worked on last, and remembers when this device took the file in', async () => {
    const first = await setUpTestProgramme({ person: { displayName: 'First', school: '' } });
    const later = await setUpTestProgramme({ person: { displayName: 'Later', school: '' } });
    await rate(later, { skillId: skillIdsOf(later)[0]!, week: 1, level: 2 });
    await loadExampleProfile();
    const backup = await makeBackup({ now: MONDAY });
    await emptyEveryTable();
    expect(lastTookIn()).toBeUndefined();

    const result = await restoreBackup(await checked(backup.text), 'merge');
    expect(result.profileToOpen).toBe(later.profile.id);
    expect(result.profileToOpen).not.toBe(first.profile.id);
    expect(lastTookIn()).toEqual({ at: expect.any(String) as string, madeAt: backup.exportedAt });
  });
});
