import type { ActiveProgramme } from '@/domain/active-programme';
import {
  generateCoachKeyPair,
  sealAnswer,
  type CoachKeyPair,
} from '@/domain/review-360/review-crypto';
import { buildReviewReport } from '@/domain/review-360/review-report';
import {
  allStatements,
  NOT_SEEN,
  reviewRequestFor,
  type CoachIdentity,
  type RaterAnswer,
  type RaterGroup,
  type ReviewAnswerPayload,
  type ReviewRound,
  type StatementRating,
  type StatementRatings,
} from '@/domain/review-360/review-round';
import {
  coachedAnswerSchema,
  coachedRoundSchema,
  coachKeysSchema,
  outgoingReviewAnswerSchema,
} from '@/domain/review-360/stored';
import { db } from '@/db/database';
import { receiveReviewAnswer } from '@/db/review-answers';
import {
  createReviewRound,
  deleteReviewRound,
  saveInvitedNote,
  saveSelfRatings,
  setReviewCoach,
  storeReleasedReport,
} from '@/db/review-rounds';
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

/**
 * A realistic spread of 360° rows for the backup and schema-history tests, made through the real
 * functions where this device's side has them: a delegate with a coached start round (sealed
 * answers, one re-sent, a released report, invited notes), a coach-less end round with plain
 * answers (comments with markup, emoji and right-to-left text), a deleted round (tombstones), the
 * profile's coach; the coach's own key and what a delegate sent them; and an answer written on
 * this device for someone else's request.
 */
export async function makeRealistic360Data(): Promise<void> {
  const jordan = await setUpReviewDelegate('Jordan Reid-Ó Briain');
  const coach = await makeCoach('Dr Amara Okafor');
  await setReviewCoach(jordan.profile.id, coach.identity, REVIEW_NOW);

  const start = await makeStartRound(jordan, { coach: coach.identity });
  await saveSelfRatings(start.id, {
    ...rateEvery(start, 4),
    [statementIdsOf(start)[1]!]: NOT_SEEN,
  });
  await saveInvitedNote(start.id, 'peers', 'Priya, Sam, Tom — asked in the staffroom 🙂');
  const resent = makeRaterAnswer(start, 'peers');
  for (const answer of [
    makeRaterAnswer(start, 'line-manager'),
    resent,
    {
      ...resent,
      doWell: 'Second thoughts',
      answeredAt: new Date(REVIEW_NOW.getTime() + 1000).toISOString(),
    },
    makeRaterAnswer(start, 'direct-reports'),
  ]) {
    const received = await receiveReviewAnswer(await sealedPayload(answer, coach), REVIEW_NOW);
    if (!received.ok) throw new Error(received.message);
  }
  const stored = await storeReleasedReport(
    {
      report: buildReviewReport(start, []),
      coachName: coach.identity.name,
      releasedAt: REVIEW_NOW.toISOString(),
    },
    REVIEW_NOW,
  );
  if (!stored.ok) throw new Error(stored.message);

  const end = await makeEndRound(jordan, start);
  await receivePlainAnswers(end, 'line-manager', 1, 4, {
    doWell: '<b>Clear</b> & calm — مرحبا 👩🏽‍🏫',
  });
  await receivePlainAnswers(end, 'peers', 3, NOT_SEEN, {
    moreEffective: 'Cafe\u0301 less, delegate more',
  });

  const dropped = await makeStartRound(jordan, { title: 'Started by mistake' });
  await receivePlainAnswers(dropped, 'others', 1, 2);
  await deleteReviewRound(dropped.id);

  // The coach's device: their key, a delegate's round and a sealed answer they were sent.
  const at = REVIEW_NOW.toISOString();
  const meta = (id: string = crypto.randomUUID()) => ({ id, createdAt: at, updatedAt: at, rev: 1 });
  await db.coachKeys.add(
    coachKeysSchema.parse({
      ...meta(),
      name: coach.identity.name,
      publicKeyJwk: coach.keys.publicKeyJwk,
      privateKeyJwk: coach.keys.privateKeyJwk,
      keyId: coach.keys.keyId,
    }),
  );
  const sentRound = { ...start, invitedNotes: {} };
  await db.coachedRounds.add(
    coachedRoundSchema.parse({
      ...meta(start.id),
      delegateName: jordan.profile.displayName,
      round: sentRound,
      receivedAt: at,
      releasedAt: at,
    }),
  );
  const coachedAnswer = makeRaterAnswer(start, 'peers');
  const sealed = await sealedPayload(coachedAnswer, coach);
  if (sealed.form !== 'sealed') throw new Error('expected a sealed answer');
  await db.coachedAnswers.add(
    coachedAnswerSchema.parse({
      ...meta(),
      roundId: start.id,
      responseId: coachedAnswer.responseId,
      sealed: sealed.sealed,
      receivedAt: at,
    }),
  );

  // A rater's phone: an answer written here for another delegate's request, sent once.
  await db.outgoingReviewAnswers.add(
    outgoingReviewAnswerSchema.parse({
      ...meta(),
      roundId: end.id,
      group: 'others',
      responseId: crypto.randomUUID(),
      request: reviewRequestFor(end, 'others', jordan.profile.displayName, REVIEW_NOW),
      draft: {
        ratings: rateEvery(end, 3),
        doWell: 'Supportive in the SEND review — נסיון',
        moreEffective: '',
      },
      sentAt: at,
    }),
  );
}
