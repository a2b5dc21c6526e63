import {
  definitionOf,
  frameworkDefinitionSchema,
  type Area,
  type FrameworkDefinition,
  type Skill,
} from '@/domain/framework';
import { frameworkProblems, scaleChangeProblem } from '@/domain/framework-edits';
import { openEnvelope, sealedFileText, type EnvelopeExpectation } from '@/domain/file-envelope';
import type { RatingEvent } from '@/domain/rating';

/**
 * Framework files: how a facilitator hands a framework to a cohort. The file is a Trellis envelope
 * (type `trellis-framework`, format 1, checksum) whose data is a FrameworkDefinition, archived areas
 * and skills included (someone's ratings may point at them).
 *
 * Importing a framework whose `key` the profile already has updates that framework instead of
 * adding a second copy, and never loses data: see `planFrameworkImport`.
 */
export const FRAMEWORK_FILE_TYPE = 'trellis-framework';
export const FRAMEWORK_FILE_VERSION = 1;
/** Far above any real framework (the largest built-in is about 30 KB), far below a phone's limits. */
export const FRAMEWORK_FILE_MAX_BYTES = 1024 * 1024;
export const FRAMEWORK_FILE_SUFFIX = '.trellis-framework.json';

export const frameworkFileExpectation: EnvelopeExpectation = {
  type: FRAMEWORK_FILE_TYPE,
  label: 'framework file',
  currentVersion: FRAMEWORK_FILE_VERSION,
  maxBytes: FRAMEWORK_FILE_MAX_BYTES,
};

export async function frameworkFileText(
  framework: FrameworkDefinition,
  now: Date = new Date(),
): Promise<string> {
  return sealedFileText(FRAMEWORK_FILE_TYPE, FRAMEWORK_FILE_VERSION, definitionOf(framework), now);
}

/** "OTP Plus teaching audit.trellis-framework.json", without characters file systems refuse. */
export function frameworkFileName(name: string): string {
  const safe = name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe === '' ? 'framework' : safe}${FRAMEWORK_FILE_SUFFIX}`;
}

export type ReadFrameworkFile =
  { ok: true; framework: FrameworkDefinition } | { ok: false; problems: string[] };

/** Reads a framework file's text: every problem, in plain words, or the parsed definition. */
export async function readFrameworkFile(text: string): Promise<ReadFrameworkFile> {
  const opened = await openEnvelope(text, frameworkFileExpectation);
  if (!opened.ok) return { ok: false, problems: [opened.problem.message] };
  const problems = frameworkProblems(opened.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, framework: frameworkDefinitionSchema.parse(opened.data) };
}

export interface FrameworkImportChanges {
  addedAreas: string[];
  renamedAreas: { from: string; to: string }[];
  addedSkills: string[];
  renamedSkills: { from: string; to: string }[];
  /** Archived by the file (or missing from it and kept archived because they have ratings). */
  archivedSkills: string[];
  restoredSkills: string[];
  /** In this profile, missing from the file, never rated: they go, and nothing is lost with them. */
  removedSkills: string[];
  isScaleChanged: boolean;
  isDetailsChanged: boolean;
}

export type FrameworkImportPlan =
  | { kind: 'add'; framework: FrameworkDefinition }
  | {
      kind: 'update';
      framework: FrameworkDefinition;
      changes: FrameworkImportChanges;
    }
  | { kind: 'refused'; reason: string };

function skillsOf(framework: FrameworkDefinition): Map<string, { area: Area; skill: Skill }> {
  return new Map(
    framework.areas.flatMap((area) => area.skills.map((skill) => [skill.id, { area, skill }])),
  );
}

function isArchived(area: Area, skill: Skill): boolean {
  return area.archivedAt !== undefined || skill.archivedAt !== undefined;
}

/**
 * What importing `incoming` would do to a profile that has `current` (the framework with the same
 * key, if any) and these ratings against it. The file's areas, skills and order win, with one rule
 * that keeps data: a skill that has ratings but is missing from the file stays, archived, in its
 * area (the area too, archived, if the file dropped it). A new scale that would leave a rating out
 * of range refuses the whole import. The result's version is the current one plus one.
 */
export function planFrameworkImport(
  current: FrameworkDefinition | undefined,
  incoming: FrameworkDefinition,
  events: readonly RatingEvent[],
  now: Date = new Date(),
): FrameworkImportPlan {
  if (!current) return { kind: 'add', framework: definitionOf(incoming) };

  const scaleProblem = scaleChangeProblem(incoming.scale, events);
  if (scaleProblem) {
    return {
      kind: 'refused',
      reason: `This file would change the rating scale of "${current.name}": ${scaleProblem}`,
    };
  }

  const ratedSkillIds = new Set(
    events.filter((event) => event.deletedAt === undefined).map((event) => event.skillId),
  );
  const archivedAt = now.toISOString();
  const incomingSkills = skillsOf(incoming);
  const areas: Area[] = structuredClone(incoming.areas);

  // Rated skills the file leaves out stay, archived, in their area (kept or brought back archived).
  const removedSkills: string[] = [];
  const keptArchived: string[] = [];
  for (const area of current.areas) {
    for (const skill of area.skills) {
      if (incomingSkills.has(skill.id)) continue;
      if (!ratedSkillIds.has(skill.id)) {
        removedSkills.push(skill.statement);
        continue;
      }
      keptArchived.push(skill.statement);
      const kept: Skill = { ...skill, archivedAt: skill.archivedAt ?? archivedAt };
      const home = areas.find((candidate) => candidate.id === area.id);
      if (home) home.skills.push(kept);
      else areas.push({ ...area, archivedAt: area.archivedAt ?? archivedAt, skills: [kept] });
    }
  }

  const framework: FrameworkDefinition = {
    ...definitionOf(incoming),
    areas,
    version: current.version + 1,
  };

  const currentAreas = new Map(current.areas.map((area) => [area.id, area]));
  const currentSkills = skillsOf(current);
  const changes: FrameworkImportChanges = {
    addedAreas: incoming.areas.filter((area) => !currentAreas.has(area.id)).map((a) => a.name),
    renamedAreas: incoming.areas.flatMap((area) => {
      const before = currentAreas.get(area.id);
      return before && before.name !== area.name ? [{ from: before.name, to: area.name }] : [];
    }),
    addedSkills: [],
    renamedSkills: [],
    archivedSkills: [...keptArchived],
    restoredSkills: [],
    removedSkills,
    isScaleChanged: JSON.stringify(current.scale) !== JSON.stringify(incoming.scale),
    isDetailsChanged:
      current.name !== incoming.name || current.description !== incoming.description,
  };
  for (const [id, { area, skill }] of incomingSkills) {
    const before = currentSkills.get(id);
    if (!before) {
      changes.addedSkills.push(skill.statement);
      continue;
    }
    if (before.skill.statement !== skill.statement) {
      changes.renamedSkills.push({ from: before.skill.statement, to: skill.statement });
    }
    const wasArchived = isArchived(before.area, before.skill);
    const willBeArchived = isArchived(area, skill);
    if (!wasArchived && willBeArchived) changes.archivedSkills.push(skill.statement);
    if (wasArchived && !willBeArchived) changes.restoredSkills.push(skill.statement);
  }
  return { kind: 'update', framework, changes };
}

function counted(count: number, one: string, many: string): string {
  return `${count.toString()} ${count === 1 ? one : many}`;
}

/** "adds 2 skills, renames 1, archives 1" — or "changes nothing" for the same framework again. */
export function summariseImportChanges(changes: FrameworkImportChanges): string {
  const parts = [
    changes.addedAreas.length > 0
      ? `adds ${counted(changes.addedAreas.length, 'area', 'areas')}`
      : '',
    changes.addedSkills.length > 0
      ? `adds ${counted(changes.addedSkills.length, 'skill', 'skills')}`
      : '',
    changes.renamedAreas.length + changes.renamedSkills.length > 0
      ? `renames ${(changes.renamedAreas.length + changes.renamedSkills.length).toString()}`
      : '',
    changes.archivedSkills.length > 0 ? `archives ${changes.archivedSkills.length.toString()}` : '',
    changes.restoredSkills.length > 0 ? `restores ${changes.restoredSkills.length.toString()}` : '',
    changes.removedSkills.length > 0
      ? `removes ${counted(changes.removedSkills.length, 'unrated skill', 'unrated skills')}`
      : '',
    changes.isScaleChanged ? 'changes the scale' : '',
    changes.isDetailsChanged ? 'changes the name or description' : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'changes nothing' : parts.join(', ');
}
