import {
  storedFrameworkSchema,
  type FrameworkDefinition,
  type StoredFramework,
} from '@/domain/framework';
import { droppedIds, frameworkProblems, scaleChangeProblem } from '@/domain/framework-edits';
import {
  definitionOf,
  planFrameworkImport,
  readFrameworkFile,
  type FrameworkImportPlan,
} from '@/domain/framework-file';
import { ratingEventSchema, type RatingEvent } from '@/domain/rating';
import { newRecordMeta, revisedMeta } from '@/domain/record';
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

/**
 * The checks every new content of a stored framework passes before it is written: valid text,
 * the same key, no area or skill dropped, no rating left off the scale.
 */
async function checkedRevision(
  current: StoredFramework,
  next: FrameworkDefinition,
  now: Date,
): Promise<StoredFramework> {
  const problems = frameworkProblems(next);
  if (problems.length > 0) throw new FrameworkEditRefused(problems);
  if (next.key !== current.key) {
    throw new FrameworkEditRefused(['A framework keeps its key; copy it to make another one.']);
  }
  const dropped = droppedIds(current, next);
  if (dropped.length > 0) {
    throw new FrameworkEditRefused([
      'Areas and skills are archived, never deleted, so their ratings keep their meaning.',
    ]);
  }
  const scaleProblem = scaleChangeProblem(next.scale, await liveEventsFor(current));
  if (scaleProblem) throw new FrameworkEditRefused([scaleProblem]);
  return storedFrameworkSchema.parse({
    ...current,
    ...definitionOf(next),
    ...revisedMeta(current, now),
    version: current.version + 1,
    profileId: current.profileId,
  });
}

/**
 * Saves one edit (a pure function from framework-edits.ts) to a stored framework: applied to the
 * framework as stored now, checked, version + 1, in one transaction. A refused edit changes nothing.
 */
export async function saveFrameworkEdit(
  frameworkId: string,
  edit: (framework: FrameworkDefinition) => FrameworkDefinition,
  now: Date = new Date(),
): Promise<StoredFramework> {
  return db.transaction('rw', db.frameworks, db.ratings, async () => {
    const current = await getFramework(frameworkId);
    if (!current || current.deletedAt !== undefined) {
      throw new Error('That framework no longer exists on this device.');
    }
    const next = await checkedRevision(current, edit(definitionOf(current)), now);
    await db.frameworks.put(next);
    return next;
  });
}

/** Adds a framework (made from scratch, or a copy) to a profile; returns the stored framework. */
export async function addFramework(
  profileId: string,
  definition: FrameworkDefinition,
  now: Date = new Date(),
): Promise<StoredFramework> {
  const problems = frameworkProblems(definition);
  if (problems.length > 0) throw new FrameworkEditRefused(problems);
  return db.transaction('rw', db.profiles, db.frameworks, async () => {
    if (!(await db.profiles.get(profileId))) {
      throw new Error('That profile no longer exists on this device.');
    }
    const framework = frameworkCopyFor(profileId, definition, now);
    await db.frameworks.add(framework);
    return framework;
  });
}

/** A copy of a built-in framework, loaded on demand (the built-ins' text is not in the first chunk). */
export async function loadBuiltInFramework(key: string): Promise<FrameworkDefinition> {
  const { findBuiltInFramework } = await import('@/domain/built-in-frameworks/index');
  const definition = findBuiltInFramework(key);
  if (!definition) throw new Error(`There is no built-in framework called "${key}".`);
  return definition;
}

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

/** The built-in frameworks' keys and names, for a "copy of…" choice; their text loads on demand. */
export async function listBuiltInFrameworks(): Promise<{ key: string; name: string }[]> {
  const { builtInFrameworks } = await import('@/domain/built-in-frameworks/index');
  return builtInFrameworks.map(({ key, name }) => ({ key, name }));
}
