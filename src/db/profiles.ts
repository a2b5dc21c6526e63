import {
  profileDetailsSchema,
  profileSchema,
  type Profile,
  type ProfileDetails,
} from '@/domain/profile';
import { revisedMeta } from '@/domain/record';
import { db } from '@/db/database';

/**
 * Profiles on this device, the real ones first, each parsed with its schema
 * (docs/design.md#one-schema-three-uses).
 */
export async function listProfiles(): Promise<Profile[]> {
  const rows = await db.profiles.toArray();
  return rows
    .map((row) => profileSchema.parse(row))
    .filter((profile) => profile.deletedAt === undefined)
    .sort(
      // Creation times compared as instants: the schema accepts UTC offsets, which sort wrongly as text.
      (a, b) =>
        Number(a.isExample) - Number(b.isExample) ||
        Date.parse(a.createdAt) - Date.parse(b.createdAt),
    );
}

export async function getProfile(profileId: string): Promise<Profile | undefined> {
  const row = await db.profiles.get(profileId);
  return row === undefined ? undefined : profileSchema.parse(row);
}

export async function updateProfileDetails(
  profileId: string,
  details: ProfileDetails,
): Promise<Profile> {
  const parsed = profileDetailsSchema.parse(details);
  return db.transaction('rw', db.profiles, async () => {
    const current = await getProfile(profileId);
    if (!current) throw new Error('That profile no longer exists on this device.');
    const next = profileSchema.parse({ ...current, ...parsed, ...revisedMeta(current) });
    await db.profiles.put(next);
    return next;
  });
}

/**
 * Every profile row, withdrawn ones too. Zero means the database holds no one at all: a first visit,
 * or, if device-markers.ts remembers data, a database the browser has cleared.
 */
export async function countStoredProfiles(): Promise<number> {
  return db.profiles.count();
}
