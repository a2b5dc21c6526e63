import { describe, expect, it } from 'vitest';
import {
  activeAreas,
  chartedAreas,
  findSkill,
  frameworkDefinitionSchema,
} from '@/domain/framework';
import {
  addArea,
  addSkill,
  archiveArea,
  archiveConsequence,
  archiveSkill,
  blankFramework,
  copyOfFramework,
  droppedIds,
  frameworkProblems,
  moveArea,
  moveSkill,
  ratingCountsBySkill,
  renameArea,
  renameSkill,
  resizeScale,
  restoreArea,
  restoreSkill,
  scaleChangeProblem,
} from '@/domain/framework-edits';
import { auditAtWeek } from '@/domain/rating';
import { skillProgress } from '@/domain/progress';
import { makeFramework, makeRatingEvent } from '../../support/factories';

const now = new Date('2026-11-23T10:00:00Z');

function skillStatements(framework: ReturnType<typeof makeFramework>, areaIndex = 0): string[] {
  return framework.areas[areaIndex]?.skills.map((skill) => skill.statement) ?? [];
}

describe('framework edits', () => {
  it('renaming a skill keeps its id, so its ratings stay its own', () => {
    const framework = renameSkill(
      makeFramework(),
      'q1',
      'I plan hinge questions for every lesson.',
    );
    expect(findSkill(framework, 'q1')?.skill.statement).toBe(
      'I plan hinge questions for every lesson.',
    );
    expect(droppedIds(makeFramework(), framework)).toEqual([]);
    const events = [makeRatingEvent({ skillId: 'q1', week: 1, level: 3 })];
    expect(skillProgress(framework, events, 1)[0]?.skill.statement).toBe(
      'I plan hinge questions for every lesson.',
    );
  });

  it('renaming an area keeps its id and its skills', () => {
    const framework = renameArea(makeFramework(), 'feedback', 'Feedback and marking');
    expect(framework.areas[1]).toMatchObject({ id: 'feedback', name: 'Feedback and marking' });
    expect(framework.areas[1]?.skills.map((skill) => skill.id)).toEqual(['f1', 'f2']);
  });

  it('adds skills and areas with new unique ids and a valid result', () => {
    const withSkill = addSkill(makeFramework(), 'questioning', 'I use cold calling.');
    expect(skillStatements(withSkill.framework)).toHaveLength(3);
    expect(findSkill(withSkill.framework, withSkill.skillId)?.area.id).toBe('questioning');
    const withArea = addArea(withSkill.framework, 'Behaviour for learning', 'I set routines.');
    expect(withArea.framework.areas.at(-1)).toMatchObject({
      id: withArea.areaId,
      name: 'Behaviour for learning',
    });
    expect(frameworkDefinitionSchema.safeParse(withArea.framework).success).toBe(true);
    expect(withArea.areaId).not.toBe(withSkill.skillId);
  });

  it('reorders skills within an area and areas within the framework; the ends stay put', () => {
    const framework = moveSkill(makeFramework(), 'q2', 'up');
    expect(framework.areas[0]?.skills.map((skill) => skill.id)).toEqual(['q2', 'q1']);
    expect(moveSkill(framework, 'q2', 'up').areas[0]?.skills.map((s) => s.id)).toEqual([
      'q2',
      'q1',
    ]);
    expect(moveArea(makeFramework(), 'questioning', 'down').areas.map((a) => a.id)).toEqual([
      'feedback',
      'questioning',
    ]);
    expect(moveArea(makeFramework(), 'feedback', 'down').areas.map((a) => a.id)).toEqual([
      'questioning',
      'feedback',
    ]);
  });

  it('archiving a skill hides it from new audits but keeps its ratings in the charts', () => {
    const framework = archiveSkill(makeFramework(), 'q1', now);
    expect(activeAreas(framework)[0]?.skills.map((skill) => skill.id)).toEqual(['q2']);
    expect(findSkill(framework, 'q1')?.skill.archivedAt).toBe(now.toISOString());
    const events = [makeRatingEvent({ skillId: 'q1', week: 1, level: 2 })];
    expect(auditAtWeek(events, 1).get('q1')?.level).toBe(2);
    expect(chartedAreas(framework, new Set(['q1']))[0]?.skills.map((s) => s.id)).toEqual([
      'q1',
      'q2',
    ]);
    expect(skillProgress(framework, events, 1).map((entry) => entry.skill.id)).toEqual(['q1']);
    // An archived skill nobody rated leaves the charts as well as the audit.
    expect(chartedAreas(framework, new Set())[0]?.skills.map((s) => s.id)).toEqual(['q2']);
  });

  it('restoring brings a skill or an area back to the audit', () => {
    const archived = archiveArea(archiveSkill(makeFramework(), 'q1', now), 'feedback', now);
    expect(activeAreas(archived).map((area) => area.id)).toEqual(['questioning']);
    const restored = restoreArea(restoreSkill(archived, 'q1'), 'feedback');
    expect(activeAreas(restored)).toEqual(makeFramework().areas);
  });

  it('resizes the scale from its lowest level, keeping the text of kept levels', () => {
    const scale = makeFramework().scale;
    const five = resizeScale(scale, 5);
    expect(five.levels.map((level) => level.value)).toEqual([1, 2, 3, 4, 5]);
    expect(five.levels[3]).toEqual(scale.levels[3]);
    expect(five.levels[4]?.label).toBe('Level 5');
    expect(resizeScale(scale, 3).levels.map((level) => level.label)).toEqual([
      'Emerging',
      'Developing',
      'Secure',
    ]);
  });

  it('refuses a scale that would leave ratings out of range, saying how many and why', () => {
    const scale = resizeScale(makeFramework().scale, 3);
    const events = [
      ...Array.from({ length: 12 }, () => makeRatingEvent({ skillId: 'q1', week: 1, level: 4 })),
      makeRatingEvent({ skillId: 'q2', week: 1, level: 2 }),
    ];
    expect(scaleChangeProblem(scale, events)).toBe(
      '12 ratings are at level 4; a 3-level scale (1–3) would leave them out of range. Keep enough levels for the ratings already made.',
    );
    expect(scaleChangeProblem(resizeScale(scale, 4), events)).toBeNull();
    expect(
      scaleChangeProblem(scale, [
        makeRatingEvent({ skillId: 'q1', week: 1, level: 4, kind: 'target' }),
      ]),
    ).toMatch(/^1 rating is at level 4; .* leave it out of range/);
    // A withdrawn (tombstoned) rating does not block a change.
    expect(
      scaleChangeProblem(scale, [
        makeRatingEvent({ skillId: 'q1', week: 1, level: 4, deletedAt: now.toISOString() }),
      ]),
    ).toBeNull();
  });

  it('allows any scale change when no rating would fall outside it', () => {
    const events = [makeRatingEvent({ skillId: 'q1', week: 1, level: 2 })];
    expect(scaleChangeProblem(resizeScale(makeFramework().scale, 2), events)).toBeNull();
    expect(scaleChangeProblem(resizeScale(makeFramework().scale, 7), events)).toBeNull();
  });

  it('names the area, the skill and the field in every validation message', () => {
    const framework = renameSkill(
      renameArea(makeFramework(), 'feedback', 'Behaviour for learning'),
      'f2',
      '  ',
    );
    framework.areas[0] = { ...framework.areas[0]!, name: '' };
    framework.scale.levels[1] = { ...framework.scale.levels[1]!, label: '' };
    expect(frameworkProblems(framework)).toEqual([
      'Scale, level 2 label: needs a label',
      'Area 1 (no name yet) name: needs a name',
      "Area 'Behaviour for learning', skill 2 statement: needs a statement",
    ]);
    expect(frameworkProblems(makeFramework())).toEqual([]);
  });

  it('counts ratings per skill and says what archiving keeps', () => {
    const counts = ratingCountsBySkill([
      makeRatingEvent({ skillId: 'q1', week: 1, level: 2 }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 3 }),
      makeRatingEvent({ skillId: 'q1', week: 2, level: 3, kind: 'target' }),
    ]);
    expect(counts.get('q1')).toBe(2);
    expect(archiveConsequence(6)).toBe(
      'Hidden from new audits; its 6 ratings stay in your charts.',
    );
    expect(archiveConsequence(1)).toBe(
      'Hidden from new audits; its 1 rating stays in your charts.',
    );
    expect(archiveConsequence(0)).toMatch(/no ratings yet/);
  });

  it('makes valid blank frameworks and copies with a key of their own', () => {
    expect(frameworkProblems(blankFramework())).toEqual([]);
    const copy = copyOfFramework(makeFramework());
    expect(copy.key).not.toBe('test-framework');
    expect(copy.name).toBe('Copy of Test framework');
    expect(copy.areas).toEqual(makeFramework().areas);
    expect(frameworkProblems(copy)).toEqual([]);
  });
});
