import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Text,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import type { ChartSpec } from '@/domain/presentation';

/**
 * A slide's chart drawn with Recharts. Loaded lazily: Recharts stays out of the first screen. Series
 * colours are the design tokens, so the chart follows dark mode (and prints in the light ones).
 */
const PALETTE_SIZE = 8;

function colour(index: number): string {
  return `var(--chart-${(index % PALETTE_SIZE) + 1})`;
}

const tickStyle = { fill: 'var(--text-muted)', fontSize: 11 };

/**
 * Every area under its bars, wrapped to its bar group's width (at most four lines), as in the
 * deck: Recharts would otherwise drop the labels that do not fit on one line.
 */
function WrappedCategoryTick({ x, y, width, payload, visibleTicksCount }: XAxisTickContentProps) {
  const bandWidth = Number(width) / Math.max(1, visibleTicksCount);
  return (
    <Text
      x={x}
      y={y}
      width={Math.max(40, bandWidth - 6)}
      maxLines={4}
      textAnchor="middle"
      verticalAnchor="start"
      {...tickStyle}
    >
      {String(payload.value)}
    </Text>
  );
}

export function SlideChart({ chart }: { chart: ChartSpec }) {
  const data = chart.categories.map((category, index) => ({
    category,
    ...Object.fromEntries(chart.series.map((series, s) => [`s${s}`, series.values[index] ?? null])),
  }));
  const ticks = Array.from(
    { length: chart.axis.max - chart.axis.min + 1 },
    (_, index) => chart.axis.min + index,
  );
  const axes = (
    <>
      <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
      {chart.type === 'bar' ? (
        <XAxis
          dataKey="category"
          tick={WrappedCategoryTick}
          tickLine={false}
          interval={0}
          height={56}
          axisLine={{ stroke: 'var(--border)' }}
        />
      ) : (
        <XAxis
          dataKey="category"
          tick={tickStyle}
          tickLine={false}
          interval="preserveStartEnd"
          axisLine={{ stroke: 'var(--border)' }}
        />
      )}
      <YAxis
        domain={[chart.axis.min, chart.axis.max]}
        ticks={ticks}
        allowDecimals={false}
        tick={tickStyle}
        tickLine={false}
        axisLine={false}
        width={24}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
    </>
  );
  // The drawing is hidden from assistive technology (the slide shows the same numbers as a table),
  // so Recharts' keyboard layer, which makes the chart focusable, is off.
  return (
    <ResponsiveContainer width="100%" height="100%">
      {chart.type === 'bar' ? (
        <BarChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          {axes}
          {chart.series.map((series, index) => (
            <Bar
              key={series.name}
              dataKey={`s${index}`}
              name={series.name}
              fill={colour(index)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      ) : (
        <LineChart
          data={data}
          margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          {axes}
          {chart.series.map((series, index) => (
            <Line
              key={series.name}
              type="linear"
              dataKey={`s${index}`}
              name={series.name}
              stroke={colour(index)}
              strokeWidth={2.5}
              dot={{ r: 3, fill: colour(index), strokeWidth: 0 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </ResponsiveContainer>
  );
}
