/**
 * The 360° review on the delegate's device: rounds (`reviewRounds`), the answers gathered for them
 * (stored by review-answers.ts), the coach each profile added (`reviewCoaches`) and the reports a
 * coach released (`releasedReports`). Rounds are scoped by profile; edits bump the revision and a
 * deletion is a tombstone (docs/design.md#record-history), as for every record that travels in
 * backups.
 *
 * The report shown for a round comes from one place, `reviewReportFor`: built here from the plain
 * answers when the round has no coach (the thresholds applied by `buildReviewReport`), or the
 * report the coach released when it has one. This device never opens a sealed answer.
 */
import type { Decoded } from '@/domain/observation-exchange';
import { newRecordMeta, revisedMeta, type RecordMeta } from '@/domain/record';
import { reviewBundleFileText } from '@/domain/review-360/review-exchange';
import {
  compareRounds,
  buildReviewReport,
  type RoundComparison,
} from '@/domain/review-360/review-report';
import {
  coachIdentitySchema,
  groupThresholdsSchema,
  latestAnswers,
  newReviewRound,
  NOT_SEEN,
  RATER_GROUPS,
  releasedReportSchema,
  reviewRoundSchema,
  allStatements,
  statementRatingsSchema,
  type CoachIdentity,
  type GroupThresholds,
  type NewReviewRound,
  type RaterAnswer,
  type RaterGroup,
  type ReleasedReport,
  type ReviewAnswerPayload,
  type ReviewReport,
  type ReviewRound,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import { reviewCoachSchema, storedReleasedReportSchema } from '@/domain/review-360/stored';
import { z } from '@/domain/zod';
import { db } from '@/db/database';
import {
  liveAnswerRows,
  liveCoachRow,
  liveReleasedReportRow,
  liveReleasedReportRows,
  liveRound,
  parseReviewRound,
} from '@/db/review-rows';

const noteSchema = reviewRoundSchema.shape.invitedNotes.shape.peers;

/** Zod's first message for bad input, as an Error a screen can show as it is. */
function plainError(error: z.core.$ZodError): Error {
  return new Error(error.issues[0]?.message ?? 'This could not be saved.');
}

// ─── Rounds ─────────────────────────────────────────────────────────────────────────────────────

/** A profile's rounds, not deleted, newest first. */
export async function listReviewRounds(profileId: string): Promise<ReviewRound[]> {
  const rows = await db.reviewRounds.where({ profileId }).toArray();
  return rows
    .map(parseReviewRound)
    .filter((round) => round.deletedAt === undefined)
    .sort(
      (a, b) =>
        Date.parse(b.createdAt) - Date.parse(a.createdAt) ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    );
}

/** The round with this id (undefined once deleted). Callers showing it check its profile. */
export function getReviewRound(roundId: string): Promise<ReviewRound | undefined> {
  return liveRound(roundId);
}

/** The same look-up, named for callers that take a round id from a link or a file. */
export function findRoundAnywhere(roundId: string): Promise<ReviewRound | undefined> {
  return liveRound(roundId);
}

/**
 * A new round from the framework's active statements. An end round must name a start round of
 * the same profile; anything else is refused with a plain message and nothing is written.
 */
export async function createReviewRound(
  input: NewReviewRound,
  now = new Date(),
): Promise<ReviewRound> {
  return db.transaction('rw', db.reviewRounds, async () => {
    if (input.kind === 'end') {
      const start =
        input.comparedWithRoundId === undefined
          ? undefined
          : await liveRound(input.comparedWithRoundId);
      if (!start || start.profileId !== input.profileId || start.kind !== 'start') {
        throw new Error('An end round is compared with one of your start rounds: choose one.');
      }
    } else if (input.comparedWithRoundId !== undefined) {
      throw new Error('Only an end round is compared with another round.');
    }
    let round: ReviewRound;
    try {
      round = newReviewRound(input, now);
    } catch (error) {
      if (error instanceof z.core.$ZodError) throw plainError(error);
      throw error;
    }
    await db.reviewRounds.add(round);
    return round;
  });
}

/** Reads a live round inside a write, edits it and stores the next revision. */
async function reviseRound(
  roundId: string,
  now: Date,
  edit: (round: ReviewRound) => ReviewRound,
): Promise<void> {
  await db.transaction('rw', db.reviewRounds, async () => {
    const current = await liveRound(roundId);
    if (!current) throw new Error('This 360° review has been deleted, so it cannot be changed.');
    const checked = reviewRoundSchema.safeParse({ ...edit(current), ...revisedMeta(current, now) });
    if (!checked.success) throw plainError(checked.error);
    await db.reviewRounds.put(checked.data);
  });
}

/**
 * The delegate's own ratings, on the round's statements and scale only. They replace the earlier
 * ones as a whole (a statement left out is not rated).
 */
export async function saveSelfRatings(
  roundId: string,
  ratings: StatementRatings,
  now = new Date(),
): Promise<void> {
  const checked = statementRatingsSchema.safeParse(ratings);
  if (!checked.success) throw plainError(checked.error);
  await reviseRound(roundId, now, (round) => {
    const statements = new Set(allStatements(round.behaviours).map((statement) => statement.id));
    const levels = new Set(round.scale.levels.map((level) => level.value));
    for (const [statementId, rating] of Object.entries(checked.data)) {
      if (!statements.has(statementId)) {
        throw new Error('That statement is not part of this review.');
      }
      if (rating !== NOT_SEEN && !levels.has(rating)) {
        throw new Error(`Level ${rating.toString()} is not on this review’s scale.`);
      }
    }
    return { ...round, selfRatings: checked.data };
  });
}

/** Whom the delegate asked in a group: kept as typed, never sent anywhere. Empty removes it. */
export async function saveInvitedNote(
  roundId: string,
  group: RaterGroup,
  note: string,
  now = new Date(),
): Promise<void> {
  const checked = noteSchema.safeParse(note);
  if (!checked.success) throw plainError(checked.error);
  await reviseRound(roundId, now, (round) => {
    const others = Object.fromEntries(
      Object.entries(round.invitedNotes).filter(([key]) => key !== group),
    );
    return { ...round, invitedNotes: note.trim() === '' ? others : { ...others, [group]: note } };
  });
}

/** Title, closing date and thresholds; a threshold below its group's minimum is refused. */
export async function updateReviewRoundSettings(
  roundId: string,
  settings: { title: string; closesOn: string; thresholds: GroupThresholds },
  now = new Date(),
): Promise<void> {
  const thresholds = groupThresholdsSchema.safeParse(settings.thresholds);
  if (!thresholds.success) throw plainError(thresholds.error);
  await reviseRound(roundId, now, (round) => ({
    ...round,
    title: settings.title,
    closesOn: settings.closesOn,
    thresholds: thresholds.data,
  }));
}

/**
 * Deletes the round, its answers and any released report as tombstones, in one transaction. An end
 * round compared with a deleted start round then simply has no comparison.
 */
export async function deleteReviewRound(roundId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.reviewRounds, db.reviewAnswers, db.releasedReports], async () => {
    const round = await liveRound(roundId);
    if (!round) return;
    const tombstone = <Row extends RecordMeta>(row: Row): Row => ({
      ...row,
      ...revisedMeta(row, now),
      deletedAt: now.toISOString(),
    });
    await db.reviewRounds.put(tombstone(round));
    await db.reviewAnswers.bulkPut((await liveAnswerRows(roundId)).map(tombstone));
    await db.releasedReports.bulkPut((await liveReleasedReportRows(roundId)).map(tombstone));
  });
}

// ─── Answers and the report ─────────────────────────────────────────────────────────────────────

/** How many raters answered in each group (each rater once): all the delegate learns of who. */
export async function answerCounts(roundId: string): Promise<Record<RaterGroup, number>> {
  const rows = await liveAnswerRows(roundId);
  const counts = Object.fromEntries(RATER_GROUPS.map((group) => [group, 0])) as Record<
    RaterGroup,
    number
  >;
  const counted = new Set<string>();
  for (const row of rows) {
    if (counted.has(row.responseId)) continue;
    counted.add(row.responseId);
    counts[row.group] += 1;
  }
  return counts;
}

function plainAnswersOf(payloads: readonly ReviewAnswerPayload[]): RaterAnswer[] {
  return latestAnswers(
    payloads.flatMap((payload) => (payload.form === 'plain' ? [payload.answer] : [])),
  );
}

/**
 * The report to show for a round: with no coach, built here from the plain answers (thresholds
 * applied); with a coach, the report they released, or undefined until they release one.
 */
export async function reviewReportFor(roundId: string): Promise<ReviewReport | undefined> {
  const round = await liveRound(roundId);
  if (!round) return undefined;
  if (round.coach) return (await liveReleasedReportRow(roundId))?.released.report;
  const rows = await liveAnswerRows(roundId);
  return buildReviewReport(round, plainAnswersOf(rows.map((row) => row.payload)));
}

/** The end round's report beside its start round's, when both exist (and both have a report). */
export async function reviewComparisonFor(
  endRoundId: string,
): Promise<RoundComparison | undefined> {
  return (await comparisonOf(endRoundId))?.comparison;
}

async function comparisonOf(
  endRoundId: string,
): Promise<{ start: ReviewRound; end: ReviewRound; comparison: RoundComparison } | undefined> {
  const end = await liveRound(endRoundId);
  if (end?.kind !== 'end' || end.comparedWithRoundId === undefined) return undefined;
  const start = await liveRound(end.comparedWithRoundId);
  if (!start || start.profileId !== end.profileId) return undefined;
  const [startReport, endReport] = await Promise.all([
    reviewReportFor(start.id),
    reviewReportFor(end.id),
  ]);
  if (!startReport || !endReport) return undefined;
  return { start, end, comparison: compareRounds(startReport, endReport) };
}

/** The newest end round of the profile that can be compared with its start round. */
export async function latestReviewComparison(
  profileId: string,
): Promise<{ start: ReviewRound; end: ReviewRound; comparison: RoundComparison } | undefined> {
  for (const round of await listReviewRounds(profileId)) {
    if (round.kind !== 'end') continue;
    const found = await comparisonOf(round.id);
    if (found) return found;
  }
  return undefined;
}

/**
 * Every round of the profile that has a report to show, with it, newest round first: what the
 * progress update and the presentation tell of the review (domain/review-360/review-summary.ts).
 */
export async function reviewResults(
  profileId: string,
): Promise<{ round: ReviewRound; report: ReviewReport }[]> {
  const results: { round: ReviewRound; report: ReviewReport }[] = [];
  for (const round of await listReviewRounds(profileId)) {
    const report = await reviewReportFor(round.id);
    if (report) results.push({ round, report });
  }
  return results;
}

/**
 * The file the delegate sends their coach: the round without the invited notes, its sealed answers
 * and the delegate's name. A round without a coach has nothing to send.
 */
export async function reviewBundleText(
  roundId: string,
  delegateName: string,
  now = new Date(),
): Promise<string> {
  const round = await liveRound(roundId);
  if (!round) throw new Error('This 360° review has been deleted.');
  if (!round.coach) {
    throw new Error('This review has no coach: its report is drawn on this device.');
  }
  const rows = await liveAnswerRows(roundId);
  const sealed = rows
    .filter((row) => row.payload.form === 'sealed')
    .sort((a, b) => (a.responseId < b.responseId ? -1 : a.responseId > b.responseId ? 1 : 0))
    .map((row) => row.payload);
  return reviewBundleFileText(round, sealed, delegateName.trim() || 'A delegate', now);
}

// ─── The coach ──────────────────────────────────────────────────────────────────────────────────

/** The coach new rounds of this profile seal answers to; replaces an earlier one. */
export async function setReviewCoach(
  profileId: string,
  coach: CoachIdentity,
  now = new Date(),
): Promise<void> {
  const checked = coachIdentitySchema.safeParse(coach);
  if (!checked.success) throw plainError(checked.error);
  await db.transaction('rw', db.reviewCoaches, async () => {
    const current = await liveCoachRow(profileId);
    await db.reviewCoaches.put(
      reviewCoachSchema.parse({
        ...(current ? revisedMeta(current, now) : newRecordMeta(now)),
        profileId,
        coach: checked.data,
      }),
    );
  });
}

export async function getReviewCoach(profileId: string): Promise<CoachIdentity | undefined> {
  return (await liveCoachRow(profileId))?.coach;
}

/** New rounds then have no coach; rounds already made keep theirs. */
export async function removeReviewCoach(profileId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.reviewCoaches, async () => {
    const current = await liveCoachRow(profileId);
    if (!current) return;
    await db.reviewCoaches.put({
      ...current,
      ...revisedMeta(current, now),
      deletedAt: now.toISOString(),
    });
  });
}

// ─── The released report ────────────────────────────────────────────────────────────────────────

/**
 * Files a report the coach released under its round (any profile on this device), replacing an
 * earlier release for that round. Refused, writing nothing, when no round here matches.
 */
export async function storeReleasedReport(
  released: ReleasedReport,
  now = new Date(),
): Promise<Decoded<{ round: ReviewRound }>> {
  const checked = releasedReportSchema.safeParse(released);
  if (!checked.success) {
    return { ok: false, message: 'This report could not be read, so it was not taken.' };
  }
  return db.transaction('rw', [db.reviewRounds, db.releasedReports], async () => {
    const round = await liveRound(checked.data.report.roundId);
    if (!round) {
      return {
        ok: false,
        message:
          'This report is for a 360° review that is not on this device (or has been deleted). Open it on the device that ran the review.',
      };
    }
    if (!round.coach) {
      return {
        ok: false,
        message: `“${round.title}” has no coach: its report is drawn on this device from the answers, so this one was not taken.`,
      };
    }
    const earlier = await liveReleasedReportRow(round.id);
    await db.releasedReports.put(
      storedReleasedReportSchema.parse({
        ...(earlier ? revisedMeta(earlier, now) : newRecordMeta(now)),
        profileId: round.profileId,
        roundId: round.id,
        released: checked.data,
      }),
    );
    return { ok: true, value: { round } };
  });
}
