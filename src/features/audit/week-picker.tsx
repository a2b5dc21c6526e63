import { useId } from 'react';
import { formatShortDate } from '@/domain/calendar-date';
import {
  programmeWeeks,
  weekLabel,
  weekStartDate,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';

interface WeekPickerProps {
  span: ProgrammeSpan;
  week: number;
  thisWeek: number;
  onChange: (week: number) => void;
}

/** "Week 3 · from 21 Sept (this week)"; the baseline is the time before the first day. */
function optionText(span: ProgrammeSpan, week: number, thisWeek: number): string {
  const when =
    week === 0
      ? `before ${formatShortDate(span.startDate)}`
      : `from ${formatShortDate(weekStartDate(span, week))}`;
  return `${weekLabel(week)} · ${when}${week === thisWeek ? ' (this week)' : ''}`;
}

export function WeekPicker({ span, week, thisWeek, onChange }: WeekPickerProps) {
  const id = useId();
  return (
    <div className="week-picker">
      <label htmlFor={id}>Week</label>
      <div className="week-picker-row">
        <select id={id} value={week} onChange={(event) => onChange(Number(event.target.value))}>
          {programmeWeeks(span).map((candidate) => (
            <option key={candidate} value={candidate}>
              {optionText(span, candidate, thisWeek)}
            </option>
          ))}
        </select>
        {week !== thisWeek && (
          <button type="button" className="button button-quiet" onClick={() => onChange(thisWeek)}>
            Back to this week
          </button>
        )}
      </div>
    </div>
  );
}
