/**
 * The radar's geometry for a given width: kept apart from the chart so the screen can size the
 * placeholder (and the chart) before Recharts has loaded.
 *
 * Narrow charts get narrower labels in smaller type, wrapped onto up to three lines and cut with an
 * ellipsis, so the radar itself keeps a useful size on a phone. The height is just enough for the
 * radar and a label above and below it, so a phone does not scroll past empty space.
 */
const PHONE_WIDTH = 480;
const LABEL_GAP = 8;
const LINE_HEIGHT = 1.2;
const MIN_RADIUS = 40;
const MAX_RADIUS = 170;

export interface RadarLayout {
  labelWidth: number;
  maxLines: number;
  fontSize: number;
  outerRadius: number;
  height: number;
}

/** A rough width for text in the system sans-serif: about 0.6 em a character. */
function estimatedTextWidth(characters: number, fontSize: number): number {
  return Math.ceil(characters * fontSize * 0.6);
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
    ? Math.min(100, Math.max(72, estimatedTextWidth(longestWord, fontSize) + 4))
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
