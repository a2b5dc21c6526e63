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
import { frameworkCopyFor } from '@/db/frameworks';

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
