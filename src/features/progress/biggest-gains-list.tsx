import type { RatingScale } from '@/domain/framework';
import type { SkillProgress } from '@/domain/progress';
import { weekLabel } from '@/domain/programme-weeks';
import { levelCount, levelName } from '@/domain/level-text';

interface BiggestGainsListProps {
  gains: readonly SkillProgress[];
  scale: RatingScale;
}

/** The skills that rose most since their baseline, with the evidence note behind the latest rating. */
export function BiggestGainsList({ gains, scale }: BiggestGainsListProps) {
  if (gains.length === 0) {
    return (
      <p className="muted">
        No skill has risen above its baseline yet. When you rate a skill higher in a later week, it
        shows here.
      </p>
    );
  }
  return (
    <ol className="highlight-list">
      {gains.map((entry) => (
        <li key={entry.skill.id}>
          <p className="highlight-statement">{entry.skill.statement}</p>
          <p className="highlight-area">{entry.area.name}</p>
          <p className="highlight-levels">
            {levelName(scale, entry.baseline)} → {levelName(scale, entry.latest)}{' '}
            <span className="highlight-badge" data-tone="rise">
              up {levelCount(entry.gain)}
            </span>
          </p>
          {entry.latestNote.trim() !== '' && (
            <blockquote className="highlight-note">
              <p>{entry.latestNote}</p>
              <footer className="visually-hidden">
                Evidence note, {weekLabel(entry.latestWeek)}
              </footer>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
