import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

interface ColleagueProgressChartProps {
  weeks: { label: string; name: string }[];
  series: { id: string; name: string; levels: (number | null)[] }[];
  range: { min: number; max: number };
}

const COLOURS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6'];
const tickStyle = { fill: 'var(--text-muted)', fontSize: 12 };

/** One line per focus skill across the observed weeks. Loaded lazily with Recharts. */
export function ColleagueProgressChart({ weeks, series, range }: ColleagueProgressChartProps) {
  const data = weeks.map((week, index) => ({
    ...week,
    ...Object.fromEntries(series.map((line) => [line.id, line.levels[index] ?? null])),
  }));
  const ticks = Array.from({ length: range.max - range.min + 1 }, (_, index) => range.min + index);
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart
        data={data}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          tick={tickStyle}
          tickLine={false}
          axisLine={{ stroke: 'var(--border)' }}
        />
        <YAxis
          domain={[range.min, range.max]}
          ticks={ticks}
          allowDecimals={false}
          tick={tickStyle}
          width={28}
          axisLine={false}
          tickLine={false}
        />
        <Tooltip
          isAnimationActive={false}
          contentStyle={{
            background: 'var(--surface)',
            border: '1px solid var(--border)',
            color: 'var(--text)',
          }}
        />
        {series.map((line, index) => (
          <Line
            key={line.id}
            type="linear"
            dataKey={line.id}
            name={line.name}
            stroke={`var(${COLOURS[index % COLOURS.length] ?? '--chart-1'})`}
            strokeWidth={2.5}
            dot={{ r: 4 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
