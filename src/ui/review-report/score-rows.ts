import { scaleRange, type RatingScale } from '@/domain/framework';
import {
  ALL_RATERS,
  type RaterGroup,
  type ScoreCell,
  type ScoreSource,
} from '@/domain/review-360/review-round';
import type { BarTone } from '@/ui/review-report/score-bars';
import { sourceLabel, spokenAverage } from '@/ui/review-report/report-words';

/** One line of a behaviour's or a statement's figures: self, a shown group, or all raters. */
export interface SourceRow {
  key: 'self' | ScoreSource;
  name: string;
  tone: BarTone;
  value: number | null;
  /** How many raters the figure is built from; null for self. */
  ratedBy: number | null;
  /** Said instead of a missing figure. */
  missing: string;
}

/**
 * Self, then every shown group in order, then all raters. A shown group with no figure here (too
 * few of it rated this) keeps its row with a dash; a withheld group has no row at all.
 */
export function sourceRows(
  self: number | null,
  scores: readonly ScoreCell[],
  shownGroups: readonly RaterGroup[],
  selfName: string,
): SourceRow[] {
  const row = (source: ScoreSource): SourceRow => {
    const cell = scores.find((score) => score.source === source);
    return {
      key: source,
      name: sourceLabel(source),
      tone: source === ALL_RATERS ? 'all-raters' : 'group',
      value: cell?.average ?? null,
      ratedBy: cell?.ratedBy ?? null,
      missing: 'too few rated it to show',
    };
  };
  return [
    { key: 'self', name: selfName, tone: 'self', value: self, ratedBy: null, missing: 'not rated' },
    ...shownGroups.map(row),
    row(ALL_RATERS),
  ];
}

export function scaleText(scale: RatingScale): string {
  const { min, max } = scaleRange(scale);
  const name = (value: number) => scale.levels.find((level) => level.value === value)?.label;
  return `on a scale of ${min.toString()} (${name(min) ?? ''}) to ${max.toString()} (${name(max) ?? ''})`;
}

/** One sentence with every figure of the chart, for its text alternative. */
export function rowsSummary(title: string, rows: readonly SourceRow[], scale: RatingScale): string {
  const figures = rows.map((row) => `${row.name} ${spokenAverage(row.value, row.missing)}`);
  return `${title}, average level ${scaleText(scale)}: ${figures.join('; ')}.`;
}
