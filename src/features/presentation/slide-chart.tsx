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
import { PRINT_CHART_SIZE, type ChartPlace } from '@/features/presentation/print-chart-size';

/**
 * A slide's chart drawn with Recharts, twice: for the screen (`SlideChart`, as wide as its card) and
 * for the printed handout (`PrintSlideChart`, a fixed A4 size). Loaded lazily: Recharts stays out of
 * the first screen. Series colours are the design tokens, so the chart follows dark mode (and prints
 * in the light ones).
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
      // Recharts measures the words in a span with this style (so in CSS units): without it they
      // are measured at the page's font size, too wide, and a label that fits is cut ("Classro…").
      style={{ fontSize: `${tickStyle.fontSize}px` }}
    >
      {String(payload.value)}
    </Text>
  );
}

interface DrawingOptions {
  /** Recharts' own legend: it measures itself once drawn, so only the screen drawing has it. */
  legend: boolean;
  /** A fixed size; without one the chart fills the ResponsiveContainer around it. */
  size?: { width: number; height: number };
}

function chartDrawing(chart: ChartSpec, { legend, size }: DrawingOptions) {
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
      {legend && <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />}
    </>
  );
  // The drawing is hidden from assistive technology (the slide shows the same numbers as a table),
  // so Recharts' keyboard layer, which makes the chart focusable, is off.
  return chart.type === 'bar' ? (
    <BarChart
      {...size}
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
      {...size}
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
  );
}

/** The screen's chart: as wide and tall as the card's drawing area, redrawn when that changes. */
export function SlideChart({ chart }: { chart: ChartSpec }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {chartDrawing(chart, { legend: true })}
    </ResponsiveContainer>
  );
}

/**
 * The handout's chart: a copy drawn at a fixed size that fits the slide on A4, whatever the width
 * of the window it is printed from, hidden on screen and shown in print by CSS. Why a copy that is
 * always there rather than redrawing the screen chart for the paper: the browser lays the page out
 * for paper without running the page's code, so Recharts' ResizeObserver never sees the paper's
 * width (the screen chart kept the window's width and ran off the printed card; scaling it with
 * print CSS made it vanish). Even a redraw on `beforeprint` would measure the window, not the
 * paper, so it would need a fixed size anyway — and a fixed size needs no event: this copy is
 * already right when printing starts, from a print button, Ctrl+P or a PDF printer that sends no
 * event at all. Its legend is plain HTML in the flow under the drawing, not Recharts' legend,
 * which measures itself and is placed absolutely (unmeasured, it sat over the caption).
 */
export function PrintSlideChart({ chart, place }: { chart: ChartSpec; place: ChartPlace }) {
  return (
    <>
      {chartDrawing(chart, { legend: false, size: PRINT_CHART_SIZE[place] })}
      <ul className="slide-chart-legend">
        {chart.series.map((series, index) => (
          <li key={series.name}>
            {/* An SVG key rather than a CSS background, which browsers leave out of print. */}
            <svg className="slide-chart-key" width="14" height="10" viewBox="0 0 14 10">
              {chart.type === 'bar' ? (
                <rect width="14" height="10" fill={colour(index)} />
              ) : (
                <line x1="0" y1="5" x2="14" y2="5" stroke={colour(index)} strokeWidth="3" />
              )}
            </svg>
            {series.name}
          </li>
        ))}
      </ul>
    </>
  );
}
