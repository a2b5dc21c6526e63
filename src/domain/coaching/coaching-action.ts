import { z } from '@/domain/zod';
import {
  calendarDateInZone,
  calendarDateSchema,
  daysBetween,
  formatCalendarDate,
  localCalendarDate,
  type CalendarDate,
} from '@/domain/calendar-date';
import { stableIdSchema } from '@/domain/framework';
import { recordIdSchema, recordMetaSchema } from '@/domain/record';

/**
 * An action agreed in coaching: what, whose it is, by when, whether it is open, done or dropped,
 * how it went, and the skills, enquiries and observations it relates to. An action is its own row
 * so one list follows every action up across sessions; `sessionId` names the session it was agreed
 * in, `fromObservationId` the Learning 3 observation whose follow-up it tracks.
 *
 * Due dates are calendar dates and "today" is a calendar date in the delegate's own zone, so an
 * action due on Friday is due all Friday, wherever the device is and whatever the clocks did
 * (docs/design.md#weeks-from-dates).
 */

export const ACTION_OWNERS = ['me', 'coach', 'other'] as const;
export const actionOwnerSchema = z.enum(ACTION_OWNERS);
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

export const MAX_ACTION_TEXT = 500;
export const MAX_ACTION_OUTCOME = 2000;
export const MAX_ACTION_LINKS = 12;
/** An open action due within this many days (today included) is "due soon". */
export const DUE_SOON_DAYS = 7;

export const actionContentSchema = z.object({
  text: z
    .string({ error: 'Say what was agreed' })
    .check(
      z.trim(),
      z.minLength(1, 'Say what was agreed'),
      z.maxLength(
        MAX_ACTION_TEXT,
        `Keep the action under ${MAX_ACTION_TEXT.toString()} characters`,
      ),
    ),
  owner: actionOwnerSchema,
  /** Who, when the owner is someone other than the delegate or the coach. */
  ownerName: z.string().check(z.trim(), z.maxLength(80, 'Keep the name under 80 characters')),
  dueDate: z.nullable(calendarDateSchema),
  status: actionStatusSchema,
  /** How it went: written when it is done or dropped, or along the way. */
  outcome: z
    .string()
    .check(
      z.maxLength(
        MAX_ACTION_OUTCOME,
        `Keep how it went under ${MAX_ACTION_OUTCOME.toString()} characters`,
      ),
    ),
  skillIds: z.array(stableIdSchema).check(z.maxLength(MAX_ACTION_LINKS)),
  enquiryIds: z.array(recordIdSchema).check(z.maxLength(MAX_ACTION_LINKS)),
  observationIds: z.array(recordIdSchema).check(z.maxLength(MAX_ACTION_LINKS)),
});
export type ActionContent = z.infer<typeof actionContentSchema>;

export const coachingActionSchema = z.extend(recordMetaSchema, {
  ...actionContentSchema.shape,
  profileId: recordIdSchema,
  /** The session it was agreed in; null for one agreed elsewhere (an observation's follow-up). */
  sessionId: z.nullable(recordIdSchema),
  /** The Learning 3 observation whose follow-up this action tracks. */
  fromObservationId: z.optional(recordIdSchema),
  /** The day it was marked done or dropped, in the delegate's calendar. */
  closedOn: z.optional(calendarDateSchema),
});
export type CoachingAction = z.infer<typeof coachingActionSchema>;

export function blankActionContent(): ActionContent {
  return {
    text: '',
    owner: 'me',
    ownerName: '',
    dueDate: null,
    status: 'open',
    outcome: '',
    skillIds: [],
    enquiryIds: [],
    observationIds: [],
  };
}

export function actionContentOf(action: CoachingAction): ActionContent {
  return {
    text: action.text,
    owner: action.owner,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    status: action.status,
    outcome: action.outcome,
    skillIds: action.skillIds,
    enquiryIds: action.enquiryIds,
    observationIds: action.observationIds,
  };
}

export function isLiveAction(action: CoachingAction): boolean {
  return action.deletedAt === undefined;
}

/** "Me", "Coach", "Mrs Patel". */
export function ownerText(
  action: Pick<ActionContent, 'owner' | 'ownerName'>,
  coachName = '',
): string {
  if (action.owner === 'me') return 'Me';
  if (action.owner === 'coach') return coachName.trim() || 'My coach';
  return action.ownerName.trim() || 'Someone else';
}

// ─── When it is due ─────────────────────────────────────────────────────────────────────────────

export type ActionTiming =
  | { state: 'done' | 'dropped' }
  | { state: 'no-date' }
  | { state: 'overdue'; days: number }
  | { state: 'due-soon'; days: number }
  | { state: 'later'; days: number };

/**
 * Where an action stands on `today` (a calendar date in the delegate's zone). Overdue from the day
 * after its due date; due soon from `DUE_SOON_DAYS - 1` days before it to the day itself. `days`
 * is how many days overdue, or until it is due (0 = today).
 */
export function actionTiming(
  action: Pick<ActionContent, 'status' | 'dueDate'>,
  today: CalendarDate,
): ActionTiming {
  if (action.status !== 'open') return { state: action.status };
  if (action.dueDate === null) return { state: 'no-date' };
  const days = daysBetween(today, action.dueDate);
  if (days < 0) return { state: 'overdue', days: -days };
  if (days < DUE_SOON_DAYS) return { state: 'due-soon', days };
  return { state: 'later', days };
}

/** The delegate's "today": the device's own zone, or a named one. */
export function todayFor(now: Date = new Date(), timeZone?: string): CalendarDate {
  return timeZone === undefined ? localCalendarDate(now) : calendarDateInZone(now, timeZone);
}

/** "Overdue by 3 days", "Due today", "Due in 2 days", "Due Fri, 6 Nov 2026", "No date". */
export function timingText(timing: ActionTiming, dueDate: CalendarDate | null): string {
  switch (timing.state) {
    case 'done':
      return 'Done';
    case 'dropped':
      return 'Dropped';
    case 'no-date':
      return 'No due date';
    case 'overdue':
      return `Overdue by ${timing.days.toString()} ${timing.days === 1 ? 'day' : 'days'}`;
    case 'due-soon':
      return timing.days === 0
        ? 'Due today'
        : timing.days === 1
          ? 'Due tomorrow'
          : `Due in ${timing.days.toString()} days`;
    case 'later':
      return dueDate === null ? 'No due date' : `Due ${formatCalendarDate(dueDate)}`;
  }
}

export type ActionGroup = 'overdue' | 'due-soon' | 'open' | 'done';

export const ACTION_GROUP_LABELS: Readonly<Record<ActionGroup, string>> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  open: 'Open, not due yet',
  done: 'Done or dropped',
};

/** The list's sections: overdue, due soon, the rest of the open ones, then closed ones. */
export function actionGroup(timing: ActionTiming): ActionGroup {
  switch (timing.state) {
    case 'overdue':
      return 'overdue';
    case 'due-soon':
      return 'due-soon';
    case 'no-date':
    case 'later':
      return 'open';
    case 'done':
    case 'dropped':
      return 'done';
  }
}

/** Open actions by due date (undated last); closed ones most recently closed first. */
export function compareActions(a: CoachingAction, b: CoachingAction): number {
  const isOpenA = a.status === 'open';
  const isOpenB = b.status === 'open';
  if (isOpenA !== isOpenB) return isOpenA ? -1 : 1;
  if (isOpenA) {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate.localeCompare(b.dueDate);
    }
    return a.createdAt.localeCompare(b.createdAt);
  }
  return (
    (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || b.updatedAt.localeCompare(a.updatedAt)
  );
}

/** The actions of each group, in list order. */
export function groupActions(
  actions: readonly CoachingAction[],
  today: CalendarDate,
): Record<ActionGroup, CoachingAction[]> {
  const groups: Record<ActionGroup, CoachingAction[]> = {
    overdue: [],
    'due-soon': [],
    open: [],
    done: [],
  };
  for (const action of [...actions].sort(compareActions)) {
    groups[actionGroup(actionTiming(action, today))].push(action);
  }
  return groups;
}
