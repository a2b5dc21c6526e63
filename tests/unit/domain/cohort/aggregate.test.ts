import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateCohort,
  latestPerDelegate,
  SMALL_COHORT,
  spreadOf,
} from '@/domain/cohort/aggregate';
import { foldName, memberFrom, type CohortMember } from '@/domain/cohort/cohort';
import type { Snapshot, SnapshotFramework } from '@/domain/cohort/snapshot';
import { makeSnapshot } from '../../../support/cohort-factories';

const framework: SnapshotFramework = {
  key: 'small',
  version: 1,
  name: 'Small framework',
  scale: [
    { value: 1, label: 'Emerging' },
    { value: 2, label: 'Developing' },
    { value: 3, label: 'Secure' },
    { value: 4, label: 'Leading' },
  ],
  areas: [
    {
      id: 'questioning',
      name: 'Questioning',
      skills: [
        { id: 'q1', statement: 'Hinge questions' },
        { id: 'q2', statement: 'Wait time' },
      ],
    },
    { id: 'feedback', name: 'Feedback', skills: [{ id: 'f1', statement: 'Live marking' }] },
  ],
};

function member(snapshot: Snapshot): CohortMember {
  const { framework: own, ...content } = snapshot;
  return memberFrom(content, own, [], '2026-11-21T09:00:00.000Z');
}

function delegate(
  name: string,
  ratings: Snapshot['ratings'],
  overrides: Partial<Snapshot> = {},
): CohortMember {
  return member(
    makeSnapshot({
      framework,
      delegate: { id: crypto.randomUUID(), name },
      ratings,
      targets: [],
      ...overrides,
    }),
  );
}

describe('spreadOf', () => {
  it('gives the mean with the spread, not just the mean', () => {
    expect(spreadOf([1, 2, 3, 4])).toEqual({
      n: 4,
      mean: 2.5,
      sd: Math.sqrt(1.25),
      min: 1,
      max: 4,
      isSmall: false,
    });
    expect(spreadOf([])).toBeNull();
  });

  it(`marks a figure drawn from fewer than ${SMALL_COHORT} delegates`, () => {
    expect(spreadOf([2, 3])?.isSmall).toBe(true);
    expect(spreadOf([2, 3, 3])?.isSmall).toBe(false);
  });
});

describe('aggregateCohort', () => {
  const ann = delegate('Ann', [
    { skillId: 'q1', week: 0, level: 1 },
    { skillId: 'q1', week: 5, level: 3 },
    { skillId: 'q2', week: 0, level: 2 },
    { skillId: 'q2', week: 5, level: 2 },
    { skillId: 'f1', week: 0, level: 2 },
  ]);
  const ben = delegate('Ben', [
    { skillId: 'q1', week: 0, level: 2 },
    { skillId: 'q1', week: 4, level: 4 },
    { skillId: 'q2', week: 0, level: 1 },
    { skillId: 'q2', week: 4, level: 1 },
  ]);
  const cal = delegate('Cal', [
    { skillId: 'q1', week: 0, level: 1 },
    { skillId: 'q1', week: 6, level: 2 },
  ]);

  it('gives each area at baseline and now across delegates, with the spread', () => {
    const result = aggregateCohort({ framework, names: ['Ann', 'Ben', 'Cal'] }, [ann, ben, cal]);
    const questioning = result.areas.find((area) => area.areaId === 'questioning');
    // Ann (1+2)/2 = 1.5, Ben (2+1)/2 = 1.5, Cal 1 → baseline; now Ann 2.5, Ben 2.5, Cal 2.
    expect(questioning?.baseline?.mean).toBeCloseTo((1.5 + 1.5 + 1) / 3);
    expect(questioning?.now?.mean).toBeCloseTo((2.5 + 2.5 + 2) / 3);
    expect(questioning?.now?.min).toBe(2);
    expect(questioning?.now?.max).toBe(2.5);
    expect(questioning?.now?.isSmall).toBe(false);
    const feedback = result.areas.find((area) => area.areaId === 'feedback');
    expect(feedback?.baseline).toMatchObject({ n: 1, mean: 2, isSmall: true });
  });

  it('names the skills that moved most and least, with how many delegates each is from', () => {
    const result = aggregateCohort({ framework, names: [] }, [ann, ben, cal]);
    expect(result.mostMoved[0]).toMatchObject({ skillId: 'q1', change: { n: 3 } });
    expect(result.mostMoved[0]?.change.mean).toBeCloseTo((2 + 2 + 1) / 3);
    expect(result.leastMoved[0]).toMatchObject({
      skillId: 'q2',
      change: { n: 2, mean: 0, isSmall: true },
    });
    // f1 was rated once only: it has not moved or stood still, so it is in neither list.
    expect([...result.mostMoved, ...result.leastMoved].map((move) => move.skillId)).not.toContain(
      'f1',
    );
  });

  it('says who has shared, who has not, and who shared without being on the list', () => {
    const result = aggregateCohort({ framework, names: ['Ben', 'Dee', 'ann'] }, [ann, ben, cal]);
    expect(
      result.sharing.map((row) => [row.name, row.member !== undefined, row.isOffList]),
    ).toEqual([
      ['Ben', true, false],
      ['Dee', false, false],
      ['ann', true, false],
      ['Cal', true, true],
    ]);
    expect(result.sharedCount).toBe(2);
    expect(result.notSharedCount).toBe(1);
  });

  it('lets a later snapshot replace an earlier one from the same delegate and programme', () => {
    const earlier = member(
      makeSnapshot({ framework, takenAt: '2026-10-01T09:00:00.000Z', seed: 3 }),
    );
    const later: CohortMember = {
      ...earlier,
      snapshotId: crypto.randomUUID(),
      takenAt: '2026-11-01T09:00:00.000Z',
    };
    expect(latestPerDelegate([later, earlier])).toEqual([later]);
    expect(latestPerDelegate([earlier, later])).toEqual([later]);
    const otherProgramme: CohortMember = {
      ...earlier,
      programme: { ...earlier.programme, id: crypto.randomUUID() },
      delegateKey: `${earlier.delegate.id}:other`,
    };
    expect(latestPerDelegate([earlier, otherProgramme])).toHaveLength(2);
    expect(aggregateCohort({ framework, names: [] }, [earlier, later]).members).toEqual([later]);
  });

  it('gathers effective techniques across the cohort, counting each delegate once', () => {
    const technique = {
      title: 'Cold call',
      technique: 'Cold call with wait time',
      skillIds: ['q2'],
      impact: 3,
    };
    const one = delegate('Ann', [{ skillId: 'q1', week: 0, level: 1 }], {
      techniques: [technique, { ...technique, title: 'Again' }],
    });
    const two = delegate('Ben', [{ skillId: 'q1', week: 0, level: 1 }], {
      techniques: [{ ...technique, technique: 'cold call, with wait time!' }],
    });
    const result = aggregateCohort({ framework, names: [] }, [one, two]);
    expect(result.techniques).toEqual([
      {
        technique: 'Cold call with wait time',
        titles: ['Cold call', 'Again'],
        skillIds: ['q2'],
        delegates: 2,
      },
    ]);
    expect(result.learningThree).toEqual({ delegates: 2, colleagues: 4, observations: 8 });
  });
});

// ─── The property: every figure is what a plain recomputation from the raw snapshots gives ───

const skillIds = ['q1', 'q2', 'f1'] as const;

const snapshotArbitrary = fc
  .record({
    delegate: fc.integer({ min: 0, max: 5 }),
    day: fc.integer({ min: 1, max: 28 }),
    ratings: fc.array(
      fc.record({
        skillId: fc.constantFrom(...skillIds),
        week: fc.integer({ min: 0, max: 10 }),
        level: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ delegate: who, day, ratings }) =>
    makeSnapshot({
      framework,
      delegate: { id: `00000000-0000-4000-8000-00000000000${who.toString()}`, name: `D${who}` },
      programme: {
        id: '00000000-0000-4000-8000-000000000100',
        name: 'P',
        startDate: '2026-09-07',
        lengthWeeks: 10,
        currentWeek: 10,
      },
      snapshotId: crypto.randomUUID(),
      takenAt: `2026-10-${day.toString().padStart(2, '0')}T09:00:00.000Z`,
      ratings,
      targets: [],
      techniques: [],
    }),
  );

/** The figures worked out the long way, straight from the wire snapshots. */
function recompute(snapshots: readonly Snapshot[]) {
  const latest = new Map<string, Snapshot>();
  for (const snapshot of snapshots) {
    const current = latest.get(snapshot.delegate.id);
    if (!current || snapshot.takenAt > current.takenAt) latest.set(snapshot.delegate.id, snapshot);
  }
  const areaOf = (skillId: string) => (skillId === 'f1' ? 'feedback' : 'questioning');
  const areas: Record<string, { baseline: number[]; now: number[] }> = {
    questioning: { baseline: [], now: [] },
    feedback: { baseline: [], now: [] },
  };
  const changes: Record<string, number[]> = { q1: [], q2: [], f1: [] };
  for (const snapshot of latest.values()) {
    const perArea: Record<string, { baseline: number[]; now: number[] }> = {};
    for (const skillId of skillIds) {
      // The rating for a week is the last one given for it; then the first and the last week.
      const byWeek = new Map<number, number>();
      for (const rating of snapshot.ratings) {
        if (rating.skillId === skillId) byWeek.set(rating.week, rating.level);
      }
      const weeks = [...byWeek.keys()].sort((a, b) => a - b);
      if (weeks.length === 0) continue;
      const baseline = byWeek.get(weeks[0]!)!;
      const now = byWeek.get(weeks.at(-1)!)!;
      const area = (perArea[areaOf(skillId)] ??= { baseline: [], now: [] });
      area.baseline.push(baseline);
      area.now.push(now);
      if (weeks.length >= 2) changes[skillId]!.push(now - baseline);
    }
    for (const [areaId, values] of Object.entries(perArea)) {
      const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
      areas[areaId]!.baseline.push(mean(values.baseline));
      areas[areaId]!.now.push(mean(values.now));
    }
  }
  return { count: latest.size, areas, changes };
}

function expectSpread(actual: ReturnType<typeof spreadOf>, values: number[]) {
  if (values.length === 0) {
    expect(actual).toBeNull();
    return;
  }
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
  expect(actual?.n).toBe(values.length);
  expect(actual?.mean).toBeCloseTo(mean, 9);
  expect(actual?.sd).toBeCloseTo(sd, 9);
  expect(actual?.min).toBe(Math.min(...values));
  expect(actual?.max).toBe(Math.max(...values));
  expect(actual?.isSmall).toBe(values.length < SMALL_COHORT);
}

describe('the cohort’s figures (property)', () => {
  it('equal a recomputation from the raw snapshots, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(snapshotArbitrary, { maxLength: 12 }), (snapshots) => {
        // Each delegate's snapshots with distinct times, as two shares never carry the same instant.
        const seen = new Set<string>();
        const distinct = snapshots.filter((snapshot) => {
          const key = `${snapshot.delegate.id} ${snapshot.takenAt}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        const result = aggregateCohort(
          { framework, names: [] },
          distinct.map((snapshot) => member(snapshot)),
        );
        const expected = recompute(distinct);
        expect(result.members).toHaveLength(expected.count);
        for (const area of result.areas) {
          expectSpread(area.baseline, expected.areas[area.areaId]!.baseline);
          expectSpread(area.now, expected.areas[area.areaId]!.now);
        }
        for (const move of [...result.mostMoved, ...result.leastMoved]) {
          expectSpread(move.change, expected.changes[move.skillId]!);
        }
        const moved = skillIds.filter((id) => expected.changes[id]!.length > 0).length;
        expect(result.mostMoved.length + result.leastMoved.length).toBe(moved);
        expect(new Set(result.sharing.map((row) => foldName(row.name))).size).toBe(expected.count);
      }),
      { numRuns: 200 },
    );
  });
});
