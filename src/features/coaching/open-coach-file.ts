import type { CoachedRound } from '@/domain/review-360/stored';
import {
  decodeReviewAnswer,
  MAX_REVIEW_BUNDLE_BYTES,
  REVIEW_ANSWER_TYPE,
} from '@/domain/review-360/review-exchange';
import { plural } from '@/domain/text';
import type { TrellisFileKind } from '@/domain/trellis-files';
import { receiveAnswerAsCoach, receiveReviewBundle } from '@/db/coaching';

/** What a coach opens: a delegate's bundle, or one rater's answer sent straight to them. */
export const COACH_FILE_KINDS: readonly TrellisFileKind[] = ['review-bundle', 'review-answer'];

/** What opening one file did, said plainly. */
export type OpenedFile =
  | { ok: true; fileName: string; message: string; roundId: string | undefined }
  | { ok: false; fileName: string; message: string };

/** True when the file says it is one rater's answer, not a delegate's bundle. */
function isAnswerFile(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      'type' in parsed &&
      parsed.type === REVIEW_ANSWER_TYPE
    );
  } catch {
    return false;
  }
}

function whose(round: CoachedRound): string {
  return `${round.delegateName}’s “${round.round.title}”`;
}

function bundleMessage(round: CoachedRound, added: number, replaced: number): string {
  if (added === 0 && replaced === 0) {
    return `${whose(round)}: nothing new — you already had every answer in this file.`;
  }
  const parts = [
    ...(added > 0 ? [plural(added, 'new answer', 'new answers')] : []),
    ...(replaced > 0
      ? [`${plural(replaced, 'answer', 'answers')} replaced by the rater’s later version`]
      : []),
  ];
  return `${whose(round)}: ${parts.join(', ')}.`;
}

function answerMessage(round: CoachedRound | undefined, added: number, replaced: number): string {
  if (added === 0 && replaced === 0) return 'You already had this answer.';
  if (!round) {
    return 'Kept an answer for a review you have not been sent yet: it joins the review when the delegate sends you their answers.';
  }
  return added > 0
    ? `Added an answer to ${whose(round)}.`
    : `Replaced a rater’s earlier answer to ${whose(round)} with their later one.`;
}

/** What opening one rater's answer did, for a file or a link. */
export type OpenedAnswer =
  { ok: true; message: string; roundId: string | undefined } | { ok: false; message: string };

/** One rater's sealed answer sent straight to the coach, as a file's text or a link. */
export async function openAnswerAsCoach(linkOrFileText: string): Promise<OpenedAnswer> {
  const decoded = await decodeReviewAnswer(linkOrFileText);
  if (!decoded.ok) return decoded;
  const received = await receiveAnswerAsCoach(decoded.value);
  if (!received.ok) return received;
  const { round, added, replaced } = received.value;
  return { ok: true, message: answerMessage(round, added, replaced), roundId: round?.id };
}

/**
 * Opens a file a coach was sent: a delegate's bundle (`.trellis-review-bundle.json`), or one
 * rater's sealed answer sent straight to the coach (`.trellis-review-answer.json`). Nothing is
 * stored from a file that is refused.
 */
export async function openCoachFile(file: File): Promise<OpenedFile> {
  const fileName = file.name;
  if (file.size > MAX_REVIEW_BUNDLE_BYTES) {
    return {
      ok: false,
      fileName,
      message: `This file is too large to be a delegate’s answers (${Math.ceil(file.size / 1_000_000).toString()} MB). Choose the .trellis-review-bundle.json file you were sent.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, fileName, message: 'This file could not be read.' };
  }
  if (isAnswerFile(text)) return { ...(await openAnswerAsCoach(text)), fileName };
  const received = await receiveReviewBundle(text);
  if (!received.ok) return { ok: false, fileName, message: received.message };
  const { round, added, replaced } = received.value;
  return { ok: true, fileName, message: bundleMessage(round, added, replaced), roundId: round.id };
}
