import '../../support/cloneable-blob';
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
import { setUpTestProgramme } from '../../support/factories';
import { makeRealisticProject } from '../../support/project-data';
import { getAttachmentBlob, listEvidence } from '@/db/improvement-projects';

/**
 * Every backup format ever written must still restore. Format 1 (schema versions 1–4) had no
 * programme breaks: its programmes come back with none, so their weeks are what they were. Format
 * 2 (schema version 5) had no projects; format 3 carries project attachments as base64.
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
  it('is at format 3, the first with project attachments', () => {
    expect(BACKUP_FORMAT_VERSION).toBe(3);
  });

  it('restores a format-2 backup as it was', async () => {
    await makeRealisticData();
    const content = await readAllTables();
    const format2 = { schemaVersion: 5, tables: content.tables };
    const before = await db.programmes.toArray();
    const text = JSON.stringify(
      await sealEnvelope(BACKUP_TYPE, 2, { protection: 'none', content: format2 }),
    );
    const programmes = await restoreAndRead(text);
    expect(programmes).toEqual(expect.arrayContaining(before));
    expect(programmes).toHaveLength(before.length);
  });

  it.each([
    ['readable', undefined],
    ['passphrase-protected', 'correct horse battery'],
  ] as const)(
    'carries a project’s attached file through a %s format-3 backup, byte for byte',
    async (_, passphrase) => {
      const sam = await setUpTestProgramme();
      const { project, evidence } = await makeRealisticProject(sam);
      const attachmentId = evidence.attachment!.attachmentId;
      const original = new Uint8Array(await (await getAttachmentBlob(attachmentId))!.arrayBuffer());
      const content = await readAllTables();
      const backedUp = content.tables.projectAttachments as { base64?: string; blob?: unknown }[];
      expect(backedUp.every((row) => typeof row.base64 === 'string' && !('blob' in row))).toBe(
        true,
      );
      const data = passphrase
        ? {
            protection: 'passphrase' as const,
            ...(await encryptText(JSON.stringify(content), passphrase)),
          }
        : { protection: 'none' as const, content };
      const text = JSON.stringify(await sealEnvelope(BACKUP_TYPE, BACKUP_FORMAT_VERSION, data));
      await restoreAndRead(text, passphrase);
      expect(await listEvidence(project.id)).toEqual([evidence]);
      const restored = await getAttachmentBlob(attachmentId);
      expect(restored?.type).toBe('image/png');
      expect(new Uint8Array(await restored!.arrayBuffer())).toEqual(original);
    },
  );

  it('refuses a format-3 backup whose attached file is not base64, changing nothing', async () => {
    const sam = await setUpTestProgramme();
    await makeRealisticProject(sam);
    const content = await readAllTables();
    const rows = content.tables.projectAttachments as Record<string, unknown>[];
    rows[0] = { ...rows[0], base64: '%%%not base64%%%' };
    const read = await readBackup(
      JSON.stringify(
        await sealEnvelope(BACKUP_TYPE, BACKUP_FORMAT_VERSION, { protection: 'none', content }),
      ),
    );
    if (!read.ok) throw new Error(read.problem);
    const checked = checkBackupRows(read.content, read.exportedAt);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(/attached file/);
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
