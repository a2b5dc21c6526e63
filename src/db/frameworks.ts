import {
  storedFrameworkSchema,
  type FrameworkDefinition,
  type StoredFramework,
} from '@/domain/framework';
import { ratingEventSchema, type RatingEvent } from '@/domain/rating';
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

/*
 * Editing, creating, importing and switching frameworks. Each write is one transaction that reads
 * the framework as stored now (not as a screen last saw it), so two quick edits never undo each
 * other, and checks the rules that keep data (framework-edits.ts) against this profile's ratings.
 */

/** A profile's frameworks (not deleted), in the order they were added. */
export async function listFrameworks(profileId: string): Promise<StoredFramework[]> {
  const rows = await db.frameworks.where('profileId').equals(profileId).toArray();
  return rows
    .map((row) => storedFrameworkSchema.parse(row))
    .filter((framework) => framework.deletedAt === undefined)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** Every live rating event made against a framework, whatever its kind. */
export async function liveEventsFor(framework: StoredFramework): Promise<RatingEvent[]> {
  const rows = await db.ratings
    .where({ profileId: framework.profileId, frameworkId: framework.id })
    .toArray();
  return rows
    .map((row) => ratingEventSchema.parse(row))
    .filter((event) => event.deletedAt === undefined);
}

/** A refusal with the reason in plain words, for the editor to show as it is. */
export class FrameworkEditRefused extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join(' '));
    this.name = 'FrameworkEditRefused';
    this.problems = problems;
  }
}

/** A copy of a built-in framework, loaded on demand (the built-ins' text is not in the first chunk). */
export async function loadBuiltInFramework(key: string): Promise<FrameworkDefinition> {
  const { findBuiltInFramework } = await import('@/domain/built-in-frameworks/index');
  const definition = findBuiltInFramework(key);
  if (!definition) throw new Error(`There is no built-in framework called "${key}".`);
  return definition;
}

/** The built-in frameworks' keys and names, for a "copy of…" choice; their text loads on demand. */
export async function listBuiltInFrameworks(): Promise<{ key: string; name: string }[]> {
  const { builtInFrameworks } = await import('@/domain/built-in-frameworks/index');
  return builtInFrameworks.map(({ key, name }) => ({ key, name }));
}
