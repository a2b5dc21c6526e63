import type { ReviewRoundKind } from '@/domain/review-360/review-round';
import { paths } from '@/ui/paths';

/** The parts of a round's page, each a tab of its own so a phone shows one at a time. */
/** `compare` is an end round's only: its report beside its start round's. */
export const ROUND_PARTS = ['self', 'invite', 'answers', 'report', 'compare', 'settings'] as const;
export type RoundPart = (typeof ROUND_PARTS)[number];

export const ROUND_PART_LABELS: Readonly<Record<RoundPart, string>> = {
  self: 'Rate yourself',
  invite: 'Ask raters',
  answers: 'Answers',
  report: 'Report',
  compare: 'Start and end',
  settings: 'Settings',
};

export function isRoundPart(value: string | null): value is RoundPart {
  return (ROUND_PARTS as readonly (string | null)[]).includes(value);
}

/** The 360 screen's views live in the query string, so Back and reload keep them. */
export function roundHref(roundId: string, part?: RoundPart): string {
  const round = `${paths.review360}?round=${encodeURIComponent(roundId)}`;
  return part === undefined ? round : `${round}&part=${part}`;
}

export function newRoundHref(kind: ReviewRoundKind): string {
  return `${paths.review360}?new=${kind}`;
}
