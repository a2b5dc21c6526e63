import {
  MINIMUM_THRESHOLDS,
  RATER_GROUPS,
  type GroupSummary,
  type GroupThresholds,
  type RaterAnswer,
  type RaterGroup,
  type ReviewRound,
} from '@/domain/review-360/review-round';

/**
 * The anonymity rules of a 360° review, in one place so the report and its tests share them:
 *
 * - `thresholdFor(group, round)`: how many must answer before a group is shown — the round's own
 *   threshold, never below the minimum (line manager 1, every other group 3); `thresholdsFor`
 *   gives all four.
 * - `groupSummaries(round, answers)`: per group, how many answered and whether it is withheld. The
 *   count is all the delegate learns of a withheld group.
 * - `isCellShown(group, ratedBy, round)`: a group's figure for one statement needs that many raters
 *   who actually rated it ("Not seen" does not count).
 * - `shuffleComments(texts, seed)`: pooled comments in an order fixed by their text alone, so the
 *   order reveals neither submission order nor group.
 */

export function thresholdFor(group: RaterGroup, round: Pick<ReviewRound, 'thresholds'>): number {
  return Math.max(MINIMUM_THRESHOLDS[group], round.thresholds[group]);
}

/**
 * Every group's threshold as applied. Not secret (each request link tells its raters theirs); the
 * report carries it so a withheld group can say how many more answers it needed.
 */
export function thresholdsFor(round: Pick<ReviewRound, 'thresholds'>): GroupThresholds {
  return {
    'line-manager': thresholdFor('line-manager', round),
    peers: thresholdFor('peers', round),
    'direct-reports': thresholdFor('direct-reports', round),
    others: thresholdFor('others', round),
  };
}

export function isCellShown(
  group: RaterGroup,
  ratedBy: number,
  round: Pick<ReviewRound, 'thresholds'>,
): boolean {
  return ratedBy >= thresholdFor(group, round);
}

/** Every group, in the fixed order, with its count of answers (already one per response id). */
export function groupSummaries(
  round: Pick<ReviewRound, 'thresholds'>,
  answers: readonly Pick<RaterAnswer, 'group'>[],
): GroupSummary[] {
  return RATER_GROUPS.map((group) => {
    const answered = answers.filter((answer) => answer.group === group).length;
    return answered > 0 && answered >= thresholdFor(group, round)
      ? { group, answered, withheld: false }
      : { group, answered, withheld: true };
  });
}

/**
 * FNV-1a (32-bit) of the text: an ordering key, not a security measure. The seed (the round id)
 * keeps the same comment from sitting in the same place in every round.
 */
function orderKey(text: string, seed: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}\u0000${text}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Trimmed, without empty ones, ordered by a hash of the text (then the text, for ties). */
export function shuffleComments(texts: readonly string[], seed: string): string[] {
  return texts
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text) => ({ text, key: orderKey(text, seed) }))
    .sort((a, b) => a.key - b.key || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map(({ text }) => text);
}
