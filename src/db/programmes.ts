import type { FrameworkDefinition } from '@/domain/framework';
import { profileDetailsSchema, profileSchema, type ProfileDetails } from '@/domain/profile';
import {
  programmeDetailsSchema,
  programmeSchema,
  type Programme,
  type ProgrammeDetails,
  type ProgrammeTemplateKey,
} from '@/domain/programme';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { db } from '@/db/database';
import {
  FrameworkEditRefused,
  frameworkCopyFor,
  getFramework,
  liveEventsFor,
} from '@/db/frameworks';

export interface NewProgrammeSetUp {
  person: ProfileDetails;
  templateKey: ProgrammeTemplateKey;
  /** The framework to audit against (a built-in one today); the profile gets its own copy. */
  framework: FrameworkDefinition;
  programme: ProgrammeDetails;
}

/**
 * First-run set-up: a new profile, its copy of the chosen framework and its programme, written in one
 * transaction so a half-finished set-up can never be left behind. Returns the new profile's id.
 * The framework is passed in, not looked up here, so the built-in frameworks' text is loaded only
 * by the screens that offer them.
 */
export async function setUpProgramme(setUp: NewProgrammeSetUp, now = new Date()): Promise<string> {
  const profile = profileSchema.parse({
    ...newRecordMeta(now),
    ...profileDetailsSchema.parse(setUp.person),
    isExample: false,
  });
  const framework = frameworkCopyFor(profile.id, setUp.framework, now);
  const programme = programmeSchema.parse({
    ...newRecordMeta(now),
    ...programmeDetailsSchema.parse(setUp.programme),
    profileId: profile.id,
    templateKey: setUp.templateKey,
    frameworkId: framework.id,
  });
  await db.transaction('rw', db.profiles, db.frameworks, db.programmes, async () => {
    await db.profiles.add(profile);
    await db.frameworks.add(framework);
    await db.programmes.add(programme);
  });
  return profile.id;
}

export async function getProgrammeForProfile(profileId: string): Promise<Programme | undefined> {
  const rows = await db.programmes.where('profileId').equals(profileId).toArray();
  const live = rows.map((row) => programmeSchema.parse(row)).filter((row) => !row.deletedAt);
  return live[0];
}

export async function updateProgrammeDetails(
  programmeId: string,
  details: ProgrammeDetails,
): Promise<Programme> {
  const parsed = programmeDetailsSchema.parse(details);
  return db.transaction('rw', db.programmes, async () => {
    const row = await db.programmes.get(programmeId);
    if (!row) throw new Error('That programme no longer exists on this device.');
    const current = programmeSchema.parse(row);
    const next = programmeSchema.parse({ ...current, ...parsed, ...revisedMeta(current) });
    await db.programmes.put(next);
    return next;
  });
}

/**
 * Why the programme cannot move to another framework, or null when it can. Ratings belong to the
 * framework they were made against; switching after the first one would hide them from the audit
 * and the charts, so it is allowed only before any rating (or target) exists.
 */
export async function frameworkSwitchProblem(profileId: string): Promise<string | null> {
  const programme = await getProgrammeForProfile(profileId);
  if (!programme) return 'This profile has no programme yet.';
  const current = await getFramework(programme.frameworkId);
  if (!current) return null;
  const count = (await liveEventsFor(current)).length;
  if (count === 0) return null;
  return `You have ${count.toString()} ${count === 1 ? 'rating' : 'ratings'} against "${current.name}", so your programme stays with it: switching would hide ${count === 1 ? 'it' : 'them'} from your audit and charts. Edit this framework instead, or import a file of it (a file of the same framework updates it).`;
}

/** Points the programme at another of the profile's frameworks; refused once ratings exist. */
export async function switchProgrammeFramework(
  profileId: string,
  frameworkId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction('rw', db.programmes, db.frameworks, db.ratings, async () => {
    const framework = await getFramework(frameworkId);
    if (!framework || framework.profileId !== profileId || framework.deletedAt !== undefined) {
      throw new Error('That framework is not in this profile.');
    }
    const problem = await frameworkSwitchProblem(profileId);
    if (problem) throw new FrameworkEditRefused([problem]);
    const programme = await getProgrammeForProfile(profileId);
    if (!programme) throw new Error('This profile has no programme yet.');
    await db.programmes.put(
      programmeSchema.parse({ ...programme, frameworkId, ...revisedMeta(programme, now) }),
    );
  });
}
