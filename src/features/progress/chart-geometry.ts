/**
 * The geometry of the dashboard's two charts, as plain numbers and strings: scales, path strings,
 * axis ticks and points on a radar. The chart components only turn these into SVG elements, so
 * they draw from their props alone — nothing is measured in the DOM — and this part is tested on
 * its own.
 */

export interface Point {
  x: number;
  y: number;
}

/** Two decimals are far below a pixel and keep path strings short. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Maps `domain` onto `range` in a straight line. A domain of one value (a scale with a single
 * level) maps to the middle of the range rather than dividing by zero.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const factor = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * factor;
}

/** The whole levels from `min` to `max`, for the y axis, gridlines and radar rings. */
export function levelTicks(levelRange: { min: number; max: number }): number[] {
  const first = Math.ceil(levelRange.min);
  const last = Math.floor(levelRange.max);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

/**
 * The x of each of `count` evenly spaced points between `left` and `right` (one point sits in
 * the middle).
 */
export function pointPositions(count: number, left: number, right: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [(left + right) / 2];
  const step = (right - left) / (count - 1);
  return Array.from({ length: count }, (_, index) => left + index * step);
}

/**
 * An SVG path through the points in order. A missing point (`null`: a week with nothing rated)
 * breaks the line — the next point starts a new piece with a move — rather than dropping it to
 * zero or joining across the gap.
 */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let isDrawing = false;
  for (const point of points) {
    if (point === null) {
      isDrawing = false;
      continue;
    }
    parts.push(`${isDrawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)}`);
    isDrawing = true;
  }
  return parts.join('');
}

/** The points of a line that have no neighbour on either side: only a dot can show them. */
export function isolatedIndexes(points: readonly (Point | null)[]): number[] {
  return points.flatMap((point, index) =>
    point !== null && !points[index - 1] && !points[index + 1] ? [index] : [],
  );
}

/** A rough width for text in the system sans-serif: about 0.6 em a character. */
export const EM_PER_CHARACTER = 0.6;

/** The estimated width of `characters` characters of text at `fontSize`. */
export function estimatedTextWidth(characters: number, fontSize: number): number {
  return characters * fontSize * EM_PER_CHARACTER;
}

/**
 * Which of the x labels to write so that none collide: every `step`-th from the first, plus the
 * last (the latest week matters most), dropping one that would crowd the last. `spacing` is the
 * distance between neighbouring points.
 */
export function thinnedLabelIndexes(
  labels: readonly string[],
  spacing: number,
  fontSize: number,
  gap = 6,
): number[] {
  const count = labels.length;
  if (count === 0) return [];
  const widest = Math.max(...labels.map((label) => estimatedTextWidth(label.length, fontSize)));
  const step = spacing <= 0 ? count : Math.max(1, Math.ceil((widest + gap) / spacing));
  const last = count - 1;
  const shown = [];
  for (let index = 0; index < last; index += step) {
    if (last - index >= step) shown.push(index);
  }
  shown.push(last);
  return shown;
}

/**
 * Where the `index`-th of `count` radar axes meets `radius`: the first axis points straight up
 * and the rest follow clockwise.
 */
export function polarPoint(centre: Point, radius: number, index: number, count: number): Point {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  return { x: centre.x + radius * Math.sin(angle), y: centre.y - radius * Math.cos(angle) };
}

/** The SVG `points` of a closed shape through the given points. */
export function polygonPoints(points: readonly Point[]): string {
  return points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
}

/**
 * One radar shape: each area's value on its own axis, the lowest level at the centre and the
 * highest at `outerRadius`. Areas without a value are left out, so the shape joins its
 * neighbours across them (as a line would across an unrated area).
 */
export function radarShape(
  values: readonly (number | null)[],
  levelRange: { min: number; max: number },
  centre: Point,
  outerRadius: number,
): Point[] {
  const radiusOf = linearScale([levelRange.min, levelRange.max], [0, outerRadius]);
  return values.flatMap((value, index) =>
    value === null ? [] : [polarPoint(centre, radiusOf(value), index, values.length)],
  );
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** Labels within about 45° of straight up or down sit above or below their point. */
const NEAR_VERTICAL = Math.SQRT1_2;

/**
 * How an area label sits against its point outside the radar: to the right of points on the
 * right, to the left on the left, centred at the very top and bottom; and its block of lines
 * above the point near the top, below it near the bottom, centred beside it otherwise.
 */
export function radarLabelAnchor(
  index: number,
  count: number,
): { textAnchor: TextAnchor; vertical: 'above' | 'below' | 'centred' } {
  const angle = (2 * Math.PI * index) / Math.max(count, 1);
  const sine = Math.sin(angle);
  const cosine = Math.cos(angle);
  const epsilon = 1e-6;
  return {
    textAnchor: sine > epsilon ? 'start' : sine < -epsilon ? 'end' : 'middle',
    vertical: cosine > NEAR_VERTICAL ? 'above' : cosine < -NEAR_VERTICAL ? 'below' : 'centred',
  };
}
