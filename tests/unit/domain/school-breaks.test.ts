import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/domain/calendar-date';
import { easterSunday, suggestedBreaks, usualBreaks } from '@/domain/school-breaks';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('is on the Gregorian date for %i (%s)', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = easterSunday(year);
      expect((((dayNumber(easter) + 4) % 7) + 7) % 7, easter).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter).toBe(true);
    }
  });
});

describe('usualBreaks', () => {
  it('gives the usual England holidays of 2026–27, Saturday to Sunday', () => {
    expect(usualBreaks(2026)).toEqual([
      { name: 'October half-term', firstDay: '2026-10-24', lastDay: '2026-11-01' },
      { name: 'Christmas holidays', firstDay: '2026-12-19', lastDay: '2027-01-03' },
      { name: 'February half-term', firstDay: '2027-02-13', lastDay: '2027-02-21' },
      { name: 'Easter holidays', firstDay: '2027-03-20', lastDay: '2027-04-04' },
      { name: 'May half-term', firstDay: '2027-05-29', lastDay: '2027-06-06' },
    ]);
  });

  it('takes the last full week of October, even when October ends on a Monday', () => {
    // 31 October 2022 was a Monday: half-term was the week of 24 October.
    expect(usualBreaks(2022)[0]).toMatchObject({ firstDay: '2022-10-22', lastDay: '2022-10-30' });
  });

  it('starts Christmas on the Saturday before 23 December, whichever weekday that is', () => {
    // 23 December 2023 was a Saturday: the break starts the Saturday before.
    expect(usualBreaks(2023)[1]).toMatchObject({ firstDay: '2023-12-16', lastDay: '2023-12-31' });
  });
});

describe('suggestedBreaks', () => {
  it('offers the breaks inside a programme starting on 9 November: Christmas, then February', () => {
    const names = suggestedBreaks({ startDate: '2026-11-09', lengthWeeks: 10, breaks: [] }).map(
      (suggestion) => suggestion.name,
    );
    // Ten teaching weeks end in January without breaks; with Christmas taken they end on 31
    // January, so February half-term is not inside either.
    expect(names).toEqual(['Christmas holidays']);
  });

  it('takes in a break that only falls inside once the earlier ones are added', () => {
    // 16 teaching weeks from 9 November end on 14 February without breaks; with Christmas they run
    // into February half-term.
    const names = suggestedBreaks({ startDate: '2026-11-09', lengthWeeks: 16, breaks: [] }).map(
      (suggestion) => suggestion.name,
    );
    expect(names).toEqual(['Christmas holidays', 'February half-term']);
  });

  it('leaves out one the programme already has a break over, whatever its dates', () => {
    const suggestions = suggestedBreaks({
      startDate: '2026-11-09',
      lengthWeeks: 10,
      breaks: [{ name: 'Winter break', firstDay: '2026-12-21', lastDay: '2027-01-01' }],
    });
    expect(suggestions).toEqual([]);
  });

  it('offers nothing for a programme in the summer term after May half-term', () => {
    expect(suggestedBreaks({ startDate: '2027-06-07', lengthWeeks: 6, breaks: [] })).toEqual([]);
  });
});
