import { z } from '@/domain/zod';
import { recordIdSchema, isoDateTimeSchema, recordMetaSchema } from '@/domain/record';
import {
  coachIdentitySchema,
  coachPrivateKeyJwkSchema,
  keyIdSchema,
  coachPublicKeyJwkSchema,
  raterCommentSchema,
  raterGroupSchema,
  releasedReportSchema,
  reviewAnswerPayloadSchema,
  reviewRequestSchema,
  reviewRoundSchema,
  sealedAnswerSchema,
  statementRatingsSchema,
} from '@/domain/review-360/review-round';

/**
 * The 360° review's rows as each device stores them. Three people's devices hold different rows:
 *
 * - The delegate's: `reviewRoundSchema` (in review-round.ts), `StoredReviewAnswer` (answers as they
 *   arrived: sealed to the coach, or plain when the round has no coach), `ReviewCoach` (the coach
 *   each profile added, from the coach's link) and `StoredReleasedReport` (what the coach released).
 * - The coach's: `CoachKeys` (their name and key pair; the private key never leaves the device but
 *   in the coach's own backups), `CoachedRound` (a round and the delegate's name, from the bundle
 *   the delegate sent) and `CoachedAnswer` (sealed answers gathered for a coached round).
 * - A rater's phone, which has no profile: `OutgoingReviewAnswer`, the draft and sent answer for
 *   one request link, so re-opening the link edits it.
 *
 * Every row has the usual record meta (docs/design.md#global-ids, #record-history), so backups
 * merge them like any other record.
 */

/** An answer on the delegate's device; a later answer with the same response id replaces it. */
export const storedReviewAnswerSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  roundId: recordIdSchema,
  group: raterGroupSchema,
  responseId: recordIdSchema,
  payload: reviewAnswerPayloadSchema,
  receivedAt: isoDateTimeSchema,
});
export type StoredReviewAnswer = z.infer<typeof storedReviewAnswerSchema>;

/** The coach a profile added by opening the coach's link; new rounds seal answers to them. */
export const reviewCoachSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  coach: coachIdentitySchema,
});
export type ReviewCoach = z.infer<typeof reviewCoachSchema>;

/** A report the coach released for one of this profile's rounds. */
export const storedReleasedReportSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  roundId: recordIdSchema,
  released: releasedReportSchema,
});
export type StoredReleasedReport = z.infer<typeof storedReleasedReportSchema>;

/** The coach's identity on their own device: one row. */
export const coachKeysSchema = z.extend(recordMetaSchema, {
  name: coachIdentitySchema.shape.name,
  publicKeyJwk: coachPublicKeyJwkSchema,
  privateKeyJwk: coachPrivateKeyJwkSchema,
  keyId: keyIdSchema,
  /**
   * The coach's signing key pair (ECDSA P-256) for verifications of coaching records. A coach set
   * up before verifications has none until the workspace next opens and makes one.
   */
  signing: z.optional(
    z.object({
      publicKeyJwk: coachPublicKeyJwkSchema,
      privateKeyJwk: coachPrivateKeyJwkSchema,
      keyId: keyIdSchema,
    }),
  ),
});
export type CoachKeys = z.infer<typeof coachKeysSchema>;

/** A delegate's round on the coach's device; its id is the round's own, so a later bundle updates it. */
export const coachedRoundSchema = z.extend(recordMetaSchema, {
  delegateName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  round: reviewRoundSchema,
  receivedAt: isoDateTimeSchema,
  /** When the coach last released the report to the delegate. */
  releasedAt: z.optional(isoDateTimeSchema),
});
export type CoachedRound = z.infer<typeof coachedRoundSchema>;

/** A sealed answer on the coach's device, opened only when the report is drawn. */
export const coachedAnswerSchema = z.extend(recordMetaSchema, {
  roundId: recordIdSchema,
  responseId: recordIdSchema,
  sealed: sealedAnswerSchema,
  receivedAt: isoDateTimeSchema,
});
export type CoachedAnswer = z.infer<typeof coachedAnswerSchema>;

/** What a rater has filled in so far. */
export const raterDraftSchema = z.object({
  ratings: statementRatingsSchema,
  doWell: raterCommentSchema,
  moreEffective: raterCommentSchema,
});
export type RaterDraft = z.infer<typeof raterDraftSchema>;

/** One request link's answer on the rater's phone: the same link re-opened edits this row. */
export const outgoingReviewAnswerSchema = z.extend(recordMetaSchema, {
  roundId: recordIdSchema,
  group: raterGroupSchema,
  /** Kept with the draft so every answer sent from this phone for this link replaces the last. */
  responseId: recordIdSchema,
  request: reviewRequestSchema,
  draft: raterDraftSchema,
  /** When the answer was last made ready to send; a later edit makes it a draft again. */
  sentAt: z.optional(isoDateTimeSchema),
});
export type OutgoingReviewAnswer = z.infer<typeof outgoingReviewAnswerSchema>;
