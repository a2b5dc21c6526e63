import { describe, expect, it } from 'vitest';
import type { Area, FrameworkDefinition } from '@/domain/framework';
import {
  areaAveragesByWeek,
  biggestGains,
  compareAreas,
  furthestFromTarget,
  skillProgress,
  skillWeekGrid,
  type SkillProgress,
} from '@/domain/progress';
import { makeFramework, makeRatingEvent } from '../../support/factories';

// makeFramework(): "questioning" holds q1 and q2; "feedback" holds f1 and f2; the scale is 1–4.

const ARCHIVED_AT = '2026-10-01T12:00:00.000Z';

function withArchived(framework: FrameworkDefinition, ids: readonly string[]): FrameworkDefinition {
  return {
    ...framework,
    areas: framework.areas.map((area) => ({
      ...area,
      ...(ids.includes(area.id) ? { archivedAt: ARCHIVED_AT } : {}),
      skills: area.skills.map((skill) =>
        ids.includes(skill.id) ? { ...skill, archivedAt: ARCHIVED_AT } : skill,
      ),
    })),
  };
}

describe('areaAveragesByWeek', () => {
  it('averages only rated skills, is null before any rating and carries levels forward', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 1, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 2, level: 3 }),
      makeRatingEvent({ skillId: 'q1', week: 3, level: 4 }),
    ];
    expect(areaAveragesByWeek(makeFramework(), events, [0, 1, 2, 3, 4])).toEqual([
      { week: 0, averages: { questioning: null, feedback: null } },
      // q2 is not rated yet: the average is q1's level alone, not (1 + 0) ÷ 2.
      { week: 1, averages: { questioning: 1, feedback: null } },
      { week: 2, averages: { questioning: 2, feedback: null } },
      { week: 3, averages: { questioning: 3.5, feedback: null } },
      // Nothing rated in week 4: week 3's levels are still in force.
      { week: 4, averages: { questioning: 3.5, feedback: null } },
    ]);
  });

  it('rounds to two decimals', () => {
    const framework = makeFramework({
      areas: [
        {
          id: 'planning',
          name: 'Planning',
          skills: [
            { id: 'p1', statement: 'One' },
            { id: 'p2', statement: 'Two' },
            { id: 'p3', statement: 'Three' },
          ],
        },
      ],
    });
    const events = [
      makeRatingEvent({ skillId: 'p1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'p2', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'p3', week: 0, level: 2 }),
    ];
    expect(areaAveragesByWeek(framework, events, [0])).toEqual([
      { week: 0, averages: { planning: 1.67 } },
    ]);
  });

  it('leaves out targets; archived skills and areas stay in while they have ratings', () => {
    const framework = withArchived(makeFramework(), ['q2', 'feedback']);
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 4 }),
      makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
      makeRatingEvent({ skillId: 'f1', week: 0, level: 3 }),
    ];
    // Archiving hides a skill from new audits, not its history from the charts.
    expect(areaAveragesByWeek(framework, events, [0])).toEqual([
      { week: 0, averages: { questioning: 3, feedback: 3 } },
    ]);
    // An archived area with no ratings has nothing to chart.
    expect(
      areaAveragesByWeek(framework, [makeRatingEvent({ skillId: 'q1', week: 0, level: 2 })], [0]),
    ).toEqual([{ week: 0, averages: { questioning: 2 } }]);
  });
});

describe('compareAreas', () => {
  it('gives each active area its baseline, latest and target averages as of a week', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'q1', week: 3, level: 3 }),
      makeRatingEvent({ skillId: 'q2', week: 5, level: 4 }),
      makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
      makeRatingEvent({ skillId: 'q2', week: 0, level: 3, kind: 'target' }),
    ];
    expect(compareAreas(makeFramework(), events, 3)).toEqual([
      { areaId: 'questioning', areaName: 'Questioning', baseline: 1.5, latest: 2.5, target: 3.5 },
      { areaId: 'feedback', areaName: 'Feedback', baseline: null, latest: null, target: null },
    ]);
    expect(compareAreas(makeFramework(), events, 5)[0]).toMatchObject({
      baseline: 1.5,
      latest: 3.5,
    });
  });

  it('does not take a baseline from a week after the one compared', () => {
    const events = [
      makeRatingEvent({ skillId: 'q1', week: 0, level: 2 }),
      makeRatingEvent({ skillId: 'f1', week: 5, level: 1 }),
      makeRatingEvent({ skillId: 'q2', week: 5, level: 4 }),
    ];
    const atWeek3 = compareAreas(makeFramework(), events, 3);
    expect(atWeek3).toEqual([
      { areaId: 'questioning', areaName: 'Questioning', baseline: 2, latest: 2, target: null },
      { areaId: 'feedback', areaName: 'Feedback', baseline: null, latest: null, target: null },
    ]);
    const atWeek5 = compareAreas(makeFramework(), events, 5);
    expect(atWeek5.map(({ baseline, latest }) => ({ baseline, latest }))).toEqual([
      { baseline: 3, latest: 3 },
      { baseline: 1, latest: 1 },
    ]);
  });

  it('leaves out archived areas', () => {
    const framework = withArchived(makeFramework(), ['feedback']);
    expect(compareAreas(framework, [], 0).map((area) => area.areaId)).toEqual(['questioning']);
  });
});

describe('skillWeekGrid', () => {
  const events = [
    makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
    makeRatingEvent({ skillId: 'q1', week: 2, level: 3 }),
    makeRatingEvent({ skillId: 'q1', week: 4, level: 2 }),
    makeRatingEvent({ skillId: 'q2', week: 3, level: 2 }),
    makeRatingEvent({ skillId: 'q2', week: 1, level: 4, kind: 'target' }),
  ];
  const weeks = [0, 1, 2, 3, 4, 5];

  it('has a row per active skill in framework order', () => {
    const grid = skillWeekGrid(withArchived(makeFramework(), ['f2']), events, weeks);
    expect(grid.map((row) => [row.area.id, row.skill.id])).toEqual([
      ['questioning', 'q1'],
      ['questioning', 'q2'],
      ['feedback', 'f1'],
    ]);
  });

  it('carries levels forward, marks the weeks actually rated and shows each change', () => {
    const [q1, q2, f1] = skillWeekGrid(makeFramework(), events, weeks);
    expect(q1?.cells).toEqual([
      { week: 0, level: 1, isRatedThisWeek: true, change: 0 },
      { week: 1, level: 1, isRatedThisWeek: false, change: 0 },
      { week: 2, level: 3, isRatedThisWeek: true, change: 2 },
      { week: 3, level: 3, isRatedThisWeek: false, change: 0 },
      { week: 4, level: 2, isRatedThisWeek: true, change: -1 },
      { week: 5, level: 2, isRatedThisWeek: false, change: 0 },
    ]);
    // Targets are not ratings: q2's target in week 1 leaves the grid empty until week 3.
    expect(q2?.cells.map((cell) => cell.level)).toEqual([null, null, null, 2, 2, 2]);
    expect(q2?.cells.map((cell) => cell.isRatedThisWeek)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(q2?.cells.every((cell) => cell.change === 0)).toBe(true);
    expect(f1?.cells.every((cell) => cell.level === null && !cell.isRatedThisWeek)).toBe(true);
  });

  it('measures change from the previous week shown when weeks are skipped', () => {
    const [q1] = skillWeekGrid(makeFramework(), events, [0, 4]);
    expect(q1?.cells).toEqual([
      { week: 0, level: 1, isRatedThisWeek: true, change: 0 },
      { week: 4, level: 2, isRatedThisWeek: true, change: 1 },
    ]);
  });
});

describe('skillProgress', () => {
  const events = [
    makeRatingEvent({ skillId: 'q1', week: 0, level: 1 }),
    makeRatingEvent({ skillId: 'q1', week: 3, level: 3, note: 'Hinge questions in every lesson' }),
    makeRatingEvent({ skillId: 'q1', week: 0, level: 4, kind: 'target' }),
    makeRatingEvent({ skillId: 'q2', week: 2, level: 2 }),
    makeRatingEvent({ skillId: 'f1', week: 6, level: 1 }),
  ];

  it("gives each rated skill's baseline, latest level, gain and gap to target as of a week", () => {
    const progress = skillProgress(makeFramework(), events, 4);
    expect(
      progress.map(
        ({ skill, baseline, latest, target, gain, gapToTarget, latestNote, latestWeek }) => ({
          skillId: skill.id,
          baseline,
          latest,
          target,
          gain,
          gapToTarget,
          latestNote,
          latestWeek,
        }),
      ),
    ).toEqual([
      {
        skillId: 'q1',
        baseline: 1,
        latest: 3,
        target: 4,
        gain: 2,
        gapToTarget: 1,
        latestNote: 'Hinge questions in every lesson',
        latestWeek: 3,
      },
      // First rated in week 2: that is its baseline, and with nothing since it has gained nothing.
      {
        skillId: 'q2',
        baseline: 2,
        latest: 2,
        target: null,
        gain: 0,
        gapToTarget: null,
        latestNote: '',
        latestWeek: 2,
      },
    ]);
    expect(progress[0]?.area.id).toBe('questioning');
  });

  it('leaves out skills not rated by that week; archived skills keep their progress', () => {
    expect(skillProgress(makeFramework(), events, 1).map((entry) => entry.skill.id)).toEqual([
      'q1',
    ]);
    expect(skillProgress(makeFramework(), events, 6).map((entry) => entry.skill.id)).toEqual([
      'q1',
      'q2',
      'f1',
    ]);
    const framework = withArchived(makeFramework(), ['q1']);
    expect(skillProgress(framework, events, 6).map((entry) => entry.skill.id)).toEqual([
      'q1',
      'q2',
      'f1',
    ]);
  });
});

describe('biggestGains and furthestFromTarget', () => {
  const area: Area = { id: 'questioning', name: 'Questioning', skills: [] };

  function entry(statement: string, gain: number, gapToTarget: number | null): SkillProgress {
    return {
      area,
      skill: { id: statement.toLowerCase(), statement },
      baseline: 1,
      latest: 1 + gain,
      target: gapToTarget === null ? null : 1 + gain + gapToTarget,
      gain,
      gapToTarget,
      latestNote: '',
      latestWeek: 3,
    };
  }

  const progress = [
    entry('Alpha', 1, 2),
    entry('Bravo', 3, null),
    entry('Charlie', 0, 3),
    entry('Delta', -1, 1),
    entry('Echo', 2, 0),
    entry('Foxtrot', 1, -1),
    entry('Golf', 2, 2),
    entry('Hotel', 1, 1),
    entry('India', 1, 1),
  ];

  it('biggestGains keeps only real gains, largest first, ties by statement, up to the limit', () => {
    const statements = (list: SkillProgress[]) => list.map((item) => item.skill.statement);
    expect(statements(biggestGains(progress))).toEqual([
      'Bravo',
      'Echo',
      'Golf',
      'Alpha',
      'Foxtrot',
    ]);
    expect(statements(biggestGains(progress, 2))).toEqual(['Bravo', 'Echo']);
    expect(statements(biggestGains(progress, 100))).toEqual([
      'Bravo',
      'Echo',
      'Golf',
      'Alpha',
      'Foxtrot',
      'Hotel',
      'India',
    ]);
    expect(biggestGains([entry('Flat', 0, null), entry('Down', -2, null)])).toEqual([]);
  });

  it('furthestFromTarget keeps only skills still below a target, furthest first', () => {
    const statements = (list: SkillProgress[]) => list.map((item) => item.skill.statement);
    expect(statements(furthestFromTarget(progress))).toEqual([
      'Charlie',
      'Alpha',
      'Golf',
      'Delta',
      'Hotel',
    ]);
    expect(statements(furthestFromTarget(progress, 1))).toEqual(['Charlie']);
  });

  it('furthestFromTarget leaves out archived skills: their gap can no longer close', () => {
    const archived = {
      ...entry('Archived', 0, 3),
      skill: { id: 'x', statement: 'Archived', archivedAt: '2026-11-01T09:00:00.000Z' },
    };
    expect(
      furthestFromTarget([archived, entry('Live', 0, 1)]).map((item) => item.skill.statement),
    ).toEqual(['Live']);
  });

  it('does not reorder the list it is given', () => {
    const before = progress.map((item) => item.skill.statement);
    biggestGains(progress);
    furthestFromTarget(progress);
    expect(progress.map((item) => item.skill.statement)).toEqual(before);
  });
});
