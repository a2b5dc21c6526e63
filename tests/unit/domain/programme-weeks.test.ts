import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '@/domain/calendar-date';
import {
  BASELINE_WEEK,
  breakOn,
  breakOptionText,
  breakStatusText,
  currentWeek,
  dateWeekText,
  programmePauses,
  weekEndDate,
  weekOptionText,
  programmeEndDate,
  programmePhase,
  programmeWeeks,
  shortWeekLabel,
  weekForDate,
  weekLabel,
  weekStartDate,
  type ProgrammeSpan,
} from '@/domain/programme-weeks';

// A ten-week programme starting on Monday 7 September 2026; its last day is Sunday 15 November.
const autumnTerm: ProgrammeSpan = { startDate: '2026-09-07', lengthWeeks: 10, breaks: [] };
// Starts the Monday before the UK clocks go back (Sunday 25 October 2026, 02:00 → 01:00).
const acrossClocksChange: ProgrammeSpan = { startDate: '2026-10-19', lengthWeeks: 10, breaks: [] };
// Starts the Monday before Christmas and runs into 2027.
const acrossYearEnd: ProgrammeSpan = { startDate: '2026-12-21', lengthWeeks: 10, breaks: [] };

const TIME_ZONES = [
  'Europe/London',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
/** Node re-reads TZ when it is assigned, so `new Date(y, m, d, h, min)` is then built in this zone. */
function switchTimeZone(zone: string): void {
  vi.stubEnv('TZ', zone);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('weekForDate', () => {
  it.each([
    ['long before the start', '2026-01-01', BASELINE_WEEK],
    ['the day before the start', '2026-09-06', BASELINE_WEEK],
    ['the first day', '2026-09-07', 1],
    ['day 7', '2026-09-13', 1],
    ['day 8', '2026-09-14', 2],
    ['day 15', '2026-09-21', 3],
    ['the last day', '2026-11-15', 10],
    ['the day after the end (clamped)', '2026-11-16', 10],
    ['a year after the end (clamped)', '2027-11-16', 10],
  ] as const)('%s (%s) is week %i', (_, date, week) => {
    expect(weekForDate(autumnTerm, date)).toBe(week);
  });

  it('keeps whole weeks across the UK clocks going back', () => {
    expect(weekForDate(acrossClocksChange, '2026-10-24')).toBe(1);
    expect(weekForDate(acrossClocksChange, '2026-10-25')).toBe(1);
    expect(weekForDate(acrossClocksChange, '2026-10-26')).toBe(2);
  });

  it('keeps whole weeks across the UK clocks going forward', () => {
    const span: ProgrammeSpan = { startDate: '2026-03-23', lengthWeeks: 6, breaks: [] };
    expect(weekForDate(span, '2026-03-29')).toBe(1);
    expect(weekForDate(span, '2026-03-30')).toBe(2);
  });

  it('counts on across the year end', () => {
    expect(weekForDate(acrossYearEnd, '2026-12-27')).toBe(1);
    expect(weekForDate(acrossYearEnd, '2026-12-28')).toBe(2);
    expect(weekForDate(acrossYearEnd, '2026-12-31')).toBe(2);
    expect(weekForDate(acrossYearEnd, '2027-01-03')).toBe(2);
    expect(weekForDate(acrossYearEnd, '2027-01-04')).toBe(3);
  });

  it('counts a leap day as a day', () => {
    const leapYear: ProgrammeSpan = { startDate: '2028-02-22', lengthWeeks: 4, breaks: [] };
    expect(weekForDate(leapYear, '2028-02-28')).toBe(1);
    expect(weekForDate(leapYear, '2028-02-29')).toBe(2);
    expect(weekForDate(leapYear, '2028-03-06')).toBe(2);
    expect(weekForDate(leapYear, '2028-03-07')).toBe(3);

    const ordinaryYear: ProgrammeSpan = { startDate: '2027-02-22', lengthWeeks: 4, breaks: [] };
    expect(weekForDate(ordinaryYear, '2027-02-28')).toBe(1);
    expect(weekForDate(ordinaryYear, '2027-03-01')).toBe(2);
  });

  it('puts every day of a two-year programme in week ⌊day ÷ 7⌋ + 1, whatever the zone', () => {
    const twoYears: ProgrammeSpan = { startDate: '2026-01-05', lengthWeeks: 104, breaks: [] };
    for (const zone of ['Europe/London', 'Australia/Lord_Howe']) {
      switchTimeZone(zone);
      for (let day = 0; day < 104 * 7; day += 1) {
        expect(weekForDate(twoYears, addDays(twoYears.startDate, day))).toBe(
          Math.floor(day / 7) + 1,
        );
      }
    }
  });

  it('gives a one-week programme just the baseline and week 1', () => {
    const oneWeek: ProgrammeSpan = { startDate: '2026-09-07', lengthWeeks: 1, breaks: [] };
    expect(weekForDate(oneWeek, '2026-09-06')).toBe(0);
    expect(weekForDate(oneWeek, '2026-09-07')).toBe(1);
    expect(weekForDate(oneWeek, '2026-09-30')).toBe(1);
  });
});

describe('currentWeek', () => {
  it.each(TIME_ZONES)(
    'uses the day the device shows, late at night and just after midnight (%s)',
    (zone) => {
      switchTimeZone(zone);
      // The evening before the start is still the baseline; five past midnight is week 1.
      expect(currentWeek(acrossClocksChange, new Date(2026, 9, 18, 23, 30))).toBe(0);
      expect(currentWeek(acrossClocksChange, new Date(2026, 9, 19, 0, 5))).toBe(1);
      // Sunday night of the clocks change is still week 1; Monday just after midnight is week 2.
      expect(currentWeek(acrossClocksChange, new Date(2026, 9, 25, 23, 30))).toBe(1);
      expect(currentWeek(acrossClocksChange, new Date(2026, 9, 26, 0, 5))).toBe(2);
      // New Year's Eve, and the first Monday of 2027.
      expect(currentWeek(acrossYearEnd, new Date(2026, 11, 31, 23, 30))).toBe(2);
      expect(currentWeek(acrossYearEnd, new Date(2027, 0, 3, 23, 30))).toBe(2);
      expect(currentWeek(acrossYearEnd, new Date(2027, 0, 4, 0, 5))).toBe(3);
    },
  );

  it('does not use the UTC date: 00:30 BST on Monday 14 September is week 2', () => {
    switchTimeZone('Europe/London');
    expect(currentWeek(autumnTerm, new Date('2026-09-13T23:30:00Z'))).toBe(2);
  });
});

describe('programmePhase', () => {
  it.each(TIME_ZONES)('turns at local midnight (%s)', (zone) => {
    switchTimeZone(zone);
    expect(programmePhase(autumnTerm, new Date(2026, 8, 6, 23, 30))).toBe('not-started');
    expect(programmePhase(autumnTerm, new Date(2026, 8, 7, 0, 5))).toBe('running');
    expect(programmePhase(autumnTerm, new Date(2026, 10, 15, 23, 30))).toBe('running');
    expect(programmePhase(autumnTerm, new Date(2026, 10, 16, 0, 5))).toBe('finished');
    expect(programmePhase(autumnTerm, new Date(2027, 5, 1, 12, 0))).toBe('finished');
  });
});

describe('programmeEndDate', () => {
  it.each([
    [{ startDate: '2026-09-07', lengthWeeks: 10, breaks: [] }, '2026-11-15'],
    [{ startDate: '2026-09-07', lengthWeeks: 1, breaks: [] }, '2026-09-13'],
    [{ startDate: '2026-10-19', lengthWeeks: 2, breaks: [] }, '2026-11-01'],
    [{ startDate: '2026-12-21', lengthWeeks: 3, breaks: [] }, '2027-01-10'],
    [{ startDate: '2028-02-01', lengthWeeks: 5, breaks: [] }, '2028-03-06'],
    [{ startDate: '2027-02-01', lengthWeeks: 5, breaks: [] }, '2027-03-07'],
  ] as const)('%o ends on %s', (span, end) => {
    expect(programmeEndDate(span)).toBe(end);
    expect(weekForDate(span, end)).toBe(span.lengthWeeks);
  });
});

describe('weekStartDate', () => {
  it('gives the first day of each week; the baseline has no day of its own, so the start', () => {
    expect(weekStartDate(autumnTerm, 0)).toBe('2026-09-07');
    expect(weekStartDate(autumnTerm, 1)).toBe('2026-09-07');
    expect(weekStartDate(autumnTerm, 2)).toBe('2026-09-14');
    expect(weekStartDate(autumnTerm, 10)).toBe('2026-11-09');
    expect(weekStartDate(acrossYearEnd, 3)).toBe('2027-01-04');
  });

  it('agrees with weekForDate: each week starts the day after the previous one ends', () => {
    for (const span of [autumnTerm, acrossClocksChange, acrossYearEnd]) {
      for (let week = 1; week <= span.lengthWeeks; week += 1) {
        const start = weekStartDate(span, week);
        expect(weekForDate(span, start)).toBe(week);
        expect(weekForDate(span, addDays(start, -1))).toBe(week - 1);
      }
    }
  });
});

describe('programmeWeeks', () => {
  it('lists the baseline then every week up to the length', () => {
    expect(programmeWeeks({ startDate: '2026-09-07', lengthWeeks: 3, breaks: [] })).toEqual([
      0, 1, 2, 3,
    ]);
    expect(programmeWeeks({ startDate: '2026-09-07', lengthWeeks: 1, breaks: [] })).toEqual([0, 1]);
    const weeks = programmeWeeks(autumnTerm);
    expect(weeks).toHaveLength(11);
    expect(weeks[0]).toBe(BASELINE_WEEK);
    expect(weeks.at(-1)).toBe(10);
  });
});

describe('week labels', () => {
  it('names the baseline and numbered weeks', () => {
    expect(weekLabel(0)).toBe('Baseline');
    expect(weekLabel(3)).toBe('Week 3');
    expect(shortWeekLabel(0)).toBe('Base');
    expect(shortWeekLabel(10)).toBe('W10');
  });
});

// ─── Breaks ─────────────────────────────────────────────────────────────────────────────────────

const christmas = { name: 'Christmas holidays', firstDay: '2026-12-19', lastDay: '2027-01-03' };
// Ten teaching weeks from Monday 9 November 2026, paused for Christmas (Sat 19 Dec – Sun 3 Jan).
const overChristmas: ProgrammeSpan = {
  startDate: '2026-11-09',
  lengthWeeks: 10,
  breaks: [christmas],
};
// From Monday 12 October: the October half-term (Mon 26 – Fri 30 Oct, the clocks going back on
// Sunday 25th inside it), then Christmas across the year end.
const autumnWithHalfTerm: ProgrammeSpan = {
  startDate: '2026-10-12',
  lengthWeeks: 12,
  breaks: [{ name: 'October half-term', firstDay: '2026-10-26', lastDay: '2026-10-30' }, christmas],
};

describe('weeks with breaks', () => {
  it('skips the Christmas holidays: week 7 starts on Monday 4 January', () => {
    expect(weekStartDate(overChristmas, 6)).toBe('2026-12-14');
    expect(weekEndDate(overChristmas, 6)).toBe('2026-12-18');
    expect(weekStartDate(overChristmas, 7)).toBe('2027-01-04');
    expect(weekStartDate(overChristmas, 10)).toBe('2027-01-25');
    expect(programmeEndDate(overChristmas)).toBe('2027-01-31');
  });

  it.each([
    ['the Friday before the break', '2026-12-18', 6, undefined],
    ['the first day of the break', '2026-12-19', 6, 'Christmas holidays'],
    ['Christmas Day', '2026-12-25', 6, 'Christmas holidays'],
    ['New Year’s Eve', '2026-12-31', 6, 'Christmas holidays'],
    ['New Year’s Day', '2027-01-01', 6, 'Christmas holidays'],
    ['the last day of the break', '2027-01-03', 6, 'Christmas holidays'],
    ['the Monday after', '2027-01-04', 7, undefined],
  ] as const)('%s (%s) counts with week %i; break: %s', (_, date, week, name) => {
    expect(weekForDate(overChristmas, date)).toBe(week);
    expect(breakOn(overChristmas, date)?.name).toBe(name);
  });

  it('runs a half-term written Monday to Friday on to the Sunday, across the clocks going back', () => {
    expect(weekEndDate(autumnWithHalfTerm, 2)).toBe('2026-10-25');
    expect(breakOn(autumnWithHalfTerm, '2026-10-26')?.name).toBe('October half-term');
    expect(breakOn(autumnWithHalfTerm, '2026-11-01')?.name).toBe('October half-term');
    expect(weekStartDate(autumnWithHalfTerm, 3)).toBe('2026-11-02');
    // Weeks 3 to 9 then run to Friday 18 December; week 10 starts after Christmas.
    expect(weekEndDate(autumnWithHalfTerm, 9)).toBe('2026-12-18');
    expect(weekStartDate(autumnWithHalfTerm, 10)).toBe('2027-01-04');
    expect(programmeEndDate(autumnWithHalfTerm)).toBe('2027-01-24');
  });

  it('lists the breaks in the programme with the weeks either side', () => {
    expect(programmePauses(autumnWithHalfTerm)).toEqual([
      {
        name: 'October half-term',
        firstDay: '2026-10-26',
        lastDay: '2026-11-01',
        weekBefore: 2,
        weekAfter: 3,
      },
      {
        name: 'Christmas holidays',
        firstDay: '2026-12-19',
        lastDay: '2027-01-03',
        weekBefore: 9,
        weekAfter: 10,
      },
    ]);
  });

  it('ignores breaks before the start and after the end, and merges overlapping ones', () => {
    const span: ProgrammeSpan = {
      startDate: '2026-09-07',
      lengthWeeks: 4,
      breaks: [
        { name: 'Summer', firstDay: '2026-07-20', lastDay: '2026-09-02' },
        { name: 'Christmas holidays', firstDay: '2026-12-19', lastDay: '2027-01-03' },
      ],
    };
    expect(programmeEndDate(span)).toBe('2026-10-04');
    expect(programmePauses(span)).toEqual([]);
    const merged: ProgrammeSpan = {
      startDate: '2026-11-09',
      lengthWeeks: 8,
      breaks: [christmas, { name: 'Inset days', firstDay: '2027-01-02', lastDay: '2027-01-05' }],
    };
    expect(programmePauses(merged)).toHaveLength(1);
    expect(weekStartDate(merged, 7)).toBe('2027-01-06');
  });

  it('starts week 1 after a break that covers the start date; the days before count as baseline', () => {
    const span: ProgrammeSpan = {
      startDate: '2026-12-21',
      lengthWeeks: 3,
      breaks: [christmas],
    };
    expect(weekStartDate(span, 1)).toBe('2027-01-04');
    expect(weekForDate(span, '2026-12-28')).toBe(BASELINE_WEEK);
    expect(breakOn(span, '2026-12-28')?.weekAfter).toBe(1);
  });

  it('keeps every week whole and in order: each starts the day after the last day counted before it', () => {
    for (const span of [overChristmas, autumnWithHalfTerm]) {
      for (let week = 1; week <= span.lengthWeeks; week += 1) {
        const start = weekStartDate(span, week);
        expect(weekForDate(span, start)).toBe(week);
        expect(weekForDate(span, weekEndDate(span, week))).toBe(week);
        expect(weekForDate(span, addDays(start, -1))).toBe(week - 1);
      }
    }
  });

  it('says where a date in a break stands, as the header and forms do', () => {
    const pause = breakOn(overChristmas, '2026-12-28')!;
    expect(breakStatusText(overChristmas, pause)).toBe(
      'Christmas holidays — Week 7 starts on Mon 4 Jan',
    );
    expect(dateWeekText(overChristmas, '2026-12-28')).toBe(
      'In the Christmas holidays (counts with Week 6)',
    );
    expect(dateWeekText(overChristmas, '2027-01-05')).toBe('Week 7');
    expect(weekOptionText(overChristmas, 7, 6)).toBe('Week 7 · from 4 Jan');
    expect(breakOptionText(pause)).toBe('Christmas holidays · 19 Dec – 3 Jan');
  });

  it.each(TIME_ZONES)('puts today in the break whatever the zone (%s)', (zone) => {
    switchTimeZone(zone);
    // Sunday night at the end of the holidays, and Monday just after midnight.
    expect(currentWeek(overChristmas, new Date(2027, 0, 3, 23, 30))).toBe(6);
    expect(currentWeek(overChristmas, new Date(2027, 0, 4, 0, 5))).toBe(7);
    expect(programmePhase(overChristmas, new Date(2027, 0, 31, 23, 30))).toBe('running');
    expect(programmePhase(overChristmas, new Date(2027, 1, 1, 0, 5))).toBe('finished');
  });

  it('never changes the number of weeks, however the breaks fall', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(
          fc.record({
            offset: fc.integer({ min: -30, max: 400 }),
            days: fc.integer({ min: 1, max: 40 }),
          }),
          { maxLength: 6 },
        ),
        (startOffset, lengthWeeks, raw) => {
          const startDate = addDays('2024-01-01', startOffset);
          const breaks = raw.map(({ offset, days }, index) => ({
            name: `Break ${index}`,
            firstDay: addDays(startDate, offset),
            lastDay: addDays(startDate, offset + days - 1),
          }));
          const span: ProgrammeSpan = { startDate, lengthWeeks, breaks };
          expect(programmeWeeks(span)).toHaveLength(lengthWeeks + 1);
          let previousEnd = addDays(startDate, -1);
          for (let week = 1; week <= lengthWeeks; week += 1) {
            const start = weekStartDate(span, week);
            expect(start > previousEnd).toBe(true);
            expect(breakOn(span, start)).toBeUndefined();
            expect(weekForDate(span, start)).toBe(week);
            previousEnd = weekEndDate(span, week);
          }
        },
      ),
    );
  });
});
