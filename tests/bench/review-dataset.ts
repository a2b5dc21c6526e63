/**
 * The benchmark's 360° review, on a coach's device: the coach set up (a real key pair), and one
 * delegate's round of 30 statements (6 behaviours × 5) holding 200 sealed answers, 50 in each of
 * the four rater groups. Also makes the files a delegate sends: a bundle of `count` sealed answers
 * for a new round, to be chosen on `/coaching`.
 *
 * Bundled with large-dataset.ts (tests/bench/seeder.ts) and run inside the production build's page,
 * so every answer is sealed with the domain's WebCrypto code and stored through the coach's own
 * `receiveReviewBundle`. Ratings and comments come from the seed.
 */
import { addDays, localCalendarDate } from '@/domain/calendar-date';
import {
  allStatements,
  NOT_SEEN,
  newReviewRound,
  RATER_GROUPS,
  reviewRoundSchema,
  type RaterAnswer,
  type ReviewAnswerPayload,
  type ReviewRound,
} from '@/domain/review-360/review-round';
import { sealAnswer } from '@/domain/review-360/review-crypto';
import {
  REVIEW_BUNDLE_FILE_SUFFIX,
  reviewBundleFileText,
} from '@/domain/review-360/review-exchange';
import type { CoachKeys } from '@/domain/review-360/stored';
import { newId } from '@/domain/record';
import { pick, seededRandom, type Random } from '@/domain/seeded-random';
import { coachIdentityOf, getCoachKeys, receiveReviewBundle, setUpCoach } from '@/db/coaching';
import { largeFramework } from './large-dataset';

export const REVIEW_DATASET = {
  /** 6 behaviours × 5 statements. */
  statements: 30,
  /** In each of the four rater groups: 200 answers in all. */
  answersPerGroup: 50,
  /** Answers in the bundle file a coach opens. */
  batch: 40,
} as const;

const DELEGATE = 'Benchmark teacher 1';
const COMMENTS = [
  'Explains new ideas clearly and checks that everyone has understood before moving on.',
  'Gives pupils time to think before asking for answers, and it shows in their reasoning.',
  'Could share the plan for the lesson earlier so that support staff can prepare.',
  'Feedback to the department is always practical; more of it in meetings would help.',
  '',
];

function roundFor(coach: CoachKeys, random: Random, now: Date): ReviewRound {
  const round = newReviewRound(
    {
      profileId: newId(),
      kind: 'start',
      title: 'Start of programme 360',
      framework: largeFramework(REVIEW_DATASET.statements),
      // Closed yesterday: the coach reads a finished round.
      closesOn: addDays(localCalendarDate(now), -1),
      coach: coachIdentityOf(coach),
    },
    now,
  );
  const selfRatings = Object.fromEntries(
    allStatements(round.behaviours).map((statement) => [
      statement.id,
      1 + Math.floor(random() * 4),
    ]),
  );
  return reviewRoundSchema.parse({ ...round, selfRatings });
}

/** `count` answers in the rater groups in turn, each rating every statement (a few "Not seen"). */
async function sealedAnswers(
  round: ReviewRound,
  coach: CoachKeys,
  count: number,
  random: Random,
  now: Date,
): Promise<ReviewAnswerPayload[]> {
  const statements = allStatements(round.behaviours);
  const answers: RaterAnswer[] = Array.from({ length: count }, (_, index) => ({
    roundId: round.id,
    group: RATER_GROUPS[index % RATER_GROUPS.length] ?? 'peers',
    responseId: newId(),
    ratings: Object.fromEntries(
      statements.map((statement) => [
        statement.id,
        random() < 0.05 ? NOT_SEEN : 1 + Math.floor(random() * 4),
      ]),
    ),
    doWell: pick(COMMENTS, random),
    moreEffective: pick(COMMENTS, random),
    answeredAt: new Date(now.getTime() - (count - index) * 60_000).toISOString(),
  }));
  const sealed = await Promise.all(answers.map((answer) => sealAnswer(answer, coach.publicKeyJwk)));
  return sealed.map((payload) => ({ form: 'sealed', sealed: payload }));
}

async function coachKeys(now: Date): Promise<CoachKeys> {
  return (await getCoachKeys()) ?? setUpCoach('Benchmark coach', now);
}

/**
 * Sets this device up as a coach and stores one round with 200 sealed answers, through the
 * coach's own bundle import. Returns the round's id and how many answers were added.
 */
export async function seedCoachedReview({
  seed = 11,
  now = new Date(),
}: { seed?: number; now?: Date } = {}): Promise<{ roundId: string; answers: number }> {
  const random = seededRandom(seed);
  const coach = await coachKeys(now);
  const round = roundFor(coach, random, now);
  const answers = await sealedAnswers(
    round,
    coach,
    REVIEW_DATASET.answersPerGroup * RATER_GROUPS.length,
    random,
    now,
  );
  const received = await receiveReviewBundle(
    await reviewBundleFileText(round, answers, DELEGATE, now),
    now,
  );
  if (!received.ok) throw new Error(received.message);
  return { roundId: round.id, answers: received.value.added };
}

/**
 * The file a delegate sends their coach: a new round and `count` answers sealed to this device's
 * coach key. Stores nothing.
 */
export async function reviewBatchFile({
  seed = 13,
  count = REVIEW_DATASET.batch,
  now = new Date(),
}: { seed?: number; count?: number; now?: Date } = {}): Promise<{ name: string; text: string }> {
  const random = seededRandom(seed);
  const coach = await coachKeys(now);
  const round = roundFor(coach, random, now);
  const answers = await sealedAnswers(round, coach, count, random, now);
  return {
    name: `benchmark-teacher-1${REVIEW_BUNDLE_FILE_SUFFIX}`,
    text: await reviewBundleFileText(round, answers, DELEGATE, now),
  };
}
