import { z } from '@/domain/zod';
import { isoDateTimeSchema, recordIdSchema, recordMetaSchema } from '@/domain/record';
import { coachPublicKeyJwkSchema, keyIdSchema } from '@/domain/review-360/review-round';
import {
  contentChanges,
  verificationSubjectSchema,
  type ContentChange,
  type VerifiableContent,
  type VerificationSubject,
} from '@/domain/coaching/verifiable-content';
import {
  checkVerification,
  signedVerificationSchema,
  verificationRequestSchema,
  type VerificationStatement,
} from '@/domain/coaching/verification';

/**
 * A verification request as the delegate's device keeps it (`verificationRequests`, one row per
 * request, its id the request's): the request exactly as sent, the coach's signing key it must be
 * answered with, and, once it comes back, the coach's signed answer. Keeping the content as sent is
 * what lets the record show "changed since it was verified" with what changed.
 */
export const storedVerificationSchema = z.extend(recordMetaSchema, {
  profileId: recordIdSchema,
  subject: verificationSubjectSchema,
  request: verificationRequestSchema,
  /** The coach's signing public key when the request was made: the answer is checked with it. */
  coachSigningKey: z.object({ publicKeyJwk: coachPublicKeyJwkSchema, keyId: keyIdSchema }),
  answer: z.optional(
    z.object({
      signed: signedVerificationSchema,
      receivedAt: isoDateTimeSchema,
    }),
  ),
});
export type StoredVerification = z.infer<typeof storedVerificationSchema>;

export function isLiveVerification(row: StoredVerification): boolean {
  return row.deletedAt === undefined;
}

/** Where a record stands with its coach. */
export interface SubjectVerification {
  /** The latest confirmation whose signature still checks, with what changed since. */
  verified?: { statement: VerificationStatement; changes: ContentChange[] };
  /** A later request the coach has not answered yet. */
  pending?: { requestedAt: string; coachName: string; row: StoredVerification };
  /** A decline newer than any confirmation. */
  declined?: { statement: VerificationStatement };
}

/**
 * Checks every answered request for the subject again (a row edited outside Trellis fails here as
 * it would on arrival) and compares the latest confirmed content with the record as it is now.
 */
export async function subjectVerification(
  rows: readonly StoredVerification[],
  subject: VerificationSubject,
  current: VerifiableContent,
): Promise<SubjectVerification> {
  const mine = rows
    .filter(
      (row) =>
        isLiveVerification(row) &&
        row.subject.kind === subject.kind &&
        row.subject.id === subject.id,
    )
    .sort((a, b) => a.request.requestedAt.localeCompare(b.request.requestedAt));
  const result: SubjectVerification = {};
  for (const row of mine) {
    if (!row.answer) {
      result.pending = {
        requestedAt: row.request.requestedAt,
        coachName: row.request.coachName,
        row,
      };
      continue;
    }
    const checked = await checkVerification(row.answer.signed, {
      profileId: row.profileId,
      request: row.request,
      coach: {
        name: row.request.coachName,
        publicKeyJwk: row.coachSigningKey.publicKeyJwk,
        keyId: row.coachSigningKey.keyId,
        signing: row.coachSigningKey,
      },
    });
    if (!checked.ok) continue;
    delete result.pending;
    if (checked.value.decision === 'confirmed') {
      result.verified = {
        statement: checked.value,
        changes: contentChanges(row.request.content, current),
      };
      delete result.declined;
    } else {
      result.declined = { statement: checked.value };
    }
  }
  return result;
}
