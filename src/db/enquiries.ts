/**
 * The action-research journal, in the `enquiries` table: one row per enquiry, scoped by `profileId`.
 * Unlike ratings, an enquiry is a document the delegate keeps editing, so an edit replaces the row
 * with the next revision (`revisedMeta`); a deletion keeps the row as a tombstone (`deletedAt`),
 * because enquiries travel in backups and a deletion must survive a merge
 * (docs/design.md#record-history).
 *
 * Every write is validated with the domain schema and checked against the profile's own framework
 * and programme in one transaction: the skills must be in the framework and the weeks within the
 * programme. Rows read are parsed, and tombstones are left out of every list.
 */
import {
  enquiryContentSchema,
  enquirySchema,
  isLive,
  type Enquiry,
  type EnquiryContent,
} from '@/domain/enquiry';
import { findSkill } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import { newRecordMeta, recordIdSchema, revisedMeta } from '@/domain/record';
import { db } from '@/db/database';
import { getFramework } from '@/db/frameworks';
import { getProgrammeForProfile } from '@/db/programmes';

/** Call inside a transaction over frameworks and programmes. Throws a readable reason. */
async function checkAgainstProgramme(
  profileId: string,
  frameworkId: string,
  content: EnquiryContent,
): Promise<void> {
  const framework = await getFramework(frameworkId);
  if (!framework || framework.profileId !== profileId) {
    throw new Error('This framework does not belong to the current profile.');
  }
  for (const skillId of content.skillIds) {
    if (!findSkill(framework, skillId)) {
      throw new Error(`The skill "${skillId}" is not in ${framework.name}.`);
    }
  }
  const programme = await getProgrammeForProfile(profileId);
  if (programme && content.endWeek > programme.lengthWeeks) {
    throw new Error(
      `${weekLabel(content.endWeek)} is after the end of the programme, which lasts ${programme.lengthWeeks} weeks.`,
    );
  }
}

export async function createEnquiry(
  input: EnquiryContent & { profileId: string; frameworkId: string },
  now = new Date(),
): Promise<Enquiry> {
  const profileId = recordIdSchema.parse(input.profileId);
  const frameworkId = recordIdSchema.parse(input.frameworkId);
  const content = enquiryContentSchema.parse(input);
  return db.transaction('rw', db.frameworks, db.programmes, db.enquiries, async () => {
    await checkAgainstProgramme(profileId, frameworkId, content);
    const enquiry = enquirySchema.parse({
      ...content,
      ...newRecordMeta(now),
      profileId,
      frameworkId,
    });
    await db.enquiries.add(enquiry);
    return enquiry;
  });
}

/** Replaces an enquiry's content with the next revision. Refuses a deleted enquiry. */
export async function updateEnquiry(
  enquiryId: string,
  input: EnquiryContent,
  now = new Date(),
): Promise<Enquiry> {
  const content = enquiryContentSchema.parse(input);
  return db.transaction('rw', db.frameworks, db.programmes, db.enquiries, async () => {
    const current = await getStoredEnquiry(enquiryId);
    if (!current || !isLive(current)) {
      throw new Error('This enquiry has been deleted, so it can no longer be changed.');
    }
    await checkAgainstProgramme(current.profileId, current.frameworkId, content);
    const next = enquirySchema.parse({ ...current, ...content, ...revisedMeta(current, now) });
    await db.enquiries.put(next);
    return next;
  });
}

/** Deletes as a tombstone: the row stays (so a merge cannot bring it back) but shows nowhere. */
export async function deleteEnquiry(enquiryId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.enquiries, async () => {
    const current = await getStoredEnquiry(enquiryId);
    if (!current || !isLive(current)) return;
    const meta = revisedMeta(current, now);
    await db.enquiries.put(enquirySchema.parse({ ...current, ...meta, deletedAt: meta.updatedAt }));
  });
}

async function getStoredEnquiry(enquiryId: string): Promise<Enquiry | undefined> {
  const row = await db.enquiries.get(enquiryId);
  return row === undefined ? undefined : enquirySchema.parse(row);
}

/** One live enquiry of this profile, or undefined if there is none (or it was deleted). */
export async function getEnquiry(
  profileId: string,
  enquiryId: string,
): Promise<Enquiry | undefined> {
  const enquiry = await getStoredEnquiry(enquiryId);
  return enquiry && isLive(enquiry) && enquiry.profileId === profileId ? enquiry : undefined;
}

/** Every live enquiry of a profile, in the order they were written. */
export async function listEnquiries(profileId: string): Promise<Enquiry[]> {
  const rows = await db.enquiries.where('profileId').equals(profileId).toArray();
  return rows
    .map((row) => enquirySchema.parse(row))
    .filter(isLive)
    .sort(
      (a, b) =>
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** The live enquiries of a profile that target one skill (what a skill card links to). */
export async function listEnquiriesForSkill(
  profileId: string,
  skillId: string,
): Promise<Enquiry[]> {
  const enquiries = await listEnquiries(profileId);
  return enquiries.filter((enquiry) => enquiry.skillIds.includes(skillId));
}
