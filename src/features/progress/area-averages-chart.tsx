import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { seriesColour, seriesDash, tooltipContentStyle } from '@/features/progress/chart-colours';
import { formatAverage } from '@/features/progress/progress-text';

export interface AreaAveragesPoint {
  /** "Base", "W1" … on the axis; the tooltip shows `weekName`. */
  label: string;
  weekName: string;
  /** Area id → average, or null before the area's first rating. */
  averages: Record<string, number | null>;
}

interface AreaAveragesChartProps {
  data: AreaAveragesPoint[];
  areas: readonly { id: string; name: string }[];
  levelRange: { min: number; max: number };
  width: number;
  height: number;
  isAnimated: boolean;
}

const tickStyle = { fill: 'var(--text-muted)', fontSize: 12 };

/** One line per area across the weeks. Loaded lazily: Recharts stays out of the first screen. */
export function AreaAveragesChart({
  data,
  areas,
  levelRange,
  width,
  height,
  isAnimated,
}: AreaAveragesChartProps) {
  const levelTicks = Array.from(
    { length: levelRange.max - levelRange.min + 1 },
    (_, index) => levelRange.min + index,
  );
  // A dot per week helps read a few weeks; across many weeks on a narrow chart the dots are clutter.
  const hasDots = width / Math.max(data.length, 1) >= 24;
  return (
    <LineChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="label"
        tick={tickStyle}
        tickLine={false}
        axisLine={{ stroke: 'var(--border)' }}
        interval="preserveStartEnd"
        minTickGap={2}
        padding={{ left: 8, right: 8 }}
      />
      <YAxis
        domain={[levelRange.min, levelRange.max]}
        ticks={levelTicks}
        allowDecimals={false}
        tick={tickStyle}
        tickLine={false}
        axisLine={false}
        width={28}
      />
      <Tooltip
        isAnimationActive={false}
        contentStyle={tooltipContentStyle}
        labelFormatter={(_label, payload) => {
          const point = payload[0]?.payload as AreaAveragesPoint | undefined;
          return point?.weekName ?? '';
        }}
        formatter={(value) => (typeof value === 'number' ? formatAverage(value) : '–')}
      />
      {areas.map((area, index) => (
        <Line
          key={area.id}
          type="linear"
          dataKey={(point: AreaAveragesPoint) => point.averages[area.id] ?? null}
          name={area.name}
          stroke={seriesColour(index)}
          strokeWidth={2.5}
          strokeDasharray={seriesDash(index)}
          dot={hasDots ? { r: 3, fill: seriesColour(index), strokeWidth: 0 } : false}
          activeDot={{ r: 5 }}
          connectNulls
          isAnimationActive={isAnimated}
        />
      ))}
    </LineChart>
  );
}
