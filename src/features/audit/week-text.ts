import { levelOf, type RatingScale } from '@/domain/framework';
import { weekLabel } from '@/domain/programme-weeks';

/** "in Week 3" / "at Baseline": week 0 is always called Baseline. */
export function inWeek(week: number): string {
  return week === 0 ? `at ${weekLabel(week)}` : `in ${weekLabel(week)}`;
}

/** "Secure (3)", or just "3" if a level is no longer on the scale. */
export function levelName(scale: RatingScale, value: number): string {
  const level = levelOf(scale, value);
  return level ? `${level.label} (${value})` : String(value);
}
