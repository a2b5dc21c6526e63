import { describe, expect, it } from 'vitest';
import { backupReminder } from '@/db/backup-reminder';
import { recordBackupMade } from '@/db/device-markers';
import { loadExampleProfile } from '@/db/example-profile';
import { makeFramework, setUpTestProgramme } from '../../support/factories';

const DAY = 24 * 60 * 60 * 1000;

describe('backup reminder', () => {
  it('is quiet for the example data and for work less than a week old', async () => {
    await loadExampleProfile();
    expect(await backupReminder()).toMatchObject({ isDue: false, changedSinceBackup: 0 });
    await setUpTestProgramme({ framework: makeFramework() });
    expect(await backupReminder(new Date(Date.now() + 6 * DAY))).toMatchObject({ isDue: false });
  });

  it('reminds when work not in a backup is more than a week old', async () => {
    await setUpTestProgramme({ framework: makeFramework() });
    const reminder = await backupReminder(new Date(Date.now() + 8 * DAY));
    expect(reminder.isDue).toBe(true);
    expect(reminder.changedSinceBackup).toBeGreaterThan(0);
  });

  it('is quiet after a backup until something changes again', async () => {
    await setUpTestProgramme({ framework: makeFramework() });
    recordBackupMade(new Date(Date.now() + 1000).toISOString());
    expect(await backupReminder(new Date(Date.now() + 30 * DAY))).toMatchObject({
      isDue: false,
      changedSinceBackup: 0,
    });
  });
});
