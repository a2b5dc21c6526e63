import { describe, expect, it } from 'vitest';
import { areaAveragesByWeek, skillProgress } from '@/domain/progress';
import { areaTrends, progressHeadline, ratedWeeksUpTo } from '@/domain/progress-summary';
import { makeFramework, makeRatingEvent } from '../../support/factories';

const framework = makeFramework();

describe('progressHeadline', () => {
  it('counts rated skills, averages baseline and latest over the same skills, and counts rises and falls', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'f1', week: 0, level: 3 }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 3 }),
      makeRatingEvent({ skillId: 'f1', week: 2, level: 2 }),
    ];

    const headline = progressHeadline(skillProgress(framework, events, 2));

    expect(headline).toEqual({
      skillsRated: 3,
      averageBaseline: 2,
      averageLatest: 2.33,
      skillsRose: 1,
      skillsFell: 1,
    });
  });

  it('has no averages when nothing is rated', () => {
    expect(progressHeadline([])).toEqual({
      skillsRated: 0,
      averageBaseline: null,
      averageLatest: null,
      skillsRose: 0,
      skillsFell: 0,
    });
  });

  it('looks only at ratings up to the week given to skillProgress', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q1', week: 3, level: 4 }),
    ];

    expect(progressHeadline(skillProgress(framework, events, 2))).toMatchObject({
      averageLatest: 1,
      skillsRose: 0,
    });
  });
});

describe('ratedWeeksUpTo', () => {
  it('lists the weeks with self-ratings up to the week, ignoring targets and later weeks', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q1', week: 1, level: 4, kind: 'target' }),
      makeRatingEvent({ skillId: 'q2', week: 2, level: 2 }),
      makeRatingEvent({ skillId: 'q2', week: 5, level: 3 }),
    ];

    expect(ratedWeeksUpTo(events, 4)).toEqual([0, 2]);
    expect(ratedWeeksUpTo(events, 0)).toEqual([0]);
  });
});

describe('areaTrends', () => {
  it('gives each area its first and last known average, skipping weeks before its first rating', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 3 }),
    ];
    const byWeek = areaAveragesByWeek(framework, events, [0, 1, 2]);

    expect(areaTrends(['questioning', 'feedback'], byWeek)).toEqual([
      {
        areaId: 'questioning',
        first: { week: 0, average: 1 },
        last: { week: 2, average: 3 },
      },
      { areaId: 'feedback', first: null, last: null },
    ]);
  });
});
