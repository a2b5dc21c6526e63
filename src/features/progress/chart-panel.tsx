import { useId, useState, type ReactNode } from 'react';
import { useElementWidth } from '@/features/progress/use-element-width';
import '@/ui/layout.css';

interface ChartPanelProps {
  title: string;
  /** Shown instead of the chart, its toggle and its table when there is nothing to draw yet. */
  empty?: ReactNode;
  /** One sentence a screen reader announces for the chart; the table holds every number. */
  summary: string;
  /** The chart's height for a given width, so the placeholder and the chart take the same room. */
  heightFor: (width: number) => number;
  chart: (size: { width: number; height: number }) => ReactNode;
  /** The same numbers as a table whose caption has the id given, which names its scrolling box. */
  table: (captionId: string) => ReactNode;
  /** On a phone, let the chart use the card's padding too (the radar needs every pixel for labels). */
  isWideOnPhone?: boolean;
}

/**
 * A dashboard section holding one chart and its accessible alternative: a "Show as table" toggle
 * swaps the chart for a real table with the same numbers. The chart is drawn at the measured width
 * of its figure and only once measured; until then a placeholder of the same height holds its room.
 */
export function ChartPanel({
  title,
  empty,
  summary,
  heightFor,
  chart,
  table,
  isWideOnPhone = false,
}: ChartPanelProps) {
  const headingId = useId();
  const contentId = useId();
  const captionId = useId();
  const [isShowingTable, setIsShowingTable] = useState(false);
  const [figureRef, width] = useElementWidth();
  const height = heightFor(width);
  const placeholder = <div className="chart-placeholder" style={{ height }} aria-hidden="true" />;

  return (
    <section className="card progress-section" aria-labelledby={headingId}>
      <div className="split-row progress-section-header">
        <h2 id={headingId}>{title}</h2>
        {!empty && (
          <button
            type="button"
            className="button toggle-button"
            aria-pressed={isShowingTable}
            aria-controls={contentId}
            onClick={() => setIsShowingTable((showing) => !showing)}
          >
            <span className="toggle-button-box" aria-hidden="true" />
            Show as table
          </button>
        )}
      </div>
      {empty ?? (
        <div id={contentId}>
          {isShowingTable ? (
            // Focusable so the table can be scrolled sideways from the keyboard.
            <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
              {table(captionId)}
            </div>
          ) : (
            <figure
              className="chart-figure"
              data-wide-on-phone={isWideOnPhone || undefined}
              ref={figureRef}
            >
              <div role="img" aria-label={summary}>
                {width > 0 ? chart({ width, height }) : placeholder}
              </div>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
