import { z } from '@/domain/zod';
import { calendarDateSchema, type CalendarDate } from '@/domain/calendar-date';
import { stableIdSchema } from '@/domain/framework';
import { newId, recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * The improvement project a leadership programme ends with: a change led in the delegate's school
 * over at least two terms, aimed at pupils' progress and attainment and at the team's capability.
 * One row per project holds what the delegate writes about it — the problem and its diagnosis,
 * aims, success criteria with figures, the people by role, the timeline and the log — because
 * these are edited together on one screen and always read together. Evidence items (with their
 * attachments) and the write-up are rows of their own: they are many, large, or saved per keystroke.
 *
 * Pupils are never named: the project may be read by an assessor, a coach or the whole cohort, so
 * people are recorded by role, and every free-text field says so where it is typed.
 */

export const MAX_PROJECT_TITLE = 200;
export const MAX_PROJECT_TEXT = 4000;
export const MAX_AIM_TEXT = 2000;
export const MAX_SHORT_TEXT = 300;
export const MAX_SUCCESS_CRITERIA = 12;
export const MAX_PEOPLE = 30;
export const MAX_MILESTONES = 40;
export const MAX_LOG_ENTRIES = 150;
export const MAX_LOG_TEXT = 1500;
export const MAX_EVIDENCE_LINKS = 200;

function text(max: number, what = 'this') {
  return z.string().check(z.maxLength(max, `Keep ${what} under ${groupThousands(max)} characters`));
}

/** "4,000", without loading locale data (see word-count.ts). */
export function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A figure a criterion is measured by; null while not yet known. Large enough for "pupils". */
const figureSchema = z.nullable(
  z.number().check(z.minimum(-1_000_000), z.maximum(1_000_000, 'Use a figure under a million')),
);

export const successCriterionSchema = z.object({
  id: recordIdSchema,
  /** "Pupils in Year 8 set 3 who reach the expected standard in the end-of-unit test". */
  description: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Say what will be measured'),
      z.maxLength(MAX_SHORT_TEXT, `Keep a criterion under ${MAX_SHORT_TEXT} characters`),
    ),
  /** "%", "pupils", "points": after the figures. */
  unit: text(20, 'the unit'),
  baseline: figureSchema,
  target: figureSchema,
  /** The latest measurement, once there is one. */
  latest: figureSchema,
});
export type SuccessCriterion = z.infer<typeof successCriterionSchema>;

export const projectPersonSchema = z.object({
  id: recordIdSchema,
  /** A role, never a pupil's name: "Head of English", "Year 7 tutors (6)". */
  role: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the role'),
      z.maxLength(100, 'Keep a role under 100 characters'),
    ),
  contribution: text(MAX_SHORT_TEXT, 'what they do'),
});
export type ProjectPerson = z.infer<typeof projectPersonSchema>;

export const milestoneStatusSchema = z.enum(['planned', 'in-progress', 'done', 'delayed']);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;

export const MILESTONE_STATUSES: readonly { value: MilestoneStatus; label: string }[] = [
  { value: 'planned', label: 'Planned' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'delayed', label: 'Delayed' },
];

export function milestoneStatusLabel(status: MilestoneStatus): string {
  return MILESTONE_STATUSES.find((entry) => entry.value === status)?.label ?? status;
}

export const milestoneSchema = z.object({
  id: recordIdSchema,
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the milestone a title'),
      z.maxLength(MAX_PROJECT_TITLE, `Keep a title under ${MAX_PROJECT_TITLE} characters`),
    ),
  dueDate: calendarDateSchema,
  status: milestoneStatusSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const logEntrySchema = z.object({
  id: recordIdSchema,
  date: calendarDateSchema,
  happened: text(MAX_LOG_TEXT, 'what happened'),
  changed: text(MAX_LOG_TEXT, 'what changed'),
  next: text(MAX_LOG_TEXT, 'what next'),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/**
 * What in Trellis the project draws on. Skills point into the profile's framework (their ratings);
 * the others are records' ids. Only ids are kept: the record itself is read when shown, so an
 * edited enquiry shows as it is now, and a deleted one is said to be gone.
 */
export const evidenceLinkKindSchema = z.enum([
  'enquiry',
  'observation',
  'skill',
  'review-round',
  'coaching-session',
]);
export type EvidenceLinkKind = z.infer<typeof evidenceLinkKindSchema>;

export const evidenceLinkSchema = z.object({
  kind: evidenceLinkKindSchema,
  targetId: z.union([recordIdSchema, stableIdSchema]),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

const projectFields = {
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the project a title'),
      z.maxLength(MAX_PROJECT_TITLE, `Keep the title under ${MAX_PROJECT_TITLE} characters`),
    ),
  problem: text(MAX_PROJECT_TEXT, 'the problem'),
  diagnosis: text(MAX_PROJECT_TEXT, 'the diagnosis'),
  aimPupils: text(MAX_AIM_TEXT, 'the aim'),
  aimTeam: text(MAX_AIM_TEXT, 'the aim'),
  successCriteria: z
    .array(successCriterionSchema)
    .check(z.maxLength(MAX_SUCCESS_CRITERIA, `Keep to ${MAX_SUCCESS_CRITERIA} success criteria`)),
  people: z
    .array(projectPersonSchema)
    .check(z.maxLength(MAX_PEOPLE, `Keep to ${MAX_PEOPLE} roles`)),
  milestones: z
    .array(milestoneSchema)
    .check(z.maxLength(MAX_MILESTONES, `Keep to ${MAX_MILESTONES} milestones`)),
  log: z
    .array(logEntrySchema)
    .check(z.maxLength(MAX_LOG_ENTRIES, `Keep to ${MAX_LOG_ENTRIES} log entries`)),
  links: z
    .array(evidenceLinkSchema)
    .check(z.maxLength(MAX_EVIDENCE_LINKS, `Keep to ${MAX_EVIDENCE_LINKS} linked records`)),
};

function checkProject(ctx: z.core.ParsePayload<{ links: EvidenceLink[] }>): void {
  const seen = new Set<string>();
  for (const [index, link] of ctx.value.links.entries()) {
    const key = `${link.kind}:${link.targetId}`;
    if (seen.has(key)) {
      ctx.issues.push({
        code: 'custom',
        input: link,
        path: ['links', index],
        message: 'This record is linked twice',
      });
    }
    seen.add(key);
  }
}

/** What the delegate edits: the form's shape, checked as typed. */
export const projectContentSchema = z.object(projectFields).check(checkProject);
export type ProjectContent = z.infer<typeof projectContentSchema>;

export const projectSchema = z
  .extend(recordMetaSchema, { ...projectFields, profileId: recordIdSchema })
  .check(checkProject);
export type Project = z.infer<typeof projectSchema>;

export function blankProjectContent(title: string): ProjectContent {
  return {
    title,
    problem: '',
    diagnosis: '',
    aimPupils: '',
    aimTeam: '',
    successCriteria: [],
    people: [],
    milestones: [],
    log: [],
    links: [],
  };
}

export function projectContentOf(project: Project): ProjectContent {
  const { title, problem, diagnosis, aimPupils, aimTeam, successCriteria, people } = project;
  const { milestones, log, links } = project;
  return {
    title,
    problem,
    diagnosis,
    aimPupils,
    aimTeam,
    successCriteria,
    people,
    milestones,
    log,
    links,
  };
}

export function blankMilestone(dueDate: CalendarDate): Milestone {
  return { id: newId(), title: '', dueDate, status: 'planned' };
}

export function blankLogEntry(date: CalendarDate): LogEntry {
  return { id: newId(), date, happened: '', changed: '', next: '' };
}

export function blankCriterion(): SuccessCriterion {
  return { id: newId(), description: '', unit: '', baseline: null, target: null, latest: null };
}

export function blankPerson(): ProjectPerson {
  return { id: newId(), role: '', contribution: '' };
}

/**
 * The school term a date falls in, as English schools name them: autumn (September to December),
 * spring (January to Easter, taken as the end of March) and summer (April to August). Good enough
 * to say how many terms a timeline spans; a school's own dates differ by days, not terms.
 */
export function termOf(date: CalendarDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `Autumn ${year}`;
  if (month <= 3) return `Spring ${year}`;
  return `Summer ${year}`;
}

/** The terms the timeline's milestones fall in, in date order. */
export function termsSpanned(milestones: readonly Milestone[]): string[] {
  const terms: string[] = [];
  for (const milestone of [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate))) {
    const term = termOf(milestone.dueDate);
    if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Programmes ask for a project of at least two terms. */
export const MIN_PROJECT_TERMS = 2;

export function timelineInOrder(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title),
  );
}

/** Where the project stands, in a line for the progress update and the presentation. */
export interface ProjectStatus {
  milestonesDone: number;
  milestonesTotal: number;
  delayed: number;
  /** The first milestone not done, by date. */
  next: Milestone | undefined;
  terms: string[];
}

export function projectStatus(project: Pick<Project, 'milestones'>): ProjectStatus {
  const ordered = timelineInOrder(project.milestones);
  return {
    milestonesDone: ordered.filter((milestone) => milestone.status === 'done').length,
    milestonesTotal: ordered.length,
    delayed: ordered.filter((milestone) => milestone.status === 'delayed').length,
    next: ordered.find((milestone) => milestone.status !== 'done'),
    terms: termsSpanned(ordered),
  };
}

/** "3 of 7 milestones done; 1 delayed". */
export function projectStatusLine(status: ProjectStatus): string {
  if (status.milestonesTotal === 0) return 'No milestones planned yet';
  const done = `${status.milestonesDone} of ${status.milestonesTotal} milestones done`;
  return status.delayed > 0 ? `${done}; ${status.delayed} delayed` : done;
}

/** "68 → 81 %" for a criterion: baseline, latest (when measured) and target. */
export function criterionFigures(criterion: SuccessCriterion): string {
  const unit = criterion.unit.trim();
  const show = (value: number | null) =>
    value === null ? '?' : `${String(value)}${unit === '%' ? '%' : ''}`;
  const suffix = unit !== '' && unit !== '%' ? ` ${unit}` : '';
  const latest = criterion.latest === null ? '' : `, now ${show(criterion.latest)}`;
  return `from ${show(criterion.baseline)} to ${show(criterion.target)}${suffix}${latest}`;
}

/** The project and how far its write-up has got: what the presentation and progress update show. */
export interface ProjectSummary {
  project: Pick<
    Project,
    'title' | 'problem' | 'aimPupils' | 'aimTeam' | 'successCriteria' | 'milestones'
  >;
  writeUpWords: number;
  writeUpLimit: number | null;
}

/** "Spaced retrieval…: 3 of 7 milestones done; the write-up is 740 of 4,500 words." */
export function projectSummaryLine(summary: ProjectSummary): string {
  const status = projectStatusLine(projectStatus(summary.project));
  const limit = summary.writeUpLimit;
  const words = `${groupThousands(summary.writeUpWords)}${limit === null ? '' : ` of ${groupThousands(limit)}`} words`;
  const over = limit !== null && summary.writeUpWords > limit ? ', over the limit' : '';
  return `${summary.project.title.trim()}: ${status}; the write-up is ${words}${over}.`;
}
