import { Fragment, type CSSProperties } from 'react';
import { scaleRange, type RatingScale } from '@/domain/framework';
import { formatAverage } from '@/domain/level-text';
import '@/ui/review-report/review-report.css';

/** What a bar stands for, which sets its look: self, a group, all raters, or a round. */
export type BarTone = 'self' | 'group' | 'all-raters' | 'start' | 'end';

export interface ScoreBar {
  tone: BarTone;
  /** Null when there is no figure to show: the row keeps its place with a dash. */
  value: number | null;
}

export interface ScoreBarRow {
  key: string;
  name: string;
  /** One bar, or one per round (start above end) when comparing. */
  bars: ScoreBar[];
}

interface ScoreBarsProps {
  /** Everything the chart shows, in one or two sentences: the chart's text for screen readers. */
  summary: string;
  rows: readonly ScoreBarRow[];
  scale: RatingScale;
}

/**
 * Horizontal bars on the scale's range, drawn in HTML and CSS rather than a chart library so the
 * report's chunk stays small and long names wrap on a phone. The axis names the levels where there
 * is room (a container query); the tables beside each chart carry the same numbers.
 */
export function ScoreBars({ summary, rows, scale }: ScoreBarsProps) {
  const { min, max } = scaleRange(scale);
  const at = (value: number) =>
    `${(Math.min(Math.max((value - min) / (max - min), 0), 1) * 100).toString()}%`;
  const steps = { '--score-steps': (max - min).toString() } as CSSProperties;
  return (
    <div className="score-bars" role="img" aria-label={summary} style={steps}>
      {rows.map((row) => (
        <div key={row.key} className="score-bars-row" data-source={row.key}>
          <span className="score-bars-name">{row.name}</span>
          <span className="score-bars-set">
            {row.bars.map((bar) => (
              <span key={bar.tone} className="score-bars-line">
                <span className="score-bars-track">
                  {bar.value !== null && (
                    <span
                      className="score-bar"
                      data-tone={bar.tone}
                      style={{ width: at(bar.value) }}
                    />
                  )}
                </span>
                <span className="score-bars-value">
                  {bar.value === null ? '–' : formatAverage(bar.value)}
                </span>
              </span>
            ))}
          </span>
        </div>
      ))}
      <div className="score-bars-row score-bars-axis">
        <span className="score-bars-name" />
        <span className="score-bars-set">
          <span className="score-bars-line">
            <span className="score-bars-ticks">
              {scale.levels.map((level) => (
                <span
                  key={level.value}
                  className="score-bars-tick"
                  data-edge={
                    level.value === min ? 'start' : level.value === max ? 'end' : undefined
                  }
                  style={{ left: at(level.value) }}
                >
                  <span className="score-bars-tick-value">{level.value}</span>
                  <span className="score-bars-tick-name">{level.label}</span>
                </span>
              ))}
            </span>
            <span className="score-bars-value" />
          </span>
        </span>
      </div>
    </div>
  );
}

/** The key to the scale, once per report: the chart axes show only numbers on a phone. */
export function ScaleKey({ scale }: { scale: RatingScale }) {
  return (
    <p className="score-scale-key">
      <span className="score-scale-key-title">The scale:</span>{' '}
      {scale.levels.map((level, index) => (
        <Fragment key={level.value}>
          {index > 0 && ' · '}
          <span className="score-scale-key-level">
            <strong>{level.value}</strong> {level.label}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
