import { Badge } from '@/ui/badge';
import type { RatingScale } from '@/domain/framework';
import type { SkillProgress } from '@/domain/progress';
import { paths } from '@/ui/paths';
import { Link } from '@/ui/router';
import { levelCount, levelName } from '@/domain/level-text';
import { HighlightList } from '@/features/progress/highlight-list';

interface TargetGapsListProps {
  gaps: readonly SkillProgress[];
  hasTargets: boolean;
  scale: RatingScale;
}

/** The skills furthest below the target set for them: where the next weeks could go. */
export function TargetGapsList({ gaps, hasTargets, scale }: TargetGapsListProps) {
  if (!hasTargets) {
    return (
      <p className="muted">
        No targets set yet. Choose a target level for a skill on the{' '}
        <Link to={paths.audit}>Audit screen</Link> to see how far each one has to go.
      </p>
    );
  }
  if (gaps.length === 0) {
    return <p className="muted">Every rated skill with a target has reached it. Well done.</p>;
  }
  return (
    <HighlightList
      entries={gaps}
      details={(entry) => (
        <>
          <p className="highlight-levels">
            Now {levelName(scale, entry.latest)} · target{' '}
            {entry.target === null ? '–' : levelName(scale, entry.target)}{' '}
            <Badge tone="attention">{levelCount(entry.gapToTarget ?? 0)} to go</Badge>
          </p>
        </>
      )}
    />
  );
}
