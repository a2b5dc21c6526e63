import { useId } from 'react';
import {
  MAX_THRESHOLD,
  RATER_GROUP_LABELS,
  RATER_GROUPS,
  type GroupThresholds,
  type RaterGroup,
} from '@/domain/review-360/review-round';
import type { ThresholdDrafts } from '@/features/review-360/threshold-drafts';

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
    <fieldset className="field review360-thresholds" aria-describedby={`${id}-hint`}>
      <legend>How many must answer before a group is shown</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="review360-threshold-grid">
        {RATER_GROUPS.map((group) => {
          const inputId = `${id}-${group}`;
          const error = errors[group];
          return (
            <div key={group} className="review360-threshold">
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
