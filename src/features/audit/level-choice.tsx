import { useId, useState } from 'react';
import type { RatingLevel } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';

interface LevelChoiceProps {
  levels: readonly RatingLevel[];
  /** The level rated for this week (checked), or null. */
  checkedLevel: number | null;
  /** A level carried forward from an earlier week: outlined, never checked. */
  carried: { level: number; week: number } | null;
  onChoose: (level: number) => void;
}

/**
 * The scale as one compact row of native radio buttons (number and label), with one descriptor
 * under it: the level pointed at or focused, else the one chosen. The scale
 * is the same for every skill, so showing every descriptor on every card made the audit some
 * 47,000 px tall on a phone; each radio still carries its own descriptor as its description, so a
 * screen reader hears it on every level, and "What do the levels mean?" lists them all on a tap.
 */
export function LevelChoice({ levels, checkedLevel, carried, onChoose }: LevelChoiceProps) {
  const id = useId();
  const [previewLevel, setPreviewLevel] = useState<number | null>(null);
  const [isGuideOpen, setIsGuideOpen] = useState(false);
  const carriedLevel = checkedLevel === null ? (carried?.level ?? null) : null;
  // The carried level is outlined, not described: the badge above names it, and describing it too
  // made every card of a re-rate several lines taller.
  const shownValue = previewLevel ?? checkedLevel;
  const shown = levels.find((level) => level.value === shownValue);
  return (
    <fieldset className="rate-levels">
      <legend className="visually-hidden">Your rating</legend>
      <div className="rate-level-row" onPointerLeave={() => setPreviewLevel(null)}>
        {levels.map((level) => {
          const optionId = `${id}-${level.value}`;
          const isCarried = carriedLevel === level.value;
          return (
            <label
              key={level.value}
              className="rate-level"
              data-carried={isCarried ? 'true' : undefined}
              onPointerEnter={(event) => {
                // A finger's tap chooses at once; only a mouse previews by pointing.
                if (event.pointerType === 'mouse') setPreviewLevel(level.value);
              }}
            >
              <input
                type="radio"
                name={id}
                value={level.value}
                checked={checkedLevel === level.value}
                onChange={() => onChoose(level.value)}
                onFocus={() => setPreviewLevel(level.value)}
                onBlur={() => setPreviewLevel(null)}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={
                  isCarried
                    ? `${optionId}-descriptor ${optionId}-carried`
                    : `${optionId}-descriptor`
                }
              />
              <span className="rate-level-number" aria-hidden="true">
                {level.value}
              </span>
              <span className="rate-level-label" id={`${optionId}-label`}>
                {level.label}
              </span>
              <span className="visually-hidden" id={`${optionId}-descriptor`}>
                {level.descriptor}
              </span>
              {isCarried && (
                <span className="visually-hidden" id={`${optionId}-carried`}>
                  Carried from {weekLabel(carried?.week ?? 0)}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <div className="rate-level-descriptor">
        {/* Sighted users' copy of the description each radio already has: hidden from screen
            readers, which would otherwise hear it twice. With nothing to describe, the line is
            just the way to every descriptor. */}
        {shown && (
          <>
            <span aria-hidden="true">
              <strong>{shown.label}:</strong> {shown.descriptor}
            </span>{' '}
          </>
        )}
        <button
          type="button"
          className="rate-level-guide-toggle"
          aria-expanded={isGuideOpen}
          aria-controls={`${id}-guide`}
          onClick={() => setIsGuideOpen(!isGuideOpen)}
        >
          {isGuideOpen ? 'Hide the levels' : 'What do the levels mean?'}
        </button>
      </div>
      <dl className="rate-level-guide" id={`${id}-guide`} hidden={!isGuideOpen}>
        {isGuideOpen &&
          levels.map((level) => (
            <div key={level.value}>
              <dt>
                {level.value} {level.label}
              </dt>
              <dd>{level.descriptor}</dd>
            </div>
          ))}
      </dl>
    </fieldset>
  );
}
