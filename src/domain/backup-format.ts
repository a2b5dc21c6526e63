import { z } from '@/domain/zod';
import type { EnvelopeExpectation } from '@/domain/file-envelope';
import { withBreaks } from '@/domain/programme';

/**
 * A Trellis backup file: the envelope every Trellis file has (file-envelope.ts: app, type, format
 * version, exportedAt, checksum) around every row of every table, tombstones included, so a restore
 * can bring back exactly what the database held. With a passphrase, the rows are encrypted and the
 * file's encryption header records how (PBKDF2 iterations, salt, IV), so a later version of Trellis
 * can raise the iterations and still read today's files.
 */
export const BACKUP_TYPE = 'trellis-backup';
/**
 * Format history: 1, the first; 2, programme rows carry `breaks` (schema version 5); 3, files
 * attached to project evidence travel inside the backup, each `projectAttachments` row with its
 * bytes as `base64` in place of the Blob the database keeps (schema version 6). A format-1 file's
 * rows are brought forward by `upgradeBackupContent` — in the envelope's migration when the rows
 * are readable, and after decryption when they were protected. A format-2 file is read as it is:
 * it was made before there were projects, so it has no attachments to carry.
 */
export const BACKUP_FORMAT_VERSION = 3;
/** The database schema version from which programme rows have `breaks`. */
const BREAKS_SCHEMA_VERSION = 5;
/**
 * Ten weeks of a busy delegate's text is well under 1 MB, but a project's attachments (up to
 * 10 MB each, a third larger as base64) can add tens of megabytes. 150 MB leaves room for a
 * project's photos and scans and still refuses the absurd before a phone reads it into memory.
 */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;
/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. Files may record more; never accept fewer. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAX_ROWS_PER_TABLE = 1_000_000;

/**
 * Rows of a backup made by an earlier schema version, as the current one stores them: the same
 * step the database's own upgrade takes (database.ts, version 5). Idempotent.
 */
export function upgradeBackupContent(content: BackupContent): BackupContent {
  if (content.schemaVersion >= BREAKS_SCHEMA_VERSION) return content;
  const programmes = content.tables.programmes;
  return {
    schemaVersion: BREAKS_SCHEMA_VERSION,
    tables: {
      ...content.tables,
      ...(programmes ? { programmes: programmes.map(withBreaks) } : {}),
    },
  };
}

/** Format 1 → 2: readable rows are upgraded here; protected ones after they are decrypted. */
function migrateFormat1(data: unknown): unknown {
  const parsed = backupDataSchema.safeParse(data);
  if (!parsed.success || parsed.data.protection !== 'none') return data;
  return { ...parsed.data, content: upgradeBackupContent(parsed.data.content) };
}

/** Format 2 → 3: format 2 predates projects, so it holds no attachments and its rows stand. */
function migrateFormat2(data: unknown): unknown {
  return data;
}

export const backupExpectation: EnvelopeExpectation = {
  type: BACKUP_TYPE,
  label: 'backup',
  currentVersion: BACKUP_FORMAT_VERSION,
  maxBytes: MAX_BACKUP_BYTES,
  migrations: { 1: migrateFormat1, 2: migrateFormat2 },
};

/** Table names as Dexie declares them; this also refuses keys such as `__proto__`. */
const tableNameSchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]{0,59}$/));
const base64Schema = z
  .string()
  .check(z.maxLength(MAX_BACKUP_BYTES * 2), z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/** What is backed up: the database's schema version and each table's rows, untouched. */
export const backupContentSchema = z.object({
  schemaVersion: z.int().check(z.minimum(1)),
  tables: z.record(tableNameSchema, z.array(z.unknown()).check(z.maxLength(MAX_ROWS_PER_TABLE))),
});
export type BackupContent = z.infer<typeof backupContentSchema>;

export const encryptionHeaderSchema = z.object({
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.minimum(MIN_PBKDF2_ITERATIONS), z.maximum(MAX_PBKDF2_ITERATIONS)),
    salt: base64Schema.check(z.minLength(16)),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64Schema.check(z.minLength(16)) }),
});
export type EncryptionHeader = z.infer<typeof encryptionHeaderSchema>;

export const backupDataSchema = z.discriminatedUnion('protection', [
  z.object({ protection: z.literal('none'), content: backupContentSchema }),
  z.object({
    protection: z.literal('passphrase'),
    encryption: encryptionHeaderSchema,
    ciphertext: base64Schema,
  }),
]);
export type BackupData = z.infer<typeof backupDataSchema>;

/** How many rows of each table: written into the success message and rechecked after reading back. */
export function countRows(content: BackupContent): Record<string, number> {
  return Object.fromEntries(
    Object.entries(content.tables).map(([table, rows]) => [table, rows.length]),
  );
}

/** "trellis-backup-2026-11-23-1042.json", in the device's local time, for the Downloads folder. */
export function backupFileName(now: Date, isProtected: boolean): string {
  const pad = (value: number) => value.toString().padStart(2, '0');
  const stamp = `${now.getFullYear().toString()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `trellis-backup-${stamp}${isProtected ? '-protected' : ''}.json`;
}
