import { describe, expect, it } from 'vitest';
import { newId } from '@/domain/record';
import { checkBackupRows, makeBackup, readBackup, restoreBackup } from '@/db/backup';
import {
  addSnapshots,
  createCohort,
  listCohorts,
  listCohortSnapshots,
  removeSnapshot,
  setUpFacilitator,
} from '@/db/cohorts';
import { db } from '@/db/database';
import { makeCohortDetails, makeRealisticCohortData } from '../../support/cohort-factories';
import { setUpTestProgramme } from '../../support/factories';

describe('cohorts on a facilitator’s device', () => {
  it('belong to a facilitator profile only, made once per device', async () => {
    const first = await setUpFacilitator({ displayName: 'Fran', school: '' });
    const again = await setUpFacilitator({ displayName: 'Someone else', school: '' });
    expect(again.id).toBe(first.id);
    const delegate = await setUpTestProgramme();
    await expect(
      createCohort(delegate.profile.id, makeCohortDetails(), 'otp-plus-teaching-audit'),
    ).rejects.toThrow('Only a facilitator profile can hold cohorts.');
    expect(await db.cohorts.count()).toBe(0);
  });

  it('keeps one row per delegate: a later snapshot replaces it, and a removal is a tombstone', async () => {
    const { cohort, members } = await makeRealisticCohortData();
    const [sam] = members;
    if (!sam) throw new Error('a member');
    const later = { ...sam, snapshotId: newId(), takenAt: '2026-11-30T10:00:00.000Z' };
    expect(await addSnapshots(cohort.id, [later, sam])).toEqual([
      { kind: 'replaced', previousTakenAt: sam.takenAt },
      { kind: 'older', keptTakenAt: later.takenAt },
    ]);
    expect(await addSnapshots(cohort.id, [later])).toEqual([{ kind: 'already-have' }]);
    const rows = await listCohortSnapshots(cohort.id);
    expect(rows).toHaveLength(3);
    const samRow = rows.find((row) => row.delegateKey === sam.delegateKey);
    expect(samRow).toMatchObject({ snapshotId: later.snapshotId, rev: 2 });
    await removeSnapshot(samRow!.id);
    expect(await listCohortSnapshots(cohort.id)).toHaveLength(2);
    expect(await db.cohortSnapshots.count()).toBe(3);
  });

  it('travel in the device’s backups and come back whole', async () => {
    const { facilitator, cohort } = await makeRealisticCohortData();
    const before = await listCohortSnapshots(cohort.id);
    const backup = await makeBackup();
    expect(backup.counts).toMatchObject({ cohorts: 1, cohortSnapshots: 3 });
    await Promise.all(db.tables.map((table) => table.clear()));
    const read = await readBackup(backup.text);
    if (!read.ok) throw new Error(read.problem);
    const checked = checkBackupRows(read.content, read.exportedAt);
    if (!checked.ok) throw new Error(checked.problem);
    await restoreBackup(checked.backup, 'merge');
    expect(await listCohorts(facilitator.id)).toEqual([cohort]);
    expect(await listCohortSnapshots(cohort.id)).toEqual(before);
  });
});
