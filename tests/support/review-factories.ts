import type { FrameworkDefinition } from '@/domain/framework';
import {
  newReviewRound,
  type NewReviewRound,
  type RaterAnswer,
  type RaterGroup,
  type ReviewRound,
  type StatementRatings,
} from '@/domain/review-360/review-round';

/** Review rounds and answers for the 360° review tests. */

export const PROFILE_ID = '11111111-1111-4111-8111-111111111111';

/** Two behaviours of two statements each, on a 1–5 scale (range 4: gaps are flagged at 4/3). */
export const smallFramework: FrameworkDefinition = {
  key: 'test-behaviours',
  version: 1,
  name: 'Test behaviours',
  description: '',
  style: 'behaviours',
  scale: {
    levels: [1, 2, 3, 4, 5].map((value) => ({
      value,
      label: `Level ${value.toString()}`,
      descriptor: `Seen at level ${value.toString()}`,
    })),
  },
  areas: [
    {
      id: 'listens',
      name: 'Listens',
      skills: [
        { id: 'listens.asks', statement: 'Asks before telling' },
        { id: 'listens.acts', statement: 'Acts on what they hear' },
      ],
    },
    {
      id: 'decides',
      name: 'Decides',
      skills: [
        { id: 'decides.clear', statement: 'Makes clear decisions' },
        { id: 'decides.explains', statement: 'Explains why' },
      ],
    },
  ],
};

export const STATEMENT_IDS = ['listens.asks', 'listens.acts', 'decides.clear', 'decides.explains'];

export function makeRound(
  overrides: Partial<NewReviewRound> & { selfRatings?: StatementRatings } = {},
): ReviewRound {
  const { selfRatings = {}, ...input } = overrides;
  const round = newReviewRound(
    {
      profileId: PROFILE_ID,
      kind: 'start',
      title: 'Autumn 360',
      framework: smallFramework,
      closesOn: '2026-10-16',
      ...input,
    },
    new Date('2026-09-01T09:00:00Z'),
  );
  return { ...round, selfRatings };
}

let responseCounter = 0;

/** A response id unique within the test run, sortable and a valid UUID. */
export function nextResponseId(): string {
  responseCounter += 1;
  return `00000000-0000-4000-8000-${responseCounter.toString().padStart(12, '0')}`;
}

export function makeAnswer(
  round: Pick<ReviewRound, 'id'>,
  group: RaterGroup,
  ratings: StatementRatings,
  overrides: Partial<RaterAnswer> = {},
): RaterAnswer {
  return {
    roundId: round.id,
    group,
    responseId: nextResponseId(),
    ratings,
    doWell: '',
    moreEffective: '',
    answeredAt: '2026-09-10T12:00:00.000Z',
    ...overrides,
  };
}

/** The same level for every statement. */
export function rateAll(level: number | 'not-seen'): StatementRatings {
  return Object.fromEntries(STATEMENT_IDS.map((id) => [id, level]));
}
