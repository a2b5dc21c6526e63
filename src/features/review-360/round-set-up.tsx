import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActiveProgramme } from '@/domain/active-programme';
import { addDays, calendarDateSchema, dayNumber, localCalendarDate } from '@/domain/calendar-date';
import type { FrameworkDefinition } from '@/domain/framework';
import {
  behavioursFromFramework,
  defaultThresholds,
  MAX_REVIEW_STATEMENTS,
  MINIMUM_THRESHOLDS,
  type CoachIdentity,
  type ReviewBehaviour,
  type ReviewRound,
  type ReviewRoundKind,
} from '@/domain/review-360/review-round';
import { describeStorageFailure } from '@/domain/storage-errors';
import { listFrameworks, loadBuiltInFramework } from '@/db/frameworks';
import { createReviewRound } from '@/db/review-rounds';
import { Field } from '@/ui/field';
import { PageHeader } from '@/ui/page-header';
import { paths } from '@/ui/paths';
import { Link, navigate } from '@/ui/router';
import { HowToAddCoach } from '@/features/review-360/coach-card';
import { roundHref } from '@/features/review-360/review-hrefs';
import { shortFingerprint } from '@/features/review-360/review-text';
import {
  DEFAULT_OPEN_DAYS,
  DEFAULT_TITLES,
  frameworkOfRound,
} from '@/features/review-360/round-framework';
import {
  parseThresholds,
  thresholdDrafts,
  type ThresholdDrafts,
} from '@/features/review-360/threshold-drafts';
import { ThresholdFields } from '@/features/review-360/threshold-fields';

const LEADERSHIP_KEY = 'leadership-behaviours';
const SAME_AS_START = 'same-as-start';
const BUILT_IN = 'built-in';

function sizeText(behaviours: readonly ReviewBehaviour[]): string {
  const statements = behaviours.reduce((sum, behaviour) => sum + behaviour.statements.length, 0);
  return `${behaviours.length.toString()} ${behaviours.length === 1 ? 'behaviour' : 'behaviours'}, ${statements.toString()} statements`;
}

interface FrameworkOption {
  value: string;
  label: string;
  framework: FrameworkDefinition;
  isTooLong: boolean;
}

function option(value: string, label: string, framework: FrameworkDefinition): FrameworkOption {
  const behaviours = behavioursFromFramework(framework);
  const count = behaviours.reduce((sum, behaviour) => sum + behaviour.statements.length, 0);
  const isTooLong = count > MAX_REVIEW_STATEMENTS || behaviours.length === 0;
  return {
    value,
    label: isTooLong
      ? `${label} — too long for a review (over ${MAX_REVIEW_STATEMENTS.toString()} statements)`
      : `${label} (${sizeText(behaviours)})`,
    framework,
    isTooLong,
  };
}

interface RoundSetUpProps {
  active: ActiveProgramme;
  rounds: ReviewRound[];
  coach: CoachIdentity | null;
  initialKind: ReviewRoundKind;
}

type Errors = Partial<Record<'title' | 'closesOn' | 'framework' | 'form', string>>;

/**
 * Setting up a round: its title, the statements it asks about (the built-in leadership behaviours
 * unless the delegate picks another of their frameworks; an end round asks what its start round
 * asked), the closing date, the anonymity thresholds, and the coach the answers are sealed to.
 */
export function RoundSetUp({ active, rounds, coach, initialKind }: RoundSetUpProps) {
  const id = useId();
  const profileId = active.profile.id;
  const startRounds = rounds.filter((round) => round.kind === 'start');
  const canEnd = startRounds.length > 0;
  const [kind, setKind] = useState<ReviewRoundKind>(
    initialKind === 'end' && canEnd ? 'end' : 'start',
  );
  const [startRoundId, setStartRoundId] = useState(startRounds[0]?.id ?? '');
  const [title, setTitle] = useState(DEFAULT_TITLES[kind]);
  const [isTitleTyped, setIsTitleTyped] = useState(false);
  const [frameworkChoice, setFrameworkChoice] = useState(kind === 'end' ? SAME_AS_START : BUILT_IN);
  const [closesOn, setClosesOn] = useState(() => addDays(localCalendarDate(), DEFAULT_OPEN_DAYS));
  const [thresholds, setThresholds] = useState<ThresholdDrafts>(() =>
    thresholdDrafts(defaultThresholds()),
  );
  const [errors, setErrors] = useState<Errors>({});
  const [thresholdErrors, setThresholdErrors] = useState<Partial<ThresholdDrafts>>({});
  const [isCreating, setIsCreating] = useState(false);

  const profileFrameworks = useLiveQuery(() => listFrameworks(profileId), [profileId]);
  const [builtIn, setBuiltIn] = useState<FrameworkDefinition | null>(null);
  useEffect(() => {
    const effect = { isCurrent: true };
    void loadBuiltInFramework(LEADERSHIP_KEY).then(
      (framework) => {
        if (effect.isCurrent) setBuiltIn(framework);
      },
      () => undefined,
    );
    return () => {
      effect.isCurrent = false;
    };
  }, []);

  const startRound = startRounds.find((round) => round.id === startRoundId);
  const options: FrameworkOption[] = [
    ...(kind === 'end' && startRound
      ? [
          option(
            SAME_AS_START,
            `The same statements as “${startRound.title}”`,
            frameworkOfRound(startRound),
          ),
        ]
      : []),
    ...(builtIn ? [option(BUILT_IN, `${builtIn.name} (built in)`, builtIn)] : []),
    ...(profileFrameworks ?? []).map((framework) =>
      option(
        framework.id,
        framework.id === active.framework.id
          ? `${framework.name} (your programme’s framework)`
          : framework.name,
        framework,
      ),
    ),
  ];
  const chosen = options.find((candidate) => candidate.value === frameworkChoice);

  function chooseKind(next: ReviewRoundKind) {
    setKind(next);
    if (!isTitleTyped) setTitle(DEFAULT_TITLES[next]);
    setFrameworkChoice(next === 'end' ? SAME_AS_START : BUILT_IN);
  }

  async function create(event: SyntheticEvent) {
    event.preventDefault();
    const nextErrors: Errors = {};
    if (title.trim() === '') nextErrors.title = 'Add a title';
    else if (title.trim().length > 100)
      nextErrors.title = 'Title is too long (100 characters at most)';
    if (!calendarDateSchema.safeParse(closesOn).success) {
      nextErrors.closesOn = 'Choose the closing date';
    } else if (dayNumber(closesOn) < dayNumber(localCalendarDate())) {
      nextErrors.closesOn = 'Choose today or a later day: raters need time to answer';
    }
    if (!chosen) nextErrors.framework = 'Choose what the round asks about';
    else if (chosen.isTooLong) {
      nextErrors.framework = `A review asks about ${MAX_REVIEW_STATEMENTS.toString()} statements at most: choose another framework`;
    }
    const parsed = parseThresholds(thresholds, { ...MINIMUM_THRESHOLDS });
    setThresholdErrors(parsed.ok ? {} : parsed.errors);
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !parsed.ok || !chosen) return;

    setIsCreating(true);
    try {
      const round = await createReviewRound({
        profileId,
        kind,
        ...(kind === 'end' && startRound ? { comparedWithRoundId: startRound.id } : {}),
        title: title.trim(),
        framework: chosen.framework,
        closesOn,
        thresholds: parsed.thresholds,
        ...(coach ? { coach } : {}),
      });
      navigate(roundHref(round.id, 'self'));
    } catch (error) {
      setIsCreating(false);
      // The repository refuses with a plain Error whose message is written to be shown.
      setErrors({
        form:
          describeStorageFailure(error) ??
          (error instanceof Error && error.constructor === Error
            ? error.message
            : 'The round could not be set up. Check the details and try again.'),
      });
    }
  }

  return (
    <div className="stack">
      <p>
        <Link to={paths.review360}>← Your 360° review</Link>
      </p>
      <PageHeader title={kind === 'end' ? 'Set up an end round' : 'Set up a start round'}>
        <p>
          {kind === 'end'
            ? 'At the end of the programme, ask the same people again. The report then shows what moved since the start round.'
            : 'Choose what to ask and until when. You rate yourself next, then send each group of raters its link.'}
        </p>
      </PageHeader>
      <form className="card review360-set-up" onSubmit={(event) => void create(event)} noValidate>
        {canEnd && (
          <fieldset className="field">
            <legend>Which round</legend>
            <div className="cluster review360-kind-options">
              {(['start', 'end'] as const).map((value) => (
                <label key={value} className="review360-kind-option">
                  <input
                    type="radio"
                    name={`${id}-kind`}
                    checked={kind === value}
                    onChange={() => chooseKind(value)}
                  />
                  {value === 'start'
                    ? 'A start round'
                    : 'An end round, compared with a start round'}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {kind === 'end' && startRounds.length > 1 && (
          <Field label="Compared with">
            {(control) => (
              <select
                {...control}
                value={startRoundId}
                onChange={(event) => setStartRoundId(event.target.value)}
              >
                {startRounds.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Title" hint="Raters see it on their request." error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={title}
              maxLength={100}
              onChange={(event) => {
                setTitle(event.target.value);
                setIsTitleTyped(true);
              }}
            />
          )}
        </Field>
        <Field
          label="What it asks about"
          hint={
            kind === 'end'
              ? 'The same statements as the start round, so every behaviour can be compared.'
              : 'Each behaviour’s statements, rated on its scale. Any framework of yours can be used.'
          }
          error={errors.framework}
        >
          {(control) => (
            <select
              {...control}
              value={chosen ? frameworkChoice : ''}
              onChange={(event) => setFrameworkChoice(event.target.value)}
            >
              {!chosen && (
                <option value="" disabled>
                  Loading the frameworks…
                </option>
              )}
              {options.map((candidate) => (
                <option
                  key={candidate.value}
                  value={candidate.value}
                  disabled={candidate.isTooLong}
                >
                  {candidate.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Closing date"
          hint="The last day raters can answer. Two weeks gives most people time."
          error={errors.closesOn}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={closesOn}
              min={localCalendarDate()}
              onChange={(event) => setClosesOn(event.target.value)}
            />
          )}
        </Field>
        <ThresholdFields
          drafts={thresholds}
          floors={{ ...MINIMUM_THRESHOLDS }}
          errors={thresholdErrors}
          hint="Below its number a group is withheld: you see only how many answered. A line manager is one person you know anyway; every other group needs at least 3 so that no one answer stands out. You may raise a number, never lower it below its minimum."
          onChange={(group, text) => setThresholds((current) => ({ ...current, [group]: text }))}
        />
        <div className="review360-coach-line">
          <h2 className="review360-label">Where answers go</h2>
          {coach ? (
            <p>
              Answers will be encrypted to <strong>{coach.name}</strong>{' '}
              <span className="muted">(key {shortFingerprint(coach.keyId)})</span>. Only{' '}
              {coach.name} can read them; you see the report {coach.name} releases to you.
            </p>
          ) : (
            <>
              <p>
                No coach added: answers come to this device and only the report is shown — never one
                person’s answers.
              </p>
              <HowToAddCoach />
            </>
          )}
        </div>
        {errors.form && (
          <p className="alert" role="alert">
            {errors.form}
          </p>
        )}
        <div className="cluster">
          <button type="submit" className="button button-primary" disabled={isCreating}>
            {isCreating ? 'Setting up…' : 'Set up the round'}
          </button>
          <Link to={paths.review360} className="button">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
