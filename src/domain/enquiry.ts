import { z } from '@/domain/zod';
import { findSkill, stableIdSchema, type FrameworkDefinition } from '@/domain/framework';
import { BASELINE_WEEK, MAX_PROGRAMME_WEEKS, weekLabel } from '@/domain/programme-weeks';
import { auditAtWeek, type RatingEvent } from '@/domain/rating';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * An enquiry is one small action-research cycle in the delegate's journal: a focus question, the
 * technique or change tried, the skills it targets, where and when it ran, what was seen and what
 * it changed. OTP Plus asks delegates to capture "the most effective techniques developed through
 * informal action research" and to present them at the end, so an enquiry can be marked effective
 * and given an impact rating, and `rankEffectiveTechniques` orders them for that presentation.
 *
 * Any part can be written later: only something to call the enquiry by (its focus question, or
 * failing that the technique) is required, so a one-line idea can be saved and grown.
 *
 * One module on purpose: the schema, the labels and the finding and ranking below all read the same
 * fields, so one record's rules stay in one place.
 */

export const enquiryStatusSchema = z.enum(['planned', 'in-progress', 'done']);
export type EnquiryStatus = z.infer<typeof enquiryStatusSchema>;

export const ENQUIRY_STATUSES: readonly { value: EnquiryStatus; label: string }[] = [
  { value: 'planned', label: 'Planned' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
];

export function statusLabel(status: EnquiryStatus): string {
  return ENQUIRY_STATUSES.find((entry) => entry.value === status)?.label ?? status;
}

/**
 * How much difference the technique made, on a small scale a teacher can answer without a rubric.
 * Four levels (no middle to hide in), each worded as what the delegate saw.
 */
export const IMPACT_RATINGS = [
  {
    value: 1,
    label: 'Little or none',
    description: 'No change I could see in pupils’ learning yet.',
  },
  {
    value: 2,
    label: 'Some',
    description: 'A change for some pupils or in some lessons.',
  },
  {
    value: 3,
    label: 'Clear',
    description: 'A clear change for most pupils, and I have evidence of it.',
  },
  {
    value: 4,
    label: 'Strong',
    description: 'A strong change that has lasted, with evidence a colleague could check.',
  },
] as const;
export const MAX_IMPACT = 4;

export function impactLabel(impact: number): string {
  return IMPACT_RATINGS.find((rating) => rating.value === impact)?.label ?? String(impact);
}

export const MAX_ENQUIRY_TEXT = 4000;
export const MAX_FOCUS_QUESTION = 500;
export const MAX_CONTEXT = 300;

function optionalText(max: number) {
  return z.string().check(z.maxLength(max, `Keep this under ${groupThousands(max)} characters`));
}

/** "4,000". Not `toLocaleString('en-GB')`: as this module loads, its first call would load the
 * locale's number data, a noticeable delay on a slow phone whenever the audit opened. */
function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const enquiryFields = {
  focusQuestion: optionalText(MAX_FOCUS_QUESTION),
  technique: optionalText(MAX_ENQUIRY_TEXT),
  /** Skills of the profile's framework that the technique is meant to develop. */
  skillIds: z.array(stableIdSchema).check(z.maxLength(60, 'Choose at most 60 skills')),
  /** The class or group, without pupil names: the journal may be shown to others. */
  context: optionalText(MAX_CONTEXT),
  startWeek: z.int().check(z.minimum(BASELINE_WEEK), z.maximum(MAX_PROGRAMME_WEEKS)),
  endWeek: z.int().check(z.minimum(BASELINE_WEEK), z.maximum(MAX_PROGRAMME_WEEKS)),
  evidence: optionalText(MAX_ENQUIRY_TEXT),
  impactOnPupils: optionalText(MAX_ENQUIRY_TEXT),
  impactOnPractice: optionalText(MAX_ENQUIRY_TEXT),
  reflection: optionalText(MAX_ENQUIRY_TEXT),
  nextSteps: optionalText(MAX_ENQUIRY_TEXT),
  status: enquiryStatusSchema,
  effective: z.boolean(),
  /** 1–4 on IMPACT_RATINGS, or null while not yet judged. */
  impact: z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_IMPACT))),
};

/** The rules every enquiry keeps, wherever it comes from: a name to find it by and weeks in order. */
function checkEnquiry(
  ctx: z.core.ParsePayload<{
    focusQuestion: string;
    technique: string;
    skillIds: string[];
    startWeek: number;
    endWeek: number;
  }>,
): void {
  const { focusQuestion, technique, skillIds, startWeek, endWeek } = ctx.value;
  if (focusQuestion.trim() === '' && technique.trim() === '') {
    ctx.issues.push({
      code: 'custom',
      input: focusQuestion,
      path: ['focusQuestion'],
      message: 'Write a focus question (or the technique you tried) so you can find this again',
    });
  }
  if (endWeek < startWeek) {
    ctx.issues.push({
      code: 'custom',
      input: endWeek,
      path: ['endWeek'],
      message: `The last week cannot be before the first (${weekLabel(startWeek)})`,
    });
  }
  if (new Set(skillIds).size !== skillIds.length) {
    ctx.issues.push({
      code: 'custom',
      input: skillIds,
      path: ['skillIds'],
      message: 'A skill is chosen twice',
    });
  }
}

/** The shape of an enquiry as typed, before the rules that make it savable (a name, weeks in order). */
export const enquiryDraftSchema = z.object(enquiryFields);

/** What the delegate writes: the form's shape, validated as it is typed. */
export const enquiryContentSchema = z.object(enquiryFields).check(checkEnquiry);
export type EnquiryContent = z.infer<typeof enquiryContentSchema>;

/** An enquiry as stored: its content, whose it is, and against which framework its skills are. */
export const enquirySchema = z
  .extend(recordMetaSchema, {
    ...enquiryFields,
    profileId: recordIdSchema,
    frameworkId: recordIdSchema,
  })
  .check(checkEnquiry);
export type Enquiry = z.infer<typeof enquirySchema>;

/** A new, empty enquiry running in `week`: what "New enquiry" starts from. */
export function blankEnquiryContent(week: number): EnquiryContent {
  return {
    focusQuestion: '',
    technique: '',
    skillIds: [],
    context: '',
    startWeek: week,
    endWeek: week,
    evidence: '',
    impactOnPupils: '',
    impactOnPractice: '',
    reflection: '',
    nextSteps: '',
    status: 'planned',
    effective: false,
    impact: null,
  };
}

export function enquiryContentOf(enquiry: Enquiry): EnquiryContent {
  return {
    focusQuestion: enquiry.focusQuestion,
    technique: enquiry.technique,
    skillIds: enquiry.skillIds,
    context: enquiry.context,
    startWeek: enquiry.startWeek,
    endWeek: enquiry.endWeek,
    evidence: enquiry.evidence,
    impactOnPupils: enquiry.impactOnPupils,
    impactOnPractice: enquiry.impactOnPractice,
    reflection: enquiry.reflection,
    nextSteps: enquiry.nextSteps,
    status: enquiry.status,
    effective: enquiry.effective,
    impact: enquiry.impact,
  };
}

/** What the enquiry is called in lists: its focus question, or the technique if that is all there is. */
export function enquiryTitle(enquiry: Pick<EnquiryContent, 'focusQuestion' | 'technique'>): string {
  const question = enquiry.focusQuestion.trim();
  if (question !== '') return question;
  return firstLine(enquiry.technique.trim());
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/** "Week 3", "Weeks 1–3", "Baseline – Week 2". */
export function enquiryWeeksLabel(enquiry: Pick<EnquiryContent, 'startWeek' | 'endWeek'>): string {
  const { startWeek, endWeek } = enquiry;
  if (startWeek === endWeek) return weekLabel(startWeek);
  if (startWeek === BASELINE_WEEK) return `${weekLabel(startWeek)} – ${weekLabel(endWeek)}`;
  return `Weeks ${startWeek}–${endWeek}`;
}

/**
 * Tombstoned enquiries (docs/design.md#record-history) stay stored for merging but no longer show
 * anywhere.
 */
export function isLive(enquiry: Enquiry): boolean {
  return enquiry.deletedAt === undefined;
}

// ---------- Finding enquiries ----------

export interface EnquiryFilter {
  /** Only enquiries targeting at least one skill of this area. */
  areaId?: string | undefined;
  /** Only enquiries targeting this skill. */
  skillId?: string | undefined;
  status?: EnquiryStatus | undefined;
  isEffectiveOnly?: boolean | undefined;
}

export function filterEnquiries(
  enquiries: readonly Enquiry[],
  filter: EnquiryFilter,
  framework: FrameworkDefinition,
): Enquiry[] {
  const areaSkillIds =
    filter.areaId === undefined
      ? undefined
      : new Set(
          framework.areas
            .find((area) => area.id === filter.areaId)
            ?.skills.map((skill) => skill.id) ?? [],
        );
  return enquiries.filter(
    (enquiry) =>
      isLive(enquiry) &&
      (areaSkillIds === undefined || enquiry.skillIds.some((id) => areaSkillIds.has(id))) &&
      (filter.skillId === undefined || enquiry.skillIds.includes(filter.skillId)) &&
      (filter.status === undefined || enquiry.status === filter.status) &&
      (!filter.isEffectiveOnly || enquiry.effective),
  );
}

/** Lower case without accents, so "resume" finds "résumé" and "Ó Briain" finds "o briain". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('en-GB');
}

const SEARCHED_FIELDS = [
  'focusQuestion',
  'technique',
  'context',
  'evidence',
  'impactOnPupils',
  'impactOnPractice',
  'reflection',
  'nextSteps',
] as const satisfies readonly (keyof EnquiryContent)[];

/**
 * Enquiries whose text fields hold every word of the query, in any field and any order, ignoring
 * case and accents. An empty query finds everything.
 */
export function searchEnquiries(enquiries: readonly Enquiry[], query: string): Enquiry[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...enquiries];
  return enquiries.filter((enquiry) => {
    const text = foldForSearch(SEARCHED_FIELDS.map((field) => enquiry[field]).join('\n'));
    return words.every((word) => text.includes(word));
  });
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * By the weeks they ran: earliest start first (then earliest end, then the one written first), or
 * the reverse with `newestFirst`, which is how the journal opens — the current enquiry on top.
 */
export function sortByWeek(enquiries: readonly Enquiry[], { newestFirst = false } = {}): Enquiry[] {
  const sorted = [...enquiries].sort(
    (a, b) =>
      a.startWeek - b.startWeek ||
      a.endWeek - b.endWeek ||
      Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
      compareText(a.id, b.id),
  );
  return newestFirst ? sorted.reverse() : sorted;
}

/** Live enquiries that ran in any week from `fromWeek` to `toWeek` (inclusive). */
export function enquiriesInWeeks(
  enquiries: readonly Enquiry[],
  fromWeek: number,
  toWeek: number = fromWeek,
): Enquiry[] {
  return enquiries.filter(
    (enquiry) => isLive(enquiry) && enquiry.startWeek <= toWeek && enquiry.endWeek >= fromWeek,
  );
}

// ---------- The most effective techniques ----------

/**
 * The enquiries marked effective, best first — what the end-of-programme presentation shows as
 * "the methods and processes which effectively promoted impact":
 *
 * 1. higher impact rating first (an effective enquiry not yet rated comes after every rated one);
 * 2. then one with evidence written down before one without: a claim with evidence is stronger;
 * 3. then the one that ran most recently (later end week), the freshest practice;
 * 4. then the one edited most recently, and finally the id, so the order never depends on how the
 *    database returned the rows.
 */
export function rankEffectiveTechniques(enquiries: readonly Enquiry[]): Enquiry[] {
  const hasEvidence = (enquiry: Enquiry) => enquiry.evidence.trim() !== '';
  return enquiries
    .filter((enquiry) => isLive(enquiry) && enquiry.effective)
    .sort(
      (a, b) =>
        (b.impact ?? 0) - (a.impact ?? 0) ||
        Number(hasEvidence(b)) - Number(hasEvidence(a)) ||
        b.endWeek - a.endWeek ||
        Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
        compareText(a.id, b.id),
    );
}

// ---------- Links with the audit ----------

/** Skill id → the live enquiries targeting it, each list sorted by week. */
export function enquiriesBySkill(enquiries: readonly Enquiry[]): Map<string, Enquiry[]> {
  const bySkill = new Map<string, Enquiry[]>();
  for (const enquiry of sortByWeek(enquiries.filter(isLive))) {
    for (const skillId of enquiry.skillIds) {
      const list = bySkill.get(skillId) ?? [];
      list.push(enquiry);
      bySkill.set(skillId, list);
    }
  }
  return bySkill;
}

/** The targeted skills still in the framework, in the framework's order, with their area. */
export function targetedSkills(
  enquiry: Pick<EnquiryContent, 'skillIds'>,
  framework: FrameworkDefinition,
): { areaId: string; areaName: string; skillId: string; statement: string }[] {
  const chosen = new Set(enquiry.skillIds);
  return framework.areas.flatMap((area) =>
    area.skills
      .filter((skill) => chosen.has(skill.id))
      .map((skill) => ({
        areaId: area.id,
        areaName: area.name,
        skillId: skill.id,
        statement: skill.statement,
      })),
  );
}

export interface TargetedSkillChange {
  skillId: string;
  statement: string;
  from: number;
  to: number;
}

export interface EnquiryBetweenRatings {
  enquiry: Enquiry;
  /** The skills it targeted whose self-rating moved between the two rated weeks. */
  changes: TargetedSkillChange[];
}

export interface RatingStep {
  /** The earlier rated week; the step covers the weeks after it up to `toWeek`. */
  fromWeek: number;
  toWeek: number;
  /** How many skills' ratings went up and down from `fromWeek` to `toWeek`. */
  rose: number;
  fell: number;
  enquiries: EnquiryBetweenRatings[];
}

/**
 * For each pair of consecutive rated weeks, what the delegate tried in between: the enquiries that
 * ran in any week after the earlier rating up to the later one, and which of their targeted skills
 * moved. This is how the dashboard answers "why did this rating change?". Steps with no enquiry
 * are kept (their counts still say what moved), earliest first, as the chart reads.
 */
export function enquiriesBetweenRatings(
  enquiries: readonly Enquiry[],
  events: readonly RatingEvent[],
  ratedWeeks: readonly number[],
  framework: FrameworkDefinition,
): RatingStep[] {
  const steps: RatingStep[] = [];
  for (let index = 1; index < ratedWeeks.length; index += 1) {
    const fromWeek = ratedWeeks[index - 1] ?? BASELINE_WEEK;
    const toWeek = ratedWeeks[index] ?? fromWeek;
    const before = auditAtWeek(events, fromWeek);
    const after = auditAtWeek(events, toWeek);
    const moved = new Map<string, { from: number; to: number }>();
    for (const [skillId, event] of after) {
      const earlier = before.get(skillId);
      if (earlier && earlier.level !== event.level) {
        moved.set(skillId, { from: earlier.level, to: event.level });
      }
    }
    const levels = [...moved.values()];
    steps.push({
      fromWeek,
      toWeek,
      rose: levels.filter((change) => change.to > change.from).length,
      fell: levels.filter((change) => change.to < change.from).length,
      enquiries: sortByWeek(enquiriesInWeeks(enquiries, fromWeek + 1, toWeek)).map((enquiry) => ({
        enquiry,
        changes: enquiry.skillIds.flatMap((skillId) => {
          const change = moved.get(skillId);
          const found = findSkill(framework, skillId);
          return change && found ? [{ skillId, statement: found.skill.statement, ...change }] : [];
        }),
      })),
    });
  }
  return steps;
}
