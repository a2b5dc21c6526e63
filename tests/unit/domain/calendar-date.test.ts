import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  calendarDateSchema,
  dayNumber,
  formatCalendarDate,
  formatShortDate,
  fromDayNumber,
  localCalendarDate,
} from '@/domain/calendar-date';

// Zones that make local dates go wrong in different ways: the UK (clocks change on 29 March and
// 25 October 2026), far ahead of and far behind UTC, and a half-hour daylight saving shift.
const TIME_ZONES = [
  'Europe/London',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
];

/** Node re-reads TZ when it is assigned, so `new Date(y, m, d, h, min)` is then built in this zone. */
function switchTimeZone(zone: string): void {
  vi.stubEnv('TZ', zone);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

it('really switches the time zone, so the tests below are not all run in UTC', () => {
  switchTimeZone('Pacific/Kiritimati');
  expect(new Date(2026, 9, 25, 23, 30).toISOString()).toBe('2026-10-25T09:30:00.000Z');
  switchTimeZone('Europe/London');
  expect(new Date(2026, 9, 25, 23, 30).toISOString()).toBe('2026-10-25T23:30:00.000Z');
  expect(new Date(2026, 9, 24, 23, 30).toISOString()).toBe('2026-10-24T22:30:00.000Z');
});

describe('calendarDateSchema', () => {
  it.each(['2026-09-07', '2027-01-01', '2028-02-29', '2026-12-31'])('accepts %s', (date) => {
    expect(calendarDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-09-31',
    '2026-9-7',
    '07/09/2026',
    '',
    '2026-09-07T00:00',
  ])('rejects %j with a message saying what a date looks like', (date) => {
    const result = calendarDateSchema.safeParse(date);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a date (YYYY-MM-DD)');
  });
});

describe('dayNumber and fromDayNumber', () => {
  it('counts whole days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-09-07') - dayNumber('2026-09-06')).toBe(1);
  });

  it('round-trips every day of two years, through both clock changes and a leap day', () => {
    const first = dayNumber('2027-06-01');
    for (let day = first; day < first + 731; day += 1) {
      expect(dayNumber(fromDayNumber(day))).toBe(day);
    }
    expect(fromDayNumber(dayNumber('2028-02-29'))).toBe('2028-02-29');
  });

  it('keeps years before 100 as written (Date.UTC would read 0050 as 1950)', () => {
    expect(fromDayNumber(dayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(dayNumber('1950-03-01') - dayNumber('0050-03-01')).toBeGreaterThan(365 * 1899);
  });

  it('gives the same day numbers whatever the device time zone', () => {
    const expected = ['2026-03-29', '2026-10-25', '2026-12-31'].map(dayNumber);
    for (const zone of TIME_ZONES) {
      switchTimeZone(zone);
      expect(['2026-03-29', '2026-10-25', '2026-12-31'].map(dayNumber)).toEqual(expected);
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-09-07', 1, '2026-09-08'],
    ['2026-09-07', 0, '2026-09-07'],
    ['2026-09-07', -7, '2026-08-31'],
    ['2026-10-24', 2, '2026-10-26'], // UK clocks go back on 25 October
    ['2026-03-28', 2, '2026-03-30'], // UK clocks go forward on 29 March
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-09-07', 69, '2026-11-15'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('localCalendarDate', () => {
  it.each(TIME_ZONES)(
    'gives the date the device shows, late at night and just after midnight (%s)',
    (zone) => {
      switchTimeZone(zone);
      expect(localCalendarDate(new Date(2026, 9, 25, 23, 30))).toBe('2026-10-25');
      expect(localCalendarDate(new Date(2026, 9, 26, 0, 5))).toBe('2026-10-26');
      expect(localCalendarDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
      expect(localCalendarDate(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
      expect(localCalendarDate(new Date(2028, 1, 29, 12, 0))).toBe('2028-02-29');
    },
  );

  it('uses the local date, not the UTC one (00:30 BST on 14 September is 23:30 UTC on the 13th)', () => {
    switchTimeZone('Europe/London');
    expect(localCalendarDate(new Date('2026-09-13T23:30:00Z'))).toBe('2026-09-14');
  });
});

describe('formatCalendarDate and formatShortDate', () => {
  it('formats in en-GB: weekday, day, month, year', () => {
    expect(formatCalendarDate('2026-09-07')).toBe('Mon, 7 Sept 2026');
    expect(formatCalendarDate('2026-10-25')).toBe('Sun, 25 Oct 2026');
    expect(formatCalendarDate('2028-02-29')).toBe('Tue, 29 Feb 2028');
    expect(formatCalendarDate('1969-12-31')).toBe('Wed, 31 Dec 1969');
    expect(formatShortDate('2026-09-07')).toBe('7 Sept');
    expect(formatShortDate('2027-01-04')).toBe('4 Jan');
  });

  it('writes every day of 2025–2028 as Intl does in en-GB (where Intl has the current forms)', () => {
    const intlLong = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const intlShort = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    // Older ICU writes "Sep" and leaves out the comma: compare only where it has the current forms.
    const hasCurrentForms =
      intlLong.format(new Date('2026-09-07T00:00:00Z')) === 'Mon, 7 Sept 2026';
    const first = dayNumber('2025-01-01');
    for (let day = first; day < first + 4 * 366; day += 1) {
      const date = fromDayNumber(day);
      const instant = new Date(`${date}T00:00:00Z`);
      if (hasCurrentForms) {
        expect(formatCalendarDate(date)).toBe(intlLong.format(instant));
        expect(formatShortDate(date)).toBe(intlShort.format(instant));
      } else {
        expect(formatCalendarDate(date)).toMatch(/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2,3} \d{4}$/);
      }
    }
  });

  it('shows the same day in every time zone: a calendar date has no zone', () => {
    const expected = formatCalendarDate('2026-10-25');
    for (const zone of TIME_ZONES) {
      switchTimeZone(zone);
      expect(formatCalendarDate('2026-10-25')).toBe(expected);
      expect(formatShortDate('2026-12-31')).toBe('31 Dec');
    }
  });
});
