import {
  MAX_THRESHOLD,
  RATER_GROUPS,
  type GroupThresholds,
  type RaterGroup,
} from '@/domain/review-360/review-round';

/** What is typed in each threshold box: text, so a half-typed number is not thrown away. */
export type ThresholdDrafts = Record<RaterGroup, string>;

export function thresholdDrafts(thresholds: GroupThresholds): ThresholdDrafts {
  return {
    'line-manager': thresholds['line-manager'].toString(),
    peers: thresholds.peers.toString(),
    'direct-reports': thresholds['direct-reports'].toString(),
    others: thresholds.others.toString(),
  };
}

/**
 * The typed thresholds as numbers, or a message per group. `floors` is the lowest each may be:
 * the minimum for a new round, and what raters were already told for a round set up earlier.
 */
export function parseThresholds(
  drafts: ThresholdDrafts,
  floors: GroupThresholds,
): { ok: true; thresholds: GroupThresholds } | { ok: false; errors: Partial<ThresholdDrafts> } {
  const errors: Partial<ThresholdDrafts> = {};
  const thresholds = { ...floors };
  for (const group of RATER_GROUPS) {
    const text = drafts[group].trim();
    const value = Number(text);
    if (text === '' || !Number.isInteger(value)) {
      errors[group] = 'Enter a whole number';
    } else if (value < floors[group]) {
      errors[group] = `At least ${floors[group].toString()}: it can be raised, never lowered`;
    } else if (value > MAX_THRESHOLD) {
      errors[group] = `At most ${MAX_THRESHOLD.toString()}`;
    } else {
      thresholds[group] = value;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, thresholds };
}
