import { describe, expect, it } from 'vitest';
import {
  findProgrammeTemplate,
  newSession,
  programmeDetailsSchema,
  programmeSessionSchema,
  programmeTemplateKeySchema,
  programmeTemplates,
  sessionsFromTemplate,
  sortSessions,
  type ProgrammeDetails,
  type ProgrammeSession,
  type ProgrammeTemplateKey,
} from '@/domain/programme';
import { recordIdSchema } from '@/domain/record';
import { fieldErrors } from '@/domain/validation';

const goodDetails: ProgrammeDetails = {
  name: 'OTP Plus',
  startDate: '2026-09-07',
  lengthWeeks: 10,
  sessions: [],
  breaks: [],
};

/** The form's messages for details with some fields changed; {} when they are valid. */
function messagesFor(changes: Record<string, unknown>): Record<string, string> {
  const result = programmeDetailsSchema.safeParse({ ...goodDetails, ...changes });
  return result.success ? {} : fieldErrors(result.error);
}

describe('programmeDetailsSchema', () => {
  it('accepts good details and trims the name', () => {
    expect(messagesFor({})).toEqual({});
    expect(programmeDetailsSchema.parse({ ...goodDetails, name: '  OTP Plus  ' }).name).toBe(
      'OTP Plus',
    );
  });

  it.each([
    [0, 'A programme lasts at least 1 week'],
    [-3, 'A programme lasts at least 1 week'],
    [105, 'A programme lasts at most 104 weeks'],
    [2.5, 'Use a whole number of weeks'],
    [Number.NaN, 'Enter the number of weeks'],
    ['10', 'Enter the number of weeks'],
    [undefined, 'Enter the number of weeks'],
  ])('says what is wrong with a length of %j', (lengthWeeks, message) => {
    expect(messagesFor({ lengthWeeks })).toEqual({ lengthWeeks: message });
  });

  it('accepts lengths from 1 to 104 weeks', () => {
    expect(messagesFor({ lengthWeeks: 1 })).toEqual({});
    expect(messagesFor({ lengthWeeks: 104 })).toEqual({});
  });

  it.each([
    ['', 'Give the programme a name'],
    ['   ', 'Give the programme a name'],
    ['x'.repeat(101), 'Name is too long'],
  ])('says what is wrong with the name %j', (name, message) => {
    expect(messagesFor({ name })).toEqual({ name: message });
  });

  it.each(['', '2026-02-30', '7/9/2026', '2026-9-7'])('rejects the start date %j', (startDate) => {
    expect(messagesFor({ startDate })).toEqual({ startDate: 'must be a date (YYYY-MM-DD)' });
  });

  it('names the session and field that is wrong', () => {
    const sessions: unknown[] = [
      { id: crypto.randomUUID(), title: 'Launch day', kind: 'full-day', date: '2026-09-07' },
      { id: crypto.randomUUID(), title: ' ', kind: 'half-day', date: null },
    ];
    expect(messagesFor({ sessions })).toEqual({ 'sessions.1.title': 'Give the session a name' });
  });
});

describe('programme templates', () => {
  it('OTP Plus runs 10 weeks with 5 half days and 2 full days', () => {
    const otpPlus = findProgrammeTemplate('otp-plus');
    expect(otpPlus.lengthWeeks).toBe(10);
    expect(otpPlus.sessions.filter((session) => session.kind === 'half-day')).toHaveLength(5);
    expect(otpPlus.sessions.filter((session) => session.kind === 'full-day')).toHaveLength(2);
    expect(otpPlus.sessions).toHaveLength(7);
  });

  it('has one template per key, each with its sessions inside the programme', () => {
    const keys = programmeTemplates.map((template) => template.key);
    expect([...keys].sort()).toEqual([...programmeTemplateKeySchema.options].sort());
    for (const template of programmeTemplates) {
      expect(findProgrammeTemplate(template.key)).toBe(template);
      expect(programmeDetailsSchema.shape.lengthWeeks.safeParse(template.lengthWeeks).success).toBe(
        true,
      );
      for (const session of template.sessions) {
        expect(session.plannedWeek).toBeGreaterThanOrEqual(1);
        expect(session.plannedWeek).toBeLessThanOrEqual(template.lengthWeeks);
      }
    }
  });

  it('refuses an unknown template key', () => {
    expect(() => findProgrammeTemplate('nope' as ProgrammeTemplateKey)).toThrow(
      'Unknown programme template "nope"',
    );
  });
});

describe('sessionsFromTemplate', () => {
  const otpPlus = findProgrammeTemplate('otp-plus');

  it('copies each session with its date to be confirmed', () => {
    const sessions = sessionsFromTemplate(otpPlus);
    expect(
      sessions.map(({ title, kind, plannedWeek, date }) => ({ title, kind, plannedWeek, date })),
    ).toEqual(otpPlus.sessions.map((session) => ({ ...session, date: null })));
    for (const session of sessions) {
      expect(programmeSessionSchema.parse(session)).toEqual(session);
    }
  });

  it('gives every session a fresh id, different each time', () => {
    const first = sessionsFromTemplate(otpPlus);
    const second = sessionsFromTemplate(otpPlus);
    const ids = [...first, ...second].map((session) => session.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(recordIdSchema.safeParse(id).success).toBe(true);
  });

  it('gives an empty calendar for the blank template', () => {
    expect(sessionsFromTemplate(findProgrammeTemplate('blank'))).toEqual([]);
  });
});

describe('newSession', () => {
  it('makes a valid session with its date to be confirmed', () => {
    const half = newSession();
    expect(half).toMatchObject({ title: 'Half day', kind: 'half-day', date: null });
    expect(newSession('full-day')).toMatchObject({ title: 'Full day', kind: 'full-day' });
    expect(programmeSessionSchema.safeParse(half).success).toBe(true);
    expect(newSession().id).not.toBe(half.id);
  });
});

describe('sortSessions', () => {
  function session(title: string, date: string | null, plannedWeek?: number): ProgrammeSession {
    return {
      id: crypto.randomUUID(),
      title,
      kind: 'half-day',
      date,
      ...(plannedWeek === undefined ? {} : { plannedWeek }),
    };
  }

  it('puts dated sessions first in date order, then the rest in planned order', () => {
    const sessions = [
      session('TBC week 5', null, 5),
      session('January', '2027-01-11'),
      session('TBC, no week', null),
      session('September', '2026-09-07', 8),
      session('TBC week 2', null, 2),
      session('October', '2026-10-26'),
    ];
    expect(sortSessions(sessions).map((item) => item.title)).toEqual([
      'September',
      'October',
      'January',
      'TBC week 2',
      'TBC week 5',
      'TBC, no week',
    ]);
  });

  it('keeps the given order for sessions it cannot tell apart, and leaves its input alone', () => {
    const sessions = [
      session('First unplanned', null),
      session('Same day A', '2026-09-07'),
      session('Second unplanned', null),
      session('Same day B', '2026-09-07'),
    ];
    const before = sessions.map((item) => item.title);
    expect(sortSessions(sessions).map((item) => item.title)).toEqual([
      'Same day A',
      'Same day B',
      'First unplanned',
      'Second unplanned',
    ]);
    expect(sessions.map((item) => item.title)).toEqual(before);
  });
});
