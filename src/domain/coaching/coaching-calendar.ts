import type { EventAttributes } from 'ics';
import { addDays, type CalendarDate } from '@/domain/calendar-date';
import type { Programme } from '@/domain/programme';
import { ownerText, type CoachingAction } from '@/domain/coaching/coaching-action';
import {
  durationText,
  SESSION_PARTNER_LABELS,
  sessionTitle,
  type CoachingSession,
} from '@/domain/coaching/coaching-session';

/**
 * The programme's sessions, coaching sessions and the due dates of open actions as an iCalendar
 * file that Outlook, Google Calendar and Apple Calendar import (written by the `ics` library,
 * loaded only when a file is made: docs/design.md#heavy-things-load-late).
 *
 * Programme sessions and due dates are all-day events: they are days in the diary. A coaching
 * session with a start time is a timed event: its time is wall-clock time in the delegate's zone,
 * turned into the instant it names there (so 16:15 stays 16:15 on either side of a clock change)
 * and written in UTC, which every calendar reads the same way. Each event's UID is made from the
 * record's id, so importing the file again updates events rather than doubling them. Private
 * notes and session notes never go in: calendars are often synced to a school's server.
 */

export const CALENDAR_FILE_NAME = 'trellis-coaching-calendar.ics';
const UID_DOMAIN = 'trellis.app';
const PRODUCT_ID = 'trellis/coaching';
const DAY_MS = 86_400_000;

export interface CalendarInput {
  programme: Pick<Programme, 'name' | 'sessions'> | undefined;
  sessions: readonly CoachingSession[];
  actions: readonly CoachingAction[];
  /** The zone a session's start time is in: the delegate's own. */
  timeZone: string;
}

function dateArray(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** The zone's offset from UTC at an instant, in minutes (60 for London in summer). */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time names in a zone. A time skipped when the clocks go forward is read
 * as the same number of minutes after the change; a time that happens twice, as its first time.
 */
export function zonedInstant(date: CalendarDate, time: string, timeZone: string): number {
  const [year, month, day] = dateArray(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets a day either side: the same unless the clocks change that day.
  const before = zoneOffsetMinutes(wall - DAY_MS, timeZone);
  const after = zoneOffsetMinutes(wall + DAY_MS, timeZone);
  const valid = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => wall - instant === zoneOffsetMinutes(instant, timeZone) * 60_000);
  return valid.length > 0 ? Math.min(...valid) : wall - before * 60_000;
}

function allDay(
  date: CalendarDate,
): Pick<EventAttributes, 'start'> & { end: [number, number, number] } {
  return { start: dateArray(date), end: dateArray(addDays(date, 1)) };
}

export function sessionEvent(session: CoachingSession, timeZone: string): EventAttributes {
  const description = [
    `${SESSION_PARTNER_LABELS[session.withWhom]}${session.partnerName.trim() === '' ? '' : `: ${session.partnerName.trim()}`}`,
    `Length: ${durationText(session.durationMinutes)}`,
  ].join('\n');
  const common = {
    uid: `coaching-session-${session.id}@${UID_DOMAIN}`,
    title: sessionTitle(session),
    description,
    categories: ['Coaching'],
    productId: PRODUCT_ID,
  };
  if (session.startTime === null) return { ...common, ...allDay(session.date) };
  return {
    ...common,
    start: zonedInstant(session.date, session.startTime, timeZone),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
  };
}

function actionEvent(action: CoachingAction & { dueDate: CalendarDate }): EventAttributes {
  return {
    uid: `coaching-action-${action.id}@${UID_DOMAIN}`,
    title: `Due: ${action.text.trim()}`,
    description: `Agreed action (owner: ${ownerText(action)})`,
    categories: ['Coaching', 'Action'],
    productId: PRODUCT_ID,
    ...allDay(action.dueDate),
  };
}

function programmeEvents(programme: CalendarInput['programme']): EventAttributes[] {
  if (!programme) return [];
  return programme.sessions.flatMap((session) =>
    session.date === null
      ? []
      : [
          {
            uid: `programme-session-${session.id}@${UID_DOMAIN}`,
            title: `${programme.name}: ${session.title}`,
            description: session.kind === 'full-day' ? 'Full day' : 'Half day',
            categories: ['Programme'],
            productId: PRODUCT_ID,
            ...allDay(session.date),
          },
        ],
  );
}

async function writeCalendar(events: EventAttributes[], calName: string): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName });
  if (error || value === null) {
    throw new Error('The calendar file could not be made. Please try again.');
  }
  return value;
}

/** Everything: programme sessions, coaching sessions and open actions' due dates. */
export function coachingCalendar(input: CalendarInput): Promise<string> {
  const events = [
    ...programmeEvents(input.programme),
    ...input.sessions
      .filter((session) => session.deletedAt === undefined)
      .map((session) => sessionEvent(session, input.timeZone)),
    ...input.actions
      .filter(
        (action): action is CoachingAction & { dueDate: CalendarDate } =>
          action.deletedAt === undefined && action.status === 'open' && action.dueDate !== null,
      )
      .map(actionEvent),
  ];
  return writeCalendar(events, input.programme ? `${input.programme.name} (Trellis)` : 'Trellis');
}

/** One session, to add to a calendar on its own. */
export function singleSessionCalendar(session: CoachingSession, timeZone: string): Promise<string> {
  return writeCalendar([sessionEvent(session, timeZone)], sessionTitle(session));
}

export function sessionCalendarFileName(session: CoachingSession): string {
  return `coaching-session-${session.date}.ics`;
}

/** The zone this device's calendar is in. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
