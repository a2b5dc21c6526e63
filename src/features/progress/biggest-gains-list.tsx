import { Badge } from '@/ui/badge';
import type { RatingScale } from '@/domain/framework';
import type { SkillProgress } from '@/domain/progress';
import { weekLabel } from '@/domain/programme-weeks';
import { levelCount, levelName } from '@/domain/level-text';
import { HighlightList } from '@/features/progress/highlight-list';

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
    <HighlightList
      entries={gains}
      details={(entry) => (
        <>
          <p className="highlight-levels">
            {levelName(scale, entry.baseline)} → {levelName(scale, entry.latest)}{' '}
            <Badge tone="rise">up {levelCount(entry.gain)}</Badge>
          </p>
          {entry.latestNote.trim() !== '' && (
            <blockquote className="highlight-note">
              <p>{entry.latestNote}</p>
              <footer className="visually-hidden">
                Evidence note, {weekLabel(entry.latestWeek)}
              </footer>
            </blockquote>
          )}
        </>
      )}
    />
  );
}
