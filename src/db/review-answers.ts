/**
 * Raters' answers as they reach the delegate's device (`reviewAnswers` table). An answer is filed
 * under its round, whichever profile on this device asked for it, and only if the round's rules
 * take it (`acceptReviewAnswer`: this round, still open, sealed to this round's coach — or plain
 * when the round has no coach). A sealed answer is stored as the ciphertext it arrived as: this
 * device cannot open it, only relay it to the coach. An answer with the response id of an earlier
 * one (the rater re-opened their link) replaces it, so each rater counts once.
 */
import type { Decoded } from '@/domain/observation-exchange';
import { newRecordMeta, revisedMeta } from '@/domain/record';
import { acceptReviewAnswer } from '@/domain/review-360/review-exchange';
import {
  reviewAnswerPayloadSchema,
  type ReviewAnswerPayload,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { storedReviewAnswerSchema } from '@/domain/review-360/stored';
import { db } from '@/db/database';
import { liveAnswerRowFor, liveRound } from '@/db/review-rows';

function roundIdOf(payload: ReviewAnswerPayload): string {
  return payload.form === 'sealed' ? payload.sealed.roundId : payload.answer.roundId;
}

function whoOf(payload: ReviewAnswerPayload): { group: string; responseId: string } {
  const { group, responseId } = payload.form === 'sealed' ? payload.sealed : payload.answer;
  return { group, responseId };
}

/** Stores an answer in one transaction; a refusal (with its reason) writes nothing. */
export async function receiveReviewAnswer(
  payload: ReviewAnswerPayload,
  now = new Date(),
): Promise<Decoded<{ round: ReviewRound; replaced: boolean }>> {
  const checked = reviewAnswerPayloadSchema.safeParse(payload);
  if (!checked.success) {
    return { ok: false, message: 'This answer could not be read, so it was not taken.' };
  }
  const incoming = checked.data;
  return db.transaction('rw', [db.reviewRounds, db.reviewAnswers], async () => {
    const round = await liveRound(roundIdOf(incoming));
    if (!round) {
      return {
        ok: false,
        message:
          'This answer is for a 360° review that is not on this device (or has been deleted). Open it on the device that asked for it.',
      };
    }
    const accepted = acceptReviewAnswer(incoming, round, now);
    if (!accepted.ok) return accepted;

    const { group, responseId } = whoOf(incoming);
    const earlier = await liveAnswerRowFor(round.id, responseId);
    if (earlier && JSON.stringify(earlier.payload) === JSON.stringify(incoming)) {
      return { ok: true, value: { round, replaced: true } };
    }
    if (
      earlier?.payload.form === 'plain' &&
      incoming.form === 'plain' &&
      Date.parse(incoming.answer.answeredAt) < Date.parse(earlier.payload.answer.answeredAt)
    ) {
      return {
        ok: false,
        message:
          'A later answer from the same rater is already here, so this earlier one was not taken.',
      };
    }
    const row = storedReviewAnswerSchema.parse({
      ...(earlier ? revisedMeta(earlier, now) : newRecordMeta(now)),
      profileId: round.profileId,
      roundId: round.id,
      group,
      responseId,
      payload: incoming,
      receivedAt: now.toISOString(),
    });
    await db.reviewAnswers.put(row);
    return { ok: true, value: { round, replaced: earlier !== undefined } };
  });
}
