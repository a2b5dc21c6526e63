/**
 * A facilitator's cohorts, on the facilitator's own device, scoped to their profile (a profile
 * with `role: 'facilitator'`, which has no programme):
 *
 * - `cohorts`: the programme, its dates, the list of delegates' names and the framework the cohort
 *   is read against, stored once here.
 * - `cohortSnapshots`: each delegate's latest shared snapshot in its compact stored shape
 *   (domain/cohort/cohort.ts), one row per delegate and programme in a cohort: a later snapshot
 *   replaces the row, an earlier one is turned away.
 *
 * Snapshot files are checked with Zod before they reach this module, in a worker
 * (domain/cohort/check-snapshots.ts), and arrive as `CohortMember`s already validated there; each
 * batch is written in one transaction and the rows written are remembered by the parse cache, so
 * the dashboard's live query does not parse them again.
 */
import { newRecordMeta, revisedMeta } from '@/domain/record';
import {
  cohortDetailsSchema,
  cohortSchema,
  slimFramework,
  storedSnapshotSchema,
  type Cohort,
  type CohortDetails,
  type CohortMember,
  type StoredSnapshot,
} from '@/domain/cohort/cohort';
import {
  profileDetailsSchema,
  profileSchema,
  type Profile,
  type ProfileDetails,
} from '@/domain/profile';
import { db } from '@/db/database';
import { loadBuiltInFramework } from '@/db/frameworks';
import { parsedRows } from '@/db/parsed-rows';
import { listProfiles } from '@/db/profiles';

const parseCohort = parsedRows(cohortSchema);
const parseSnapshot = parsedRows(storedSnapshotSchema);

/** The facilitator profile on this device, the first made if there are several. */
export async function getFacilitatorProfile(): Promise<Profile | undefined> {
  return (await listProfiles()).find((profile) => profile.role === 'facilitator');
}

/** Makes this device's facilitator profile (or returns the one it has). */
export async function setUpFacilitator(details: ProfileDetails): Promise<Profile> {
  const parsed = profileDetailsSchema.parse(details);
  return db.transaction('rw', db.profiles, async () => {
    const existing = await getFacilitatorProfile();
    if (existing) return existing;
    const profile = profileSchema.parse({
      ...newRecordMeta(),
      ...parsed,
      isExample: false,
      role: 'facilitator',
    });
    await db.profiles.add(profile);
    return profile;
  });
}

export async function listCohorts(profileId: string): Promise<Cohort[]> {
  const rows = await db.cohorts.where('profileId').equals(profileId).toArray();
  return rows
    .map(parseCohort)
    .filter((cohort) => cohort.deletedAt === undefined)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
}

export async function getCohort(cohortId: string): Promise<Cohort | undefined> {
  const row = await db.cohorts.get(cohortId);
  const cohort = row === undefined ? undefined : parseCohort(row);
  return cohort?.deletedAt === undefined ? cohort : undefined;
}

/** A new cohort read against one of the built-in frameworks (copied once into the cohort). */
export async function createCohort(
  profileId: string,
  details: CohortDetails,
  frameworkKey: string,
): Promise<Cohort> {
  const parsed = cohortDetailsSchema.parse(details);
  const framework = slimFramework(await loadBuiltInFramework(frameworkKey));
  return db.transaction('rw', db.profiles, db.cohorts, async () => {
    const owner = await db.profiles.get(profileId);
    if (owner?.role !== 'facilitator') {
      throw new Error('Only a facilitator profile can hold cohorts.');
    }
    const cohort = cohortSchema.parse({ ...newRecordMeta(), profileId, ...parsed, framework });
    await db.cohorts.add(cohort);
    return cohort;
  });
}

/** Renames the programme, moves its dates or changes the list of names. */
export async function updateCohortDetails(
  cohortId: string,
  details: CohortDetails,
): Promise<Cohort> {
  const parsed = cohortDetailsSchema.parse(details);
  return db.transaction('rw', db.cohorts, async () => {
    const current = await getCohort(cohortId);
    if (!current) throw new Error('That cohort is no longer on this device.');
    const next = cohortSchema.parse({ ...current, ...parsed, ...revisedMeta(current) });
    await db.cohorts.put(next);
    return next;
  });
}

/** The cohort's latest snapshot per delegate, in the order they arrived. */
export async function listCohortSnapshots(cohortId: string): Promise<StoredSnapshot[]> {
  const rows = await db.cohortSnapshots.where('cohortId').equals(cohortId).toArray();
  return (
    rows
      .map(parseSnapshot)
      .filter((row) => row.deletedAt === undefined)
      // Code-point order: ISO times and ids sort correctly so, far faster than localeCompare.
      .sort((a, b) => compareText(a.receivedAt, b.receivedAt) || compareText(a.id, b.id))
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export type AddOutcome =
  | { kind: 'added' }
  | { kind: 'replaced'; previousTakenAt: string }
  | { kind: 'already-have' }
  | { kind: 'older'; keptTakenAt: string };

/**
 * Stores checked snapshots in one transaction: all of them or, if the write fails, none. A
 * snapshot replaces the delegate's earlier one in this cohort; an older one than the stored
 * snapshot, or the same one again, changes nothing. Within one batch the latest wins too.
 */
export async function addSnapshots(
  cohortId: string,
  members: readonly CohortMember[],
  now = new Date(),
): Promise<AddOutcome[]> {
  return db.transaction('rw', db.cohorts, db.cohortSnapshots, async () => {
    const cohort = await getCohort(cohortId);
    if (!cohort) throw new Error('That cohort is no longer on this device.');
    const keys = [...new Set(members.map((member) => member.delegateKey))];
    const stored = await db.cohortSnapshots
      .where('[cohortId+delegateKey]')
      .anyOf(keys.map((key) => [cohortId, key]))
      .toArray();
    // Only the fields that decide replacement are read from the stored rows: nothing is parsed.
    const current = new Map<string, StoredSnapshot>();
    for (const row of stored) {
      if (row.deletedAt === undefined) current.set(row.delegateKey, row);
    }
    const outcomes: AddOutcome[] = [];
    const written = new Map<string, StoredSnapshot>();
    for (const member of members) {
      const existing = written.get(member.delegateKey) ?? current.get(member.delegateKey);
      if (existing?.snapshotId === member.snapshotId) {
        outcomes.push({ kind: 'already-have' });
        continue;
      }
      if (existing && Date.parse(existing.takenAt) >= Date.parse(member.takenAt)) {
        outcomes.push({ kind: 'older', keptTakenAt: existing.takenAt });
        continue;
      }
      const meta = existing ? revisedMeta(existing, now) : newRecordMeta(now);
      const row: StoredSnapshot = { ...member, ...meta, profileId: cohort.profileId, cohortId };
      written.set(member.delegateKey, row);
      outcomes.push(
        existing ? { kind: 'replaced', previousTakenAt: existing.takenAt } : { kind: 'added' },
      );
    }
    const rows = [...written.values()];
    await db.cohortSnapshots.bulkPut(rows);
    for (const row of rows) parseSnapshot.remember(row);
    return outcomes;
  });
}

/** Takes one delegate's snapshot out of the cohort (a tombstone, so backups agree). */
export async function removeSnapshot(snapshotRowId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.cohortSnapshots, async () => {
    const row = await db.cohortSnapshots.get(snapshotRowId);
    if (!row || row.deletedAt !== undefined) return;
    const current = parseSnapshot(row);
    await db.cohortSnapshots.put({
      ...current,
      ...revisedMeta(current, now),
      deletedAt: now.toISOString(),
    });
  });
}
