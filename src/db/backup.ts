/**
 * Backup and restore of the whole database: every table in src/db/table-schemas.ts, every profile,
 * tombstones included. A backup is read back and checked (decoded, decrypted, recounted,
 * checksummed) before anyone is told it is done; a restore parses every row with its table's Zod
 * schema before it touches anything, then writes in ONE transaction over every table, so it either
 * completes or changes nothing. Loaded only when the user backs up or restores
 * (docs/design.md#heavy-things-load-late).
 */
import type { Table } from 'dexie';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TYPE,
  backupContentSchema,
  backupDataSchema,
  backupExpectation,
  backupFileName,
  countRows,
  upgradeBackupContent,
  type BackupContent,
  type BackupData,
} from '@/domain/backup-format';
import {
  canonicalJson,
  planTableMerge,
  type MergeableRow,
  type TableMergeSummary,
} from '@/domain/backup-merge';
import {
  checksumOf,
  MAX_NESTING_DEPTH,
  nestingDepth,
  openEnvelope,
  sealEnvelope,
} from '@/domain/file-envelope';
import { describeIssues } from '@/domain/validation';
import { db } from '@/db/database';
import { markDataExisted, recordBackupMade, recordTookIn } from '@/db/device-markers';
import { tableEntry, tableSchemas } from '@/db/table-schemas';

export interface MadeBackup {
  text: string;
  fileName: string;
  exportedAt: string;
  counts: Record<string, number>;
  isProtected: boolean;
}

export interface BackupOptions {
  passphrase?: string;
  /** PBKDF2 iterations; tests may not lower it below the minimum, the schema refuses that. */
  iterations?: number;
  now?: Date;
}

/** Every row of every table, as stored, read in one transaction so the copy is consistent. */
export async function readAllTables(): Promise<BackupContent> {
  if (!db.isOpen()) await db.open();
  const content = await db.transaction('r', db.tables, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of db.tables) tables[table.name] = await table.toArray();
    return { schemaVersion: db.verno, tables };
  });
  // Rows holding files are encoded after the transaction: reading a Blob is not an IndexedDB
  // request, and awaiting it inside would end the transaction early.
  for (const [table, rows] of Object.entries(content.tables)) {
    const codec = tableEntry(table)?.backupCodec;
    if (codec) content.tables[table] = await Promise.all(rows.map(codec.toBackup));
  }
  return content;
}

/**
 * Makes the backup file's text and reads it back before returning: a backup that cannot be
 * restored is worse than none, because it is trusted. Throws if the read-back differs.
 */
export async function makeBackup({
  passphrase,
  iterations,
  now = new Date(),
}: BackupOptions = {}): Promise<MadeBackup> {
  const content = await readAllTables();
  const isProtected = passphrase !== undefined && passphrase !== '';
  let data: BackupData;
  if (isProtected) {
    const { encryptText } = await import('@/domain/backup-crypto');
    data = {
      protection: 'passphrase',
      ...(await encryptText(JSON.stringify(content), passphrase, iterations)),
    };
  } else {
    data = { protection: 'none', content };
  }
  const envelope = await sealEnvelope(BACKUP_TYPE, BACKUP_FORMAT_VERSION, data, now);
  const text = JSON.stringify(envelope);

  const readBack = await readBackup(text, passphrase);
  if (!readBack.ok) {
    throw new Error(`The backup could not be read back (${readBack.problem}), so it was not saved`);
  }
  const counts = countRows(content);
  if (
    canonicalJson(countRows(readBack.content)) !== canonicalJson(counts) ||
    (await checksumOf(readBack.content)) !== (await checksumOf(content))
  ) {
    throw new Error('The backup read back differs from the data, so it was not saved');
  }
  return {
    text,
    fileName: backupFileName(now, isProtected),
    exportedAt: envelope.exportedAt,
    counts,
    isProtected,
  };
}

/** Once the file is safely handed to the browser's download: remember it (device-markers.ts). */
export function noteBackupSaved(backup: MadeBackup): void {
  recordBackupMade(backup.exportedAt);
}

export type ReadBackupResult =
  | { ok: true; content: BackupContent; exportedAt: string; isProtected: boolean }
  | { ok: false; needsPassphrase: true; problem: string }
  | { ok: false; needsPassphrase?: false; problem: string };

const DAMAGED =
  'This backup has been changed or damaged since it was made, so nothing was taken from it.';

/**
 * Opens a backup file's text: envelope (size, JSON, type, format version, checksum), then, if it
 * is protected, the passphrase, then the shape of its content. Never throws for bad input.
 */
export async function readBackup(text: string, passphrase?: string): Promise<ReadBackupResult> {
  const opened = await openEnvelope(text, backupExpectation);
  if (!opened.ok) return { ok: false, problem: opened.problem.message };
  const data = backupDataSchema.safeParse(opened.data);
  if (!data.success) return { ok: false, problem: DAMAGED };

  let content: BackupContent;
  if (data.data.protection === 'none') {
    // Parsed with backupContentSchema already, as part of backupDataSchema.
    content = data.data.content;
  } else {
    if (passphrase === undefined || passphrase === '') {
      return {
        ok: false,
        needsPassphrase: true,
        problem: 'This backup is protected with a passphrase. Enter it to open the backup.',
      };
    }
    const { decryptText } = await import('@/domain/backup-crypto');
    const plain = await decryptText(data.data.encryption, data.data.ciphertext, passphrase);
    if (plain === undefined) {
      return {
        ok: false,
        needsPassphrase: true,
        problem:
          'That passphrase does not open this backup. Check it (capital letters count) and try again.',
      };
    }
    if (nestingDepth(plain) > MAX_NESTING_DEPTH) return { ok: false, problem: DAMAGED };
    let decrypted: unknown;
    try {
      decrypted = JSON.parse(plain);
    } catch {
      return { ok: false, problem: DAMAGED };
    }
    const parsed = backupContentSchema.safeParse(decrypted);
    if (!parsed.success) return { ok: false, problem: DAMAGED };
    // A protected file's rows could not be upgraded in the envelope's migration: they are now.
    content = upgradeBackupContent(parsed.data);
  }
  if (!db.isOpen()) await db.open();
  if (content.schemaVersion > db.verno) {
    return {
      ok: false,
      problem:
        'This backup was made by a newer version of Trellis. Update Trellis — reload it while online — and try again.',
    };
  }
  return {
    ok: true,
    content,
    exportedAt: opened.exportedAt,
    isProtected: data.data.protection === 'passphrase',
  };
}

/** A backup's rows, each parsed with its table's schema: the only rows a restore ever writes. */
export interface CheckedBackup {
  exportedAt: string;
  rows: Record<string, MergeableRow[]>;
  /** Tables this version of Trellis does not know (from a newer version): left out. */
  unknownTables: string[];
}

export function checkBackupRows(
  content: BackupContent,
  exportedAt: string,
): { ok: true; backup: CheckedBackup } | { ok: false; problem: string } {
  const rows: Record<string, MergeableRow[]> = {};
  const unknownTables: string[] = [];
  for (const [table, tableRows] of Object.entries(content.tables)) {
    const entry = tableEntry(table);
    if (!entry) {
      unknownTables.push(table);
      continue;
    }
    const parsedRows: MergeableRow[] = [];
    for (const [index, row] of tableRows.entries()) {
      const parsed = entry.schema.safeParse(
        entry.backupCodec ? entry.backupCodec.fromBackup(row) : row,
      );
      if (!parsed.success) {
        return {
          ok: false,
          problem: `This backup holds a ${entry.singular} that Trellis cannot accept (number ${(index + 1).toString()}: ${describeIssues(parsed.error).join('; ')}), so nothing was taken from it.`,
        };
      }
      parsedRows.push(parsed.data as MergeableRow);
    }
    rows[table] = parsedRows;
  }
  if (Object.values(rows).every((tableRows) => tableRows.length === 0)) {
    return { ok: false, problem: 'This backup holds no records, so there is nothing to restore.' };
  }
  return { ok: true, backup: { exportedAt, rows, unknownTables } };
}

export type RestoreMode = 'merge' | 'replace';

export interface TableRestorePreview extends TableMergeSummary {
  table: string;
  singular: string;
  plural: string;
  inBackup: number;
  onDevice: number;
}

/** One record both sides hold in different versions, in words a preview can list. */
export interface RecordDifference {
  table: string;
  /** "journal enquiry" */
  singular: string;
  /** The record's own name or title, when it has one ("Cold calling", "Sam Patel"). */
  name: string | undefined;
  hereUpdatedAt: string;
  incomingUpdatedAt: string;
  /** Whose version the merge keeps: this device's or the backup's (the other device's). */
  kept: 'here' | 'incoming';
  /** The backup's copy is a deletion, or this device's is. */
  deletedIn: 'here' | 'incoming' | undefined;
}

export interface RestorePreview {
  tables: TableRestorePreview[];
  unknownTables: string[];
  /** Records edited apart on the two sides, in the registry's table order. */
  differences: RecordDifference[];
}

// The fields that name a record, in the order they are tried: a profile's name, a programme's,
// framework's or colleague's name, an enquiry's focus question, else its technique.
const NAME_FIELDS = ['displayName', 'name', 'title', 'focusQuestion', 'technique'] as const;

/** A record's own name, for a sentence about it; undefined when it has none. */
export function recordName(row: unknown): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  for (const field of NAME_FIELDS) {
    const value: unknown = (row as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function rowsOf(table: Table): Promise<MergeableRow[]> {
  return table.toArray() as Promise<MergeableRow[]>;
}

/** What a merge would do to each kind of record, and how many records each side holds. */
export async function previewRestore(backup: CheckedBackup): Promise<RestorePreview> {
  if (!db.isOpen()) await db.open();
  const differences: RecordDifference[] = [];
  const tables = await db.transaction('r', db.tables, async () => {
    const previews: TableRestorePreview[] = [];
    for (const [table, entry] of Object.entries(tableSchemas)) {
      const here = await rowsOf(db.table(table));
      const incoming = backup.rows[table] ?? [];
      const plan = planTableMerge(entry.merge, here, incoming);
      const { summary } = plan;
      for (const difference of plan.differences) {
        differences.push({
          table,
          singular: entry.singular,
          name: recordName(difference.kept === 'here' ? difference.here : difference.incoming),
          hereUpdatedAt: difference.here.updatedAt,
          incomingUpdatedAt: difference.incoming.updatedAt,
          kept: difference.kept,
          deletedIn:
            difference.incoming.deletedAt !== undefined && difference.here.deletedAt === undefined
              ? 'incoming'
              : difference.here.deletedAt !== undefined &&
                  difference.incoming.deletedAt === undefined
                ? 'here'
                : undefined,
        });
      }
      previews.push({
        table,
        singular: entry.singular,
        plural: entry.plural,
        inBackup: incoming.length,
        onDevice: here.length,
        ...summary,
      });
    }
    return previews;
  });
  return { tables, unknownTables: backup.unknownTables, differences };
}

export interface RestoreResult {
  written: number;
  /**
   * The profile to show afterwards: of the backup's real profiles, the one worked on last (so a
   * delegate moving to a new phone carries on where they left off); undefined if it holds none.
   */
  profileToOpen: string | undefined;
}

interface ProfileRowFields {
  id: string;
  isExample?: boolean;
  deletedAt?: string;
}

/** The latest moment anything of a profile's was changed, over every table of the backup. */
function profileWorkedOnLast(backup: CheckedBackup): string | undefined {
  const profiles = ((backup.rows.profiles ?? []) as unknown as ProfileRowFields[]).filter(
    (profile) => profile.deletedAt === undefined,
  );
  if (profiles.length === 0) return undefined;
  const candidates = profiles.some((profile) => profile.isExample !== true)
    ? profiles.filter((profile) => profile.isExample !== true)
    : profiles;
  const latest = new Map<string, string>();
  for (const rows of Object.values(backup.rows)) {
    for (const row of rows as (MergeableRow & { profileId?: unknown })[]) {
      const owner = typeof row.profileId === 'string' ? row.profileId : row.id;
      const seen = latest.get(owner);
      if (seen === undefined || Date.parse(row.updatedAt) > Date.parse(seen)) {
        latest.set(owner, row.updatedAt);
      }
    }
  }
  let best = candidates[0];
  for (const profile of candidates) {
    const at = Date.parse(latest.get(profile.id) ?? '');
    const bestAt = Date.parse((best && latest.get(best.id)) ?? '');
    if (!Number.isNaN(at) && (Number.isNaN(bestAt) || at > bestAt)) best = profile;
  }
  return best?.id;
}

/**
 * Restores in ONE read-write transaction over every table: if anything fails (a full disk, a
 * closed connection, a bad row), IndexedDB rolls all of it back and the database is as before.
 * `merge` adds and updates (newest revision wins, nothing deleted); `replace` empties every table
 * and writes the backup's rows.
 */
export async function restoreBackup(
  backup: CheckedBackup,
  mode: RestoreMode,
): Promise<RestoreResult> {
  if (!db.isOpen()) await db.open();
  const result = await db.transaction('rw', db.tables, async () => {
    let written = 0;
    if (mode === 'replace') {
      for (const table of db.tables) await table.clear();
    }
    for (const [table, entry] of Object.entries(tableSchemas)) {
      const incoming = backup.rows[table] ?? [];
      const toWrite =
        mode === 'replace'
          ? incoming
          : planTableMerge(entry.merge, await rowsOf(db.table(table)), incoming).toWrite;
      if (toWrite.length > 0) await db.table(table).bulkPut(toWrite);
      written += toWrite.length;
    }
    return written;
  });
  const profiles = (backup.rows.profiles ?? []) as { isExample?: boolean }[];
  if (profiles.some((profile) => profile.isExample === false)) markDataExisted();
  recordTookIn(backup.exportedAt);
  return { written: result, profileToOpen: profileWorkedOnLast(backup) };
}
