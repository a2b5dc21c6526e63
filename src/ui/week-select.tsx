import { useId } from 'react';
import {
  breakOptionText,
  programmePauses,
  programmeWeeks,
  weekOptionText,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';
import '@/ui/week-select.css';

interface WeekSelectProps {
  /** What the week is for: "Week" on the audit, "Show progress up to" on the dashboard. */
  label: string;
  span: ProgrammeSpan;
  week: number;
  thisWeek: number;
  onChange: (week: number) => void;
  /** Off where "this week" is not the natural place to return to (comparing two weeks). */
  offerThisWeek?: boolean;
}

/** Chooses a programme week, from the baseline to the last, with a way back to this week. */
export function WeekSelect({
  label,
  span,
  week,
  thisWeek,
  onChange,
  offerThisWeek = true,
}: WeekSelectProps) {
  const id = useId();
  return (
    <div className="week-select">
      <label htmlFor={id}>{label}</label>
      <div className="week-select-row">
        <select id={id} value={week} onChange={(event) => onChange(Number(event.target.value))}>
          {programmeWeeks(span).flatMap((candidate) => [
            <option key={candidate} value={candidate}>
              {weekOptionText(span, candidate, thisWeek)}
            </option>,
            // A break is listed where it falls but cannot be chosen: it is not a week, and seeing
            // it explains the jump in the dates.
            ...programmePauses(span)
              .filter((pause) => pause.weekBefore === candidate)
              .map((pause) => (
                <option key={`break-${pause.firstDay}`} value="" disabled>
                  {breakOptionText(pause)}
                </option>
              )),
          ])}
        </select>
        {offerThisWeek && week !== thisWeek && (
          <button type="button" className="button button-quiet" onClick={() => onChange(thisWeek)}>
            Back to this week
          </button>
        )}
      </div>
    </div>
  );
}
