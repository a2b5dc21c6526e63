/**
 * The delegate's Learning 3 colleagues (`colleagues` table), one row per colleague, scoped by
 * profile. Removing a colleague is a tombstone (`deletedAt`, docs/design.md#record-history): their
 * observations stay in the history and a later merge does not bring them back.
 */
import {
  colleagueDetailsSchema,
  colleagueSchema,
  type Colleague,
  type ColleagueDetails,
} from '@/domain/colleague';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { z } from '@/domain/zod';
import { db } from '@/db/database';

/** A profile's colleagues still in the trio, in the order they were added. */
export async function listColleagues(profileId: string): Promise<Colleague[]> {
  const rows = await db.colleagues.where({ profileId }).toArray();
  return rows
    .map((row) => colleagueSchema.parse(row))
    .filter((colleague) => colleague.deletedAt === undefined)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
}

export async function getColleague(id: string): Promise<Colleague | undefined> {
  const row = await db.colleagues.get(id);
  return row ? colleagueSchema.parse(row) : undefined;
}

export async function addColleague(
  profileId: string,
  details: ColleagueDetails,
  now = new Date(),
): Promise<Colleague> {
  const colleague = colleagueSchema.parse({
    ...newRecordMeta(now),
    ...colleagueDetailsSchema.parse(details),
    profileId,
  });
  await db.colleagues.add(colleague);
  return colleague;
}

/** Changes the fields given (details and focus skills are edited by different cards). */
export async function updateColleague(
  id: string,
  details: Partial<ColleagueDetails>,
  now = new Date(),
): Promise<Colleague> {
  const parsed = z.partial(colleagueDetailsSchema).parse(details);
  return db.transaction('rw', db.colleagues, async () => {
    const current = await getColleague(id);
    if (!current) throw new Error('That colleague is no longer here.');
    const updated = colleagueSchema.parse({ ...current, ...parsed, ...revisedMeta(current, now) });
    await db.colleagues.put(updated);
    return updated;
  });
}

export async function removeColleague(id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.colleagues, async () => {
    const current = await getColleague(id);
    if (!current || current.deletedAt !== undefined) return;
    await db.colleagues.put({
      ...current,
      ...revisedMeta(current, now),
      deletedAt: now.toISOString(),
    });
  });
}
