import type { RecordMeta } from '@/domain/record';

/**
 * How a restore's "merge" treats a record that is both in the backup and on this device
 * (docs/design.md#record-history: newest revision wins, nothing disappears):
 *
 * - `newest-revision`: the revision made last wins — the later `updatedAt`; at the same instant the
 *   higher `rev`; on a full tie this device's copy stays. Time comes first because two devices
 *   that edit one record after they were last in step each count revisions on their own: a
 *   laptop's one late edit must beat a phone's five earlier autosaves. Tombstones are records like
 *   any other, so a deletion made after the backup stays deleted, and one made before it is not
 *   undone.
 * - `union-by-id`: append-only history (rating events). Events never change, so an id already here
 *   is kept as it is, except that a tombstone (`deletedAt`) travels: once withdrawn, always withdrawn.
 *
 * Records on this device that the backup does not hold are never touched by a merge.
 */
export type MergeRule = 'newest-revision' | 'union-by-id';

export type MergeableRow = Pick<RecordMeta, 'id' | 'rev' | 'updatedAt' | 'deletedAt'>;

export interface TableMergeSummary {
  /** In the backup, not on this device: will be added. */
  added: number;
  /** On both, the backup's copy is newer: will replace this device's. */
  updated: number;
  /** On both and the same. */
  unchanged: number;
  /** On both, this device's copy is newer: kept. */
  newerHere: number;
}

/** A record on both sides whose copies differ: edited on one device or both since they matched. */
export interface RowDifference<Row extends MergeableRow> {
  here: Row;
  incoming: Row;
  /** Whose copy the merge keeps. */
  kept: 'here' | 'incoming';
}

export interface TableMergePlan<Row extends MergeableRow> {
  summary: TableMergeSummary;
  /** Rows to write (added or updated). */
  toWrite: Row[];
  /** Every record on both sides whose copies differ, and which copy is kept. */
  differences: RowDifference<Row>[];
}

/** JSON with keys in order, so two copies of a row compare equal whatever order their keys are in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

/**
 * Whether two copies of a record are the same. Copies with different revisions differ; copies
 * that went through the same schema usually list their keys in the same order, so the plain JSON
 * settles most cases and the key-sorting comparison (far slower over thousands of rows) is only
 * the fallback.
 */
function sameRow(a: MergeableRow, b: MergeableRow): boolean {
  if (a.rev !== b.rev || a.updatedAt !== b.updatedAt || a.deletedAt !== b.deletedAt) return false;
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

function incomingWins(rule: MergeRule, incoming: MergeableRow, here: MergeableRow): boolean {
  if (rule === 'union-by-id')
    return incoming.deletedAt !== undefined && here.deletedAt === undefined;
  const incomingAt = Date.parse(incoming.updatedAt);
  const hereAt = Date.parse(here.updatedAt);
  if (incomingAt !== hereAt) return incomingAt > hereAt;
  return incoming.rev > here.rev;
}

export function planTableMerge<Row extends MergeableRow>(
  rule: MergeRule,
  here: readonly Row[],
  incoming: readonly Row[],
): TableMergePlan<Row> {
  const hereById = new Map(here.map((row) => [row.id, row]));
  const summary: TableMergeSummary = { added: 0, updated: 0, unchanged: 0, newerHere: 0 };
  const toWrite: Row[] = [];
  const differences: RowDifference<Row>[] = [];
  // A backup should not hold one id twice; if it does, its newest copy counts, once.
  const incomingById = new Map<string, Row>();
  for (const row of incoming) {
    const seen = incomingById.get(row.id);
    if (!seen || incomingWins('newest-revision', row, seen)) incomingById.set(row.id, row);
  }
  for (const row of incomingById.values()) {
    const current = hereById.get(row.id);
    if (!current) {
      summary.added += 1;
      toWrite.push(row);
    } else if (sameRow(current, row)) {
      summary.unchanged += 1;
    } else if (incomingWins(rule, row, current)) {
      summary.updated += 1;
      toWrite.push(row);
      differences.push({ here: current, incoming: row, kept: 'incoming' });
    } else {
      summary.newerHere += 1;
      differences.push({ here: current, incoming: row, kept: 'here' });
    }
  }
  return { summary, toWrite, differences };
}
