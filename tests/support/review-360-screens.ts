import type { ActiveProgramme } from '@/domain/active-programme';
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import { newId } from '@/domain/record';
import {
  generateCoachKeyPair,
  sealAnswer,
  type CoachKeyPair,
} from '@/domain/review-360/review-crypto';
import {
  allStatements,
  type CoachIdentity,
  type RaterGroup,
  type ReviewAnswerPayload,
  type ReviewRound,
  type StatementRating,
} from '@/domain/review-360/review-round';
import { receiveReviewAnswer } from '@/db/review-answers';
import { createReviewRound } from '@/db/review-rounds';
import { builtInFramework, setUpTestProgramme } from './factories';

/** A delegate on the leadership programme, rounds and answers, for the 360 screens' tests. */

export async function leadershipDelegate(): Promise<ActiveProgramme> {
  return setUpTestProgramme({
    templateKey: 'leadership-360',
    framework: builtInFramework('leadership-behaviours'),
    person: { displayName: 'Jordan Ellis', school: 'Hillside School' },
  });
}

export async function makeCoach(
  name = 'Alex Morgan',
): Promise<{ identity: CoachIdentity; keys: CoachKeyPair }> {
  const keys = await generateCoachKeyPair();
  return { identity: { name, publicKeyJwk: keys.publicKeyJwk, keyId: keys.keyId }, keys };
}

export async function startRound(
  active: ActiveProgramme,
  overrides: {
    coach?: CoachIdentity;
    kind?: 'start' | 'end';
    comparedWithRoundId?: string;
    title?: string;
  } = {},
): Promise<ReviewRound> {
  const kind = overrides.kind ?? 'start';
  return createReviewRound({
    profileId: active.profile.id,
    kind,
    title:
      overrides.title ?? (kind === 'start' ? 'Start of programme 360' : 'End of programme 360'),
    framework: builtInFramework('leadership-behaviours'),
    closesOn: addDays(localCalendarDate(), 14),
    ...(overrides.comparedWithRoundId
      ? { comparedWithRoundId: overrides.comparedWithRoundId }
      : {}),
    ...(overrides.coach ? { coach: overrides.coach } : {}),
  });
}

/** One rater's answer, the same level for every statement unless told. */
export function plainAnswer(
  round: ReviewRound,
  group: RaterGroup,
  options: {
    level?: StatementRating;
    doWell?: string;
    moreEffective?: string;
    responseId?: string;
  } = {},
): ReviewAnswerPayload {
  const level = options.level ?? 3;
  return {
    form: 'plain',
    answer: {
      roundId: round.id,
      group,
      responseId: options.responseId ?? newId(),
      ratings: Object.fromEntries(
        allStatements(round.behaviours).map((statement) => [statement.id, level]),
      ),
      doWell: options.doWell ?? '',
      moreEffective: options.moreEffective ?? '',
      answeredAt: new Date().toISOString(),
    },
  };
}

export async function sealedAnswer(
  round: ReviewRound,
  group: RaterGroup,
  coach: CoachIdentity,
): Promise<ReviewAnswerPayload> {
  const plain = plainAnswer(round, group);
  if (plain.form !== 'plain') throw new Error('expected a plain answer');
  return { form: 'sealed', sealed: await sealAnswer(plain.answer, coach.publicKeyJwk) };
}

/** Stores answers through the real repository, failing loudly when one is refused. */
export async function receiveAll(payloads: readonly ReviewAnswerPayload[]): Promise<void> {
  for (const payload of payloads) {
    const received = await receiveReviewAnswer(payload);
    if (!received.ok) throw new Error(received.message);
  }
}

/** Puts the page at `url` (path, query and hash) before a screen is rendered. */
export function openAt(url: string): void {
  window.history.replaceState(null, '', url);
}

/** Opens a Trellis link as its own page would be opened (path and fragment). */
export function openLink(link: string): void {
  const url = new URL(link);
  openAt(url.pathname + url.hash);
}
