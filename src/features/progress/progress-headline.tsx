import type { ProgressHeadline as Headline } from '@/domain/progress-summary';
import { formatAverage } from '@/domain/level-text';

interface ProgressHeadlineProps {
  headline: Headline;
  skillCount: number;
}

/** Three numbers to read first: how much is rated, where the average stands, how many skills rose. */
export function ProgressHeadline({ headline, skillCount }: ProgressHeadlineProps) {
  const { skillsRated, averageBaseline, averageLatest, skillsRose, skillsFell } = headline;
  return (
    <dl className="headline-numbers">
      <div className="card headline-number">
        <dt>Skills rated</dt>
        <dd>
          <span className="headline-value">{skillsRated}</span>{' '}
          <span className="headline-detail">of {skillCount}</span>
        </dd>
      </div>
      <div className="card headline-number">
        <dt>Average level now</dt>
        <dd>
          <span className="headline-value">
            {averageLatest === null ? '–' : formatAverage(averageLatest)}
          </span>{' '}
          <span className="headline-detail">
            {averageBaseline === null
              ? 'no baseline yet'
              : `baseline ${formatAverage(averageBaseline)}`}
          </span>
        </dd>
      </div>
      <div className="card headline-number">
        <dt>Skills that rose</dt>
        <dd>
          <span className="headline-value">{skillsRose}</span>{' '}
          <span className="headline-detail">
            since baseline{skillsFell > 0 ? ` · ${skillsFell} fell` : ''}
          </span>
        </dd>
      </div>
    </dl>
  );
}
