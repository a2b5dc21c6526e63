import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TYPE,
  upgradeBackupContent,
  type BackupContent,
} from '@/domain/backup-format';
import { encryptText } from '@/domain/backup-crypto';
import { sealEnvelope } from '@/domain/file-envelope';
import { programmeSchema } from '@/domain/programme';
import { checkBackupRows, readAllTables, readBackup, restoreBackup } from '@/db/backup';
import { db } from '@/db/database';
import { getProgrammeForProfile } from '@/db/programmes';
import { makeRealisticData } from '../../support/backup-data';

/**
 * Every backup format ever written must still restore. Format 1 (schema versions 1–4) had no
 * programme breaks: its programmes come back with none, so their weeks are what they were.
 */

/** Today's data as a format-1 file held it: programme rows without `breaks`. */
async function formatOneContent(): Promise<BackupContent> {
  await makeRealisticData();
  const content = await readAllTables();
  return {
    schemaVersion: 4,
    tables: {
      ...content.tables,
      programmes: (content.tables.programmes ?? []).map((row) =>
        Object.fromEntries(Object.entries(row as object).filter(([key]) => key !== 'breaks')),
      ),
    },
  };
}

async function restoreAndRead(text: string, passphrase?: string) {
  const read = await readBackup(text, passphrase);
  if (!read.ok) throw new Error(read.problem);
  const checked = checkBackupRows(read.content, read.exportedAt);
  if (!checked.ok) throw new Error(checked.problem);
  await restoreBackup(checked.backup, 'replace');
  return db.programmes.toArray();
}

describe('backup format history', () => {
  it('is at format 2, the first with programme breaks', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(2);
  });

  it('restores a format-1 backup: every programme comes back with no breaks', async () => {
    const content = await formatOneContent();
    const before = content.tables.programmes!.length;
    expect(before).toBeGreaterThan(0);
    const text = JSON.stringify(
      await sealEnvelope(BACKUP_TYPE, 1, { protection: 'none', content }),
    );
    const programmes = await restoreAndRead(text);
    expect(programmes).toHaveLength(before);
    for (const row of programmes) {
      expect(programmeSchema.parse(row).breaks).toEqual([]);
    }
  });

  it('restores a passphrase-protected format-1 backup, upgrading its rows once decrypted', async () => {
    const content = await formatOneContent();
    const text = JSON.stringify(
      await sealEnvelope(BACKUP_TYPE, 1, {
        protection: 'passphrase',
        ...(await encryptText(JSON.stringify(content), 'correct horse battery')),
      }),
    );
    const programmes = await restoreAndRead(text, 'correct horse battery');
    expect(programmes.length).toBeGreaterThan(0);
    for (const row of programmes) expect(programmeSchema.parse(row).breaks).toEqual([]);
  });

  it('keeps the breaks of a current backup as they were', async () => {
    await makeRealisticData();
    const [programme] = await db.programmes.toArray();
    const breaks = [
      {
        id: '0b7a7c52-33c4-4a35-9c43-3f0f5b3d2a11',
        name: 'Christmas holidays',
        firstDay: '2026-12-19',
        lastDay: '2027-01-03',
      },
    ];
    await db.programmes.put({ ...programme!, breaks });
    const content = await readAllTables();
    const text = JSON.stringify(
      await sealEnvelope(BACKUP_TYPE, BACKUP_FORMAT_VERSION, { protection: 'none', content }),
    );
    await restoreAndRead(text);
    expect((await getProgrammeForProfile(programme!.profileId))?.breaks).toEqual(breaks);
  });

  it('upgrades content once: running the upgrade again changes nothing', async () => {
    const content = await formatOneContent();
    const once = upgradeBackupContent(content);
    expect(upgradeBackupContent(once)).toEqual(once);
    expect(once.schemaVersion).toBe(5);
  });
});
