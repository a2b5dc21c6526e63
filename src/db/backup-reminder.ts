import { db } from '@/db/database';
import { lastBackupAt } from '@/db/device-markers';

/**
 * Whether to remind, gently, that a backup is due: there is real work (not the example) changed
 * since the last backup made on this device, and the oldest such change is more than a week old.
 * A teacher who rates every week is reminded about once a week, never after every edit.
 */
export const REMIND_AFTER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupReminder {
  lastBackupAt: string | undefined;
  /** Records of real work changed since the last backup (or ever, if there is none). */
  changedSinceBackup: number;
  isDue: boolean;
}

interface TimedRow {
  id: string;
  updatedAt?: unknown;
  profileId?: unknown;
  isExample?: unknown;
}

export async function backupReminder(now: Date = new Date()): Promise<BackupReminder> {
  const last = lastBackupAt();
  const since = last === undefined ? -Infinity : Date.parse(last);
  return db.transaction('r', db.tables, async () => {
    const profiles = (await db.profiles.toArray()) as TimedRow[];
    const exampleIds = new Set(
      profiles.filter((profile) => profile.isExample === true).map((profile) => profile.id),
    );
    let changed = 0;
    let oldestChange = Infinity;
    for (const table of db.tables) {
      const rows = (await table.toArray()) as TimedRow[];
      for (const row of rows) {
        const isExample =
          exampleIds.has(row.id) ||
          (typeof row.profileId === 'string' && exampleIds.has(row.profileId));
        const updatedAt = typeof row.updatedAt === 'string' ? Date.parse(row.updatedAt) : NaN;
        if (isExample || Number.isNaN(updatedAt) || updatedAt <= since) continue;
        changed += 1;
        oldestChange = Math.min(oldestChange, updatedAt);
      }
    }
    return {
      lastBackupAt: last,
      changedSinceBackup: changed,
      isDue: changed > 0 && now.getTime() - oldestChange > REMIND_AFTER_DAYS * DAY_MS,
    };
  });
}
