import type { HolidayCalendar } from './working-days';

/** The 2025 State Council arrangement around Spring Festival and National Day (as published), and nothing for other years: for tests. */
export const CALENDAR_2025: HolidayCalendar = {
  years: new Set([2025]),
  holidays: new Set([
    '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
    '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
  ]),
  makeUpDays: new Set(['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']),
};
