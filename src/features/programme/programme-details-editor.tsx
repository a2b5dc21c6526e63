import { calendarDateSchema } from '@/domain/calendar-date';
import {
  programmeDetailsSchema,
  type Programme,
  validBreaks,
  type ProgrammeBreakRow,
  type ProgrammeDetails,
  type ProgrammeSession,
} from '@/domain/programme';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { updateProgrammeDetails } from '@/db/programmes';
import { ProgrammeNameField } from '@/ui/programme-name-field';
import { ProgrammeDatesFields } from '@/ui/programme-dates-fields';
import { SessionCalendarEditor } from '@/ui/session-calendar-editor';
import { ProgrammeBreaksEditor } from '@/ui/programme-breaks-editor';
import { SaveStatus } from '@/ui/save-status';
import { checkWith, useAutosave, type DraftCheck } from '@/ui/use-autosave';
import '@/ui/layout.css';

const SAVE_DELAY_MS = 500;

/** The form's text as typed; a number field's text can be empty or half-typed on the way. */
interface DetailsDraft {
  name: string;
  startDate: string;
  lengthWeeks: string;
  sessions: ProgrammeSession[];
  breaks: ProgrammeBreakRow[];
}

function draftOf(programme: Programme): DetailsDraft {
  return {
    name: programme.name,
    startDate: programme.startDate,
    lengthWeeks: String(programme.lengthWeeks),
    sessions: programme.sessions,
    breaks: programme.breaks,
  };
}

function detailsOf(draft: DetailsDraft) {
  return {
    name: draft.name,
    startDate: draft.startDate,
    lengthWeeks: draft.lengthWeeks.trim() === '' ? Number.NaN : Number(draft.lengthWeeks),
    sessions: draft.sessions,
    breaks: draft.breaks,
  };
}

const checkProgrammeDetails = checkWith(programmeDetailsSchema);

function checkDetails(draft: DetailsDraft): DraftCheck<ProgrammeDetails> {
  const checked = checkProgrammeDetails(detailsOf(draft));
  if (!checked.isValid && checked.errors.startDate) {
    return {
      isValid: false,
      errors: { ...checked.errors, startDate: 'Enter the date your programme starts' },
    };
  }
  return checked;
}

/**
 * Says so when a shorter programme would end before weeks that have ratings: they are kept (a later
 * length shows them again), but the audit and charts stop at the last week.
 */
function lengthHint(lengthWeeks: number, lastRatedWeek: number | null): string {
  const range = `Teaching weeks, from 1 to ${MAX_PROGRAMME_WEEKS}: breaks do not count.`;
  if (lastRatedWeek === null || !Number.isInteger(lengthWeeks) || lengthWeeks < 1) return range;
  if (lengthWeeks >= lastRatedWeek) return range;
  return `${range} You have ratings up to Week ${lastRatedWeek}: they are kept, but weeks after Week ${lengthWeeks} will not show.`;
}

/**
 * The programme's name, dates, length and session calendar, saved as they are edited: half a second
 * after the last change, or at once when focus leaves a field. Invalid input is shown beside its
 * field and changes nothing; what is stored is always the last valid version.
 *
 * The draft starts from the stored programme and then belongs to this form: the screen is opened
 * afresh for each profile, and an edit made elsewhere at the same moment is the rare case.
 */
export function ProgrammeDetailsEditor({
  programme,
  lastRatedWeek,
}: {
  programme: Programme;
  /** The latest week with a rating, to warn before a shorter length hides it. */
  lastRatedWeek: number | null;
}) {
  const { draft, change, errors, saveState, flush } = useAutosave({
    initial: () => draftOf(programme),
    check: checkDetails,
    save: (details: ProgrammeDetails) => updateProgrammeDetails(programme.id, details),
    delayMs: SAVE_DELAY_MS,
  });

  const startDate = calendarDateSchema.safeParse(draft.startDate);
  const lengthWeeks = Number(draft.lengthWeeks);
  const validLength =
    Number.isInteger(lengthWeeks) && lengthWeeks >= 1 && lengthWeeks <= MAX_PROGRAMME_WEEKS
      ? lengthWeeks
      : undefined;

  return (
    <section className="card programme-details" aria-labelledby="programme-details-heading">
      <div className="split-row programme-details-header">
        <h2 id="programme-details-heading">Programme details</h2>
        <SaveStatus state={saveState} />
      </div>
      <p className="muted">Changes are saved as you make them.</p>
      {/* Focus leaving any field saves at once rather than waiting for the pause. */}
      <div className="programme-details-fields" onBlur={flush}>
        <ProgrammeNameField
          value={draft.name}
          error={errors.name}
          onChange={(name) => change({ name })}
        />
        <ProgrammeDatesFields
          className="field-pair"
          startDate={draft.startDate}
          lengthWeeks={draft.lengthWeeks}
          startDateHint="The first day of week 1."
          lengthWeeksHint={lengthHint(lengthWeeks, lastRatedWeek)}
          errors={errors}
          onChange={change}
        />
        <h3 className="programme-sessions-heading">Breaks</h3>
        <p className="muted">
          School holidays and other pauses: no programme week runs in them. Ratings, observations
          and journal entries keep the week they were made for when you change a break.
        </p>
        <ProgrammeBreaksEditor
          breaks={draft.breaks}
          onChange={(breaks) => change({ breaks })}
          errors={errors}
          startDate={startDate.success ? startDate.data : undefined}
          lengthWeeks={validLength}
        />
        <h3 className="programme-sessions-heading">Session calendar</h3>
        <p className="muted">Add dates as you get them; leave the rest “To be confirmed”.</p>
        <SessionCalendarEditor
          sessions={draft.sessions}
          onChange={(sessions) => change({ sessions })}
          errors={errors}
          lengthWeeks={Number.isInteger(lengthWeeks) ? lengthWeeks : 0}
          startDate={startDate.success ? startDate.data : undefined}
          breaks={validBreaks(draft.breaks)}
        />
      </div>
    </section>
  );
}
