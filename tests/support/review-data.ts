import type { ActiveProgramme } from '@/domain/active-programme';
import {
  generateCoachKeyPair,
  sealAnswer,
  type CoachKeyPair,
} from '@/domain/review-360/review-crypto';
import {
  allStatements,
  type CoachIdentity,
  type RaterAnswer,
  type RaterGroup,
  type ReviewAnswerPayload,
  type ReviewRound,
  type StatementRating,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import { receiveReviewAnswer } from '@/db/review-answers';
import { createReviewRound } from '@/db/review-rounds';
import { setUpTestProgramme } from './factories';

/**
 * 360° review data for the db and screen tests, made through the real repository functions: a
 * delegate on the leadership programme (the built-in leadership behaviours, 27 statements on a 1–5
 * scale), rounds, a coach with a real key pair, and plain or sealed answers.
 */

/** While the rounds below are open: they close on 16 Oct 2026. */
export const REVIEW_NOW = new Date('2026-10-01T09:00:00Z');
export const REVIEW_CLOSES_ON = '2026-10-16';
/** The day after the closing date: answers are refused. */
export const AFTER_CLOSING = new Date('2026-10-17T09:00:00Z');

export async function setUpReviewDelegate(displayName = 'Jordan Reid'): Promise<ActiveProgramme> {
  return setUpTestProgramme({
    templateKey: 'leadership-360',
    person: { displayName, school: 'Hillside Academy' },
  });
}

export async function makeStartRound(
  active: ActiveProgramme,
  overrides: { coach?: CoachIdentity; title?: string } = {},
  now = REVIEW_NOW,
): Promise<ReviewRound> {
  return createReviewRound(
    {
      profileId: active.profile.id,
      kind: 'start',
      title: overrides.title ?? 'Start of programme',
      framework: active.framework,
      closesOn: REVIEW_CLOSES_ON,
      ...(overrides.coach ? { coach: overrides.coach } : {}),
    },
    now,
  );
}

export async function makeEndRound(
  active: ActiveProgramme,
  start: ReviewRound,
  now = new Date(REVIEW_NOW.getTime() + 60_000),
): Promise<ReviewRound> {
  return createReviewRound(
    {
      profileId: active.profile.id,
      kind: 'end',
      comparedWithRoundId: start.id,
      title: 'End of programme',
      framework: active.framework,
      closesOn: REVIEW_CLOSES_ON,
    },
    now,
  );
}

export function statementIdsOf(round: Pick<ReviewRound, 'behaviours'>): string[] {
  return allStatements(round.behaviours).map((statement) => statement.id);
}

/** Every statement of the round given the same rating. */
export function rateEvery(
  round: Pick<ReviewRound, 'behaviours'>,
  rating: StatementRating,
): StatementRatings {
  return Object.fromEntries(statementIdsOf(round).map((id) => [id, rating]));
}

export function makeRaterAnswer(
  round: Pick<ReviewRound, 'id' | 'behaviours'>,
  group: RaterGroup,
  overrides: Partial<RaterAnswer> = {},
): RaterAnswer {
  return {
    roundId: round.id,
    group,
    responseId: crypto.randomUUID(),
    ratings: rateEvery(round, 3),
    doWell: 'Listens before deciding.',
    moreEffective: 'Share the reasons behind decisions sooner.',
    answeredAt: REVIEW_NOW.toISOString(),
    ...overrides,
  };
}

export function plainPayload(answer: RaterAnswer): ReviewAnswerPayload {
  return { form: 'plain', answer };
}

export interface TestCoach {
  identity: CoachIdentity;
  keys: CoachKeyPair;
}

export async function makeCoach(name = 'Dr Amara Okafor'): Promise<TestCoach> {
  const keys = await generateCoachKeyPair();
  return { identity: { name, publicKeyJwk: keys.publicKeyJwk, keyId: keys.keyId }, keys };
}

export async function sealedPayload(
  answer: RaterAnswer,
  coach: TestCoach,
): Promise<ReviewAnswerPayload> {
  return { form: 'sealed', sealed: await sealAnswer(answer, coach.keys.publicKeyJwk) };
}

/**
 * Receives `count` plain answers in a group, each rating every statement `level`; throws if any
 * is refused. Returns the answers sent.
 */
export async function receivePlainAnswers(
  round: ReviewRound,
  group: RaterGroup,
  count: number,
  level: StatementRating,
  overrides: Partial<RaterAnswer> = {},
): Promise<RaterAnswer[]> {
  const sent: RaterAnswer[] = [];
  for (let index = 0; index < count; index += 1) {
    const answer = makeRaterAnswer(round, group, {
      ratings: rateEvery(round, level),
      ...overrides,
    });
    const received = await receiveReviewAnswer(plainPayload(answer), REVIEW_NOW);
    if (!received.ok) throw new Error(received.message);
    sent.push(answer);
  }
  return sent;
}
