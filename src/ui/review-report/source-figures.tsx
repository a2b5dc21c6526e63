import type { ReactNode } from 'react';
import type { RatingScale } from '@/domain/framework';
import { formatAverage } from '@/domain/level-text';
import { ScoreBars } from '@/ui/review-report/score-bars';
import { rowsSummary, type SourceRow } from '@/ui/review-report/score-rows';

export function MissingValue({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}

/**
 * A report's table in a region of its own that scrolls sideways when it cannot fit (a phone with
 * large text), so the page itself never does; focusable, so a keyboard can scroll it.
 */
export function ScoreTableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap score-table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The chart's figures as a table: who, the average, how many raters it is built from. */
export function SourceTable({ caption, rows }: { caption: string; rows: readonly SourceRow[] }) {
  return (
    <ScoreTableRegion label={caption}>
      <table className="score-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col" className="number-cell">
              Average
            </th>
            <th scope="col" className="number-cell">
              Raters
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-tone={row.tone}>
              <th scope="row">{row.name}</th>
              <td className="number-cell">
                {row.value === null ? (
                  <MissingValue text={row.missing} />
                ) : (
                  formatAverage(row.value)
                )}
              </td>
              <td className="number-cell">
                {row.ratedBy === null ? (
                  <MissingValue text={row.key === 'self' ? 'not a rater' : 'none shown'} />
                ) : (
                  row.ratedBy
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScoreTableRegion>
  );
}

/**
 * A chart and its table for one set of rows; when no rater's figure may be shown (too few rated
 * it), one plain line instead of a chart of dashes.
 */
export function SourceFigures({
  title,
  rows,
  scale,
}: {
  title: string;
  rows: readonly SourceRow[];
  scale: RatingScale;
}) {
  if (rows.every((row) => row.key === 'self' || row.value === null)) {
    const self = rows.find((row) => row.key === 'self');
    return (
      <p className="muted score-too-few">
        Too few ratings to show without revealing who answered.
        {self?.value != null && ` ${self.name}: ${formatAverage(self.value)}.`}
      </p>
    );
  }
  return (
    <div className="score-figures">
      <ScoreBars
        summary={rowsSummary(title, rows, scale)}
        scale={scale}
        rows={rows.map((row) => ({
          key: row.key,
          name: row.name,
          bars: [{ tone: row.tone, value: row.value }],
        }))}
      />
      <SourceTable caption={`${title}: average level and raters`} rows={rows} />
    </div>
  );
}
