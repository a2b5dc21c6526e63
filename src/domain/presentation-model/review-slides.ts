import { scaleRange } from '@/domain/framework';
import {
  MAX_CHART_CATEGORIES,
  type Bullet,
  type ChartSpec,
  type PresentationChoices,
} from '@/domain/presentation';
import type { PresentationInput } from '@/domain/presentation-model/presentation-input';
import {
  bulletSlides,
  fittedBullet,
  formatLevel,
  type SlideDraft,
} from '@/domain/presentation-model/slide-text';
import {
  ALL_RATERS,
  RATER_GROUP_LABELS,
  type ReviewGap,
  type ReviewReport,
} from '@/domain/review-360/review-round';
import {
  allRatersAverage,
  behaviourMoves,
  biggestRise,
  sameGroupsShown,
  shownGroupLabels,
} from '@/domain/review-360/review-summary';
import { cutAtWord } from '@/domain/text';

/**
 * The optional 360° review slides, offered when a start round and an end round both have a report:
 * all raters' figure per behaviour at the start and the end; how the delegate rated themselves
 * beside all raters at the end; and what stands out (the biggest rise, blind spots and hidden
 * strengths). Each chart has a slide of its own, as seven behaviours' names need the width. Every
 * figure comes from the reports, which hold only what may be shown; comments are never put on a
 * slide (the deck is shown to a room), and a withheld group is only named as withheld.
 */

function axisOf(report: ReviewReport): ChartSpec['axis'] {
  const { min, max } = scaleRange(report.scale);
  return { min, max, labels: report.scale.levels.map((level) => level.label) };
}

function figure(value: number | null): string {
  return value === null ? '–' : formatLevel(Math.round(value * 10) / 10);
}

/** "Line manager, Peers and Direct reports", or "none". */
function listed(labels: readonly string[]): string {
  if (labels.length === 0) return 'none';
  if (labels.length === 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/** Which groups the figures come from, and which were withheld (named, nothing more). */
function groupsLine(start: ReviewReport, end: ReviewReport): string {
  const withheld = end.groups
    .filter((summary) => summary.withheld && summary.answered > 0)
    .map((summary) => RATER_GROUP_LABELS[summary.group]);
  const shown = sameGroupsShown(start, end)
    ? `Groups shown in both rounds: ${listed(shownGroupLabels(end))}.`
    : `Groups shown: ${listed(shownGroupLabels(start))} at the start; ${listed(shownGroupLabels(end))} at the end.`;
  return withheld.length === 0
    ? shown
    : `${shown} ${listed(withheld)}: withheld, as too few answered.`;
}

export function reviewSlides(input: PresentationInput, choices: PresentationChoices): SlideDraft[] {
  const review = input.review;
  if (!review || !choices.includeReview) return [];
  const start = review.start.report;
  const end = review.end.report;
  const of = scaleRange(end.scale).max;

  const moves = behaviourMoves(start, end).filter(
    (move) => move.start !== null || move.end !== null,
  );
  const shownMoves = moves.slice(0, MAX_CHART_CATEGORIES);
  const before = allRatersAverage(start);
  const after = allRatersAverage(end);
  const startNotes = [
    ...moves.map(
      (move) =>
        `${move.name}: all raters ${figure(move.start)} at the start, ${figure(move.end)} at the end.`,
    ),
    groupsLine(start, end),
  ];
  if (moves.length > shownMoves.length) {
    startNotes.push(
      `The chart shows the first ${shownMoves.length.toString()} behaviours; the rest are listed above.`,
    );
  }

  const selfRows = end.behaviours
    .map((row) => ({
      name: row.name,
      self: row.self,
      others: row.scores.find((score) => score.source === ALL_RATERS)?.average ?? null,
    }))
    .filter((row) => row.self !== null || row.others !== null);
  const shownSelfRows = selfRows.slice(0, MAX_CHART_CATEGORIES);
  const selfNotes = selfRows.map(
    (row) => `${row.name}: I rated ${figure(row.self)}, all raters ${figure(row.others)}.`,
  );

  // What stands out: the biggest rise, then up to two blind spots and two hidden strengths.
  const standOutNotes: string[] = [];
  const bullets: Bullet[] = [];
  const rise = biggestRise(moves);
  if (rise) {
    bullets.push(
      fittedBullet(
        `Biggest rise: ${rise.name}`,
        `All raters ${figure(rise.start)} → ${figure(rise.end)}`,
        standOutNotes,
      ),
    );
  }
  const gapBullet = (gap: ReviewGap) =>
    fittedBullet(
      `${gap.kind === 'blind-spot' ? 'I rate myself higher than others do' : 'Others rate me higher than I do'}: ${gap.statement}`,
      `${gap.behaviourName}: self ${figure(gap.self)}, all raters ${figure(gap.allRaters)}`,
      standOutNotes,
    );
  const blindSpots = end.gaps.filter((gap) => gap.kind === 'blind-spot').slice(0, 2);
  const hiddenStrengths = end.gaps.filter((gap) => gap.kind === 'hidden-strength').slice(0, 2);
  bullets.push(...blindSpots.map(gapBullet), ...hiddenStrengths.map(gapBullet));
  if (blindSpots.length === 0 && hiddenStrengths.length === 0) {
    bullets.push({
      text: 'How I see myself matches how others see me',
      detail: 'On every statement, my rating and all raters’ are within a third of the scale.',
    });
  }

  return [
    {
      section: 'review-360',
      title: '360° review: start and end',
      body: {
        kind: 'chart',
        chart: {
          type: 'bar',
          title: 'All raters’ average by behaviour, start and end of the programme',
          categories: shownMoves.map((move) => cutAtWord(move.name, 40)),
          series: [
            { name: 'Start', values: shownMoves.map((move) => move.start) },
            { name: 'End', values: shownMoves.map((move) => move.end) },
          ],
          axis: axisOf(end),
        },
        caption:
          before === null || after === null
            ? groupsLine(start, end)
            : `All raters’ average went from ${figure(before)} to ${figure(after)} of ${of.toString()}. ${groupsLine(start, end)}`,
      },
      notes: startNotes,
    },
    {
      section: 'review-360',
      title: '360° review: self and others at the end',
      body: {
        kind: 'chart',
        chart: {
          type: 'bar',
          title: 'My own rating and all raters’ average by behaviour, end of the programme',
          categories: shownSelfRows.map((row) => cutAtWord(row.name, 40)),
          series: [
            { name: 'Me', values: shownSelfRows.map((row) => row.self) },
            { name: 'All raters', values: shownSelfRows.map((row) => row.others) },
          ],
          axis: axisOf(end),
        },
        caption: 'My own rating beside the average of everyone who rated me, in the shown groups.',
      },
      notes: selfNotes,
    },
    ...bulletSlides('review-360', '360° review: what stands out', bullets, standOutNotes),
  ];
}
