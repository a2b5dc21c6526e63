/**
 * Series colours come from the design tokens (--chart-1 … --chart-8) as `var()` strings, which
 * the charts put straight into their SVG; the browser resolves them, so the charts follow dark mode.
 * Past eight series the colours repeat, so the repeats are told apart by a dash pattern.
 */
const PALETTE_SIZE = 8;
const DASHES = [undefined, '6 3', '2 3'] as const;

export function seriesColour(index: number): string {
  return `var(--chart-${(index % PALETTE_SIZE) + 1})`;
}

export function seriesDash(index: number): string | undefined {
  return DASHES[Math.floor(index / PALETTE_SIZE) % DASHES.length];
}

/** The three shapes on the radar, with their token colours; the chart and its legend share them. */
export const comparisonSeries = [
  { key: 'target', name: 'Target', colour: 'var(--chart-2)', dash: '5 4', fillOpacity: 0 },
  {
    key: 'baseline',
    name: 'Baseline',
    colour: 'var(--chart-3)',
    dash: undefined,
    fillOpacity: 0.08,
  },
  { key: 'latest', name: 'Latest', colour: 'var(--chart-1)', dash: undefined, fillOpacity: 0.22 },
] as const;
