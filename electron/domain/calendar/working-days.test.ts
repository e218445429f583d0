import { describe, expect, it } from 'vitest';
import { CALENDAR_2025 as CAL } from './calendar-2025.fixture';
import { addWorkingDays, isWorkingDay } from './working-days';


describe('addWorkingDays (§3.5, §3.6)', () => {
  it.each([
    ['ED4: a re-review rejection received Wed 2025-04-16', '2025-04-16', 5, '2025-04-23'],
    ['ED5: received Mon 2025-09-29, across National Day and its make-up Saturday', '2025-09-29', 5, '2025-10-13'],
    ['across Spring Festival, counting the make-up Sunday 2025-01-26', '2025-01-24', 1, '2025-01-26'],
    ['the first working day after Spring Festival', '2025-01-27', 1, '2025-02-05'],
    ['make-up Saturday 2025-02-08 counts', '2025-02-07', 1, '2025-02-08'],
    ['an event on a holiday counts from the next working day', '2025-10-03', 1, '2025-10-09'],
  ])('%s', (_, from, n, due) => {
    expect(addWorkingDays(CAL, from, n)).toEqual({ date: due, unverifiedYears: [] });
  });

  it('a year the calendar lacks is counted Monday–Friday and named as unverified', () => {
    expect(addWorkingDays(CAL, '2026-12-30', 5)).toEqual({ date: '2027-01-06', unverifiedYears: [2026, 2027] });
  });

  it('knows weekends, holidays and make-up days', () => {
    expect(['2025-09-28', '2025-10-01', '2025-10-11', '2025-10-12', '2025-10-13'].map((d) => isWorkingDay(CAL, d))).toEqual([true, false, true, false, true]);
  });
});
