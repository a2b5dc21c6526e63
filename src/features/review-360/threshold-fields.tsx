import { useId } from 'react';
import {
  MAX_THRESHOLD,
  RATER_GROUP_LABELS,
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

interface ThresholdFieldsProps {
  drafts: ThresholdDrafts;
  floors: GroupThresholds;
  errors: Partial<ThresholdDrafts>;
  /** Said under the legend: where the floors come from. */
  hint: string;
  onChange: (group: RaterGroup, text: string) => void;
  onBlur?: () => void;
}

/** One number per group: how many must answer before anything that group says is shown. */
export function ThresholdFields({
  drafts,
  floors,
  errors,
  hint,
  onChange,
  onBlur,
}: ThresholdFieldsProps) {
  const id = useId();
  return (
    <fieldset className="field review-thresholds" aria-describedby={`${id}-hint`}>
      <legend>How many must answer before a group is shown</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="review-threshold-grid">
        {RATER_GROUPS.map((group) => {
          const inputId = `${id}-${group}`;
          const error = errors[group];
          return (
            <div key={group} className="review-threshold">
              <label htmlFor={inputId}>{RATER_GROUP_LABELS[group]}</label>
              <input
                id={inputId}
                type="number"
                inputMode="numeric"
                min={floors[group]}
                max={MAX_THRESHOLD}
                step={1}
                value={drafts[group]}
                aria-describedby={`${inputId}-floor${error ? ` ${inputId}-error` : ''}`}
                aria-invalid={Boolean(error)}
                onChange={(event) => onChange(group, event.target.value)}
                onBlur={onBlur}
              />
              <span className="field-hint" id={`${inputId}-floor`}>
                At least {floors[group]}
              </span>
              {error && (
                <span className="field-error" id={`${inputId}-error`}>
                  {error}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
