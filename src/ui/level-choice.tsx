import { useId, type ReactNode } from 'react';
import type { RatingLevel } from '@/domain/framework';
import '@/ui/level-choice.css';

/** "Not seen": a choice of its own, beside the scale's levels. */
export const NONE_CHOSEN = 'none';
export type LevelChoiceValue = number | typeof NONE_CHOSEN;

interface LevelChoiceProps {
  /** What is being rated: the radio group's accessible name. */
  legend: ReactNode;
  levels: readonly RatingLevel[];
  /** The level chosen, "Not seen", or undefined when nothing has been chosen yet. */
  chosen: LevelChoiceValue | undefined;
  onChoose: (choice: LevelChoiceValue) => void;
  /** Shown under the levels when "Not seen" is chosen; by default the prompt to choose a level. */
  noneDescription?: string;
}

/**
 * A statement rated on a scale, made for a phone held in one hand: the levels as large radio
 * buttons with their labels, "Not seen" on a row of its own, and the chosen level's descriptor
 * right under them (read out as it changes).
 */
export function LevelChoice({
  legend,
  levels,
  chosen,
  onChoose,
  noneDescription,
}: LevelChoiceProps) {
  const id = useId();
  const chosenLevel = levels.find((level) => level.value === chosen);
  return (
    <fieldset className="level-choice" aria-describedby={`${id}-descriptor`}>
      <legend>{legend}</legend>
      <div className="level-choice-levels">
        {levels.map((level) => (
          <label key={level.value} className="level-choice-level">
            <input
              type="radio"
              name={id}
              checked={chosen === level.value}
              onChange={() => onChoose(level.value)}
              aria-label={`${level.value.toString()} ${level.label}`}
            />
            <span aria-hidden="true" className="level-choice-number">
              {level.value}
            </span>
            <span aria-hidden="true" className="level-choice-label">
              {level.label}
            </span>
          </label>
        ))}
        <label className="level-choice-level level-choice-none">
          <input
            type="radio"
            name={id}
            checked={chosen === NONE_CHOSEN}
            onChange={() => onChoose(NONE_CHOSEN)}
          />
          <span className="level-choice-label">Not seen</span>
        </label>
      </div>
      <p className="level-choice-descriptor" id={`${id}-descriptor`} aria-live="polite">
        {chosenLevel ? (
          <>
            <strong>{chosenLevel.label}:</strong> {chosenLevel.descriptor}
          </>
        ) : chosen === NONE_CHOSEN && noneDescription !== undefined ? (
          noneDescription
        ) : (
          'Choose a level to see what it looks like.'
        )}
      </p>
    </fieldset>
  );
}
