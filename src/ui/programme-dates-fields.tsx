import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { Field } from '@/ui/field';

interface ProgrammeDatesFieldsProps {
  /** As typed: a date input's `YYYY-MM-DD`, and the length as text so a half-typed number stays. */
  startDate: string;
  lengthWeeks: string;
  startDateHint: string;
  lengthWeeksHint: string;
  errors: { startDate?: string | undefined; lengthWeeks?: string | undefined };
  onChange: (change: { startDate: string } | { lengthWeeks: string }) => void;
  className: string;
}

/** A programme's start date and length in weeks, side by side: set-up and the programme screen. */
export function ProgrammeDatesFields({
  startDate,
  lengthWeeks,
  startDateHint,
  lengthWeeksHint,
  errors,
  onChange,
  className,
}: ProgrammeDatesFieldsProps) {
  return (
    <div className={className}>
      <Field label="Start date" hint={startDateHint} error={errors.startDate}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={startDate}
            onChange={(event) => onChange({ startDate: event.target.value })}
          />
        )}
      </Field>
      <Field label="Length in weeks" hint={lengthWeeksHint} error={errors.lengthWeeks}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_PROGRAMME_WEEKS}
            step={1}
            value={lengthWeeks}
            onChange={(event) => onChange({ lengthWeeks: event.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
