import { localCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { scaleRange } from '@/domain/framework';
import {
  ALL_RATERS,
  RATER_GROUP_LABELS,
  type BehaviourRow,
  type ReviewReport,
  type ReviewRound,
} from '@/domain/review-360/review-round';

/**
 * The 360° review told in a line or two, for the places it shows up outside its own screen (the
 * progress update, the presentation). Every figure here is read from reports (review-report.ts),
 * which hold only what may be shown: nothing is computed from answers, and a withheld group is
 * only ever named as withheld.
 *
 *     latestReviewOutcome(results, until?)  → the newest start-and-end pair, or the newest report
 *     allRatersAverage(report)              → the mean of the behaviours' all-raters figures
 *     behaviourMoves(start, end)            → all raters per behaviour, start and end
 *     reviewOutcomeLine(outcome)            → "Start → end: all raters’ average moved from …"
 */

/** A round and the report shown for it (built on this device, or released by the coach). */
export interface ReviewResult {
  round: Pick<ReviewRound, 'id' | 'kind' | 'comparedWithRoundId' | 'title' | 'createdAt'>;
  report: ReviewReport;
}

export type ReviewOutcome =
  | { kind: 'comparison'; start: ReviewResult; end: ReviewResult }
  | { kind: 'single'; only: ReviewResult };

/**
 * The newest end round whose start round also has a report, as a pair; otherwise the newest
 * report on its own. With `until`, rounds opened after that day are left out (a progress update
 * for an early week does not show a review that had not started). `results` newest first.
 */
export function latestReviewOutcome(
  results: readonly ReviewResult[],
  until?: CalendarDate,
): ReviewOutcome | undefined {
  const opened = results.filter(
    (result) => until === undefined || localCalendarDate(new Date(result.round.createdAt)) <= until,
  );
  for (const end of opened) {
    if (end.round.kind !== 'end') continue;
    const start = opened.find((result) => result.round.id === end.round.comparedWithRoundId);
    if (start) return { kind: 'comparison', start, end };
  }
  const only = opened[0];
  return only ? { kind: 'single', only } : undefined;
}

function allRatersOf(row: BehaviourRow): number | undefined {
  return row.scores.find((score) => score.source === ALL_RATERS)?.average;
}

/** The mean of the behaviours' all-raters figures, or null when no behaviour has one. */
export function allRatersAverage(report: ReviewReport): number | null {
  const figures = report.behaviours.flatMap((row) => {
    const figure = allRatersOf(row);
    return figure === undefined ? [] : [figure];
  });
  return figures.length === 0
    ? null
    : figures.reduce((sum, figure) => sum + figure, 0) / figures.length;
}

export interface BehaviourMove {
  behaviourId: string;
  name: string;
  /** All raters' figure in each round; null where the round has none for this behaviour. */
  start: number | null;
  end: number | null;
}

/** The end round's behaviours, in its order, with all raters' figure at the start and the end. */
export function behaviourMoves(start: ReviewReport, end: ReviewReport): BehaviourMove[] {
  return end.behaviours.map((row) => {
    const before = start.behaviours.find((candidate) => candidate.behaviourId === row.behaviourId);
    return {
      behaviourId: row.behaviourId,
      name: row.name,
      start: before ? (allRatersOf(before) ?? null) : null,
      end: allRatersOf(row) ?? null,
    };
  });
}

/** The behaviour whose all-raters figure rose most; undefined when none rose. */
export function biggestRise(
  moves: readonly BehaviourMove[],
): (BehaviourMove & { start: number; end: number }) | undefined {
  let best: (BehaviourMove & { start: number; end: number }) | undefined;
  for (const move of moves) {
    const { start, end } = move;
    if (start === null || end === null || end - start <= 0) continue;
    if (!best || end - start > best.end - best.start) best = { ...move, start, end };
  }
  return best;
}

/** The groups shown in a report, by label, in the fixed order. */
export function shownGroupLabels(report: ReviewReport): string[] {
  return report.groups
    .filter((summary) => !summary.withheld)
    .map((summary) => RATER_GROUP_LABELS[summary.group]);
}

/** True when the same groups were shown in both: all raters then pools the same kinds of rater. */
export function sameGroupsShown(start: ReviewReport, end: ReviewReport): boolean {
  return shownGroupLabels(start).join('|') === shownGroupLabels(end).join('|');
}

/** One decimal place, as every other average in Trellis. */
export function formatFigure(value: number): string {
  return value.toFixed(1);
}

/**
 * The review in one sentence, for the progress update (under a "360° review" heading):
 * "Start → end: all raters’ average moved from 3.2 to 3.6 of 5; biggest rise: Collaboration
 * (2.8 → 3.6)." Undefined when the reports hold no all-raters figure at all.
 */
export function reviewOutcomeLine(outcome: ReviewOutcome): string | undefined {
  if (outcome.kind === 'single') {
    const { report } = outcome.only;
    const average = allRatersAverage(report);
    if (average === null) return undefined;
    const of = scaleRange(report.scale).max;
    const top = [...report.behaviours]
      .flatMap((row) => {
        const figure = allRatersOf(row);
        return figure === undefined ? [] : [{ name: row.name, figure }];
      })
      .sort((a, b) => b.figure - a.figure)[0];
    return `${report.kind === 'start' ? 'Start' : 'End'} round: all raters’ average ${formatFigure(average)} of ${of.toString()}${
      top ? `; highest rated: ${top.name} (${formatFigure(top.figure)})` : ''
    }.`;
  }
  const start = outcome.start.report;
  const end = outcome.end.report;
  const before = allRatersAverage(start);
  const after = allRatersAverage(end);
  if (before === null || after === null) return undefined;
  const of = scaleRange(end.scale).max;
  const rise = biggestRise(behaviourMoves(start, end));
  const parts = [
    `Start → end: all raters’ average moved from ${formatFigure(before)} to ${formatFigure(after)} of ${of.toString()}`,
  ];
  if (rise) {
    parts.push(
      `biggest rise: ${rise.name} (${formatFigure(rise.start)} → ${formatFigure(rise.end)})`,
    );
  }
  if (!sameGroupsShown(start, end)) {
    parts.push('different rater groups were shown at the start and the end');
  }
  return `${parts.join('; ')}.`;
}
