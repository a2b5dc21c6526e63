import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber } from '@/domain/calendar-date';
import {
  actionTiming,
  blankActionContent,
  groupActions,
  timingText,
  todayFor,
  type CoachingAction,
} from '@/domain/coaching/coaching-action';

function action(overrides: Partial<CoachingAction>): CoachingAction {
  return {
    ...blankActionContent(),
    id: crypto.randomUUID(),
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    rev: 1,
    profileId: '7b0c3c4e-3f5e-4a59-9a3c-2f1e0d9c8b7a',
    sessionId: null,
    text: 'Plan three hinge questions',
    ...overrides,
  };
}

describe('when an action is due', () => {
  it('is due soon up to and on the day, overdue from the day after', () => {
    const due = { status: 'open' as const, dueDate: '2026-11-13' };
    expect(actionTiming(due, '2026-11-06')).toEqual({ state: 'later', days: 7 });
    expect(actionTiming(due, '2026-11-07')).toEqual({ state: 'due-soon', days: 6 });
    expect(actionTiming(due, '2026-11-13')).toEqual({ state: 'due-soon', days: 0 });
    expect(actionTiming(due, '2026-11-14')).toEqual({ state: 'overdue', days: 1 });
    expect(timingText(actionTiming(due, '2026-11-13'), due.dueDate)).toBe('Due today');
    expect(timingText(actionTiming(due, '2026-11-12'), due.dueDate)).toBe('Due tomorrow');
    expect(timingText(actionTiming(due, '2026-11-16'), due.dueDate)).toBe('Overdue by 3 days');
    expect(timingText(actionTiming(due, '2026-11-01'), due.dueDate)).toBe('Due Fri, 13 Nov 2026');
  });

  it('is never overdue once done or dropped, nor without a date', () => {
    expect(actionTiming({ status: 'done', dueDate: '2026-01-01' }, '2026-11-01')).toEqual({
      state: 'done',
    });
    expect(actionTiming({ status: 'dropped', dueDate: null }, '2026-11-01')).toEqual({
      state: 'dropped',
    });
    expect(actionTiming({ status: 'open', dueDate: null }, '2026-11-01')).toEqual({
      state: 'no-date',
    });
  });

  it('counts whole days across the clock changes and the year end', () => {
    // British Summer Time ends on 25 Oct 2026 and starts on 28 Mar 2027: 23- and 25-hour days.
    expect(actionTiming({ status: 'open', dueDate: '2026-10-26' }, '2026-10-24')).toEqual({
      state: 'due-soon',
      days: 2,
    });
    expect(actionTiming({ status: 'open', dueDate: '2027-03-27' }, '2027-03-29')).toEqual({
      state: 'overdue',
      days: 2,
    });
    expect(actionTiming({ status: 'open', dueDate: '2027-01-01' }, '2026-12-31')).toEqual({
      state: 'due-soon',
      days: 1,
    });
  });

  it('takes "today" in the delegate’s own time zone', () => {
    // 23:30 UTC on Friday 13 Nov is already Saturday in Auckland and still Friday in London and New York.
    const lateFriday = new Date('2026-11-13T23:30:00Z');
    expect(todayFor(lateFriday, 'Europe/London')).toBe('2026-11-13');
    expect(todayFor(lateFriday, 'America/New_York')).toBe('2026-11-13');
    expect(todayFor(lateFriday, 'Pacific/Auckland')).toBe('2026-11-14');
    const due = { status: 'open' as const, dueDate: '2026-11-13' };
    expect(actionTiming(due, todayFor(lateFriday, 'Europe/London')).state).toBe('due-soon');
    expect(actionTiming(due, todayFor(lateFriday, 'Pacific/Auckland')).state).toBe('overdue');
    // 00:30 on 26 Oct in London is 23:30 UTC on the 25th, the night the clocks went back.
    const afterClockChange = new Date('2026-10-25T23:30:00Z');
    expect(todayFor(afterClockChange, 'Europe/London')).toBe('2026-10-25');
    const inSummerTime = new Date('2026-10-24T23:30:00Z');
    expect(todayFor(inSummerTime, 'Europe/London')).toBe('2026-10-25');
  });

  it('agrees with a count of whole days for any date pair (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2035-12-31') }),
        fc.integer({ min: -400, max: 400 }),
        (day, offset) => {
          const today = fromDayNumber(day);
          const dueDate = addDays(today, offset);
          const timing = actionTiming({ status: 'open', dueDate }, today);
          if (offset < 0) return timing.state === 'overdue' && timing.days === -offset;
          if (offset < 7) return timing.state === 'due-soon' && timing.days === offset;
          return timing.state === 'later' && timing.days === offset;
        },
      ),
    );
  });
});

describe('the action list', () => {
  it('groups overdue, due soon, open, then done, each in order', () => {
    const today = '2026-11-10';
    const late = action({ text: 'Late', dueDate: '2026-11-02' });
    const soon = action({ text: 'Soon', dueDate: '2026-11-12' });
    const sooner = action({ text: 'Sooner', dueDate: '2026-11-11' });
    const undated = action({ text: 'Undated' });
    const far = action({ text: 'Far', dueDate: '2026-12-20' });
    const done = action({ text: 'Done', status: 'done', closedOn: '2026-11-05' });
    const dropped = action({ text: 'Dropped', status: 'dropped', closedOn: '2026-11-08' });
    const groups = groupActions([undated, done, soon, far, late, dropped, sooner], today);
    expect(groups.overdue.map((entry) => entry.text)).toEqual(['Late']);
    expect(groups['due-soon'].map((entry) => entry.text)).toEqual(['Sooner', 'Soon']);
    expect(groups.open.map((entry) => entry.text)).toEqual(['Far', 'Undated']);
    expect(groups.done.map((entry) => entry.text)).toEqual(['Dropped', 'Done']);
  });
});
