import { formatAverage } from '@/domain/level-text';
import {
  ALL_RATERS,
  RATER_GROUP_LABELS,
  type GroupSummary,
  type GroupThresholds,
  type ScoreSource,
} from '@/domain/review-360/review-round';

/** Who is reading the report: the delegate it is about ("you"), or their coach ("they"). */
export type ReportAudience = 'delegate' | 'coach';

export interface ReportWords {
  /** The self row's name beside the groups. */
  self: string;
  /** The self ratings in a sentence: "your own ratings", "the self ratings". */
  selfRatings: string;
  selfNote: string;
  doWell: string;
  moreEffective: string;
  blindSpots: string;
  hiddenStrengths: string;
}

export const REPORT_WORDS: Readonly<Record<ReportAudience, ReportWords>> = {
  delegate: {
    self: 'You',
    selfRatings: 'your own ratings',
    selfNote: 'Your own ratings sit beside theirs and are never part of any average.',
    doWell: 'What you do well',
    moreEffective: 'What would make you more effective',
    blindSpots: 'Where you rate yourself higher than others do.',
    hiddenStrengths: 'Where others rate you higher than you rate yourself.',
  },
  coach: {
    self: 'Self',
    selfRatings: 'the self ratings',
    selfNote: 'Their self ratings sit beside the others and are never part of any average.',
    doWell: 'What they do well',
    moreEffective: 'What would make them more effective',
    blindSpots: 'Where they rate themselves higher than others do.',
    hiddenStrengths: 'Where others rate them higher than they rate themselves.',
  },
};

export function sourceLabel(source: ScoreSource): string {
  return source === ALL_RATERS ? 'All raters' : RATER_GROUP_LABELS[source];
}

/**
 * "Peers: 4 answered", or for a withheld group its count and why nothing else of it is shown:
 * "Direct reports: 2 answered — fewer than 3, so their answers are withheld".
 */
export function groupSummaryText(summary: GroupSummary, thresholds: GroupThresholds): string {
  const label = RATER_GROUP_LABELS[summary.group];
  if (!summary.withheld) return `${label}: ${summary.answered.toString()} answered`;
  if (summary.answered === 0) return `${label}: none answered`;
  return `${label}: ${summary.answered.toString()} answered — fewer than ${thresholds[summary.group].toString()}, so their answers are withheld`;
}

/** "2.3", or "–" read out as what is missing. */
export function spokenAverage(value: number | null, missing: string): string {
  return value === null ? missing : formatAverage(value);
}

/**
 * "+0.5", "−0.3" or "no change": the difference of the two figures as shown (to one decimal
 * place), so 2.3 → 3.0 reads +0.7 even when the unrounded change is 0.75.
 */
export function changeText(start: number, end: number): string {
  const tenths = Math.round(end * 10) - Math.round(start * 10);
  if (tenths === 0) return 'no change';
  return `${tenths > 0 ? '+' : '−'}${formatAverage(Math.abs(tenths) / 10)}`;
}

/** "Line manager", "Line manager and peers", "Line manager, peers and others". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
