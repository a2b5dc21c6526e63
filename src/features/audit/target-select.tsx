import { useId } from 'react';
import type { RatingLevel } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';

interface TargetSelectProps {
  levels: readonly RatingLevel[];
  /** The target in force this week, or null. */
  targetLevel: number | null;
  /** The week that target was set in, to say so when it was an earlier one. */
  targetWeek: number | null;
  week: number;
  /** Opened by a tap on "Add target": the select takes the focus of the button it replaced. */
  isFocusedOnOpen?: boolean;
  /** A level, or `null` for "No target". */
  onChoose: (level: number | null) => void;
}

/**
 * The level the delegate aims for. A target is an event like a rating: changing or removing it
 * ("No target") adds to the history rather than rewriting it.
 */
export function TargetSelect({
  levels,
  targetLevel,
  targetWeek,
  week,
  isFocusedOnOpen = false,
  onChoose,
}: TargetSelectProps) {
  const id = useId();
  const isFromEarlierWeek = targetWeek !== null && targetWeek !== week;
  return (
    <div className="target-select">
      <label htmlFor={id}>Target level</label>
      <select
        id={id}
        value={targetLevel === null ? '' : String(targetLevel)}
        autoFocus={isFocusedOnOpen}
        onChange={(event) => {
          onChoose(event.target.value === '' ? null : Number(event.target.value));
        }}
        aria-describedby={isFromEarlierWeek ? `${id}-hint` : undefined}
      >
        <option value="">No target</option>
        {levels.map((level) => (
          <option key={level.value} value={level.value}>
            {level.value} {level.label}
          </option>
        ))}
      </select>
      {isFromEarlierWeek && (
        <p className="field-hint" id={`${id}-hint`}>
          Set {targetWeek === 0 ? 'at' : 'in'} {weekLabel(targetWeek)}
        </p>
      )}
    </div>
  );
}
