import { useId } from 'react';
import type { RatingLevel } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';
import '@/ui/layout.css';

interface LevelChoiceProps {
  levels: readonly RatingLevel[];
  /** The level rated for this week (checked), or null. */
  checkedLevel: number | null;
  /** A level carried forward from an earlier week: outlined, never checked. */
  carried: { level: number; week: number } | null;
  onChoose: (level: number) => void;
}

/**
 * The scale as native radio buttons dressed as large cards, each showing its descriptor, so the
 * delegate reads what a level means while choosing it, and arrow keys move between levels. The
 * radio's name is the level label alone; the descriptor is its description.
 */
export function LevelChoice({ levels, checkedLevel, carried, onChoose }: LevelChoiceProps) {
  const id = useId();
  return (
    <fieldset className="level-choice">
      <legend>Your rating</legend>
      <div className="level-options two-up-grid">
        {levels.map((level) => {
          const optionId = `${id}-${level.value}`;
          const isChecked = checkedLevel === level.value;
          const isCarried = checkedLevel === null && carried?.level === level.value;
          return (
            <label
              key={level.value}
              className="level-option"
              data-carried={isCarried ? 'true' : undefined}
            >
              <input
                type="radio"
                name={id}
                value={level.value}
                checked={isChecked}
                onChange={() => onChoose(level.value)}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={
                  isCarried
                    ? `${optionId}-descriptor ${optionId}-carried`
                    : `${optionId}-descriptor`
                }
              />
              <span className="level-option-text">
                <span className="level-option-title">
                  <span className="level-number" aria-hidden="true">
                    {level.value}
                  </span>
                  <span id={`${optionId}-label`}>{level.label}</span>
                </span>
                <span className="level-descriptor" id={`${optionId}-descriptor`}>
                  {level.descriptor}
                </span>
                {isCarried && (
                  <span className="level-carried" id={`${optionId}-carried`}>
                    Carried from {weekLabel(carried.week)}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
