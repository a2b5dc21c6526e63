import type { ActiveProgramme } from '@/domain/active-programme';
import { blankEnquiryContent, type Enquiry, type EnquiryContent } from '@/domain/enquiry';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { findBuiltInFramework } from '@/domain/built-in-frameworks/index';
import type { FrameworkDefinition } from '@/domain/framework';
import { findProgrammeTemplate, sessionsFromTemplate } from '@/domain/programme';
import type { RatingEvent } from '@/domain/rating';
import { newId } from '@/domain/record';
import { loadActiveProgramme } from '@/db/active-programme';
import { setUpProgramme, type NewProgrammeSetUp } from '@/db/programmes';
import { createEnquiry } from '@/db/enquiries';
import { recordRating, type NewRating } from '@/db/ratings';

/** A built-in framework by key; a test naming one that does not exist fails here, loudly. */
export function builtInFramework(key: string): FrameworkDefinition {
  const framework = findBuiltInFramework(key);
  if (!framework) throw new Error(`No built-in framework "${key}"`);
  return framework;
}

/**
 * The input of a first-run set-up, with overrides. Default: an OTP Plus programme that started 14
 * days ago, so today is in week 3 of 10.
 */
export function makeProgrammeSetUp(
  overrides: Partial<NewProgrammeSetUp> & { startedDaysAgo?: number } = {},
): NewProgrammeSetUp {
  const { startedDaysAgo = 14, ...setUpOverrides } = overrides;
  const template = findProgrammeTemplate(setUpOverrides.templateKey ?? 'otp-plus');
  return {
    person: { displayName: 'Sam Teacher', school: 'Riverside Academy' },
    templateKey: template.key,
    framework: builtInFramework(template.frameworkKey),
    programme: {
      name: template.name,
      startDate: addDays(localCalendarDate(), -startedDaysAgo),
      lengthWeeks: template.lengthWeeks,
      sessions: sessionsFromTemplate(template),
      breaks: [],
    },
    ...setUpOverrides,
  };
}

/**
 * Test data built through the real repository functions (on fake-indexeddb), with overrides.
 * Default: an OTP Plus programme that started 14 days ago, so today is in week 3 of 10.
 */
export async function setUpTestProgramme(
  overrides: Partial<NewProgrammeSetUp> & { startedDaysAgo?: number } = {},
  now?: Date,
): Promise<ActiveProgramme> {
  const profileId = await setUpProgramme(makeProgrammeSetUp(overrides), now);
  const active = await loadActiveProgramme(profileId);
  if (!active) throw new Error('setUpTestProgramme: programme was not stored');
  return active;
}

/** The skill ids of a programme's framework, in framework order. */
export function skillIdsOf(active: ActiveProgramme): string[] {
  return active.framework.areas.flatMap((area) => area.skills.map((skill) => skill.id));
}

/** Records a self-rating (or target) through the real repository function. */
export async function rate(
  active: ActiveProgramme,
  rating: Partial<NewRating> & Pick<NewRating, 'skillId' | 'week' | 'level'>,
  now?: Date,
): Promise<RatingEvent> {
  return recordRating(
    {
      profileId: active.profile.id,
      frameworkId: active.framework.id,
      kind: 'self',
      note: '',
      ...rating,
    },
    now,
  );
}

/**
 * A tiny in-memory framework for domain tests, with overrides: a 1–4 scale and two areas of two
 * skills each ("questioning": q1, q2; "feedback": f1, f2). Valid for `frameworkDefinitionSchema`.
 */
export function makeFramework(overrides: Partial<FrameworkDefinition> = {}): FrameworkDefinition {
  return {
    key: 'test-framework',
    version: 1,
    name: 'Test framework',
    description: 'A small framework for tests.',
    style: 'teaching-audit',
    scale: {
      levels: [
        { value: 1, label: 'Emerging', descriptor: 'I am starting to do this.' },
        { value: 2, label: 'Developing', descriptor: 'I do this sometimes.' },
        { value: 3, label: 'Secure', descriptor: 'I do this consistently.' },
        { value: 4, label: 'Leading', descriptor: 'I help colleagues do this.' },
      ],
    },
    areas: [
      {
        id: 'questioning',
        name: 'Questioning',
        skills: [
          { id: 'q1', statement: 'I use hinge questions to check understanding.' },
          { id: 'q2', statement: 'I give thinking time before taking answers.' },
        ],
      },
      {
        id: 'feedback',
        name: 'Feedback',
        skills: [
          { id: 'f1', statement: 'I give live feedback during the lesson.' },
          { id: 'f2', statement: 'My written feedback leads to action.' },
        ],
      },
    ],
    ...overrides,
  };
}

const TEST_PROFILE_ID = '6f1c1b1e-0000-4000-8000-000000000001';
const TEST_FRAMEWORK_ID = '6f1c1b1e-0000-4000-8000-000000000002';

/**
 * An in-memory rating event for domain tests (nothing is stored), with overrides. All events share
 * one profile and framework unless told otherwise; `recordedAt` defaults to a fixed instant.
 */
export function makeRatingEvent(
  event: Partial<RatingEvent> & Pick<RatingEvent, 'skillId' | 'week' | 'level'>,
): RatingEvent {
  const recordedAt = event.recordedAt ?? '2026-09-07T09:00:00.000Z';
  return {
    id: newId(),
    createdAt: recordedAt,
    updatedAt: recordedAt,
    rev: 1,
    profileId: TEST_PROFILE_ID,
    frameworkId: TEST_FRAMEWORK_ID,
    frameworkVersion: 1,
    kind: 'self',
    note: '',
    recordedAt,
    ...event,
  };
}

/**
 * An in-memory enquiry for domain tests (nothing is stored), with overrides: planned, in week 1,
 * no skills, nothing written but what the overrides give (give it a focusQuestion or technique).
 */
export function makeEnquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  const at = overrides.createdAt ?? '2026-09-07T16:00:00.000Z';
  return {
    ...blankEnquiryContent(1),
    id: newId(),
    createdAt: at,
    updatedAt: at,
    rev: 1,
    profileId: TEST_PROFILE_ID,
    frameworkId: TEST_FRAMEWORK_ID,
    ...overrides,
  };
}

/** Stores an enquiry for a programme through the real repository function, with overrides. */
export async function addEnquiry(
  active: ActiveProgramme,
  content: Partial<EnquiryContent>,
  now?: Date,
): Promise<Enquiry> {
  return createEnquiry(
    {
      ...blankEnquiryContent(1),
      ...content,
      profileId: active.profile.id,
      frameworkId: active.framework.id,
    },
    now,
  );
}
