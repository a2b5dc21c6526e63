/** Where a chart sits on its slide: across the whole slide, or in the left column beside bullets. */
export type ChartPlace = 'full' | 'split';

/**
 * The printed chart's drawing size in CSS px. A4 less the handout's 14 mm margins leaves 182 mm
 * (688 px); the slide card's padding (5% of its width each side) leaves 617 px, and the split
 * layout's left column (1.1 : 1, gap 1.2 em) 314 px. The heights keep a chart slide 16:9 with
 * its legend and caption under the drawing.
 */
export const PRINT_CHART_SIZE = {
  full: { width: 600, height: 200 },
  split: { width: 300, height: 190 },
} as const satisfies Record<ChartPlace, { width: number; height: number }>;
