import { createRequire } from 'node:module';
import type { HolidayCalendar } from '../domain/calendar/working-days';

/**
 * The official calendar from the `chinese-days` package (State Council arrangements with make-up
 * days, offline data), plus years the bureau publishes later (a pushed calendar for a new year).
 */
type DaysData = { holidays: Record<string, string>; workdays: Record<string, string> };
export type PushedYear = { readonly year: number; readonly holidays: readonly string[]; readonly makeUpDays: readonly string[] };

const require = createRequire(import.meta.url);

export function officialCalendar(pushed: readonly PushedYear[] = []): HolidayCalendar {
  const data = require('chinese-days/dist/chinese-days.json') as DaysData;
  const holidays = new Set(Object.keys(data.holidays));
  const makeUpDays = new Set(Object.keys(data.workdays));
  const years = new Set([...holidays].map((d) => Number(d.slice(0, 4))));
  for (const y of pushed) {
    years.add(y.year);
    for (const d of y.holidays) holidays.add(d);
    for (const d of y.makeUpDays) makeUpDays.add(d);
  }
  return { years, holidays, makeUpDays };
}
