import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { builtInFrameworks, findBuiltInFramework } from '@/domain/built-in-frameworks/index';
import { calendarDateSchema } from '@/domain/calendar-date';
import type { FrameworkDefinition } from '@/domain/framework';
import { profileDetailsSchema } from '@/domain/profile';
import {
  findProgrammeTemplate,
  programmeDetailsSchema,
  sessionsFromTemplate,
  validBreaks,
  type ProgrammeBreakRow,
  type ProgrammeSession,
  type ProgrammeTemplate,
  type ProgrammeTemplateKey,
} from '@/domain/programme';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';
import { fieldErrors } from '@/domain/validation';
import { setUpProgramme } from '@/db/programmes';
import { requestStoragePersistence } from '@/pwa/storage-persistence';
import { Field } from '@/ui/field';
import { ProgrammeNameField } from '@/ui/programme-name-field';
import { ProgrammeDatesFields } from '@/ui/programme-dates-fields';
import { SessionCalendarEditor } from '@/ui/session-calendar-editor';
import { ProgrammeBreaksEditor } from '@/ui/programme-breaks-editor';
import { mondayOfThisWeek } from '@/features/setup/start-of-week';
import { ProgrammeWeekPreview } from '@/features/setup/programme-week-preview';
import { TemplateChoice } from '@/features/setup/template-choice';
import { FrameworkFileField } from '@/features/setup/framework-file-field';
import { ProfileDetailsFields } from '@/ui/profile-details-fields';
import { CancelButton } from '@/features/setup/cancel-button';
import { TaskStatus } from '@/features/setup/task-status';

const DEFAULT_TEMPLATE: ProgrammeTemplateKey = 'otp-plus';

/** What the form holds while it is filled in: text as typed, checked only on "Start my programme". */
interface SetUpDraft {
  displayName: string;
  school: string;
  templateKey: ProgrammeTemplateKey;
  /** Only asked for "Start blank"; templates bring their own framework. */
  frameworkKey: string;
  name: string;
  startDate: string;
  lengthWeeks: string;
  sessions: ProgrammeSession[];
  /** The answer to "Does your programme pause for school holidays?"; breaks are kept if it is no. */
  pausesForHolidays: boolean;
  breaks: ProgrammeBreakRow[];
}

type SubmitState =
  { status: 'idle' } | { status: 'saving' } | { status: 'failed'; message: string };

/** A template's suggested programme name; "Start blank" suggests none. */
function suggestedName(template: ProgrammeTemplate): string {
  return template.key === 'blank' ? '' : template.name;
}

function initialDraft(): SetUpDraft {
  const template = findProgrammeTemplate(DEFAULT_TEMPLATE);
  return {
    displayName: '',
    school: '',
    templateKey: template.key,
    frameworkKey: builtInFrameworks[0]?.key ?? template.frameworkKey,
    name: suggestedName(template),
    startDate: mondayOfThisWeek(),
    lengthWeeks: String(template.lengthWeeks),
    sessions: sessionsFromTemplate(template),
    pausesForHolidays: false,
    breaks: [],
  };
}

/** A number input's text as a number; empty text is NaN, which the schema reports as missing. */
function weeksFromText(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function validate(draft: SetUpDraft) {
  const person = profileDetailsSchema.safeParse({
    displayName: draft.displayName,
    school: draft.school,
  });
  const programme = programmeDetailsSchema.safeParse({
    name: draft.name,
    startDate: draft.startDate,
    lengthWeeks: weeksFromText(draft.lengthWeeks),
    sessions: draft.sessions,
    breaks: draft.pausesForHolidays ? draft.breaks : [],
  });
  const errors = {
    ...(person.success ? {} : fieldErrors(person.error)),
    ...(programme.success ? {} : fieldErrors(programme.error)),
  };
  if (errors.startDate) errors.startDate = 'Enter the date your programme starts';
  return person.success && programme.success
    ? { isValid: true as const, person: person.data, programme: programme.data }
    : { isValid: false as const, errors };
}

/** A section's heading with its step number in a circle; screen readers hear the heading alone. */
function StepHeading({ id, step, children }: { id: string; step: number; children: string }) {
  return (
    <h2 id={id}>
      <span className="setup-step-number" aria-hidden="true">
        {step}
      </span>
      {children}
    </h2>
  );
}

interface SetUpFormProps {
  onSetUp: (profileId: string) => void;
  onBack: () => void;
  onCancel?: (() => void) | undefined;
}

/**
 * About you, the programme and its dates on one page, stored in one go by "Start my programme".
 * Nothing is stored until everything is valid; each problem is shown beside its field and focus
 * moves to the first one.
 */
export function SetUpForm({ onSetUp, onBack, onCancel }: SetUpFormProps) {
  const [draft, setDraft] = useState<SetUpDraft>(initialDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [hasTriedToSubmit, setHasTriedToSubmit] = useState(false);
  const [submitState, setSubmitState] = useState<SubmitState>({ status: 'idle' });
  // A framework read from a facilitator's file, used instead of the built-in one when set.
  const [fileFramework, setFileFramework] = useState<FrameworkDefinition | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Set on a failed "Start my programme"; the next render's effect moves focus to the first error.
  const shouldFocusFirstError = useRef(false);

  useEffect(() => {
    if (!shouldFocusFirstError.current) return;
    shouldFocusFirstError.current = false;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  const template = findProgrammeTemplate(draft.templateKey);
  const isBlank = template.key === 'blank';
  const framework =
    fileFramework ?? findBuiltInFramework(isBlank ? draft.frameworkKey : template.frameworkKey);
  const lengthWeeks = weeksFromText(draft.lengthWeeks);
  const validLength =
    Number.isInteger(lengthWeeks) && lengthWeeks >= 1 && lengthWeeks <= MAX_PROGRAMME_WEEKS
      ? lengthWeeks
      : undefined;
  const startDate = calendarDateSchema.safeParse(draft.startDate);
  const validStart = startDate.success ? startDate.data : undefined;
  const activeBreaks = draft.pausesForHolidays ? validBreaks(draft.breaks) : [];

  function change(changes: Partial<SetUpDraft>) {
    const next = { ...draft, ...changes };
    setDraft(next);
    // Once a submit has shown errors, they clear as each one is fixed.
    if (hasTriedToSubmit) {
      const result = validate(next);
      setErrors(result.isValid ? {} : result.errors);
    }
  }

  function chooseTemplate(key: ProgrammeTemplateKey) {
    const chosen = findProgrammeTemplate(key);
    // Keep a name the person typed; replace one that was only the previous template's suggestion.
    const isNameSuggested = draft.name.trim() === '' || draft.name === suggestedName(template);
    change({
      templateKey: chosen.key,
      name: isNameSuggested ? suggestedName(chosen) : draft.name,
      lengthWeeks: String(chosen.lengthWeeks),
      sessions: sessionsFromTemplate(chosen),
    });
  }

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitState.status === 'saving') return;
    setHasTriedToSubmit(true);
    const result = validate(draft);
    if (!result.isValid) {
      setErrors(result.errors);
      shouldFocusFirstError.current = true;
      return;
    }
    setErrors({});
    setSubmitState({ status: 'saving' });
    try {
      if (!framework) throw new Error('Choose the framework to audit against');
      const profileId = await setUpProgramme({
        person: result.person,
        templateKey: template.key,
        framework,
        programme: result.programme,
      });
      // Asked, not awaited: the answer can take a while and changes nothing here.
      void requestStoragePersistence();
      onSetUp(profileId);
    } catch (error) {
      setSubmitState({
        status: 'failed',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    }
  }

  const errorCount = Object.keys(errors).length;
  const isSaving = submitState.status === 'saving';

  const saveFailure =
    submitState.status === 'failed'
      ? `Your programme could not be saved: ${submitState.message}.`
      : undefined;

  return (
    <form ref={form} className="setup-form" noValidate onSubmit={(event) => void submit(event)}>
      <header className="setup-form-header">
        <h1 tabIndex={-1}>Set up your programme</h1>
        <p className="muted">
          Three short sections. You can change any of it later on the Programme screen.
        </p>
      </header>

      <section className="card setup-section" aria-labelledby="setup-about-you">
        <StepHeading id="setup-about-you" step={1}>
          About you
        </StepHeading>
        <p className="muted">
          Both optional: they name your profile and appear on your presentation.
        </p>
        <ProfileDetailsFields
          className="field-pair"
          hint="Optional"
          details={draft}
          errors={errors}
          onChange={change}
        />
      </section>

      <section className="card setup-section" aria-labelledby="setup-programme">
        <StepHeading id="setup-programme" step={2}>
          Your programme
        </StepHeading>
        <TemplateChoice value={draft.templateKey} onChange={chooseTemplate} />
        <ProgrammeNameField
          value={draft.name}
          hint={isBlank ? 'For example "Early career mentoring 2026".' : undefined}
          error={errors.name}
          onChange={(name) => change({ name })}
        />
        {fileFramework ? null : isBlank ? (
          <Field label="Framework to audit against">
            {(control) => (
              <>
                <select
                  {...control}
                  aria-describedby="setup-framework-description"
                  value={draft.frameworkKey}
                  onChange={(event) => change({ frameworkKey: event.target.value })}
                >
                  {builtInFrameworks.map((candidate) => (
                    <option key={candidate.key} value={candidate.key}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
                <p className="field-hint" id="setup-framework-description">
                  {framework?.description}
                </p>
              </>
            )}
          </Field>
        ) : (
          framework && (
            <p className="setup-framework-note">
              You will audit yourself against the <strong>{framework.name}</strong>.
            </p>
          )
        )}
        <FrameworkFileField framework={fileFramework} onChange={setFileFramework} />
      </section>

      <section className="card setup-section" aria-labelledby="setup-dates">
        <StepHeading id="setup-dates" step={3}>
          Dates and sessions
        </StepHeading>
        <ProgrammeDatesFields
          className="field-pair"
          startDate={draft.startDate}
          lengthWeeks={draft.lengthWeeks}
          startDateHint="The first day of week 1, usually a Monday."
          lengthWeeksHint={
            isBlank
              ? `Teaching weeks, from 1 to ${MAX_PROGRAMME_WEEKS}: holidays do not count.`
              : `${template.name} usually runs for ${template.lengthWeeks} teaching weeks.`
          }
          errors={errors}
          onChange={change}
        />
        <ProgrammeWeekPreview
          startDate={validStart}
          lengthWeeks={validLength}
          breaks={activeBreaks}
        />

        <fieldset className="setup-breaks-question">
          <legend>Does your programme pause for school holidays?</legend>
          <p className="field-hint">
            Providers count teaching weeks: with breaks, week numbers skip the holidays.
          </p>
          <div className="cluster">
            <label className="setup-radio">
              <input
                type="radio"
                name="pauses-for-holidays"
                checked={!draft.pausesForHolidays}
                onChange={() => change({ pausesForHolidays: false })}
              />
              No, every week counts
            </label>
            <label className="setup-radio">
              <input
                type="radio"
                name="pauses-for-holidays"
                checked={draft.pausesForHolidays}
                onChange={() => change({ pausesForHolidays: true })}
              />
              Yes, it pauses
            </label>
          </div>
        </fieldset>
        {draft.pausesForHolidays && (
          <>
            <h3 className="setup-sessions-heading">Breaks</h3>
            <ProgrammeBreaksEditor
              breaks={draft.breaks}
              onChange={(breaks) => change({ breaks })}
              errors={errors}
              startDate={validStart}
              lengthWeeks={validLength}
            />
          </>
        )}

        <h3 className="setup-sessions-heading">Session calendar</h3>
        <p className="muted">
          The days you are taught. Add dates as you get them; leave the rest “To be confirmed”.
        </p>
        <SessionCalendarEditor
          sessions={draft.sessions}
          onChange={(sessions) => change({ sessions })}
          errors={errors}
          lengthWeeks={validLength ?? 0}
          startDate={validStart}
          breaks={activeBreaks}
        />
      </section>

      <div className="setup-form-actions">
        {errorCount > 0 && (
          <p className="field-error setup-form-problem">
            {errorCount === 1
              ? 'One thing needs your attention — see the message above.'
              : `${errorCount} things need your attention — see the messages above.`}
          </p>
        )}
        <TaskStatus isBusy={isSaving} busyText="Setting up your programme…" failure={saveFailure} />
        <div className="setup-form-buttons">
          <button
            type="submit"
            className="button button-primary"
            disabled={isSaving}
            aria-busy={isSaving}
          >
            Start my programme
          </button>
          <button type="button" className="button" onClick={onBack} disabled={isSaving}>
            Back
          </button>
          <CancelButton onCancel={onCancel} />
        </div>
      </div>
    </form>
  );
}
