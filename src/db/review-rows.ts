/**
 * Reading the 360° review's rows on the delegate's device, shared by review-rounds.ts and
 * review-answers.ts (which would otherwise import each other). Every row is parsed with its schema
 * (parsed-rows.ts); tombstones are left out of everything but the writes that keep them.
 */
import { reviewRoundSchema, type ReviewRound } from '@/domain/review-360/review-round';
import {
  reviewCoachSchema,
  storedReleasedReportSchema,
  storedReviewAnswerSchema,
  type ReviewCoach,
  type StoredReleasedReport,
  type StoredReviewAnswer,
} from '@/domain/review-360/stored';
import { db } from '@/db/database';
import { parsedRows } from '@/db/parsed-rows';

export const parseReviewRound = parsedRows(reviewRoundSchema);
export const parseStoredReviewAnswer = parsedRows(storedReviewAnswerSchema);
export const parseReviewCoach = parsedRows(reviewCoachSchema);
export const parseStoredReleasedReport = parsedRows(storedReleasedReportSchema);

function isLive(row: { deletedAt?: string }): boolean {
  return row.deletedAt === undefined;
}

/** The round with this id, whichever profile it belongs to; undefined once deleted. */
export async function liveRound(roundId: string): Promise<ReviewRound | undefined> {
  const row = await db.reviewRounds.get(roundId);
  if (row === undefined) return undefined;
  const round = parseReviewRound(row);
  return isLive(round) ? round : undefined;
}

/** A round's stored answers (one row per response id: a later one replaces the row). */
export async function liveAnswerRows(roundId: string): Promise<StoredReviewAnswer[]> {
  const rows = await db.reviewAnswers.where({ roundId }).toArray();
  return rows.map(parseStoredReviewAnswer).filter(isLive);
}

/** The stored answer from this response, if one came before: a re-sent answer replaces it. */
export async function liveAnswerRowFor(
  roundId: string,
  responseId: string,
): Promise<StoredReviewAnswer | undefined> {
  const rows = await db.reviewAnswers.where({ roundId, responseId }).toArray();
  return rows.map(parseStoredReviewAnswer).find(isLive);
}

export async function liveCoachRow(profileId: string): Promise<ReviewCoach | undefined> {
  const rows = await db.reviewCoaches.where({ profileId }).toArray();
  return rows
    .map(parseReviewCoach)
    .filter(isLive)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0];
}

/** Newest first: a later release replaces the row, so there is normally one. */
export async function liveReleasedReportRows(roundId: string): Promise<StoredReleasedReport[]> {
  const rows = await db.releasedReports.where({ roundId }).toArray();
  return rows
    .map(parseStoredReleasedReport)
    .filter(isLive)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

export async function liveReleasedReportRow(
  roundId: string,
): Promise<StoredReleasedReport | undefined> {
  return (await liveReleasedReportRows(roundId))[0];
}
