import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thresholdFor } from '@/domain/review-360/anonymity';
import { buildReviewReport, compareRounds } from '@/domain/review-360/review-report';
import {
  RATER_GROUPS,
  reviewRoundSchema,
  type RaterAnswer,
  type RaterGroup,
  type ReviewReport,
  type ScoreSource,
  type StatementRating,
} from '@/domain/review-360/review-round';
import {
  makeAnswer,
  makeRound,
  nextResponseId,
  rateAll,
  STATEMENT_IDS,
} from '../../../support/review-factories';

function statementCell(report: ReviewReport, statementId: string, source: ScoreSource) {
  const row = report.behaviours
    .flatMap((behaviour) => behaviour.statements)
    .find((candidate) => candidate.statementId === statementId);
  return row?.scores.find((score) => score.source === source);
}

function behaviourCell(report: ReviewReport, behaviourId: string, source: ScoreSource) {
  return report.behaviours
    .find((behaviour) => behaviour.behaviourId === behaviourId)
    ?.scores.find((score) => score.source === source);
}

describe('thresholds', () => {
  it('are 1 for the line manager and 3 for every other group by default', () => {
    const round = makeRound();
    expect(RATER_GROUPS.map((group) => thresholdFor(group, round))).toEqual([1, 3, 3, 3]);
  });

  it('can be raised but never lowered below the minimum', () => {
    const raised = makeRound({
      thresholds: { 'line-manager': 2, peers: 5, 'direct-reports': 3, others: 4 },
    });
    expect(thresholdFor('peers', raised)).toBe(5);
    expect(thresholdFor('line-manager', raised)).toBe(2);
    expect(buildReviewReport(raised, []).thresholds).toEqual(raised.thresholds);

    const lowered = { ...raised, thresholds: { ...raised.thresholds, peers: 2 } };
    expect(reviewRoundSchema.safeParse(lowered).success).toBe(false);
    // Even a round that slipped past the schema is held to the minimum, and its report says so.
    expect(thresholdFor('peers', lowered)).toBe(3);
    expect(buildReviewReport(lowered, []).thresholds.peers).toBe(3);
  });
});

describe('groups below threshold', () => {
  it('are withheld with only their count, and left out of "all raters"', () => {
    const round = makeRound();
    const answers = [
      makeAnswer(round, 'line-manager', rateAll(2)),
      makeAnswer(round, 'peers', rateAll(4)),
      makeAnswer(round, 'peers', rateAll(4)),
      makeAnswer(round, 'peers', rateAll(5)),
      makeAnswer(round, 'direct-reports', rateAll(1)),
      makeAnswer(round, 'direct-reports', rateAll(1)),
    ];
    const report = buildReviewReport(round, answers);

    expect(report.groups).toEqual([
      { group: 'line-manager', answered: 1, withheld: false },
      { group: 'peers', answered: 3, withheld: false },
      { group: 'direct-reports', answered: 2, withheld: true },
      { group: 'others', answered: 0, withheld: true },
    ]);
    expect(statementCell(report, 'listens.asks', 'direct-reports')).toBeUndefined();
    expect(statementCell(report, 'listens.asks', 'peers')).toEqual({
      source: 'peers',
      average: 13 / 3,
      ratedBy: 3,
    });
    // Line manager 2 and peers 4, 4, 5: the direct reports' 1s are nowhere.
    expect(statementCell(report, 'listens.asks', 'all-raters')).toEqual({
      source: 'all-raters',
      average: 15 / 4,
      ratedBy: 4,
    });
    expect(JSON.stringify(report)).not.toContain('"source":"direct-reports"');
  });

  it('hide a statement from a shown group when fewer than its threshold rated it', () => {
    const round = makeRound();
    const answers = [
      makeAnswer(round, 'peers', { ...rateAll(4), 'listens.asks': 'not-seen' }),
      makeAnswer(round, 'peers', rateAll(4)),
      makeAnswer(round, 'peers', rateAll(2)),
      makeAnswer(round, 'others', rateAll(3)),
      makeAnswer(round, 'others', rateAll(3)),
      makeAnswer(round, 'others', rateAll(3)),
    ];
    const report = buildReviewReport(round, answers);

    // Only two peers rated it: their figure would expose the third peer's "Not seen" choice and,
    // with "all raters", their ratings. So neither peers' cell nor their ratings are used.
    expect(statementCell(report, 'listens.asks', 'peers')).toBeUndefined();
    expect(statementCell(report, 'listens.asks', 'all-raters')).toEqual({
      source: 'all-raters',
      average: 3,
      ratedBy: 3,
    });
    // The behaviour's peers figure comes only from its shown statement cell.
    expect(behaviourCell(report, 'listens', 'peers')).toEqual({
      source: 'peers',
      average: 10 / 3,
      ratedBy: 3,
    });
    expect(behaviourCell(report, 'decides', 'peers')?.average).toBeCloseTo(10 / 3);
  });

  it('show a line manager who answered alone', () => {
    const round = makeRound();
    const report = buildReviewReport(round, [makeAnswer(round, 'line-manager', rateAll(3))]);
    expect(statementCell(report, 'decides.clear', 'line-manager')?.average).toBe(3);
  });
});

describe('answers', () => {
  it('for the same response id replace the earlier one', () => {
    const round = makeRound();
    const first = makeAnswer(round, 'line-manager', rateAll(1), {
      answeredAt: '2026-09-10T12:00:00.000Z',
      doWell: 'First thoughts',
    });
    const edited = { ...first, ratings: rateAll(5), doWell: 'Second thoughts' };
    edited.answeredAt = '2026-09-11T12:00:00.000Z';
    const report = buildReviewReport(round, [edited, first]);
    expect(report.groups[0]).toEqual({ group: 'line-manager', answered: 1, withheld: false });
    expect(statementCell(report, 'listens.asks', 'line-manager')?.average).toBe(5);
    expect(report.comments.doWell).toEqual(['Second thoughts']);
  });

  it('for another round are ignored', () => {
    const round = makeRound();
    const other = makeRound();
    const report = buildReviewReport(round, [makeAnswer(other, 'line-manager', rateAll(3))]);
    expect(report.groups[0]).toEqual({ group: 'line-manager', answered: 0, withheld: true });
  });

  it('off the scale are left out like "Not seen"', () => {
    const round = makeRound();
    const report = buildReviewReport(round, [makeAnswer(round, 'line-manager', rateAll(9))]);
    expect(statementCell(report, 'listens.asks', 'line-manager')).toBeUndefined();
  });
});

describe('self', () => {
  it('sits beside the others and is never averaged with them', () => {
    const round = makeRound({ selfRatings: { 'listens.asks': 5, 'listens.acts': 'not-seen' } });
    const report = buildReviewReport(round, [makeAnswer(round, 'line-manager', rateAll(1))]);
    const listens = report.behaviours[0]!;
    expect(listens.self).toBe(5);
    expect(listens.statements.map((row) => row.self)).toEqual([5, null]);
    expect(statementCell(report, 'listens.asks', 'all-raters')?.average).toBe(1);
  });
});

describe('gaps', () => {
  it('flag blind spots and hidden strengths of at least a third of the range, largest first', () => {
    const round = makeRound({
      selfRatings: {
        'listens.asks': 5, // others 3.5: blind spot, −1.5
        'listens.acts': 2, // others 3.5: hidden strength, +1.5 (after the one above)
        'decides.clear': 4, // others 3: −1, under 4/3
        'decides.explains': 1, // others 5: hidden strength, +4
      },
    });
    const levels: Record<string, [number, number]> = {
      'listens.asks': [3, 4],
      'listens.acts': [3, 4],
      'decides.clear': [3, 3],
      'decides.explains': [5, 5],
    };
    const ratingsAt = (index: 0 | 1) =>
      Object.fromEntries(STATEMENT_IDS.map((id) => [id, levels[id]![index]]));
    const report = buildReviewReport(round, [
      makeAnswer(round, 'line-manager', ratingsAt(0)),
      makeAnswer(round, 'line-manager', ratingsAt(1)),
    ]);
    expect(report.gaps.map((gap) => [gap.statementId, gap.kind, gap.difference])).toEqual([
      ['decides.explains', 'hidden-strength', 4],
      ['listens.asks', 'blind-spot', -1.5],
      ['listens.acts', 'hidden-strength', 1.5],
    ]);
  });

  it('are flagged exactly at a third of the range', () => {
    const round = makeRound({ selfRatings: { 'listens.asks': 1 } });
    // Three peers: 2, 2, 3 → 7/3, exactly 4/3 above self.
    const report = buildReviewReport(round, [
      makeAnswer(round, 'peers', { 'listens.asks': 2 }),
      makeAnswer(round, 'peers', { 'listens.asks': 2 }),
      makeAnswer(round, 'peers', { 'listens.asks': 3 }),
    ]);
    expect(report.gaps.map((gap) => gap.kind)).toEqual(['hidden-strength']);
  });
});

describe('strengths and development areas', () => {
  it('are the top and bottom statements by all raters, never the same one twice', () => {
    const round = makeRound();
    const ratings = {
      'listens.asks': 5,
      'listens.acts': 2,
      'decides.clear': 4,
      'decides.explains': 1,
    };
    const report = buildReviewReport(round, [makeAnswer(round, 'line-manager', ratings)]);
    expect(report.strengths.map((statement) => statement.statementId)).toEqual([
      'listens.asks',
      'decides.clear',
      'listens.acts',
    ]);
    expect(report.developmentAreas.map((statement) => statement.statementId)).toEqual([
      'decides.explains',
    ]);
  });
});

describe('comments', () => {
  it('come only from shown groups, trimmed, without empty ones, in an order set by their text', () => {
    const round = makeRound();
    const peers = ['Calm in a crisis', ' Listens well ', 'Remembers names'].map((doWell) =>
      makeAnswer(round, 'peers', {}, { doWell }),
    );
    const manager = makeAnswer(
      round,
      'line-manager',
      {},
      { doWell: '', moreEffective: 'Delegate' },
    );
    const withheld = makeAnswer(round, 'others', {}, { doWell: 'Secret from others' });
    const report = buildReviewReport(round, [manager, ...peers, withheld]);
    const reversed = buildReviewReport(round, [withheld, ...peers.reverse(), manager]);

    expect([...report.comments.doWell].sort()).toEqual([
      'Calm in a crisis',
      'Listens well',
      'Remembers names',
    ]);
    expect(report.comments.moreEffective).toEqual(['Delegate']);
    expect(reversed.comments).toEqual(report.comments);
    expect(JSON.stringify(report)).not.toContain('Secret');
  });
});

describe('start vs end', () => {
  it('compares only groups shown in both rounds', () => {
    const start = makeRound({ selfRatings: rateAll(3) });
    const end = makeRound({
      kind: 'end',
      comparedWithRoundId: start.id,
      title: 'Summer 360',
      selfRatings: rateAll(4),
    });
    const three = (round: typeof start, group: RaterGroup, level: number) =>
      [1, 2, 3].map(() => makeAnswer(round, group, rateAll(level)));
    const startReport = buildReviewReport(start, [
      makeAnswer(start, 'line-manager', rateAll(2)),
      ...three(start, 'peers', 3),
      ...three(start, 'direct-reports', 2),
    ]);
    const endReport = buildReviewReport(end, [
      makeAnswer(end, 'line-manager', rateAll(4)),
      ...three(end, 'peers', 4),
      makeAnswer(end, 'direct-reports', rateAll(5)),
      ...three(end, 'others', 5),
    ]);
    const comparison = compareRounds(startReport, endReport);
    expect(comparison).toMatchObject({
      startRoundId: start.id,
      endRoundId: end.id,
      startTitle: 'Autumn 360',
      endTitle: 'Summer 360',
      scale: end.scale,
    });
    expect(comparison.comparedGroups).toEqual(['line-manager', 'peers']);
    expect(comparison.behaviours[0]).toEqual({
      behaviourId: 'listens',
      name: 'Listens',
      self: { start: 3, end: 4, change: 1 },
      groups: [
        { group: 'line-manager', start: 2, end: 4, change: 2 },
        { group: 'peers', start: 3, end: 4, change: 1 },
      ],
    });
  });
});

// ─── Non-interference ───────────────────────────────────────────────────────────────────────────

const ratingArbitrary: fc.Arbitrary<StatementRating | undefined> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constant<StatementRating>('not-seen'),
  fc.constant(undefined),
);

const answerContentArbitrary = fc.record({
  ratings: fc.tuple(...STATEMENT_IDS.map(() => ratingArbitrary)),
  doWell: fc.string({ maxLength: 12 }),
  moreEffective: fc.string({ maxLength: 12 }),
});
type AnswerContent = typeof answerContentArbitrary extends fc.Arbitrary<infer T> ? T : never;

const groupContentsArbitrary = fc.tuple(
  ...RATER_GROUPS.map(() => fc.array(answerContentArbitrary, { maxLength: 5 })),
);

function answersFrom(
  roundId: string,
  contents: readonly (readonly AnswerContent[])[],
): RaterAnswer[] {
  return contents.flatMap((groupContents, groupIndex) =>
    groupContents.map((content) => {
      const ratings: Record<string, StatementRating> = {};
      content.ratings.forEach((rating, index) => {
        if (rating !== undefined) ratings[STATEMENT_IDS[index]!] = rating;
      });
      return makeAnswer({ id: roundId }, RATER_GROUPS[groupIndex]!, ratings, {
        doWell: content.doWell,
        moreEffective: content.moreEffective,
        responseId: nextResponseId(),
      });
    }),
  );
}

const raiseArbitrary = fc.integer({ min: 0, max: 2 });

describe('the report (property)', () => {
  it('does not change when withheld groups answer differently, and never shows their comments', () => {
    fc.assert(
      fc.property(
        groupContentsArbitrary,
        groupContentsArbitrary,
        fc.tuple(raiseArbitrary, raiseArbitrary, raiseArbitrary, raiseArbitrary),
        fc.tuple(...STATEMENT_IDS.map(() => ratingArbitrary)),
        (contents, replacements, raisedBy, selfRatings) => {
          const round = makeRound({
            thresholds: {
              'line-manager': 1 + raisedBy[0],
              peers: 3 + raisedBy[1],
              'direct-reports': 3 + raisedBy[2],
              others: 3 + raisedBy[3],
            },
            selfRatings: Object.fromEntries(
              STATEMENT_IDS.flatMap((id, index) => {
                const rating = selfRatings[index];
                return rating === undefined ? [] : [[id, rating]];
              }),
            ),
          });
          const answers = answersFrom(round.id, contents);
          const report = buildReviewReport(round, answers);
          const withheld = new Set(
            report.groups.filter((group) => group.withheld).map((group) => group.group),
          );

          // Same counts in withheld groups, anything else inside them.
          const swapped = contents.map((groupContents, index) => {
            if (!withheld.has(RATER_GROUPS[index]!)) return groupContents;
            const other = replacements[index]!;
            return groupContents.map(
              (_, answerIndex) =>
                other[answerIndex % Math.max(other.length, 1)] ?? {
                  ratings: STATEMENT_IDS.map(() => 1),
                  doWell: 'replaced',
                  moreEffective: 'replaced',
                },
            );
          });
          const shownAnswers = answers.filter((answer) => !withheld.has(answer.group));
          const swappedAnswers = [
            ...shownAnswers,
            ...answersFrom(round.id, swapped).filter((answer) => withheld.has(answer.group)),
          ];
          expect(buildReviewReport(round, swappedAnswers)).toEqual(report);

          // Withheld groups: only their count.
          for (const summary of report.groups) {
            if (summary.withheld) {
              expect(Object.keys(summary).sort()).toEqual(['answered', 'group', 'withheld']);
            }
          }
          // Comments: plain text from shown groups only, with no rater or group beside them.
          const shownComments = new Set(
            shownAnswers.flatMap((answer) => [answer.doWell.trim(), answer.moreEffective.trim()]),
          );
          for (const comment of [...report.comments.doWell, ...report.comments.moreEffective]) {
            expect(typeof comment).toBe('string');
            expect(shownComments.has(comment)).toBe(true);
          }
          const text = JSON.stringify(report);
          for (const answer of answers) expect(text).not.toContain(answer.responseId);
        },
      ),
      { numRuns: 200 },
    );
  });
});
