import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  type TextProps,
} from 'recharts';
import type { AreaComparison } from '@/domain/progress';
import { comparisonSeries, tooltipContentStyle } from '@/features/progress/chart-colours';
import { formatAverage } from '@/features/progress/progress-text';
import {
  charactersPerLine,
  LINE_HEIGHT,
  radarLayout,
  wrapLabel,
} from '@/features/progress/radar-layout';

interface AreaComparisonChartProps {
  data: AreaComparison[];
  levelRange: { min: number; max: number };
  width: number;
  height: number;
  isAnimated: boolean;
}

interface LevelTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Level numbers upright (Recharts would turn them along the axis), small and quiet. */
function renderLevelTick({ x, y, payload }: LevelTickProps) {
  return (
    <text x={x} y={y} dx={4} dy={4} fontSize={11} fill="var(--text-muted)" textAnchor="start">
      {typeof payload?.value === 'number' ? payload.value : ''}
    </text>
  );
}

/** The capital height of the labels, in ems (as Recharts' own Text uses). */
const CAP_HEIGHT = 0.71;

interface AngleTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: TextProps['textAnchor'];
  verticalAnchor?: TextProps['verticalAnchor'];
  payload?: { value?: unknown };
}

/**
 * Baseline, latest and target averages by area. Long area names are wrapped and cut with an
 * ellipsis; the full names are in the table alternative. Loaded lazily with Recharts.
 */
export function AreaComparisonChart({
  data,
  levelRange,
  width,
  height,
  isAnimated,
}: AreaComparisonChartProps) {
  const layout = radarLayout(
    width,
    data.map((area) => area.areaName),
  );
  const { maxLines, fontSize, outerRadius } = layout;
  const perLine = charactersPerLine(layout);
  const lineHeight = fontSize * LINE_HEIGHT;
  // The level ticks sit between the first two axes, clear of the top label.
  const radiusAxisAngle = 90 - 180 / Math.max(data.length, 1);

  function renderAngleTick({ x, y, textAnchor, verticalAnchor, payload }: AngleTickProps) {
    const lines = wrapLabel(
      typeof payload?.value === 'string' ? payload.value : '',
      perLine,
      maxLines,
    );
    // Where the first line's baseline goes, so the block of lines sits on the side of the point
    // that Recharts asks for (below the top label's point, above the bottom one's).
    const capHeight = fontSize * CAP_HEIGHT;
    const firstLineOffset =
      verticalAnchor === 'start'
        ? capHeight
        : verticalAnchor === 'end'
          ? -(lines.length - 1) * lineHeight
          : capHeight / 2 - ((lines.length - 1) * lineHeight) / 2;
    return (
      <text
        x={x}
        y={y}
        textAnchor={textAnchor}
        fontSize={fontSize}
        fill="var(--text)"
        className="radar-area-label"
      >
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? firstLineOffset : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }

  return (
    <RadarChart
      width={width}
      height={height}
      data={data}
      outerRadius={outerRadius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis dataKey="areaName" tick={renderAngleTick} tickLine={false} />
      <PolarRadiusAxis
        domain={[levelRange.min, levelRange.max]}
        tickCount={levelRange.max - levelRange.min + 1}
        angle={radiusAxisAngle}
        axisLine={false}
        tick={renderLevelTick}
      />
      <Tooltip
        isAnimationActive={false}
        contentStyle={tooltipContentStyle}
        formatter={(value) => (typeof value === 'number' ? formatAverage(value) : '–')}
      />
      {comparisonSeries.map((series) => (
        <Radar
          key={series.key}
          dataKey={series.key}
          name={series.name}
          stroke={series.colour}
          strokeWidth={2.5}
          strokeDasharray={series.dash}
          fill={series.colour}
          fillOpacity={series.fillOpacity}
          dot={series.key === 'latest' ? { r: 3, fill: series.colour, strokeWidth: 0 } : false}
          connectNulls
          isAnimationActive={isAnimated}
        />
      ))}
    </RadarChart>
  );
}
