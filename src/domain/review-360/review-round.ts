import { z } from '@/domain/zod';
import { calendarDateSchema, dayNumber, localCalendarDate } from '@/domain/calendar-date';
import {
  activeAreas,
  ratingScaleSchema,
  stableIdSchema,
  type FrameworkDefinition,
  type RatingScale,
} from '@/domain/framework';
import {
  isoDateTimeSchema,
  newRecordMeta,
  recordIdSchema,
  recordMetaSchema,
} from '@/domain/record';

/**
 * The 360° leadership review: the records and the shapes that travel between devices.
 *
 * - `ReviewRound`: one round ("start", or an "end" round compared with a start round) as the
 *   delegate's device stores it. It snapshots the behaviours, statements and scale it asks about,
 *   so a later framework edit never changes a round; it holds the delegate's self ratings, the
 *   anonymity threshold of each rater group, the closing date and the coach (if any).
 * - `RaterAnswer`: one rater's answer. Its `responseId` is random and kept on the rater's phone; a
 *   later answer with the same `responseId` replaces the earlier one (see `latestAnswers`).
 * - `CoachIdentity`: the coach's name and ECDH P-256 public key (JWK) with its fingerprint.
 * - `ReviewRequest`: what one group's request link carries (what raters are asked, by when, who
 *   sees what); `ReviewAnswerPayload`: an answer as it travels back, sealed to the coach or plain.
 * - `ReviewReport`: the thresholded report (built by review-report.ts; only shown figures exist in
 *   it); `ReleasedReport`: the report as the coach releases it to the delegate.
 *
 * Start here: `newReviewRound(…)`, `reviewRequestFor(round, group, delegateName)`, `isRoundClosed`.
 */

// ─── Rater groups and their anonymity thresholds ────────────────────────────────────────────────

export const RATER_GROUPS = ['line-manager', 'peers', 'direct-reports', 'others'] as const;
export const raterGroupSchema = z.enum(RATER_GROUPS);
export type RaterGroup = z.infer<typeof raterGroupSchema>;

export const RATER_GROUP_LABELS: Readonly<Record<RaterGroup, string>> = {
  'line-manager': 'Line manager',
  peers: 'Peers',
  'direct-reports': 'Direct reports',
  others: 'Others',
};

/**
 * The fewest raters whose answers a group's figures may be built from. A line manager is one
 * person whom the delegate knows anyway; every other group needs three so no one answer stands out.
 */
export const MINIMUM_THRESHOLDS: Readonly<Record<RaterGroup, number>> = {
  'line-manager': 1,
  peers: 3,
  'direct-reports': 3,
  others: 3,
};

export const MAX_THRESHOLD = 20;

function thresholdSchema(group: RaterGroup) {
  const minimum = MINIMUM_THRESHOLDS[group];
  return z
    .int()
    .check(
      z.minimum(
        minimum,
        `${RATER_GROUP_LABELS[group]}: at least ${minimum} ${minimum === 1 ? 'rater' : 'raters'} (it can be raised, never lowered)`,
      ),
      z.maximum(MAX_THRESHOLD, `At most ${MAX_THRESHOLD} raters`),
    );
}

/** Per group, how many must answer before its figures and comments are shown. */
export const groupThresholdsSchema = z.object({
  'line-manager': thresholdSchema('line-manager'),
  peers: thresholdSchema('peers'),
  'direct-reports': thresholdSchema('direct-reports'),
  others: thresholdSchema('others'),
});
export type GroupThresholds = z.infer<typeof groupThresholdsSchema>;

export function defaultThresholds(): GroupThresholds {
  return { ...MINIMUM_THRESHOLDS };
}

// ─── What a round asks about ────────────────────────────────────────────────────────────────────

export const MAX_REVIEW_STATEMENTS = 60;

export const reviewStatementSchema = z.object({
  id: stableIdSchema,
  statement: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
});
export type ReviewStatement = z.infer<typeof reviewStatementSchema>;

/** A behaviour (a framework area) and the statements (its skills) the round asks about. */
export const reviewBehaviourSchema = z.object({
  id: stableIdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  statements: z.array(reviewStatementSchema).check(z.minLength(1), z.maxLength(40)),
});
export type ReviewBehaviour = z.infer<typeof reviewBehaviourSchema>;

const behavioursSchema = z
  .array(reviewBehaviourSchema)
  .check(z.minLength(1, 'Choose at least one behaviour'), z.maxLength(30))
  .check((ctx) => {
    const ids = new Set<string>();
    let statementCount = 0;
    for (const behaviour of ctx.value) {
      for (const id of [behaviour.id, ...behaviour.statements.map((statement) => statement.id)]) {
        if (ids.has(id)) {
          ctx.issues.push({ code: 'custom', input: id, message: `the id "${id}" is used twice` });
        }
        ids.add(id);
      }
      statementCount += behaviour.statements.length;
    }
    if (statementCount > MAX_REVIEW_STATEMENTS) {
      ctx.issues.push({
        code: 'custom',
        input: statementCount,
        message: `A review asks about ${MAX_REVIEW_STATEMENTS} statements at most`,
      });
    }
  });

/** The snapshot a round takes of a framework: its active behaviours and statements. */
export function behavioursFromFramework(framework: FrameworkDefinition): ReviewBehaviour[] {
  return activeAreas(framework).map((area) => ({
    id: area.id,
    name: area.name,
    statements: area.skills.map((skill) => ({ id: skill.id, statement: skill.statement })),
  }));
}

export function allStatements(
  behaviours: readonly ReviewBehaviour[],
): (ReviewStatement & { behaviourId: string; behaviourName: string })[] {
  return behaviours.flatMap((behaviour) =>
    behaviour.statements.map((statement) => ({
      ...statement,
      behaviourId: behaviour.id,
      behaviourName: behaviour.name,
    })),
  );
}

// ─── Ratings ────────────────────────────────────────────────────────────────────────────────────

export const NOT_SEEN = 'not-seen';

/** A level on the round's scale, or "Not seen" (left out of every average). */
export const statementRatingSchema = z.union([
  z.int().check(z.minimum(0), z.maximum(10)),
  z.literal(NOT_SEEN),
]);
export type StatementRating = z.infer<typeof statementRatingSchema>;

/** Statement id → rating. A statement left out has not been rated (the same as "Not seen"). */
export const statementRatingsSchema = z.record(stableIdSchema, statementRatingSchema);
export type StatementRatings = z.infer<typeof statementRatingsSchema>;

// ─── The coach ──────────────────────────────────────────────────────────────────────────────────

const base64UrlText = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(200));

/** An ECDH P-256 public key as a JWK: only the members that define the key are kept. */
export const coachPublicKeyJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64UrlText,
  y: base64UrlText,
});
export type CoachPublicKeyJwk = z.infer<typeof coachPublicKeyJwkSchema>;

/** The coach's private key as a JWK: stays on the coach's device (and in their backups). */
export const coachPrivateKeyJwkSchema = z.extend(coachPublicKeyJwkSchema, { d: base64UrlText });
export type CoachPrivateKeyJwk = z.infer<typeof coachPrivateKeyJwkSchema>;

/** Fingerprints are RFC 7638 JWK thumbprints (SHA-256, base64url): 43 characters. */
export const keyIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'must be a key id'));

export const coachIdentitySchema = z.object({
  name: z
    .string({ error: 'Add the coach’s name' })
    .check(
      z.trim(),
      z.minLength(1, 'Add the coach’s name'),
      z.maxLength(80, 'Name is too long (80 characters at most)'),
    ),
  publicKeyJwk: coachPublicKeyJwkSchema,
  /** `publicKeyFingerprint(publicKeyJwk)`: answers name the key they were sealed to by it. */
  keyId: keyIdSchema,
  /**
   * The ECDSA P-256 key the coach signs verifications with (coaching/verification-crypto.ts).
   * Optional: coach links made before coaches signed anything carry none, and still add the coach
   * for 360 reviews; a delegate asks for the link again before asking for a verification.
   */
  signing: z.optional(
    z.object({
      publicKeyJwk: coachPublicKeyJwkSchema,
      /** `publicKeyFingerprint(publicKeyJwk)`: a verification names the key it was signed with. */
      keyId: keyIdSchema,
    }),
  ),
});
export type CoachIdentity = z.infer<typeof coachIdentitySchema>;

// ─── The round ──────────────────────────────────────────────────────────────────────────────────

export const reviewRoundKindSchema = z.enum(['start', 'end']);
export type ReviewRoundKind = z.infer<typeof reviewRoundKindSchema>;

const noteSchema = z.string().check(z.maxLength(2000, 'Keep the note under 2000 characters'));

export const reviewRoundSchema = z
  .extend(recordMetaSchema, {
    profileId: recordIdSchema,
    kind: reviewRoundKindSchema,
    /** An end round names the start round it is compared with. */
    comparedWithRoundId: z.optional(recordIdSchema),
    title: z
      .string({ error: 'Add a title' })
      .check(
        z.trim(),
        z.minLength(1, 'Add a title'),
        z.maxLength(100, 'Title is too long (100 characters at most)'),
      ),
    behaviours: behavioursSchema,
    scale: ratingScaleSchema,
    /** The last day answers are accepted, in the delegate's calendar. */
    closesOn: calendarDateSchema,
    thresholds: groupThresholdsSchema,
    coach: z.optional(coachIdentitySchema),
    /**
     * The delegate's own notes of whom they invited in each group. They never leave this device:
     * no request, answer or report carries them.
     */
    invitedNotes: z.object({
      'line-manager': z.optional(noteSchema),
      peers: z.optional(noteSchema),
      'direct-reports': z.optional(noteSchema),
      others: z.optional(noteSchema),
    }),
    selfRatings: statementRatingsSchema,
  })
  .check((ctx) => {
    if (ctx.value.kind === 'start' && ctx.value.comparedWithRoundId !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.comparedWithRoundId,
        path: ['comparedWithRoundId'],
        message: 'Only an end round is compared with another round',
      });
    }
  });
export type ReviewRound = z.infer<typeof reviewRoundSchema>;

export interface NewReviewRound {
  profileId: string;
  kind: ReviewRoundKind;
  comparedWithRoundId?: string;
  title: string;
  framework: FrameworkDefinition;
  closesOn: string;
  thresholds?: GroupThresholds;
  coach?: CoachIdentity;
}

/** A new round snapshotting the framework's active statements and scale; throws on bad input. */
export function newReviewRound(input: NewReviewRound, now: Date = new Date()): ReviewRound {
  return reviewRoundSchema.parse({
    ...newRecordMeta(now),
    profileId: input.profileId,
    kind: input.kind,
    ...(input.comparedWithRoundId === undefined
      ? {}
      : { comparedWithRoundId: input.comparedWithRoundId }),
    title: input.title,
    behaviours: behavioursFromFramework(input.framework),
    scale: structuredClone(input.framework.scale),
    closesOn: input.closesOn,
    thresholds: input.thresholds ?? defaultThresholds(),
    ...(input.coach === undefined ? {} : { coach: input.coach }),
    invitedNotes: {},
    selfRatings: {},
  });
}

/** Closed once the closing date has passed in the device's calendar (the closing day is open). */
export function isRoundClosed(round: Pick<ReviewRound, 'closesOn'>, now: Date): boolean {
  return dayNumber(localCalendarDate(now)) > dayNumber(round.closesOn);
}

/** True when the rating is a level on the scale (not "Not seen", not off the scale). */
export function isLevelOn(
  scale: RatingScale,
  rating: StatementRating | undefined,
): rating is number {
  return typeof rating === 'number' && scale.levels.some((level) => level.value === rating);
}

// ─── A rater's answer ───────────────────────────────────────────────────────────────────────────

export const MAX_COMMENT_LENGTH = 2000;

export const raterCommentSchema = z
  .string()
  .check(
    z.maxLength(MAX_COMMENT_LENGTH, `Keep each comment under ${MAX_COMMENT_LENGTH} characters`),
  );

export const raterAnswerSchema = z.object({
  roundId: recordIdSchema,
  group: raterGroupSchema,
  /** Random, kept on the rater's phone: answering again with it replaces the earlier answer. */
  responseId: recordIdSchema,
  ratings: statementRatingsSchema,
  /** "What they do well" */
  doWell: raterCommentSchema,
  /** "What would make them more effective" */
  moreEffective: raterCommentSchema,
  answeredAt: isoDateTimeSchema,
});
export type RaterAnswer = z.infer<typeof raterAnswerSchema>;

/**
 * One answer per response id: the latest `answeredAt` wins (the later in the list on a tie), so
 * re-opening the link on the same phone edits the earlier answer rather than adding a second.
 */
export function latestAnswers(answers: readonly RaterAnswer[]): RaterAnswer[] {
  const byResponse = new Map<string, RaterAnswer>();
  for (const answer of answers) {
    const earlier = byResponse.get(answer.responseId);
    if (!earlier || Date.parse(answer.answeredAt) >= Date.parse(earlier.answeredAt)) {
      byResponse.set(answer.responseId, answer);
    }
  }
  return [...byResponse.values()];
}

// ─── What travels: the request, the answer, the released report ─────────────────────────────────

/** Everything a rater's phone needs to show the form, with no profile and no framework. */
export const reviewRequestSchema = z.object({
  roundId: recordIdSchema,
  delegateName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  group: raterGroupSchema,
  /** How many in this group must answer before anything they say is shown. */
  threshold: z.int().check(z.minimum(1), z.maximum(MAX_THRESHOLD)),
  behaviours: behavioursSchema,
  scale: ratingScaleSchema,
  closesOn: calendarDateSchema,
  /** Present when answers are sealed to a coach; absent when they go to the delegate in plain. */
  coach: z.optional(coachIdentitySchema),
  requestedAt: isoDateTimeSchema,
});
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;

/** AES-GCM output and the ephemeral key, as review-crypto.ts makes them (all base64url). */
export const sealedAnswerSchema = z.object({
  /** Not secret: lets the delegate's device file the ciphertext under the right round. */
  roundId: recordIdSchema,
  /**
   * In clear so the delegate can count answers per group and replace a re-sent answer, both of
   * which they could tell anyway (one link per group; the same phone answering again). Bound to
   * the ciphertext as additional data, so neither can be changed without the coach noticing.
   */
  group: raterGroupSchema,
  responseId: recordIdSchema,
  keyId: keyIdSchema,
  ephemeralPublicKey: z.string().check(z.regex(/^[A-Za-z0-9_-]{87}$/)),
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
  ciphertext: z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.maxLength(100_000)),
});
export type SealedAnswer = z.infer<typeof sealedAnswerSchema>;

export const reviewAnswerPayloadSchema = z.discriminatedUnion('form', [
  z.object({ form: z.literal('sealed'), sealed: sealedAnswerSchema }),
  z.object({ form: z.literal('plain'), answer: raterAnswerSchema }),
]);
export type ReviewAnswerPayload = z.infer<typeof reviewAnswerPayloadSchema>;

/** One group's request for a round; the invited names stay behind. */
export function reviewRequestFor(
  round: ReviewRound,
  group: RaterGroup,
  delegateName: string,
  now: Date = new Date(),
): ReviewRequest {
  return reviewRequestSchema.parse({
    roundId: round.id,
    delegateName,
    title: round.title,
    group,
    threshold: Math.max(MINIMUM_THRESHOLDS[group], round.thresholds[group]),
    behaviours: round.behaviours,
    scale: round.scale,
    closesOn: round.closesOn,
    ...(round.coach === undefined ? {} : { coach: round.coach }),
    requestedAt: now.toISOString(),
  });
}

// ─── The report model ───────────────────────────────────────────────────────────────────────────

export const ALL_RATERS = 'all-raters';
export const scoreSourceSchema = z.union([raterGroupSchema, z.literal(ALL_RATERS)]);
export type ScoreSource = z.infer<typeof scoreSourceSchema>;

const averageSchema = z.number().check(z.minimum(0), z.maximum(10));

/** A shown figure: the average of `ratedBy` ratings (never fewer than the group's threshold). */
export const scoreCellSchema = z.object({
  source: scoreSourceSchema,
  average: averageSchema,
  ratedBy: z.int().check(z.minimum(1)),
});
export type ScoreCell = z.infer<typeof scoreCellSchema>;

export const statementRowSchema = z.object({
  statementId: stableIdSchema,
  statement: z.string(),
  self: z.nullable(averageSchema),
  /** Only shown cells: a group appears here only when enough of it rated this statement. */
  scores: z.array(scoreCellSchema),
});
export type StatementRow = z.infer<typeof statementRowSchema>;

export const behaviourRowSchema = z.object({
  behaviourId: stableIdSchema,
  name: z.string(),
  self: z.nullable(averageSchema),
  /** Each the mean of the shown statement cells of that source. */
  scores: z.array(scoreCellSchema),
  statements: z.array(statementRowSchema),
});
export type BehaviourRow = z.infer<typeof behaviourRowSchema>;

export const groupSummarySchema = z.discriminatedUnion('withheld', [
  z.object({
    group: raterGroupSchema,
    answered: z.int().check(z.minimum(0)),
    withheld: z.literal(true),
  }),
  z.object({
    group: raterGroupSchema,
    answered: z.int().check(z.minimum(1)),
    withheld: z.literal(false),
  }),
]);
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const reviewGapSchema = z.object({
  kind: z.enum(['blind-spot', 'hidden-strength']),
  statementId: stableIdSchema,
  statement: z.string(),
  behaviourName: z.string(),
  self: averageSchema,
  allRaters: averageSchema,
  /** allRaters − self: negative for a blind spot, positive for a hidden strength. */
  difference: z.number(),
});
export type ReviewGap = z.infer<typeof reviewGapSchema>;

export const rankedStatementSchema = z.object({
  statementId: stableIdSchema,
  statement: z.string(),
  behaviourName: z.string(),
  allRaters: averageSchema,
});
export type RankedStatement = z.infer<typeof rankedStatementSchema>;

export const reviewReportSchema = z.object({
  roundId: recordIdSchema,
  kind: reviewRoundKindSchema,
  comparedWithRoundId: z.optional(recordIdSchema),
  title: z.string(),
  closesOn: calendarDateSchema,
  scale: ratingScaleSchema,
  /** Each group's threshold as applied, so a withheld group can say what it fell short of. */
  thresholds: groupThresholdsSchema,
  groups: z.array(groupSummarySchema),
  behaviours: z.array(behaviourRowSchema),
  gaps: z.array(reviewGapSchema),
  strengths: z.array(rankedStatementSchema),
  developmentAreas: z.array(rankedStatementSchema),
  /** Pooled from shown groups, in an order that says nothing of who wrote them or when. */
  comments: z.object({
    doWell: z.array(z.string()),
    moreEffective: z.array(z.string()),
  }),
});
export type ReviewReport = z.infer<typeof reviewReportSchema>;

export const releasedReportSchema = z.object({
  report: reviewReportSchema,
  coachName: z.string().check(z.trim(), z.maxLength(80)),
  releasedAt: isoDateTimeSchema,
});
export type ReleasedReport = z.infer<typeof releasedReportSchema>;
