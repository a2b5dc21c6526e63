import { describe, expect, it } from 'vitest';
import { z } from '@/domain/zod';
import { blankEnquiryContent, enquiryContentOf } from '@/domain/enquiry';
import { db } from '@/db/database';
import {
  createEnquiry,
  deleteEnquiry,
  getEnquiry,
  listEnquiries,
  listEnquiriesForSkill,
  updateEnquiry,
} from '@/db/enquiries';
import { addEnquiry, setUpTestProgramme, skillIdsOf } from '../../support/factories';

const NOW = new Date('2026-10-01T16:00:00.000Z');
const LATER = new Date('2026-10-02T16:30:00.000Z');

describe('createEnquiry', () => {
  it('stores a one-line enquiry with fresh meta, scoped to the profile and framework', async () => {
    const active = await setUpTestProgramme();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Will cold calling help?' }, NOW);

    expect(enquiry).toMatchObject({
      profileId: active.profile.id,
      frameworkId: active.framework.id,
      focusQuestion: 'Will cold calling help?',
      status: 'planned',
      effective: false,
      impact: null,
      rev: 1,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(enquiry.deletedAt).toBeUndefined();
    expect(await listEnquiries(active.profile.id)).toEqual([enquiry]);
  });

  it('changes nothing when the enquiry has nothing to call it by', async () => {
    const active = await setUpTestProgramme();
    await expect(addEnquiry(active, { evidence: 'Only evidence' })).rejects.toBeInstanceOf(
      z.core.$ZodError,
    );
    expect(await db.enquiries.count()).toBe(0);
  });

  it('refuses skills outside the framework, weeks after the end and another profile’s framework', async () => {
    const active = await setUpTestProgramme();
    const other = await setUpTestProgramme({ templateKey: 'blank' });
    await expect(
      addEnquiry(active, { focusQuestion: 'Q', skillIds: ['no.such.skill'] }),
    ).rejects.toThrow('The skill "no.such.skill" is not in');
    await expect(addEnquiry(active, { focusQuestion: 'Q', endWeek: 11 })).rejects.toThrow(
      'Week 11 is after the end of the programme, which lasts 10 weeks.',
    );
    await expect(
      createEnquiry({
        ...blankEnquiryContent(1),
        focusQuestion: 'Q',
        profileId: active.profile.id,
        frameworkId: other.framework.id,
      }),
    ).rejects.toThrow('This framework does not belong to the current profile.');
    expect(await db.enquiries.count()).toBe(0);
  });
});

describe('updateEnquiry', () => {
  it('replaces the content with the next revision, keeping id, owner and creation time', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const enquiry = await addEnquiry(active, { focusQuestion: 'Q' }, NOW);

    const updated = await updateEnquiry(
      enquiry.id,
      {
        ...enquiryContentOf(enquiry),
        skillIds: [skillId!],
        evidence: 'Exit tickets: 22 of 28',
        status: 'done',
        effective: true,
        impact: 3,
        endWeek: 3,
      },
      LATER,
    );

    expect(updated).toMatchObject({
      id: enquiry.id,
      profileId: active.profile.id,
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
      rev: 2,
      evidence: 'Exit tickets: 22 of 28',
      effective: true,
      impact: 3,
    });
    expect(await getEnquiry(active.profile.id, enquiry.id)).toEqual(updated);
    expect(await db.enquiries.count()).toBe(1);
  });

  it('leaves the stored enquiry unchanged when the new content is invalid', async () => {
    const active = await setUpTestProgramme();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Q' });
    await expect(
      updateEnquiry(enquiry.id, { ...enquiryContentOf(enquiry), startWeek: 5, endWeek: 2 }),
    ).rejects.toBeInstanceOf(z.core.$ZodError);
    await expect(
      updateEnquiry(enquiry.id, { ...enquiryContentOf(enquiry), skillIds: ['nope'] }),
    ).rejects.toThrow('is not in');
    expect(await getEnquiry(active.profile.id, enquiry.id)).toEqual(enquiry);
  });
});

describe('deleteEnquiry', () => {
  it('keeps a tombstone with the next revision, hidden from every list', async () => {
    const active = await setUpTestProgramme();
    const [skillId] = skillIdsOf(active);
    const kept = await addEnquiry(active, { focusQuestion: 'Kept', skillIds: [skillId!] });
    const enquiry = await addEnquiry(active, { focusQuestion: 'Gone', skillIds: [skillId!] }, NOW);

    await deleteEnquiry(enquiry.id, LATER);

    const row = await db.enquiries.get(enquiry.id);
    expect(row).toMatchObject({
      rev: 2,
      deletedAt: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    expect(await listEnquiries(active.profile.id)).toEqual([kept]);
    expect(await listEnquiriesForSkill(active.profile.id, skillId!)).toEqual([kept]);
    expect(await getEnquiry(active.profile.id, enquiry.id)).toBeUndefined();
    await expect(updateEnquiry(enquiry.id, enquiryContentOf(enquiry))).rejects.toThrow(
      'This enquiry has been deleted',
    );
    // Deleting twice changes nothing more.
    await deleteEnquiry(enquiry.id);
    expect((await db.enquiries.get(enquiry.id))?.rev).toBe(2);
  });
});

describe('listing', () => {
  it('lists one profile’s live enquiries in the order written, and those for a skill', async () => {
    const sam = await setUpTestProgramme();
    const alex = await setUpTestProgramme();
    const [first, second] = skillIdsOf(sam);
    const one = await addEnquiry(sam, { focusQuestion: 'One', skillIds: [first!] }, NOW);
    const two = await addEnquiry(sam, { focusQuestion: 'Two', skillIds: [first!, second!] }, LATER);
    await addEnquiry(alex, { focusQuestion: 'Alex’s', skillIds: [first!] });

    expect(await listEnquiries(sam.profile.id)).toEqual([one, two]);
    expect(await listEnquiriesForSkill(sam.profile.id, first!)).toEqual([one, two]);
    expect(await listEnquiriesForSkill(sam.profile.id, second!)).toEqual([two]);
    expect(await getEnquiry(alex.profile.id, one.id)).toBeUndefined();
  });

  it('fails loudly on a damaged row instead of showing it', async () => {
    const active = await setUpTestProgramme();
    const enquiry = await addEnquiry(active, { focusQuestion: 'Q' });
    await db.enquiries.put({ ...enquiry, impact: 9 });
    await expect(listEnquiries(active.profile.id)).rejects.toBeInstanceOf(z.core.$ZodError);
  });
});
