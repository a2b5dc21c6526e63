import { z } from '@/domain/zod';
import { calendarDateSchema, dayNumber } from '@/domain/calendar-date';
import { recordIdSchema, recordMetaSchema, newId } from '@/domain/record';
import { MAX_PROGRAMME_WEEKS } from '@/domain/programme-weeks';

/**
 * A programme: its name, when it starts, how many weeks it runs, which framework the delegate audits
 * against, and its calendar of taught sessions. One programme per profile.
 */
export const sessionKindSchema = z.enum(['half-day', 'full-day']);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const programmeSessionSchema = z.object({
  id: recordIdSchema,
  title: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the session a name'),
      z.maxLength(80, 'Session name is too long'),
    ),
  kind: sessionKindSchema,
  /** null while the date is "to be confirmed". */
  date: z.nullable(calendarDateSchema),
  /** The week a template expects the session in; a hint while the date is TBC. */
  plannedWeek: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_PROGRAMME_WEEKS))),
});
export type ProgrammeSession = z.infer<typeof programmeSessionSchema>;

/**
 * A school holiday (or any pause) in the programme: no programme week runs on its days
 * (programme-weeks.ts). Named by the delegate; dates are calendar dates, first and last day included.
 */
export const MAX_BREAK_DAYS = 70;
export const programmeBreakSchema = z
  .object({
    id: recordIdSchema,
    name: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Give the break a name'),
        z.maxLength(60, 'Break name is too long'),
      ),
    firstDay: calendarDateSchema,
    lastDay: calendarDateSchema,
  })
  .check(
    z.refine((pause) => dayNumber(pause.lastDay) >= dayNumber(pause.firstDay), {
      message: 'The last day must be on or after the first day',
      path: ['lastDay'],
    }),
    z.refine((pause) => dayNumber(pause.lastDay) - dayNumber(pause.firstDay) < MAX_BREAK_DAYS, {
      message: `A break lasts at most ${MAX_BREAK_DAYS / 7} weeks`,
      path: ['lastDay'],
    }),
  );
export type ProgrammeBreakRow = z.infer<typeof programmeBreakSchema>;

/** The breaks of a form that parse: only they move weeks, so hints are worked out from them. */
export function validBreaks(breaks: readonly ProgrammeBreakRow[]): ProgrammeBreakRow[] {
  return breaks.filter((pause) => programmeBreakSchema.safeParse(pause).success);
}

export function newBreak(
  details: Pick<ProgrammeBreakRow, 'name' | 'firstDay' | 'lastDay'>,
): ProgrammeBreakRow {
  return { id: newId(), ...details };
}

/**
 * A programme row written before breaks existed (schema version 4 and earlier, backup format 1) as
 * it reads now: no breaks, so every week is counted as it always was. Rows that have breaks, and
 * anything that is not a row, are returned as they are, so running it twice changes nothing.
 */
export function withBreaks(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || 'breaks' in row) return row;
  return { ...row, breaks: [] };
}

export const programmeTemplateKeySchema = z.enum([
  'otp-plus',
  'npq-leading-teaching',
  'leadership-360',
  'blank',
]);
export type ProgrammeTemplateKey = z.infer<typeof programmeTemplateKeySchema>;

/** What the set-up and settings forms edit; validated at that boundary with this schema. */
export const programmeDetailsSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the programme a name'),
      z.maxLength(100, 'Name is too long'),
    ),
  startDate: calendarDateSchema,
  lengthWeeks: z
    .number({ error: 'Enter the number of weeks' })
    .check(
      z.multipleOf(1, 'Use a whole number of weeks'),
      z.minimum(1, 'A programme lasts at least 1 week'),
      z.maximum(MAX_PROGRAMME_WEEKS, `A programme lasts at most ${MAX_PROGRAMME_WEEKS} weeks`),
    ),
  sessions: z.array(programmeSessionSchema).check(z.maxLength(40, 'At most 40 sessions')),
  /** Since schema version 5; earlier rows are upgraded to no breaks. */
  breaks: z.array(programmeBreakSchema).check(z.maxLength(20, 'At most 20 breaks')),
});
export type ProgrammeDetails = z.infer<typeof programmeDetailsSchema>;

export const programmeSchema = z.extend(recordMetaSchema, {
  ...programmeDetailsSchema.shape,
  profileId: recordIdSchema,
  templateKey: programmeTemplateKeySchema,
  frameworkId: recordIdSchema,
});
export type Programme = z.infer<typeof programmeSchema>;

export interface ProgrammeTemplate {
  key: ProgrammeTemplateKey;
  name: string;
  summary: string;
  frameworkKey: string;
  lengthWeeks: number;
  sessions: readonly { title: string; kind: SessionKind; plannedWeek: number }[];
}

export const programmeTemplates: readonly ProgrammeTemplate[] = [
  {
    key: 'otp-plus',
    name: 'OTP Plus',
    summary:
      'Outstanding Teacher Programme Plus: 10 weeks, 5 half days and 2 full days, an audit of teaching and learning skills and a Learning 3 in school.',
    frameworkKey: 'otp-plus-teaching-audit',
    lengthWeeks: 10,
    sessions: [
      { title: 'Launch day', kind: 'full-day', plannedWeek: 1 },
      { title: 'Half day 1', kind: 'half-day', plannedWeek: 2 },
      { title: 'Half day 2', kind: 'half-day', plannedWeek: 3 },
      { title: 'Half day 3', kind: 'half-day', plannedWeek: 5 },
      { title: 'Half day 4', kind: 'half-day', plannedWeek: 7 },
      { title: 'Half day 5', kind: 'half-day', plannedWeek: 8 },
      { title: 'Presentation day', kind: 'full-day', plannedWeek: 10 },
    ],
  },
  {
    key: 'npq-leading-teaching',
    name: 'NPQ Leading Teaching',
    summary:
      'A national professional qualification for leading teaching: "how to" practice statements across eight areas, with face-to-face events.',
    frameworkKey: 'npq-leading-teaching',
    lengthWeeks: 36,
    sessions: [
      { title: 'Face-to-face event 1', kind: 'full-day', plannedWeek: 1 },
      { title: 'Face-to-face event 2', kind: 'full-day', plannedWeek: 14 },
      { title: 'Face-to-face event 3', kind: 'full-day', plannedWeek: 28 },
    ],
  },
  {
    key: 'leadership-360',
    name: 'Leadership development (360°)',
    summary:
      'A leadership programme built around a 360° review of seven leadership behaviours, with coaching and an improvement project.',
    frameworkKey: 'leadership-behaviours',
    lengthWeeks: 40,
    sessions: [
      { title: 'Induction', kind: 'full-day', plannedWeek: 1 },
      { title: 'Face-to-face day 1', kind: 'full-day', plannedWeek: 10 },
      { title: 'Face-to-face day 2', kind: 'full-day', plannedWeek: 24 },
      { title: 'Final review', kind: 'half-day', plannedWeek: 40 },
    ],
  },
  {
    key: 'blank',
    name: 'Start blank',
    summary:
      'Name your own programme, choose the framework to audit against and add sessions as you go.',
    frameworkKey: 'otp-plus-teaching-audit',
    lengthWeeks: 10,
    sessions: [],
  },
];

export function findProgrammeTemplate(key: ProgrammeTemplateKey): ProgrammeTemplate {
  const template = programmeTemplates.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`Unknown programme template "${key}"`);
  return template;
}

/** Sessions for a new programme from a template: every date "to be confirmed" until the user knows it. */
export function sessionsFromTemplate(template: ProgrammeTemplate): ProgrammeSession[] {
  return template.sessions.map((session) => ({ id: newId(), date: null, ...session }));
}

export function newSession(kind: SessionKind = 'half-day'): ProgrammeSession {
  return { id: newId(), title: kind === 'full-day' ? 'Full day' : 'Half day', kind, date: null };
}

/** Dated sessions first in date order, then the "to be confirmed" ones in their planned order. */
export function sortSessions(sessions: readonly ProgrammeSession[]): ProgrammeSession[] {
  return [...sessions].sort((a, b) => {
    if (a.date !== null && b.date !== null) return a.date.localeCompare(b.date);
    if (a.date !== null) return -1;
    if (b.date !== null) return 1;
    return (a.plannedWeek ?? Infinity) - (b.plannedWeek ?? Infinity);
  });
}
