import {
  storedFrameworkSchema,
  type FrameworkDefinition,
  type StoredFramework,
} from '@/domain/framework';
import { frameworkProblems } from '@/domain/framework-edits';
import {
  planFrameworkImport,
  readFrameworkFile,
  type FrameworkImportPlan,
} from '@/domain/framework-file';
import { revisedMeta } from '@/domain/record';
import { db } from '@/db/database';
import { FrameworkEditRefused, frameworkCopyFor, liveEventsFor } from '@/db/frameworks';

/*
 * Framework files in and out of a profile. Kept apart from src/db/frameworks.ts because reading a
 * file needs the file-envelope code, which the first screen never does
 * (docs/design.md#heavy-things-load-late).
 */

async function frameworkWithKey(
  profileId: string,
  key: string,
): Promise<StoredFramework | undefined> {
  const rows = await db.frameworks.where({ profileId, key }).toArray();
  return rows
    .map((row) => storedFrameworkSchema.parse(row))
    .find((framework) => framework.deletedAt === undefined);
}

export type FrameworkImportPreview =
  | { ok: false; problems: string[] }
  | { ok: true; incoming: FrameworkDefinition; plan: FrameworkImportPlan; existingName?: string };

/** Reads a framework file and says what importing it would do in this profile. Writes nothing. */
export async function previewFrameworkImport(
  profileId: string,
  text: string,
  now: Date = new Date(),
): Promise<FrameworkImportPreview> {
  const read = await readFrameworkFile(text);
  if (!read.ok) return read;
  const current = await frameworkWithKey(profileId, read.framework.key);
  const events = current ? await liveEventsFor(current) : [];
  return {
    ok: true,
    incoming: read.framework,
    plan: planFrameworkImport(current, read.framework, events, now),
    ...(current ? { existingName: current.name } : {}),
  };
}

/**
 * Imports a framework definition read from a file: adds it, or updates the profile's framework with
 * the same key (planned again here, inside the transaction, against the data as it is now).
 * Throws FrameworkEditRefused, changing nothing, when the plan is refused.
 */
export async function importFramework(
  profileId: string,
  incoming: FrameworkDefinition,
  now: Date = new Date(),
): Promise<StoredFramework> {
  return db.transaction('rw', db.profiles, db.frameworks, db.ratings, async () => {
    if (!(await db.profiles.get(profileId))) {
      throw new Error('That profile no longer exists on this device.');
    }
    const current = await frameworkWithKey(profileId, incoming.key);
    const events = current ? await liveEventsFor(current) : [];
    const plan = planFrameworkImport(current, incoming, events, now);
    if (plan.kind === 'refused') throw new FrameworkEditRefused([plan.reason]);
    if (!current || plan.kind === 'add') {
      const problems = frameworkProblems(plan.framework);
      if (problems.length > 0) throw new FrameworkEditRefused(problems);
      const added = frameworkCopyFor(profileId, plan.framework, now);
      await db.frameworks.add(added);
      return added;
    }
    const problems = frameworkProblems(plan.framework);
    if (problems.length > 0) throw new FrameworkEditRefused(problems);
    const updated = storedFrameworkSchema.parse({
      ...current,
      ...plan.framework,
      ...revisedMeta(current, now),
      profileId,
    });
    await db.frameworks.put(updated);
    return updated;
  });
}
