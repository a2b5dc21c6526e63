import { describe, expect, it } from 'vitest';
import {
  auditAtWeek,
  baselineRatings,
  compareRatingEvents,
  MAX_NOTE_LENGTH,
  latestRatedWeek,
  ratedWeeks,
  ratingEventSchema,
  ratingsInWeek,
  targetsAtWeek,
  type RatingEvent,
} from '@/domain/rating';
import { describeIssues } from '@/domain/validation';
import { makeRatingEvent } from '../../support/factories';

const MONDAY = '2026-09-07T09:00:00.000Z';
const TUESDAY = '2026-09-08T09:00:00.000Z';
const LATER_ON_TUESDAY = '2026-09-08T16:30:00.000Z';
const A_MONTH_LATER = '2026-10-08T09:00:00.000Z';

/** skill id → level, for asserting on an audit without the noise of whole events. */
function levels(audit: ReadonlyMap<string, RatingEvent>): Record<string, number> {
  return Object.fromEntries([...audit].map(([skillId, event]) => [skillId, event.level]));
}

describe('auditAtWeek', () => {
  it('takes the latest rating of each skill up to week N', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 2, recordedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q1', week: 4, level: 3, recordedAt: A_MONTH_LATER }),
      makeRatingEvent({ skillId: 'q2', week: 1, level: 2, recordedAt: MONDAY }),
    ];
    expect(levels(auditAtWeek(events, 0))).toEqual({ q1: 1 });
    expect(levels(auditAtWeek(events, 1))).toEqual({ q1: 1, q2: 2 });
    expect(levels(auditAtWeek(events, 3))).toEqual({ q1: 2, q2: 2 });
    expect(levels(auditAtWeek(events, 4))).toEqual({ q1: 3, q2: 2 });
    expect(levels(auditAtWeek(events, 10))).toEqual({ q1: 3, q2: 2 });
  });

  it('is empty before any rating', () => {
    const events = [makeRatingEvent({ skillId: 'q1', week: 3, level: 2 })];
    expect(auditAtWeek(events, 2).size).toBe(0);
    expect(auditAtWeek([], 5).size).toBe(0);
  });

  it('lets a later week win even when an earlier week was back-filled afterwards', () => {
    const week5 = makeRatingEvent({ skillId: 'q1', week: 5, level: 3, recordedAt: MONDAY });
    const backFilledWeek3 = makeRatingEvent({
      skillId: 'q1',
      week: 3,
      level: 1,
      recordedAt: A_MONTH_LATER,
    });
    for (const events of [
      [week5, backFilledWeek3],
      [backFilledWeek3, week5],
    ]) {
      expect(auditAtWeek(events, 4).get('q1')).toBe(backFilledWeek3);
      expect(auditAtWeek(events, 5).get('q1')).toBe(week5);
      expect(auditAtWeek(events, 9).get('q1')).toBe(week5);
    }
  });

  it('lets the later re-rating win within one week, whatever order the events come in', () => {
    const first = makeRatingEvent({ skillId: 'q1', week: 2, level: 2, recordedAt: TUESDAY });
    const reRating = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 4,
      recordedAt: LATER_ON_TUESDAY,
    });
    expect(auditAtWeek([first, reRating], 2).get('q1')).toBe(reRating);
    expect(auditAtWeek([reRating, first], 2).get('q1')).toBe(reRating);
  });

  it('compares recording times as instants, not as text, when they carry a UTC offset', () => {
    // 10:30 in UTC+2 is 08:30 UTC: earlier than 09:00 UTC, though it sorts later as a string.
    const earlier = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 1,
      recordedAt: '2026-09-08T10:30:00+02:00',
    });
    const later = makeRatingEvent({ skillId: 'q1', week: 2, level: 3, recordedAt: TUESDAY });
    expect(auditAtWeek([earlier, later], 2).get('q1')).toBe(later);
    expect(auditAtWeek([later, earlier], 2).get('q1')).toBe(later);
  });

  it('breaks an exact tie by id, so every device and every query order picks the same event', () => {
    const a = makeRatingEvent({
      id: '0a4a9c1e-0000-4000-8000-000000000001',
      skillId: 'q1',
      week: 2,
      level: 1,
      recordedAt: TUESDAY,
    });
    const b = makeRatingEvent({
      id: 'fb4a9c1e-0000-4000-8000-000000000001',
      skillId: 'q1',
      week: 2,
      level: 3,
      recordedAt: TUESDAY,
    });
    expect(auditAtWeek([a, b], 2).get('q1')).toBe(b);
    expect(auditAtWeek([b, a], 2).get('q1')).toBe(b);
  });

  it('keeps targets apart from self-ratings', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 1, level: 2, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 1, level: 4, kind: 'target', recordedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 3, kind: 'target', recordedAt: MONDAY }),
    ];
    expect(levels(auditAtWeek(events, 1))).toEqual({ q1: 2 });
    expect(levels(auditAtWeek(events, 1, 'self'))).toEqual({ q1: 2 });
    expect(levels(auditAtWeek(events, 1, 'target'))).toEqual({ q1: 4, q2: 3 });
    expect(levels(auditAtWeek(events, 0, 'target'))).toEqual({ q2: 3 });
  });

  it('ignores a tombstoned (deleted) event', () => {
    const kept = makeRatingEvent({ skillId: 'q1', week: 1, level: 2, recordedAt: MONDAY });
    const deleted = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 4,
      recordedAt: TUESDAY,
      deletedAt: LATER_ON_TUESDAY,
    });
    expect(auditAtWeek([kept, deleted], 3).get('q1')).toBe(kept);
  });
});

describe('compareRatingEvents', () => {
  it('orders by week, then by when recorded, then by id', () => {
    const events = [
      makeRatingEvent({
        id: 'c0000000-0000-4000-8000-000000000000',
        skillId: 'q1',
        week: 3,
        level: 1,
        recordedAt: MONDAY,
      }),
      makeRatingEvent({
        id: 'b0000000-0000-4000-8000-000000000000',
        skillId: 'q1',
        week: 1,
        level: 1,
        recordedAt: A_MONTH_LATER,
      }),
      makeRatingEvent({
        id: 'a0000000-0000-4000-8000-000000000000',
        skillId: 'q1',
        week: 3,
        level: 1,
        recordedAt: TUESDAY,
      }),
      makeRatingEvent({
        id: 'd0000000-0000-4000-8000-000000000000',
        skillId: 'q1',
        week: 3,
        level: 1,
        recordedAt: MONDAY,
      }),
    ];
    const sorted = [...events].sort(compareRatingEvents).map((event) => event.id[0]);
    expect(sorted).toEqual(['b', 'c', 'd', 'a']);
    expect(
      [...events]
        .reverse()
        .sort(compareRatingEvents)
        .map((event) => event.id[0]),
    ).toEqual(sorted);
  });
});

describe('ratingsInWeek', () => {
  it('gives the latest rating of each skill made for exactly that week', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 1, level: 1, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 2, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 3, recordedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q2', week: 1, level: 4, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q2', week: 2, level: 2, kind: 'target', recordedAt: MONDAY }),
    ];
    expect(levels(ratingsInWeek(events, 2))).toEqual({ q1: 3 });
    expect(levels(ratingsInWeek(events, 1))).toEqual({ q1: 1, q2: 4 });
    expect(levels(ratingsInWeek(events, 3))).toEqual({});
    expect(levels(ratingsInWeek(events, 2, 'target'))).toEqual({ q2: 2 });
  });
});

describe('baselineRatings', () => {
  it('takes the week 0 rating when there is one', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 1, level: 3, recordedAt: MONDAY }),
    ];
    expect(levels(baselineRatings(events))).toEqual({ q1: 1 });
  });

  it('takes the earliest week for a skill without a week 0 rating, skill by skill', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q2', week: 4, level: 3, recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q2', week: 2, level: 2, recordedAt: A_MONTH_LATER }),
      makeRatingEvent({ skillId: 'q2', week: 6, level: 4, recordedAt: TUESDAY }),
    ];
    const baseline = baselineRatings(events);
    expect(levels(baseline)).toEqual({ q1: 1, q2: 2 });
    expect(baseline.get('q2')?.week).toBe(2);
  });

  it('takes the last re-rating within the baseline week', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 3, recordedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1, recordedAt: MONDAY }),
    ];
    expect(levels(baselineRatings(events))).toEqual({ q1: 3 });
  });

  it('ignores targets and deleted events', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1, deletedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q1', week: 1, level: 2 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 4, kind: 'target' }),
    ];
    expect(levels(baselineRatings(events))).toEqual({ q1: 2 });
  });
});

describe('ratedWeeks', () => {
  it('lists the weeks with a self-rating, ascending and once each', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 4, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q1', week: 10, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 4, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 7, level: 1, kind: 'target' }),
    ];
    expect(ratedWeeks(events)).toEqual([0, 4, 10]);
    expect(ratedWeeks([])).toEqual([]);
  });
});

describe('ratingEventSchema', () => {
  it('accepts a well-formed event', () => {
    const event = makeRatingEvent({
      skillId: 'otp.questioning.hinge-questions',
      week: 3,
      level: 2,
    });
    expect(ratingEventSchema.parse(event)).toEqual(event);
  });

  it('rejects a week, level or note out of range, naming the field', () => {
    const result = ratingEventSchema.safeParse(
      makeRatingEvent({
        skillId: 'q1',
        week: 105,
        level: 11,
        note: 'x'.repeat(MAX_NOTE_LENGTH + 1),
      }),
    );
    expect(result.success).toBe(false);
    const issues = describeIssues(result.error!);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^week: /),
        expect.stringMatching(/^level: /),
        `note: Keep the note under ${MAX_NOTE_LENGTH} characters`,
      ]),
    );
  });
});

describe('targetsAtWeek', () => {
  it('is the latest target set up to week N', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 3, kind: 'target', recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q1', week: 4, level: 4, kind: 'target', recordedAt: TUESDAY }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 1, recordedAt: MONDAY }),
    ];
    expect(levels(targetsAtWeek(events, 3))).toEqual({ q1: 3 });
    expect(levels(targetsAtWeek(events, 4))).toEqual({ q1: 4 });
  });

  it('has no target for a skill from the week its target was removed, until one is set again', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 1, level: 4, kind: 'target', recordedAt: MONDAY }),
      makeRatingEvent({ skillId: 'q2', week: 1, level: 3, kind: 'target', recordedAt: MONDAY }),
      makeRatingEvent({
        skillId: 'q1',
        week: 3,
        level: 4,
        kind: 'target-cleared',
        recordedAt: TUESDAY,
      }),
      makeRatingEvent({
        skillId: 'q1',
        week: 6,
        level: 3,
        kind: 'target',
        recordedAt: A_MONTH_LATER,
      }),
    ];
    expect(levels(targetsAtWeek(events, 2))).toEqual({ q1: 4, q2: 3 });
    expect(levels(targetsAtWeek(events, 3))).toEqual({ q2: 3 });
    expect(levels(targetsAtWeek(events, 5))).toEqual({ q2: 3 });
    expect(levels(targetsAtWeek(events, 6))).toEqual({ q1: 3, q2: 3 });
  });

  it('within one week, follows the order the target was set and removed', () => {
    const set = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 4,
      kind: 'target',
      recordedAt: MONDAY,
    });
    const removed = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 4,
      kind: 'target-cleared',
      recordedAt: TUESDAY,
    });
    const setAgain = makeRatingEvent({
      skillId: 'q1',
      week: 2,
      level: 3,
      kind: 'target',
      recordedAt: LATER_ON_TUESDAY,
    });
    expect(levels(targetsAtWeek([set, removed], 2))).toEqual({});
    expect(levels(targetsAtWeek([removed, set, setAgain], 2))).toEqual({ q1: 3 });
  });

  it('does not count a removal as a self-rating', () => {
    const removed = makeRatingEvent({ skillId: 'q1', week: 2, level: 4, kind: 'target-cleared' });
    expect(auditAtWeek([removed], 2).size).toBe(0);
    expect(baselineRatings([removed]).size).toBe(0);
  });
});

describe('latestRatedWeek', () => {
  it('is the latest week of any live rating or target, or null when there is none', () => {
    const rating = makeRatingEvent({ skillId: 'q1', week: 3, level: 2 });
    const target = makeRatingEvent({ skillId: 'q2', week: 5, level: 4, kind: 'target' });
    const deleted = makeRatingEvent({ skillId: 'q1', week: 9, level: 3, deletedAt: MONDAY });
    expect(latestRatedWeek([rating, target, deleted])).toBe(5);
    expect(latestRatedWeek([deleted])).toBeNull();
    expect(latestRatedWeek([])).toBeNull();
  });
});
