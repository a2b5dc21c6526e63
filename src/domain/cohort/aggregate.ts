import { foldName, skillsOf, type Cohort, type CohortMember } from '@/domain/cohort/cohort';

/**
 * The cohort dashboard's figures, from the latest snapshot of each delegate, in one pass over
 * them. Every figure comes with how many delegates it is drawn from, and one drawn from fewer than
 * `SMALL_COHORT` is marked: a mean of two people is nearly one person's ratings. Nothing here
 * orders delegates by their figures: there is no league table.
 */
export const SMALL_COHORT = 3;

export interface Spread {
  /** How many delegates the figure is drawn from. */
  n: number;
  mean: number;
  /** Population standard deviation across delegates. */
  sd: number;
  min: number;
  max: number;
  isSmall: boolean;
}

export interface AreaFigures {
  areaId: string;
  name: string;
  /** Each delegate's mean of the area's skills at their baseline. */
  baseline: Spread | null;
  /** Each delegate's mean of the area's skills at their latest rating. */
  now: Spread | null;
}

export interface SkillMove {
  skillId: string;
  statement: string;
  areaName: string;
  /** The mean of (latest − baseline) over delegates who rated the skill in two or more weeks. */
  change: Spread;
}

export interface SharingRow {
  name: string;
  /** Absent: not shared yet. */
  member?: CohortMember;
  /** Shared, but the name is not on the cohort's list. */
  isOffList: boolean;
}

export interface TechniqueEntry {
  technique: string;
  titles: string[];
  skillIds: string[];
  /** How many delegates marked it effective. */
  delegates: number;
}

export interface CohortAggregate {
  members: CohortMember[];
  sharing: SharingRow[];
  sharedCount: number;
  notSharedCount: number;
  areas: AreaFigures[];
  mostMoved: SkillMove[];
  leastMoved: SkillMove[];
  learningThree: { delegates: number; colleagues: number; observations: number };
  techniques: TechniqueEntry[];
  /** How many delegates shared each optional part. */
  shared: { techniques: number; learningThree: number; review: number; project: number };
  /** Snapshots whose framework is not exactly the cohort's (another framework or version). */
  otherFramework: number;
}

/** The latest snapshot per delegate and programme (a later one replaces an earlier). */
export function latestPerDelegate(members: readonly CohortMember[]): CohortMember[] {
  const latest = new Map<string, CohortMember>();
  for (const member of members) {
    const current = latest.get(member.delegateKey);
    if (!current || Date.parse(member.takenAt) > Date.parse(current.takenAt)) {
      latest.set(member.delegateKey, member);
    }
  }
  return [...latest.values()];
}

/** The first and the latest rating of a skill, from its [week, level, …] pairs. */
export function firstAndLatest(
  pairs: readonly number[] | undefined,
): { baseline: number; now: number; weeks: number } | null {
  if (!pairs || pairs.length < 2) return null;
  return {
    baseline: pairs[1] ?? 0,
    now: pairs[pairs.length - 1] ?? 0,
    weeks: pairs.length / 2,
  };
}

export function spreadOf(values: readonly number[]): Spread | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / n;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { n, mean, sd: Math.sqrt(squares / n), min, max, isSmall: n < SMALL_COHORT };
}

const MOVES_SHOWN = 5;

function normalisedTechnique(text: string): string {
  return foldName(text).replace(/[^\p{L}\p{N} ]/gu, '');
}

export function aggregateCohort(
  cohort: Pick<Cohort, 'framework' | 'names'>,
  snapshots: readonly CohortMember[],
): CohortAggregate {
  const members = latestPerDelegate(snapshots);
  const skills = skillsOf(cohort.framework);
  const areaValues = new Map<string, { baseline: number[]; now: number[] }>(
    cohort.framework.areas.map((area) => [area.id, { baseline: [], now: [] }]),
  );
  const skillChanges = new Map<string, number[]>(skills.map((skill) => [skill.id, []]));
  const techniques = new Map<string, TechniqueEntry & { seen: Set<string> }>();
  const learningThree = { delegates: 0, colleagues: 0, observations: 0 };
  const shared = { techniques: 0, learningThree: 0, review: 0, project: 0 };
  let otherFramework = 0;

  // Skill ids grouped by area once, so each delegate's pass allocates nothing per skill.
  const areaSkills = cohort.framework.areas.map((area) => ({
    id: area.id,
    skillIds: area.skills.map((skill) => skill.id),
    values: areaValues.get(area.id) ?? { baseline: [], now: [] },
  }));
  for (const member of members) {
    // Each delegate's own baseline and latest per area: the mean of the skills they rated.
    const { levels } = member;
    for (const area of areaSkills) {
      let baseline = 0;
      let now = 0;
      let count = 0;
      for (const skillId of area.skillIds) {
        const pairs = Object.hasOwn(levels, skillId) ? levels[skillId] : undefined;
        if (!pairs || pairs.length < 2) continue;
        const first = pairs[1] ?? 0;
        const last = pairs[pairs.length - 1] ?? 0;
        baseline += first;
        now += last;
        count += 1;
        if (pairs.length >= 4) skillChanges.get(skillId)?.push(last - first);
      }
      if (count > 0) {
        area.values.baseline.push(baseline / count);
        area.values.now.push(now / count);
      }
    }

    if (member.learningThree) {
      learningThree.delegates += 1;
      learningThree.colleagues += member.learningThree.colleagues.length;
      learningThree.observations += member.learningThree.observations;
      shared.learningThree += 1;
    }
    if (member.techniques) {
      shared.techniques += 1;
      for (const technique of member.techniques) {
        const text = technique.technique === '' ? technique.title : technique.technique;
        const key = normalisedTechnique(text);
        const entry = techniques.get(key) ?? {
          technique: text,
          titles: [],
          skillIds: [],
          delegates: 0,
          seen: new Set<string>(),
        };
        if (!entry.seen.has(member.delegateKey)) {
          entry.seen.add(member.delegateKey);
          entry.delegates += 1;
        }
        if (!entry.titles.includes(technique.title)) entry.titles.push(technique.title);
        for (const id of technique.skillIds) {
          if (!entry.skillIds.includes(id)) entry.skillIds.push(id);
        }
        techniques.set(key, entry);
      }
    }
    if (member.review) shared.review += 1;
    if (member.project) shared.project += 1;
    if (member.differences.length > 0) otherFramework += 1;
  }

  const moves: SkillMove[] = [];
  for (const skill of skills) {
    const change = spreadOf(skillChanges.get(skill.id) ?? []);
    if (change) {
      moves.push({
        skillId: skill.id,
        statement: skill.statement,
        areaName: skill.areaName,
        change,
      });
    }
  }
  // Skills, not delegates, are ordered: the skills that moved most and least across the cohort.
  const byChange = [...moves].sort(
    (a, b) => b.change.mean - a.change.mean || a.skillId.localeCompare(b.skillId),
  );
  const shownEachWay = Math.min(MOVES_SHOWN, Math.ceil(byChange.length / 2));
  const mostMoved = byChange.slice(0, shownEachWay);
  const leastMoved = byChange.slice(shownEachWay).reverse().slice(0, shownEachWay);

  const sharing = sharingRows(cohort.names, members);
  return {
    members,
    sharing,
    sharedCount: sharing.slice(0, cohort.names.length).filter((row) => row.member).length,
    notSharedCount: sharing.filter((row) => !row.member).length,
    areas: cohort.framework.areas.map((area) => ({
      areaId: area.id,
      name: area.name,
      baseline: spreadOf(areaValues.get(area.id)?.baseline ?? []),
      now: spreadOf(areaValues.get(area.id)?.now ?? []),
    })),
    mostMoved,
    leastMoved,
    learningThree,
    techniques: [...techniques.values()]
      .map((entry) => ({
        technique: entry.technique,
        titles: entry.titles,
        skillIds: entry.skillIds,
        delegates: entry.delegates,
      }))
      .sort((a, b) => b.delegates - a.delegates || a.technique.localeCompare(b.technique)),
    shared,
    otherFramework,
  };
}

/**
 * Who has shared and who has not, in the order of the cohort's list (never by any figure); then
 * every other snapshot — a name not on the list, or a second delegate with a listed name — in the
 * order their names sort.
 */
export function sharingRows(
  names: readonly string[],
  members: readonly CohortMember[],
): SharingRow[] {
  const byName = new Map<string, CohortMember>();
  for (const member of members) {
    const key = foldName(member.delegate.name);
    const current = byName.get(key);
    if (!current || Date.parse(member.takenAt) > Date.parse(current.takenAt)) {
      byName.set(key, member);
    }
  }
  const listed = new Set<string>();
  const shown = new Set<CohortMember>();
  const rows: SharingRow[] = names.map((name) => {
    const key = foldName(name);
    listed.add(key);
    const member = byName.get(key);
    if (!member) return { name, isOffList: false };
    shown.add(member);
    return { name, member, isOffList: false };
  });
  const others = members
    .filter((member) => !shown.has(member))
    .sort((a, b) => a.delegate.name.localeCompare(b.delegate.name, 'en-GB'));
  for (const member of others) {
    rows.push({
      name: member.delegate.name,
      member,
      isOffList: !listed.has(foldName(member.delegate.name)),
    });
  }
  return rows;
}

/** A level as figures show it: one decimal place. */
export function formatLevel(value: number): string {
  return value.toFixed(1);
}
