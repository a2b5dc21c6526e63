import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  allRatersAverage,
  behaviourMoves,
  biggestRise,
  latestReviewOutcome,
  reviewOutcomeLine,
  sameGroupsShown,
  type ReviewResult,
} from '@/domain/review-360/review-summary';
import type { ReviewRound } from '@/domain/review-360/review-round';
import { makeAnswer, makeRound } from '../../../support/review-factories';

// smallFramework: "Listens" (listens.asks, listens.acts) and "Decides" (decides.clear,
// decides.explains), on a 1–5 scale.

function answersFor(round: ReviewRound, levels: { listens: number; decides: number }, count = 3) {
  const ratings = {
    'listens.asks': levels.listens,
    'listens.acts': levels.listens,
    'decides.clear': levels.decides,
    'decides.explains': levels.decides,
  };
  return Array.from({ length: count }, () => makeAnswer(round, 'peers', ratings));
}

function result(round: ReviewRound, answers: ReturnType<typeof answersFor>): ReviewResult {
  return { round, report: buildReviewReport(round, answers) };
}

describe('the 360° review told in a line', () => {
  const start = makeRound({ title: 'Start' });
  const end = {
    ...makeRound({ kind: 'end', comparedWithRoundId: start.id, title: 'End' }),
    createdAt: '2026-11-02T09:00:00.000Z',
  };
  const startResult = result(start, [
    ...answersFor(start, { listens: 2, decides: 3 }),
    makeAnswer(start, 'line-manager', { 'listens.asks': 4 }),
  ]);
  const endResult = result(end, [
    ...answersFor(end, { listens: 4, decides: 3 }),
    makeAnswer(end, 'line-manager', { 'listens.asks': 4 }),
    // Two others: withheld, and their fives must never move a figure.
    makeAnswer(end, 'others', { 'decides.clear': 5 }),
    makeAnswer(end, 'others', { 'decides.clear': 5 }),
  ]);

  it('pairs the newest end round with its start round, or tells the newest round alone', () => {
    expect(latestReviewOutcome([endResult, startResult])).toEqual({
      kind: 'comparison',
      start: startResult,
      end: endResult,
    });
    expect(latestReviewOutcome([endResult])).toEqual({ kind: 'single', only: endResult });
    expect(latestReviewOutcome([])).toBeUndefined();
    // A progress update for October leaves out the round opened in November.
    expect(latestReviewOutcome([endResult, startResult], '2026-10-31')).toEqual({
      kind: 'single',
      only: startResult,
    });
  });

  it('reads every figure from the reports, never from a withheld group', () => {
    // Start: Listens (2.5 with the line manager's 4 on one statement: (2+2+2+4)/4 = 2.5, and 2) →
    // mean of statement cells (2.5 + 2) / 2 = 2.25; Decides 3. End: Listens (4 + 4) / 2 = 4.
    expect(allRatersAverage(startResult.report)).toBeCloseTo((2.25 + 3) / 2);
    expect(allRatersAverage(endResult.report)).toBeCloseTo((4 + 3) / 2);
    const moves = behaviourMoves(startResult.report, endResult.report);
    expect(moves.map((move) => [move.name, move.start, move.end])).toEqual([
      ['Listens', 2.25, 4],
      ['Decides', 3, 3],
    ]);
    expect(biggestRise(moves)?.name).toBe('Listens');
    expect(sameGroupsShown(startResult.report, endResult.report)).toBe(true);
    expect(reviewOutcomeLine({ kind: 'comparison', start: startResult, end: endResult })).toBe(
      'Start → end: all raters’ average moved from 2.6 to 3.5 of 5; biggest rise: Listens (2.3 → 4.0).',
    );
    expect(reviewOutcomeLine({ kind: 'single', only: startResult })).toBe(
      'Start round: all raters’ average 2.6 of 5; highest rated: Decides (3.0).',
    );
  });

  it('says when the groups shown differ, and says nothing without a figure', () => {
    const fewer = result(end, answersFor(end, { listens: 1, decides: 1 }));
    expect(reviewOutcomeLine({ kind: 'comparison', start: startResult, end: fewer })).toBe(
      'Start → end: all raters’ average moved from 2.6 to 1.0 of 5; different rater groups were shown at the start and the end.',
    );
    const empty = result(start, answersFor(start, { listens: 3, decides: 3 }, 2));
    expect(reviewOutcomeLine({ kind: 'single', only: empty })).toBeUndefined();
  });
});
