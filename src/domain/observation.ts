import { z } from '@/domain/zod';
import { calendarDateSchema } from '@/domain/calendar-date';
import { MAX_FOCUS_SKILLS } from '@/domain/colleague';
import { ratingLevelSchema, stableIdSchema } from '@/domain/framework';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { isoDateTimeSchema, recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * Learning 3: the observations the delegate and their colleagues (colleague.ts) make of each
 * other's lessons. Observations are about real people, recorded in lessons on phones, and travel
 * between devices in links and files (see observation-exchange.ts), so each one has a global id and
 * a revision (docs/design.md#record-history) and names the framework (key and version) its ratings
 * are on (docs/design.md#versioned-frameworks).
 */

// presentation-model.ts still imports the colleague type from here.

export const MAX_NEXT_STEPS = 2;
export const MAX_STRENGTHS_LENGTH = 1500;
export const MAX_NEXT_STEP_LENGTH = 400;
export const MAX_FOLLOW_UP_LENGTH = 400;

// ─── Who observed whom ──────────────────────────────────────────────────────────────────────────

/** Observer → observed. A colleague observing a colleague is filed under the one observed. */
export const observationDirectionSchema = z.enum([
  'delegate-to-colleague',
  'colleague-to-delegate',
  'colleague-to-colleague',
]);
export type ObservationDirection = z.infer<typeof observationDirectionSchema>;

/** A person as the observation names them: a colleague by id, or the delegate (no id). */
export const observationPersonSchema = z.object({
  name: z.string().check(z.trim(), z.maxLength(80)),
  colleagueId: z.optional(recordIdSchema),
});
export type ObservationPerson = z.infer<typeof observationPersonSchema>;

// ─── What an observation says ───────────────────────────────────────────────────────────────────

export const observedRatingSchema = z.object({
  skillId: stableIdSchema,
  /** On the framework's scale; null while not (yet) rated — "not seen in this lesson". */
  level: z.nullable(z.int().check(z.minimum(0), z.maximum(10))),
});
export type ObservedRating = z.infer<typeof observedRatingSchema>;

export const frameworkRefSchema = z.object({
  key: stableIdSchema,
  version: z.int().check(z.minimum(1)),
});
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;

/** What the observer writes; the same fields on the delegate's device and the colleague's phone. */
export const observationContentSchema = z.object({
  date: calendarDateSchema,
  lessonClass: z.string().check(z.trim(), z.maxLength(80, 'Keep the class under 80 characters')),
  lessonSubject: z
    .string()
    .check(z.trim(), z.maxLength(80, 'Keep the subject under 80 characters')),
  ratings: z.array(observedRatingSchema).check(z.maxLength(MAX_FOCUS_SKILLS)),
  strengths: z
    .string()
    .check(
      z.maxLength(
        MAX_STRENGTHS_LENGTH,
        `Keep the strengths under ${MAX_STRENGTHS_LENGTH} characters`,
      ),
    ),
  nextSteps: z
    .array(
      z
        .string()
        .check(
          z.maxLength(
            MAX_NEXT_STEP_LENGTH,
            `Keep each next step under ${MAX_NEXT_STEP_LENGTH} characters`,
          ),
        ),
    )
    .check(z.maxLength(MAX_NEXT_STEPS)),
  followUp: z
    .string()
    .check(
      z.maxLength(
        MAX_FOLLOW_UP_LENGTH,
        `Keep the follow-up under ${MAX_FOLLOW_UP_LENGTH} characters`,
      ),
    ),
});
export type ObservationContent = z.infer<typeof observationContentSchema>;

export const observationStatusSchema = z.enum(['draft', 'complete']);
export type ObservationStatus = z.infer<typeof observationStatusSchema>;

/**
 * The rules a finished observation meets (a draft may break them while it is being written): at
 * least one focus skill rated and at least one next step.
 */
export function finishProblems(content: ObservationContent): Partial<Record<string, string>> {
  const problems: Partial<Record<string, string>> = {};
  if (!content.ratings.some((rating) => rating.level !== null)) {
    problems.ratings = 'Rate at least one focus skill';
  }
  if (!content.nextSteps.some((step) => step.trim() !== '')) {
    problems.nextSteps = 'Agree at least one next step';
  }
  return problems;
}

export const observationSchema = z.extend(recordMetaSchema, {
  ...observationContentSchema.shape,
  profileId: recordIdSchema,
  /** The colleague it is filed under: the one observed, or the observer when the delegate was. */
  colleagueId: recordIdSchema,
  direction: observationDirectionSchema,
  observer: observationPersonSchema,
  observed: observationPersonSchema,
  /** Programme week of `date`, from the delegate's programme (programme-weeks.ts). */
  week: z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS)),
  framework: frameworkRefSchema,
  status: observationStatusSchema,
  /** Set when it came from another device: the request it answered. */
  requestId: z.optional(recordIdSchema),
  receivedAt: z.optional(isoDateTimeSchema),
});
export type Observation = z.infer<typeof observationSchema>;

// ─── Exchange: a request travels to a colleague, an observation travels back ────────────────────

export const OBSERVATION_REQUEST_TYPE = 'trellis-observation-request';
export const OBSERVATION_RETURN_TYPE = 'trellis-observation';
export const OBSERVATION_EXCHANGE_VERSION = 1;

export const focusSkillSchema = z.object({
  id: stableIdSchema,
  statement: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  areaName: z.string().check(z.trim(), z.maxLength(80)),
});
export type FocusSkill = z.infer<typeof focusSkillSchema>;

/**
 * Everything the colleague's phone needs to show the right form with no framework and no profile:
 * who observes whom, the focus skills and the scale with its descriptors.
 */
export const observationRequestSchema = z.object({
  requestId: recordIdSchema,
  delegate: z.object({
    profileId: recordIdSchema,
    name: z.string().check(z.trim(), z.maxLength(80)),
  }),
  colleagueId: recordIdSchema,
  direction: observationDirectionSchema,
  observer: observationPersonSchema,
  observed: observationPersonSchema,
  framework: z.extend(frameworkRefSchema, { name: z.string().check(z.trim(), z.maxLength(100)) }),
  focusSkills: z.array(focusSkillSchema).check(z.minLength(1), z.maxLength(MAX_FOCUS_SKILLS)),
  scale: z.array(ratingLevelSchema).check(z.minLength(2), z.maxLength(10)),
  requestedAt: isoDateTimeSchema,
});
export type ObservationRequest = z.infer<typeof observationRequestSchema>;

/** The observation as it travels back: its id and revision, and what the observer wrote. */
export const returnedObservationSchema = z.extend(observationContentSchema, {
  id: recordIdSchema,
  rev: z.int().check(z.minimum(1)),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  requestId: recordIdSchema,
  delegateProfileId: recordIdSchema,
  colleagueId: recordIdSchema,
  direction: observationDirectionSchema,
  observer: observationPersonSchema,
  observed: observationPersonSchema,
  framework: frameworkRefSchema,
});
export type ReturnedObservation = z.infer<typeof returnedObservationSchema>;

/**
 * An observation being written on a colleague's phone for someone else's request. It has no
 * profile (the colleague has none); the request is kept with it so the form can be reopened.
 */
export const outgoingObservationSchema = z.extend(recordMetaSchema, {
  requestId: recordIdSchema,
  request: observationRequestSchema,
  content: observationContentSchema,
  status: observationStatusSchema,
});
export type OutgoingObservation = z.infer<typeof outgoingObservationSchema>;

export function emptyContent(focusSkillIds: readonly string[], date: string): ObservationContent {
  return {
    date,
    lessonClass: '',
    lessonSubject: '',
    ratings: focusSkillIds.map((skillId) => ({ skillId, level: null })),
    strengths: '',
    nextSteps: [''],
    followUp: '',
  };
}

/** Next steps as saved: trimmed, without empty lines. */
export function agreedNextSteps(content: Pick<ObservationContent, 'nextSteps'>): string[] {
  return content.nextSteps.map((step) => step.trim()).filter((step) => step !== '');
}

export function returnedFromOutgoing(outgoing: OutgoingObservation): ReturnedObservation {
  const { request } = outgoing;
  return returnedObservationSchema.parse({
    ...outgoing.content,
    nextSteps: agreedNextSteps(outgoing.content),
    id: outgoing.id,
    rev: outgoing.rev,
    createdAt: outgoing.createdAt,
    updatedAt: outgoing.updatedAt,
    requestId: request.requestId,
    delegateProfileId: request.delegate.profileId,
    colleagueId: request.colleagueId,
    direction: request.direction,
    observer: request.observer,
    observed: request.observed,
    framework: { key: request.framework.key, version: request.framework.version },
  });
}

export function directionText(observation: {
  observer: ObservationPerson;
  observed: ObservationPerson;
}): string {
  const name = (person: ObservationPerson) => (person.name === '' ? 'the delegate' : person.name);
  return `${name(observation.observer)} observed ${name(observation.observed)}`;
}
