import type { z } from '@/domain/zod';
import {
  frameworkDefinitionSchema,
  type Area,
  type FrameworkDefinition,
  type RatingLevel,
  type RatingScale,
  type Skill,
} from '@/domain/framework';
import type { RatingEvent } from '@/domain/rating';
import { newId } from '@/domain/record';

/**
 * The edits a delegate or facilitator can make to a framework, as pure functions from one definition
 * to the next. The rules that keep data safe (docs/design.md#versioned-frameworks) live here, so
 * the editor, the file import and the repository all follow them:
 *
 * - Ids never change: a rename edits the text and keeps the id, so a skill's ratings stay its own.
 * - Nothing is deleted: archiving sets `archivedAt` (hidden from new audits, kept in history and
 *   charts), restoring clears it. The repository refuses an edit that drops an area or a skill.
 * - A scale change may not leave a rating out of range (`scaleChangeProblem`).
 * - The repository raises `version` by one for every saved edit; ratings keep the version they
 *   were made against.
 *
 * Edits that cannot apply (an id that is not there) return the definition unchanged; validation of
 * text (empty names, too long) is `frameworkProblems`, run by the repository before anything is saved.
 */

export type Direction = 'up' | 'down';

function mapAreas(
  framework: FrameworkDefinition,
  change: (area: Area) => Area,
): FrameworkDefinition {
  return { ...framework, areas: framework.areas.map(change) };
}

function mapSkill(
  framework: FrameworkDefinition,
  skillId: string,
  change: (skill: Skill) => Skill,
): FrameworkDefinition {
  return mapAreas(framework, (area) =>
    area.skills.some((skill) => skill.id === skillId)
      ? {
          ...area,
          skills: area.skills.map((skill) => (skill.id === skillId ? change(skill) : skill)),
        }
      : area,
  );
}

function mapArea(
  framework: FrameworkDefinition,
  areaId: string,
  change: (area: Area) => Area,
): FrameworkDefinition {
  return mapAreas(framework, (area) => (area.id === areaId ? change(area) : area));
}

/** Swaps an item with its neighbour; at either end it stays where it is. */
function moved<T extends { id: string }>(
  items: readonly T[],
  id: string,
  direction: Direction,
): T[] {
  const index = items.findIndex((item) => item.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  const result = [...items];
  const item = result[index];
  const neighbour = result[target];
  if (index < 0 || item === undefined || neighbour === undefined) return result;
  result[index] = neighbour;
  result[target] = item;
  return result;
}

function withoutArchivedAt<T extends { archivedAt?: string | undefined }>(item: T): T {
  const copy = { ...item };
  delete copy.archivedAt;
  return copy;
}

export function renameFramework(
  framework: FrameworkDefinition,
  details: { name: string; description: string },
): FrameworkDefinition {
  return { ...framework, name: details.name, description: details.description };
}

/** A new area needs a first skill: an area without skills could not be audited. */
export function addArea(
  framework: FrameworkDefinition,
  name: string,
  firstSkillStatement: string,
): { framework: FrameworkDefinition; areaId: string } {
  const areaId = newId();
  return {
    areaId,
    framework: {
      ...framework,
      areas: [
        ...framework.areas,
        { id: areaId, name, skills: [{ id: newId(), statement: firstSkillStatement }] },
      ],
    },
  };
}

export function renameArea(
  framework: FrameworkDefinition,
  areaId: string,
  name: string,
): FrameworkDefinition {
  return mapArea(framework, areaId, (area) => ({ ...area, name }));
}

export function moveArea(
  framework: FrameworkDefinition,
  areaId: string,
  direction: Direction,
): FrameworkDefinition {
  return { ...framework, areas: moved(framework.areas, areaId, direction) };
}

export function archiveArea(
  framework: FrameworkDefinition,
  areaId: string,
  now: Date = new Date(),
): FrameworkDefinition {
  return mapArea(framework, areaId, (area) => ({ ...area, archivedAt: now.toISOString() }));
}

export function restoreArea(framework: FrameworkDefinition, areaId: string): FrameworkDefinition {
  return mapArea(framework, areaId, withoutArchivedAt);
}

export function addSkill(
  framework: FrameworkDefinition,
  areaId: string,
  statement: string,
): { framework: FrameworkDefinition; skillId: string } {
  const skillId = newId();
  return {
    skillId,
    framework: mapArea(framework, areaId, (area) => ({
      ...area,
      skills: [...area.skills, { id: skillId, statement }],
    })),
  };
}

export function renameSkill(
  framework: FrameworkDefinition,
  skillId: string,
  statement: string,
): FrameworkDefinition {
  return mapSkill(framework, skillId, (skill) => ({ ...skill, statement }));
}

/** Moves a skill up or down within its area (moving between areas is not offered). */
export function moveSkill(
  framework: FrameworkDefinition,
  skillId: string,
  direction: Direction,
): FrameworkDefinition {
  return mapAreas(framework, (area) =>
    area.skills.some((skill) => skill.id === skillId)
      ? { ...area, skills: moved(area.skills, skillId, direction) }
      : area,
  );
}

export function archiveSkill(
  framework: FrameworkDefinition,
  skillId: string,
  now: Date = new Date(),
): FrameworkDefinition {
  return mapSkill(framework, skillId, (skill) => ({ ...skill, archivedAt: now.toISOString() }));
}

export function restoreSkill(framework: FrameworkDefinition, skillId: string): FrameworkDefinition {
  return mapSkill(framework, skillId, withoutArchivedAt);
}

export function setScale(framework: FrameworkDefinition, scale: RatingScale): FrameworkDefinition {
  return { ...framework, scale };
}

/**
 * The scale with `count` levels, starting from the same lowest value: levels kept keep their text,
 * new ones get a placeholder label and descriptor to fill in.
 */
export function resizeScale(scale: RatingScale, count: number): RatingScale {
  const lowest = scale.levels[0]?.value ?? 1;
  const levels: RatingLevel[] = Array.from({ length: count }, (_, index) => {
    const value = lowest + index;
    return (
      scale.levels[index] ?? {
        value,
        label: `Level ${value.toString()}`,
        descriptor: `What level ${value.toString()} looks like.`,
      }
    );
  });
  return { levels };
}

function plural(count: number, one: string, many: string): string {
  return `${count.toString()} ${count === 1 ? one : many}`;
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/**
 * Why a scale cannot replace the current one, or null when it can: every live rating and target
 * must still name a level on the new scale. Ratings are history and are never rewritten to fit.
 * "12 ratings are at level 5; a 4-level scale (1–4) would leave them out of range."
 */
export function scaleChangeProblem(
  scale: RatingScale,
  events: readonly Pick<RatingEvent, 'level' | 'deletedAt'>[],
): string | null {
  const values = new Set(scale.levels.map((level) => level.value));
  const outside = new Map<number, number>();
  for (const event of events) {
    if (event.deletedAt !== undefined || values.has(event.level)) continue;
    outside.set(event.level, (outside.get(event.level) ?? 0) + 1);
  }
  if (outside.size === 0) return null;
  const byLevel = [...outside.entries()].sort(([a], [b]) => a - b);
  const total = byLevel.reduce((sum, [, count]) => sum + count, 0);
  const parts = byLevel.map(([level, count], index) =>
    index === 0
      ? `${plural(count, 'rating is', 'ratings are')} at level ${level.toString()}`
      : `${count.toString()} at level ${level.toString()}`,
  );
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  return `${joinWithAnd(parts)}; a ${scale.levels.length.toString()}-level scale (${lowest.toString()}–${highest.toString()}) would leave ${total === 1 ? 'it' : 'them'} out of range. Keep enough levels for the ratings already made.`;
}

/** Every area and skill id in a framework. */
export function idsOf(framework: FrameworkDefinition): Set<string> {
  return new Set(
    framework.areas.flatMap((area) => [area.id, ...area.skills.map((skill) => skill.id)]),
  );
}

/** Ids of `before` missing from `after`: an edit that drops any would lose history. */
export function droppedIds(before: FrameworkDefinition, after: FrameworkDefinition): string[] {
  const kept = idsOf(after);
  return [...idsOf(before)].filter((id) => !kept.has(id));
}

function recordAt(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

function textAt(value: unknown, key: string): string | undefined {
  const text = recordAt(value, key);
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

const FIELD_NAMES: Record<string, string> = {
  name: 'name',
  statement: 'statement',
  guidance: 'guidance',
  summary: 'summary',
  label: 'label',
  descriptor: 'descriptor',
  id: 'id',
  description: 'description',
  key: 'key',
  style: 'style',
  version: 'version',
  value: 'value',
  skills: 'skills',
  areas: 'areas',
  levels: 'levels',
};

/**
 * One plain line for a problem found in (possibly untrusted) framework data, naming where it is:
 * "Area 'Behaviour for learning', skill 3: needs a statement", "Scale, level 2: needs a label".
 */
function describeProblem(input: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path;
  const [first, second, third, fourth, fifth] = path;
  if (first === 'areas' && typeof second === 'number') {
    const area = recordAt(recordAt(input, 'areas'), second);
    const areaName = textAt(area, 'name');
    const where = areaName ? `Area '${areaName}'` : `Area ${(second + 1).toString()} (no name yet)`;
    if (third === 'skills' && typeof fourth === 'number') {
      const field = typeof fifth === 'string' ? ` ${FIELD_NAMES[fifth] ?? fifth}` : '';
      return `${where}, skill ${(fourth + 1).toString()}${field}: ${issue.message}`;
    }
    const field = typeof third === 'string' ? ` ${FIELD_NAMES[third] ?? third}` : '';
    return `${where}${field}: ${issue.message}`;
  }
  if (first === 'scale') {
    if (second === 'levels' && typeof third === 'number') {
      const field = typeof fourth === 'string' ? ` ${FIELD_NAMES[fourth] ?? fourth}` : '';
      return `Scale, level ${(third + 1).toString()}${field}: ${issue.message}`;
    }
    return `Scale: ${issue.message}`;
  }
  if (typeof first === 'string') {
    return `Framework ${FIELD_NAMES[first] ?? first}: ${issue.message}`;
  }
  return `Framework: ${issue.message}`;
}

/** Every problem in a framework definition, in plain words naming the area, skill and field. */
export function frameworkProblems(input: unknown): string[] {
  const result = frameworkDefinitionSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => describeProblem(input, issue));
}

/** The number of live self-ratings per skill id: what an archive leaves in the charts. */
export function ratingCountsBySkill(events: readonly RatingEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.kind !== 'self' || event.deletedAt !== undefined) continue;
    counts.set(event.skillId, (counts.get(event.skillId) ?? 0) + 1);
  }
  return counts;
}

/** "Hidden from new audits; its 6 ratings stay in your charts." */
export function archiveConsequence(ratingCount: number): string {
  return ratingCount === 0
    ? 'Hidden from new audits. It has no ratings yet.'
    : `Hidden from new audits; its ${plural(ratingCount, 'rating stays', 'ratings stay')} in your charts.`;
}

/** A framework to start from when none of the built-in ones fits: one area, one skill, four levels. */
export function blankFramework(): FrameworkDefinition {
  return {
    key: newId(),
    version: 1,
    name: 'New framework',
    description: '',
    style: 'practice-statements',
    scale: {
      levels: [
        { value: 1, label: 'Emerging', descriptor: 'I am starting to do this.' },
        { value: 2, label: 'Developing', descriptor: 'I do this in some lessons.' },
        { value: 3, label: 'Secure', descriptor: 'I do this consistently, with every class.' },
        { value: 4, label: 'Leading', descriptor: 'I model this and help colleagues do it.' },
      ],
    },
    areas: [
      { id: newId(), name: 'First area', skills: [{ id: newId(), statement: 'First skill' }] },
    ],
  };
}

/**
 * A copy of a framework to edit on its own: a fresh key (importing the original later must not
 * overwrite the copy), the same area and skill ids (harmless: ids are unique within a framework,
 * and ratings name their framework too), version 1.
 */
export function copyOfFramework(source: FrameworkDefinition): FrameworkDefinition {
  return {
    ...structuredClone(source),
    key: newId(),
    version: 1,
    name: `Copy of ${source.name}`.slice(0, 100),
  };
}
