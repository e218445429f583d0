/**
 * Working days on the State Council's calendar (domain §3.6): holidays off, make-up working days
 * (调休) on. A year the calendar lacks is never answered silently: its dates count Monday–Friday and
 * the answer names the year as unverified, for the desk to warn.
 */
export type HolidayCalendar = {
  /** Years whose official arrangement is known. */
  readonly years: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休). */
  readonly makeUpDays: ReadonlySet<string>;
};

const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function isWorkingDay(cal: HolidayCalendar, iso: string): boolean {
  if (cal.makeUpDays.has(iso)) return true;
  if (cal.holidays.has(iso)) return false;
  const d = weekday(iso);
  return d !== 0 && d !== 6;
}

export type WorkingDayResult = { readonly date: string; readonly unverifiedYears: readonly number[] };

/**
 * The date `n` working days after an event on `from`: day 1 is the first working day after it
 * (§3.6, AMB-05), so ED4 (2025-04-16 + 5) is 2025-04-23 and ED5 (2025-09-29 + 5, across National
 * Day with its make-up Saturday) is 2025-10-13.
 */
export function addWorkingDays(cal: HolidayCalendar, from: string, n: number): WorkingDayResult {
  const unverified = new Set<number>();
  let date = from;
  for (let counted = 0; counted < n;) {
    date = nextDay(date);
    const year = Number(date.slice(0, 4));
    if (!cal.years.has(year)) unverified.add(year);
    if (isWorkingDay(cal, date)) counted += 1;
  }
  return { date, unverifiedYears: [...unverified].sort() };
}
