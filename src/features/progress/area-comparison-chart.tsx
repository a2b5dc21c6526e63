import type { AreaComparison } from '@/domain/progress';
import {
  levelTicks,
  linearScale,
  polarPoint,
  polygonPoints,
  radarLabelAnchor,
  radarShape,
  round,
} from '@/features/progress/chart-geometry';
import { comparisonSeries } from '@/features/progress/chart-colours';
import { formatAverage } from '@/domain/level-text';
import { ChartSurface } from '@/features/progress/chart-surface';
import {
  charactersPerLine,
  LINE_HEIGHT,
  radarLayout,
  wrapLabel,
} from '@/features/progress/radar-layout';

interface AreaComparisonChartProps {
  data: readonly AreaComparison[];
  levelRange: { min: number; max: number };
  width: number;
  height: number;
}

/** The capital height of the labels, in ems: centres a line of text on a point. */
const CAP_HEIGHT = 0.71;
/** Between the radar's rim and its area labels. */
const LABEL_GAP = 8;

/**
 * Baseline, latest and target averages by area on a radar, drawn as plain SVG from its props:
 * spokes, a ring at each whole level, one shape per series and the area names around it. Long
 * names are wrapped and cut with an ellipsis (radar-layout.ts sizes the radar to leave them
 * room); the full names are in the table alternative. Hidden from assistive technology, like
 * the line chart: the summary and the table carry the numbers.
 */
export function AreaComparisonChart({ data, levelRange, width, height }: AreaComparisonChartProps) {
  const layout = radarLayout(
    width,
    data.map((area) => area.areaName),
  );
  const { maxLines, fontSize, outerRadius } = layout;
  const perLine = charactersPerLine(layout);
  const lineHeight = fontSize * LINE_HEIGHT;
  const count = data.length;
  const centre = { x: width / 2, y: height / 2 };
  const radiusOf = linearScale([levelRange.min, levelRange.max], [0, outerRadius]);
  const levels = levelTicks(levelRange);
  const rings = levels.filter((level) => radiusOf(level) > 0);
  const rim = (radius: number) =>
    polygonPoints(data.map((_, index) => polarPoint(centre, radius, index, count)));

  return (
    <ChartSurface className="area-comparison-chart" width={width} height={height}>
      <g className="chart-grid" fill="none" stroke="var(--border)">
        {rings.map((level) => (
          <polygon key={level} points={rim(radiusOf(level))} />
        ))}
        {data.map((area, index) => {
          const end = polarPoint(centre, outerRadius, index, count);
          return (
            <line
              key={area.areaId}
              x1={round(centre.x)}
              y1={round(centre.y)}
              x2={round(end.x)}
              y2={round(end.y)}
            />
          );
        })}
      </g>
      {/* The level numbers sit between the first two spokes, clear of the top label. */}
      <g fontSize={11} fill="var(--text-muted)">
        {levels.map((level) => {
          const at = polarPoint(centre, radiusOf(level), 0.5, count);
          return (
            <text key={level} x={round(at.x)} y={round(at.y)} dx={4} dy={4}>
              {level}
            </text>
          );
        })}
      </g>
      {comparisonSeries.map((series) => {
        const shape = radarShape(
          data.map((area) => area[series.key]),
          levelRange,
          centre,
          outerRadius,
        );
        if (shape.length === 0) return null;
        return (
          <g key={series.key} className={`chart-series radar-${series.key}`}>
            <polygon
              points={polygonPoints(shape)}
              stroke={series.colour}
              strokeWidth={2.5}
              strokeDasharray={series.dash}
              strokeLinejoin="round"
              fill={series.colour}
              fillOpacity={series.fillOpacity}
            />
            {series.key === 'latest' &&
              data.map((area, index) => {
                const value = area.latest;
                if (value === null) return null;
                const at = polarPoint(centre, radiusOf(value), index, count);
                return (
                  <circle
                    key={area.areaId}
                    cx={round(at.x)}
                    cy={round(at.y)}
                    r={3}
                    fill={series.colour}
                    stroke="transparent"
                    strokeWidth={10}
                  >
                    <title>{`${area.areaName}, latest: ${formatAverage(value)}`}</title>
                  </circle>
                );
              })}
          </g>
        );
      })}
      <g fontSize={fontSize} fill="var(--text)" className="radar-area-labels">
        {data.map((area, index) => {
          const at = polarPoint(centre, outerRadius + LABEL_GAP, index, count);
          const { textAnchor, vertical } = radarLabelAnchor(index, count);
          const lines = wrapLabel(area.areaName, perLine, maxLines);
          // Where the first line's baseline goes, so the block of lines sits above a top
          // label's point, below a bottom one's, and centred beside the others.
          const capHeight = fontSize * CAP_HEIGHT;
          const firstLineOffset =
            vertical === 'below'
              ? capHeight
              : vertical === 'above'
                ? -(lines.length - 1) * lineHeight
                : capHeight / 2 - ((lines.length - 1) * lineHeight) / 2;
          const x = round(at.x);
          return (
            <text
              key={area.areaId}
              x={x}
              y={round(at.y)}
              textAnchor={textAnchor}
              className="radar-area-label"
            >
              {lines.map((line, lineIndex) => (
                <tspan
                  key={lineIndex}
                  x={x}
                  dy={round(lineIndex === 0 ? firstLineOffset : lineHeight)}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </ChartSurface>
  );
}
