import { formatCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import { currentWeek, programmeEndDate, programmePhase } from '@/domain/programme-weeks';

/** Where today falls in the programme being set up, updated as the dates are typed. */
export function ProgrammeWeekPreview({
  startDate,
  lengthWeeks,
}: {
  startDate: CalendarDate | undefined;
  lengthWeeks: number | undefined;
}) {
  if (startDate === undefined || lengthWeeks === undefined) {
    return (
      <p className="setup-week-preview" aria-live="polite">
        Enter a start date and a length to see which week you are in.
      </p>
    );
  }
  const span = { startDate, lengthWeeks };
  const phase = programmePhase(span);
  const endDate = formatCalendarDate(programmeEndDate(span));
  return (
    <p className="setup-week-preview" data-phase={phase} aria-live="polite">
      {phase === 'running' && (
        <>
          <strong>
            Today is in week {currentWeek(span)} of {lengthWeeks}.
          </strong>{' '}
          Your programme ends on {endDate}.
        </>
      )}
      {phase === 'not-started' && (
        <>
          <strong>Your programme starts on {formatCalendarDate(startDate)}</strong> — until then you
          can record a baseline. It ends on {endDate}.
        </>
      )}
      {phase === 'finished' && (
        <>
          <strong>This programme ended on {endDate}.</strong> Audits you record now count as week{' '}
          {lengthWeeks}.
        </>
      )}
    </p>
  );
}
