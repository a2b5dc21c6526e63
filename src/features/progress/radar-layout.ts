/**
 * The radar's geometry for a given width: kept apart from the chart so the screen can size the
 * chart's room (and its placeholder) from the width alone.
 *
 * Narrow charts get narrower labels in smaller type, wrapped onto up to three lines and cut with an
 * ellipsis, so the radar itself keeps a useful size on a phone. Labels are wrapped here, by an
 * estimate of the text's width, rather than by measuring in the DOM: measuring costs a layout, and a
 * measurement can disagree with what the SVG draws (one did with some browser languages) and
 * then cut every word. The height is just enough for the radar and a label above and below it,
 * so a phone does not scroll past empty space.
 */
import { EM_PER_CHARACTER, estimatedTextWidth } from '@/features/progress/chart-geometry';

const PHONE_WIDTH = 480;
const LABEL_GAP = 8;
/** Line spacing of the labels, in ems. */
export const LINE_HEIGHT = 1.2;
const MIN_RADIUS = 40;
const MAX_RADIUS = 170;

export interface RadarLayout {
  labelWidth: number;
  maxLines: number;
  fontSize: number;
  outerRadius: number;
  height: number;
}

/** How many characters fit on one label line of this layout. */
export function charactersPerLine(layout: Pick<RadarLayout, 'labelWidth' | 'fontSize'>): number {
  return Math.max(1, Math.floor(layout.labelWidth / (layout.fontSize * EM_PER_CHARACTER)));
}

/**
 * Splits a label into lines of at most `perLine` characters, breaking between words. A word longer
 * than a line keeps a line of its own (the layout makes lines as wide as the longest word). When
 * the words need more than `maxLines` lines, the last line ends with an ellipsis.
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const lastLine = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] =
    lastLine.length + 1 <= perLine ? `${lastLine}…` : `${lastLine.slice(0, perLine - 1)}…`;
  return kept;
}

export function radarLayout(width: number, areaNames: readonly string[]): RadarLayout {
  const areaCount = areaNames.length;
  const isNarrow = width < PHONE_WIDTH;
  const maxLines = 3;
  const fontSize = isNarrow ? 11 : 13;
  // On a phone the labels are as narrow as the longest word allows, so no single word is cut.
  const longestWord = Math.max(
    0,
    ...areaNames.flatMap((name) => name.split(/\s+/).map((word) => word.length)),
  );
  const labelWidth = isNarrow
    ? Math.min(100, Math.max(72, Math.ceil(estimatedTextWidth(longestWord, fontSize)) + 4))
    : 160;
  // Axes start at the top and go clockwise; the label placed furthest to the side sets the limit.
  const widestSine = Math.max(
    0.5,
    ...Array.from({ length: areaCount }, (_, index) =>
      Math.abs(Math.sin((2 * Math.PI * index) / areaCount)),
    ),
  );
  const besideRoom = (width / 2 - labelWidth - LABEL_GAP) / widestSine;
  const outerRadius = Math.floor(Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, besideRoom)));
  const labelRoom = maxLines * fontSize * LINE_HEIGHT + LABEL_GAP;
  return {
    labelWidth,
    maxLines,
    fontSize,
    outerRadius,
    height: Math.ceil(2 * (outerRadius + labelRoom)),
  };
}
