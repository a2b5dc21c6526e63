import {
  definitionOf,
  storedFrameworkSchema,
  type FrameworkDefinition,
  type StoredFramework,
} from '@/domain/framework';
import { droppedIds, frameworkProblems, scaleChangeProblem } from '@/domain/framework-edits';
import { revisedMeta } from '@/domain/record';
import { db } from '@/db/database';
import {
  FrameworkEditRefused,
  frameworkCopyFor,
  getFramework,
  liveEventsFor,
} from '@/db/frameworks';

/*
 * Saving edits to a profile's frameworks. Kept apart from src/db/frameworks.ts because only the
 * framework editor needs the edit rules: the first screen loads without them
 * (docs/design.md#heavy-things-load-late).
 */

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
