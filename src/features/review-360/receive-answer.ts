import { describeStorageFailure } from '@/domain/storage-errors';
import { decodeReviewAnswer } from '@/domain/review-360/review-exchange';
import type { ReviewAnswerPayload, ReviewRound } from '@/domain/review-360/review-round';
import { receiveReviewAnswer } from '@/db/review-answers';
import { answerCounts } from '@/db/review-rounds';
import { answeredText, answerFromText } from '@/features/review-360/review-text';

export type ReceivedAnswer =
  { ok: true; message: string; round: ReviewRound } | { ok: false; message: string };

function groupOf(payload: ReviewAnswerPayload) {
  return payload.form === 'sealed' ? payload.sealed.group : payload.answer.group;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads a rater's answer (a link, its fragment, or a file's text), stores it with the round it
 * answers (the repository checks the round's rules in its transaction) and says what happened in
 * one sentence: which group it came from and how many of that group have answered — never who.
 */
export async function receiveAnswerText(
  text: string,
  activeProfileId: string,
  now: Date = new Date(),
): Promise<ReceivedAnswer> {
  const decoded = await decodeReviewAnswer(text);
  if (!decoded.ok) return decoded;
  const group = groupOf(decoded.value);
  let stored: Awaited<ReturnType<typeof receiveReviewAnswer>>;
  try {
    stored = await receiveReviewAnswer(decoded.value, now);
  } catch (error) {
    return {
      ok: false,
      message:
        describeStorageFailure(error) ??
        'The answer could not be saved, so nothing was stored. Please try again.',
    };
  }
  if (!stored.ok) return stored;
  const { round, replaced } = stored.value;
  const counts = await answerCounts(round.id);
  const added = replaced
    ? `${capitalised(answerFromText(group))} sent their answer again: it replaced their earlier one in “${round.title}”.`
    : `An answer from ${answerFromText(group)} was added to “${round.title}”.`;
  const elsewhere =
    round.profileId === activeProfileId
      ? ''
      : ' That review belongs to another profile on this device.';
  return {
    ok: true,
    message: `${added} ${answeredText(group, counts[group])}.${elsewhere}`,
    round,
  };
}
