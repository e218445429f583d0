/**
 * Dates as city and teaching hospitals print them in English (issue 10): 05-Mar-2024, 12 March 2024, Mar 12, 2024, a date
 * stamp's 2024 JUN 11, and figures with the year last (03/16/2024, 28/02/2024), month or day first as the page's own dates show.
 */

/** A date's parts where it stands in the text; the caller checks it is a day of the calendar. */
export type DateParts = { readonly year: number; readonly month: number; readonly day: number; readonly index: number; readonly end: number };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
const DAY_MONTH_YEAR = new RegExp(`(?<![\\dA-Za-z])(\\d{1,2})[-\\s]?${MONTH}[-\\s,]*((?:19|20)\\d{2})(?!\\d)`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`(?<![A-Za-z])${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'gi');
/** A date stamp's year first (2024 JUN 11, 2024-Mar-05). */
const YEAR_MONTH_DAY = new RegExp(`(?<![\\dA-Za-z])((?:19|20)\\d{2})[-\\s.]*${MONTH}[-\\s.]*(\\d{1,2})(?![\\d:])`, 'gi');
const YEAR_LAST = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.])/g;

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * Whether the page writes its figures day first (28/02/2024) or month first (03/16/2024): told by a date whose first or
 * second figure is past 12; month first where none is.
 */
export function dayFirst(page: string): boolean {
  for (const m of page.matchAll(YEAR_LAST)) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) return true;
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) return false;
  }
  return false;
}

export function englishDates(text: string, daysFirst = false): DateParts[] {
  const at = (m: RegExpMatchArray, year: string, month: number, day: string): DateParts =>
    ({ year: Number(year), month, day: Number(day), index: m.index!, end: m.index! + m[0].length });
  return [
    ...[...text.matchAll(DAY_MONTH_YEAR)].map((m) => at(m, m[3]!, monthOf(m[2]!), m[1]!)),
    ...[...text.matchAll(MONTH_DAY_YEAR)].map((m) => at(m, m[3]!, monthOf(m[1]!), m[2]!)),
    ...[...text.matchAll(YEAR_MONTH_DAY)].map((m) => at(m, m[1]!, monthOf(m[2]!), m[3]!)),
    ...[...text.matchAll(YEAR_LAST)].map((m) => daysFirst ? at(m, m[4]!, Number(m[3]), m[1]!) : at(m, m[4]!, Number(m[1]), m[3]!)),
  ];
}
