import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  coachingCalendar,
  singleSessionCalendar,
  zonedInstant,
} from '@/domain/coaching/coaching-calendar';
import { blankActionContent, type CoachingAction } from '@/domain/coaching/coaching-action';
import { blankSessionContent, type CoachingSession } from '@/domain/coaching/coaching-session';

const META = {
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  rev: 1,
  profileId: '7b0c3c4e-3f5e-4a59-9a3c-2f1e0d9c8b7a',
};

function session(overrides: Partial<CoachingSession>): CoachingSession {
  return {
    ...blankSessionContent('2026-10-22', 'Dr Amara Okafor'),
    ...META,
    id: crypto.randomUUID(),
    ...overrides,
  };
}

function action(overrides: Partial<CoachingAction>): CoachingAction {
  return {
    ...blankActionContent(),
    ...META,
    id: crypto.randomUUID(),
    sessionId: null,
    text: 'Plan three hinge questions',
    ...overrides,
  };
}

function eventsOf(text: string): ICAL.Event[] {
  const calendar = ICAL.Component.fromString(text);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

describe('the coaching calendar', () => {
  it('keeps 16:15 in London at 16:15 on both sides of the clock change', async () => {
    // The clocks go back on Sunday 25 Oct 2026: 16:15 is 15:15 UTC before it, 16:15 UTC after.
    const before = session({ date: '2026-10-22', startTime: '16:15', durationMinutes: 45 });
    const after = session({ date: '2026-10-29', startTime: '16:15', durationMinutes: 60 });
    const text = await coachingCalendar({
      programme: undefined,
      sessions: [before, after],
      actions: [],
      timeZone: 'Europe/London',
    });
    const events = eventsOf(text);
    expect(events).toHaveLength(2);
    const [first, second] = events;
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-10-22T15:15:00.000Z');
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-10-22T16:00:00.000Z');
    expect(second!.startDate.toJSDate().toISOString()).toBe('2026-10-29T16:15:00.000Z');
    expect(second!.summary).toBe('Coaching with Dr Amara Okafor');
    expect(second!.uid).toBe(`coaching-session-${after.id}@trellis.app`);
  });

  it('writes programme sessions and due dates as all-day events, and nothing private', async () => {
    const text = await coachingCalendar({
      programme: {
        name: 'OTP Plus',
        sessions: [
          { id: crypto.randomUUID(), title: 'Session 1', kind: 'half-day', date: '2026-09-15' },
          { id: crypto.randomUUID(), title: 'Session 2', kind: 'full-day', date: null },
        ],
      },
      sessions: [
        session({
          date: '2026-11-03',
          startTime: null,
          privateNotes: 'Secret worry',
          notes: 'Notes',
        }),
      ],
      actions: [
        action({ dueDate: '2026-10-31' }),
        action({ text: 'Done already', status: 'done', dueDate: '2026-10-30' }),
        action({ text: 'No date' }),
      ],
      timeZone: 'Europe/London',
    });
    expect(text).not.toContain('Secret worry');
    expect(text).not.toContain('Notes');
    const events = eventsOf(text);
    expect(events.map((event) => event.summary)).toEqual([
      'OTP Plus: Session 1',
      'Coaching with Dr Amara Okafor',
      'Due: Plan three hinge questions',
    ]);
    for (const event of events) expect(event.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2026-09-15');
    expect(events[0]!.endDate.toString()).toBe('2026-09-16');
    expect(events[2]!.startDate.toString()).toBe('2026-10-31');
  });

  it('adds one session on its own', async () => {
    const one = session({ date: '2027-03-30', startTime: '08:00', durationMinutes: 30 });
    const events = eventsOf(await singleSessionCalendar(one, 'Europe/London'));
    expect(events).toHaveLength(1);
    // British Summer Time has begun: 08:00 in London is 07:00 UTC.
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-03-30T07:00:00.000Z');
  });

  it('reads a time the clocks skip or repeat sensibly', () => {
    // 01:30 on 28 Mar 2027 never happens in London; on 25 Oct 2026 it happens twice.
    expect(new Date(zonedInstant('2027-03-28', '01:30', 'Europe/London')).toISOString()).toBe(
      '2027-03-28T01:30:00.000Z',
    );
    expect(new Date(zonedInstant('2026-10-25', '01:30', 'Europe/London')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(zonedInstant('2026-07-01', '09:00', 'America/New_York')).toISOString()).toBe(
      '2026-07-01T13:00:00.000Z',
    );
  });
});
