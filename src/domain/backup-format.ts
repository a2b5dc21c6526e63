import { z } from '@/domain/zod';
import type { EnvelopeExpectation } from '@/domain/file-envelope';

/**
 * A Trellis backup file: the envelope every Trellis file has (file-envelope.ts: app, type, format
 * version, exportedAt, checksum) around every row of every table, tombstones included, so a restore
 * can bring back exactly what the database held. With a passphrase, the rows are encrypted and the
 * file's encryption header records how (PBKDF2 iterations, salt, IV), so a later version of Trellis
 * can raise the iterations and still read today's files.
 */
export const BACKUP_TYPE = 'trellis-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Ten weeks of a busy delegate is well under 1 MB; 50 MB leaves room and refuses the absurd. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. Files may record more; never accept fewer. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAX_ROWS_PER_TABLE = 1_000_000;

export const backupExpectation: EnvelopeExpectation = {
  type: BACKUP_TYPE,
  label: 'backup',
  currentVersion: BACKUP_FORMAT_VERSION,
  maxBytes: MAX_BACKUP_BYTES,
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
