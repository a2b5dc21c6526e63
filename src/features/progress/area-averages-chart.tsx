import {
  isolatedIndexes,
  levelTicks,
  linearScale,
  linePath,
  pointPositions,
  round,
  thinnedLabelIndexes,
  type Point,
} from '@/features/progress/chart-geometry';
import { seriesColour, seriesDash } from '@/features/progress/chart-colours';
import { formatAverage } from '@/domain/level-text';
import { ChartSurface } from '@/features/progress/chart-surface';

export interface AreaAveragesPoint {
  /** "Base", "W1" … on the axis; a dot's hover title shows `weekName`. */
  label: string;
  weekName: string;
  /** Area id → average, or null when the area has no rating to show that week. */
  averages: Record<string, number | null>;
}

interface AreaAveragesChartProps {
  data: readonly AreaAveragesPoint[];
  areas: readonly { id: string; name: string }[];
  levelRange: { min: number; max: number };
  width: number;
  height: number;
}

const FONT_SIZE = 12;
/** Room for the level numbers on the left and the week labels underneath. */
const MARGIN = { top: 8, right: 12, bottom: 30, left: 28 };
/** The first and last weeks sit this far in from the plot's edges, clear of the axis. */
const INSET = 8;
/** Below this many pixels between weeks, dots on every week are clutter. */
const MIN_DOT_SPACING = 24;

/**
 * One line per area across the weeks, drawn as plain SVG from its props (the dashboard is opened
 * often and must be quick on a phone; a chart library costs far more than these few paths). The
 * SVG is hidden from assistive technology: the panel's summary and table carry the numbers.
 */
export function AreaAveragesChart({
  data,
  areas,
  levelRange,
  width,
  height,
}: AreaAveragesChartProps) {
  const plotLeft = MARGIN.left;
  const plotRight = Math.max(plotLeft, width - MARGIN.right);
  const plotTop = MARGIN.top;
  const plotBottom = Math.max(plotTop, height - MARGIN.bottom);
  const xs = pointPositions(data.length, plotLeft + INSET, plotRight - INSET);
  const y = linearScale([levelRange.min, levelRange.max], [plotBottom, plotTop]);
  const spacing = data.length > 1 ? (xs[1] ?? 0) - (xs[0] ?? 0) : plotRight - plotLeft;
  const hasDots = spacing >= MIN_DOT_SPACING;
  const labelIndexes = thinnedLabelIndexes(
    data.map((point) => point.label),
    spacing,
    FONT_SIZE,
  );

  return (
    <ChartSurface className="area-averages-chart" width={width} height={height}>
      <g className="chart-grid">
        {levelTicks(levelRange).map((level) => (
          <g key={level}>
            <line
              x1={plotLeft}
              x2={plotRight}
              y1={round(y(level))}
              y2={round(y(level))}
              stroke="var(--border)"
              strokeDasharray="3 3"
            />
            <text
              x={plotLeft - 6}
              y={round(y(level))}
              dy="0.35em"
              textAnchor="end"
              fontSize={FONT_SIZE}
              fill="var(--text-muted)"
            >
              {level}
            </text>
          </g>
        ))}
        <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} stroke="var(--border)" />
        {labelIndexes.map((index) => (
          <text
            key={index}
            x={round(xs[index] ?? 0)}
            y={plotBottom + 8}
            dy="0.71em"
            textAnchor="middle"
            fontSize={FONT_SIZE}
            fill="var(--text-muted)"
          >
            {data[index]?.label}
          </text>
        ))}
      </g>
      {areas.map((area, areaIndex) => {
        const points = data.map((point, index): Point | null => {
          const average = point.averages[area.id];
          return average === null || average === undefined
            ? null
            : { x: xs[index] ?? 0, y: y(average) };
        });
        const dotted = hasDots
          ? points.flatMap((point, index) => (point ? [index] : []))
          : isolatedIndexes(points);
        const colour = seriesColour(areaIndex);
        return (
          <g key={area.id} className="chart-series">
            <path
              d={linePath(points)}
              fill="none"
              stroke={colour}
              strokeWidth={2.5}
              strokeDasharray={seriesDash(areaIndex)}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            {dotted.map((index) => {
              const point = points[index];
              const average = data[index]?.averages[area.id];
              if (!point || average === null || average === undefined) return null;
              return (
                // A wide transparent stroke makes the dot easy to hover for its title.
                <circle
                  key={index}
                  cx={round(point.x)}
                  cy={round(point.y)}
                  r={3}
                  fill={colour}
                  stroke="transparent"
                  strokeWidth={10}
                >
                  <title>{`${area.name}, ${data[index]?.weekName ?? ''}: ${formatAverage(average)}`}</title>
                </circle>
              );
            })}
          </g>
        );
      })}
    </ChartSurface>
  );
}
