import { formatCalendarDate, localCalendarDate, type CalendarDate } from '@/domain/calendar-date';
import {
  breakOn,
  currentWeek,
  programmeEndDate,
  programmePhase,
  weekStartDate,
  type ProgrammeBreak,
} from '@/domain/programme-weeks';

/** Where today falls in the programme being set up, updated as the dates are typed. */
export function ProgrammeWeekPreview({
  startDate,
  lengthWeeks,
  breaks,
}: {
  startDate: CalendarDate | undefined;
  lengthWeeks: number | undefined;
  /** Only the breaks that are valid so far. */
  breaks: readonly ProgrammeBreak[];
}) {
  if (startDate === undefined || lengthWeeks === undefined) {
    return (
      <p className="setup-week-preview" aria-live="polite">
        Enter a start date and a length to see which week you are in.
      </p>
    );
  }
  const span = { startDate, lengthWeeks, breaks };
  const phase = programmePhase(span);
  const endDate = formatCalendarDate(programmeEndDate(span));
  const pause = phase === 'running' ? breakOn(span, localCalendarDate()) : undefined;
  return (
    <p className="setup-week-preview" data-phase={phase} aria-live="polite">
      {pause && (
        <>
          <strong>
            Today is in the break “{pause.name}”; week {pause.weekAfter} starts on{' '}
            {formatCalendarDate(weekStartDate(span, pause.weekAfter))}.
          </strong>{' '}
          Your programme ends on {endDate}.
        </>
      )}
      {phase === 'running' && !pause && (
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
