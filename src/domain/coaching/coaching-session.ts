import { z } from '@/domain/zod';
import { calendarDateSchema, type CalendarDate } from '@/domain/calendar-date';
import { stableIdSchema } from '@/domain/framework';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * A coaching session in the delegate's log: when, for how long, with whom (their coach, a
 * headteacher, or a Learning 3 colleague the delegate coaches), what kind, the skills or behaviours
 * in focus, and notes, optionally in the GROW structure (goal, reality, options, way forward).
 * The actions agreed in it are rows of their own (coaching-action.ts), so one list can follow them
 * up across sessions.
 *
 * `privateNotes` never leave the device in anything made from the data: no verification request,
 * calendar, spreadsheet, progress update or presentation carries them. Only the delegate's own
 * backups do, because a backup is the delegate's copy of their device (docs/design.md).
 */

export const SESSION_KINDS = ['coaching', 'mentoring', '360-debrief', 'progress-review'] as const;
export const sessionKindSchema = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof sessionKindSchema>;

export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  coaching: 'Coaching',
  mentoring: 'Mentoring',
  '360-debrief': '360° debrief',
  'progress-review': 'Progress review',
};

export const SESSION_PARTNERS = ['coach', 'headteacher', 'colleague'] as const;
export const sessionPartnerSchema = z.enum(SESSION_PARTNERS);
export type SessionPartner = z.infer<typeof sessionPartnerSchema>;

export const SESSION_PARTNER_LABELS: Readonly<Record<SessionPartner, string>> = {
  coach: 'My coach',
  headteacher: 'A headteacher',
  colleague: 'A Learning 3 colleague I coach',
};

export const MAX_SESSION_NOTES = 8000;
export const MAX_GROW_TEXT = 2000;
export const MAX_PRIVATE_NOTES = 4000;
export const MAX_FOCUS_SKILLS_PER_SESSION = 8;
export const MIN_SESSION_MINUTES = 5;
export const MAX_SESSION_MINUTES = 480;

function limitedText(max: number, what: string) {
  return z.string().check(z.maxLength(max, `Keep ${what} under ${max.toString()} characters`));
}

/** A time of day as the delegate's diary shows it ("16:15"), no zone: like a calendar date. */
export const timeOfDaySchema = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as hours and minutes, like 16:15'));

export const growNotesSchema = z.object({
  goal: limitedText(MAX_GROW_TEXT, 'the goal'),
  reality: limitedText(MAX_GROW_TEXT, 'the reality'),
  options: limitedText(MAX_GROW_TEXT, 'the options'),
  wayForward: limitedText(MAX_GROW_TEXT, 'the way forward'),
});
export type GrowNotes = z.infer<typeof growNotesSchema>;

export const GROW_PARTS: readonly { key: keyof GrowNotes; label: string; hint: string }[] = [
  { key: 'goal', label: 'Goal', hint: 'What do you want from this, and from today?' },
  { key: 'reality', label: 'Reality', hint: 'Where are things now? What have you tried?' },
  { key: 'options', label: 'Options', hint: 'What could you do? What else?' },
  { key: 'wayForward', label: 'Way forward', hint: 'What will you do, and by when?' },
];

export function blankGrow(): GrowNotes {
  return { goal: '', reality: '', options: '', wayForward: '' };
}

/** What the session form edits. */
export const sessionContentSchema = z.object({
  date: calendarDateSchema,
  /** When it starts, for the calendar; null when only the day matters. */
  startTime: z.nullable(timeOfDaySchema),
  durationMinutes: z
    .int({ error: 'Give the length in minutes' })
    .check(
      z.minimum(
        MIN_SESSION_MINUTES,
        `A session lasts at least ${MIN_SESSION_MINUTES.toString()} minutes`,
      ),
      z.maximum(MAX_SESSION_MINUTES, 'A session lasts 8 hours at most'),
    ),
  withWhom: sessionPartnerSchema,
  /** The coach's, headteacher's or colleague's name. */
  partnerName: z.string().check(z.trim(), z.maxLength(80, 'Keep the name under 80 characters')),
  /** The Learning 3 colleague, when the delegate coaches one of them. */
  colleagueId: z.nullable(recordIdSchema),
  kind: sessionKindSchema,
  focusSkillIds: z
    .array(stableIdSchema)
    .check(
      z.maxLength(
        MAX_FOCUS_SKILLS_PER_SESSION,
        `Choose up to ${MAX_FOCUS_SKILLS_PER_SESSION.toString()} skills or behaviours`,
      ),
    ),
  notes: limitedText(MAX_SESSION_NOTES, 'the notes'),
  /** The GROW structure, when the delegate chose it. */
  grow: z.nullable(growNotesSchema),
  privateNotes: limitedText(MAX_PRIVATE_NOTES, 'the private notes'),
});
export type SessionContent = z.infer<typeof sessionContentSchema>;

export const coachingSessionSchema = z.extend(recordMetaSchema, {
  ...sessionContentSchema.shape,
  profileId: recordIdSchema,
});
export type CoachingSession = z.infer<typeof coachingSessionSchema>;

export function blankSessionContent(date: CalendarDate, coachName = ''): SessionContent {
  return {
    date,
    startTime: null,
    durationMinutes: 45,
    withWhom: 'coach',
    partnerName: coachName,
    colleagueId: null,
    kind: 'coaching',
    focusSkillIds: [],
    notes: '',
    grow: null,
    privateNotes: '',
  };
}

export function sessionContentOf(session: CoachingSession): SessionContent {
  return {
    date: session.date,
    startTime: session.startTime,
    durationMinutes: session.durationMinutes,
    withWhom: session.withWhom,
    partnerName: session.partnerName,
    colleagueId: session.colleagueId,
    kind: session.kind,
    focusSkillIds: session.focusSkillIds,
    notes: session.notes,
    grow: session.grow,
    privateNotes: session.privateNotes,
  };
}

/** "Coaching with Dr Amara Okafor", "Progress review with a headteacher". */
export function sessionTitle(session: Pick<SessionContent, 'kind' | 'withWhom' | 'partnerName'>) {
  const who =
    session.partnerName.trim() ||
    (session.withWhom === 'coach'
      ? 'my coach'
      : session.withWhom === 'headteacher'
        ? 'a headteacher'
        : 'a colleague');
  return `${SESSION_KIND_LABELS[session.kind]} with ${who}`;
}

/** "45 min", "1 h 30 min". */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest.toString()} min`;
  return rest === 0 ? `${hours.toString()} h` : `${hours.toString()} h ${rest.toString()} min`;
}

export function isLiveSession(session: CoachingSession): boolean {
  return session.deletedAt === undefined;
}

/** Newest first: the log reads back from today. */
export function bySessionDateDescending(a: CoachingSession, b: CoachingSession): number {
  return (
    b.date.localeCompare(a.date) ||
    (b.startTime ?? '').localeCompare(a.startTime ?? '') ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/** The coach's name for actions the coach owns: the session's own when it was with the coach. */
export function coachNameFor(session: Pick<SessionContent, 'withWhom' | 'partnerName'>): string {
  return session.withWhom === 'coach' ? session.partnerName : '';
}
