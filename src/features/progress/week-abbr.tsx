import { shortWeekLabel, weekLabel } from '@/domain/programme-weeks';

/** "W3" on screen, "Week 3" to a screen reader and in the tooltip: narrow columns, clear names. */
export function WeekAbbr({ week }: { week: number }) {
  return (
    <abbr className="week-abbr" title={weekLabel(week)}>
      <span aria-hidden="true">{shortWeekLabel(week)}</span>
      <span className="visually-hidden">{weekLabel(week)}</span>
    </abbr>
  );
}
