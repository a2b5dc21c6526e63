/**
 * 360° review answers written on this device for someone else's request (`outgoingReviewAnswers`):
 * a rater's phone, which has no profile and no set-up, opens a request link and writes here. One
 * row per round and rater group, so the same link opened again resumes the same answer, with the
 * same response id: an answer sent again replaces the earlier one on the delegate's side. The row
 * holds the request itself, so the form can be shown again offline.
 */
import { newId, newRecordMeta, revisedMeta } from '@/domain/record';
import {
  allStatements,
  NOT_SEEN,
  reviewRequestSchema,
  type ReviewRequest,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import {
  outgoingReviewAnswerSchema,
  raterDraftSchema,
  type OutgoingReviewAnswer,
  type RaterDraft,
} from '@/domain/review-360/stored';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

const parseRow = parsedRows(outgoingReviewAnswerSchema);

export function emptyRaterDraft(): RaterDraft {
  return { ratings: {}, doWell: '', moreEffective: '' };
}

/** Only ratings of statements the request asks about, on its scale (or "Not seen"). */
function ratingsFor(request: ReviewRequest, ratings: StatementRatings): StatementRatings {
  const statements = new Set(allStatements(request.behaviours).map((statement) => statement.id));
  const levels = new Set(request.scale.levels.map((level) => level.value));
  return Object.fromEntries(
    Object.entries(ratings).filter(
      ([statementId, rating]) =>
        statements.has(statementId) && (rating === NOT_SEEN || levels.has(rating)),
    ),
  );
}

/** What the rater is asked and whose key seals it: a change to any of it makes a sent answer stale. */
function askedOf(request: ReviewRequest): string {
  return JSON.stringify([request.behaviours, request.scale, request.coach?.keyId ?? null]);
}

async function liveRowFor(request: Pick<ReviewRequest, 'roundId' | 'group'>) {
  const rows = await db.outgoingReviewAnswers
    .where('[roundId+group]')
    .equals([request.roundId, request.group])
    .toArray();
  return rows.map(parseRow).find((row) => row.deletedAt === undefined);
}

/**
 * The answer for this request's round and group: the one already on this phone, or a new one with a
 * fresh response id and an empty draft. A request link made later than the one stored (the delegate
 * sent it again, perhaps with a later closing date) replaces the stored request; ratings it no
 * longer asks for are dropped, and if what is asked or the coach changed, a sent answer becomes a
 * draft again so it is sent afresh.
 */
export async function openOutgoingReviewAnswer(
  request: ReviewRequest,
  now = new Date(),
): Promise<OutgoingReviewAnswer> {
  const checked = reviewRequestSchema.parse(request);
  return db.transaction('rw', db.outgoingReviewAnswers, async () => {
    const existing = await liveRowFor(checked);
    if (existing) {
      const isLater = Date.parse(checked.requestedAt) > Date.parse(existing.request.requestedAt);
      if (!isLater) return existing;
      const isAskedAgain = askedOf(checked) !== askedOf(existing.request);
      const { sentAt, ...unsent } = existing;
      const updated = outgoingReviewAnswerSchema.parse({
        ...(isAskedAgain ? unsent : existing),
        ...(isAskedAgain && sentAt !== undefined
          ? revisedMeta(existing, now)
          : { updatedAt: now.toISOString() }),
        request: checked,
        draft: { ...existing.draft, ratings: ratingsFor(checked, existing.draft.ratings) },
      });
      await db.outgoingReviewAnswers.put(updated);
      return updated;
    }
    const created = outgoingReviewAnswerSchema.parse({
      ...newRecordMeta(now),
      roundId: checked.roundId,
      group: checked.group,
      responseId: newId(),
      request: checked,
      draft: emptyRaterDraft(),
    });
    await db.outgoingReviewAnswers.add(created);
    return created;
  });
}

export async function getOutgoingReviewAnswer(
  id: string,
): Promise<OutgoingReviewAnswer | undefined> {
  const row = await db.outgoingReviewAnswers.get(id);
  return row ? parseRow(row) : undefined;
}

async function liveRow(id: string): Promise<OutgoingReviewAnswer> {
  const current = await getOutgoingReviewAnswer(id);
  if (!current || current.deletedAt !== undefined) throw new Error('This answer is gone.');
  return current;
}

function sameDraft(a: RaterDraft, b: RaterDraft): boolean {
  const ids = new Set([...Object.keys(a.ratings), ...Object.keys(b.ratings)]);
  return (
    a.doWell === b.doWell &&
    a.moreEffective === b.moreEffective &&
    [...ids].every((id) => a.ratings[id] === b.ratings[id])
  );
}

/**
 * Saves the rater's draft. A draft keeps its revision; a change after the answer was sent makes it
 * a draft again (no `sentAt`) and a new revision, so the phone says it needs sending again. Saving
 * the same content again changes nothing, so a save on leaving a field never un-sends an answer.
 */
export async function saveRaterDraft(
  id: string,
  draft: RaterDraft,
  now = new Date(),
): Promise<OutgoingReviewAnswer> {
  const parsed = raterDraftSchema.parse(draft);
  return db.transaction('rw', db.outgoingReviewAnswers, async () => {
    const current = await liveRow(id);
    const content = { ...parsed, ratings: ratingsFor(current.request, parsed.ratings) };
    if (sameDraft(current.draft, content)) return current;
    const { sentAt, ...unsent } = current;
    const meta =
      sentAt === undefined ? { updatedAt: now.toISOString() } : revisedMeta(current, now);
    const updated = outgoingReviewAnswerSchema.parse({ ...unsent, ...meta, draft: content });
    await db.outgoingReviewAnswers.put(updated);
    return updated;
  });
}

/** Records that the answer as it stands was made ready to send; `sentAt` is its answer time. */
export async function markReviewAnswerSent(
  id: string,
  now = new Date(),
): Promise<OutgoingReviewAnswer> {
  return db.transaction('rw', db.outgoingReviewAnswers, async () => {
    const current = await liveRow(id);
    const sent = outgoingReviewAnswerSchema.parse({
      ...current,
      updatedAt: now.toISOString(),
      sentAt: now.toISOString(),
    });
    await db.outgoingReviewAnswers.put(sent);
    return sent;
  });
}
