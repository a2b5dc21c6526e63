import {
  storedFrameworkSchema,
  type FrameworkDefinition,
  type StoredFramework,
} from '@/domain/framework';
import { newRecordMeta } from '@/domain/record';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

const parseFramework = parsedRows(storedFrameworkSchema);

export async function getFramework(frameworkId: string): Promise<StoredFramework | undefined> {
  const row = await db.frameworks.get(frameworkId);
  return row === undefined ? undefined : parseFramework(row);
}

/** A profile's own copy of a framework definition; call inside the caller's transaction. */
export function frameworkCopyFor(
  profileId: string,
  definition: FrameworkDefinition,
  now: Date = new Date(),
): StoredFramework {
  return storedFrameworkSchema.parse({
    ...structuredClone(definition),
    ...newRecordMeta(now),
    profileId,
  });
}
