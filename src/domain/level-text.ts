import { levelOf, type RatingScale } from '@/domain/framework';

const averageFormat = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * Area averages to one decimal place ("2.5"): finer than that is noise on a 4- or 5-point scale.
 * No average (nothing rated) is a dash.
 */
export function formatAverage(value: number | null): string {
  return value === null ? '–' : averageFormat.format(value);
}

/** "Secure (3)", or just "3" if a level is no longer on the scale. */
export function levelName(scale: RatingScale, value: number): string {
  const level = levelOf(scale, value);
  return level ? `${level.label} (${value})` : String(value);
}

/** "1 level" / "2 levels". */
export function levelCount(count: number): string {
  return `${count} ${count === 1 ? 'level' : 'levels'}`;
}
