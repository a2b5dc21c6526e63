import { z } from '@/domain/zod';

/**
 * Every stored record carries a global id and its own history (docs/design.md#global-ids,
 * #record-history): records travel between devices, so ids are UUIDs and edits bump `rev`, letting
 * a merge follow the rule "newest revision wins, nothing disappears" instead of guessing.
 */
export const recordIdSchema = z.uuid({ error: 'must be a valid id' });

export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'must be a date and time' });

export const recordMetaSchema = z.object({
  id: recordIdSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  rev: z.int().check(z.minimum(1)),
  deletedAt: z.optional(isoDateTimeSchema),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export function newId(): string {
  return crypto.randomUUID();
}

export function newRecordMeta(now: Date = new Date()): RecordMeta {
  const at = now.toISOString();
  return { id: newId(), createdAt: at, updatedAt: at, rev: 1 };
}

/** The meta of a record after one edit: same id, later `updatedAt`, next revision. */
export function revisedMeta(record: RecordMeta, now: Date = new Date()): RecordMeta {
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: now.toISOString(),
    rev: record.rev + 1,
    ...(record.deletedAt === undefined ? {} : { deletedAt: record.deletedAt }),
  };
}
