import { isCivilDate } from '../civil-date';

/**
 * Dates as printed on Chinese records: 2025年03月04日, 2025-04-18, 2025.3.4, 2025/10/21 11:05,
 * 20250304, 24-08-07 14:51 (a two-digit year before a time), and in Chinese numerals 二〇二五年四月二日
 * (certificates). Each with where it stands.
 */
// a date written into a form's blanks (2025 | 年 | 5 | 月 | 16 | 日) stands in several boxes: the parts may be apart
const ARABIC = /(?<!\d)(\d{4})\s*\|?\s*(?:年|[-./])\s*\|?\s*(\d{1,2})\s*\|?\s*(?:月|[-./])\s*\|?\s*(\d{1,2})(?:\s*\|?\s*日)?|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;
/** A compact header's two-digit year, only where a time of day follows (入院：24-08-07 14:51). */
const SHORT_YEAR = /(?<![\d./-])(\d{2})-(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2}(?!\d))/g;
const HAN_DIGIT = '〇零○０一二三四五六七八九十';
const HAN = new RegExp(`([${HAN_DIGIT}]{4})年([${HAN_DIGIT}]{1,3})月([${HAN_DIGIT}]{1,3})日`, 'g');
const VALUE: Record<string, number> = { 〇: 0, 零: 0, '○': 0, '０': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, 三十一 → 31, 四 → 4; a year digit by digit (二〇二五 → 2025). */
function hanNumber(s: string): number {
  if (!s.includes('十')) return Number([...s].map((c) => VALUE[c] ?? 0).join(''));
  const [tens, units] = s.split('十') as [string, string];
  return (tens === '' ? 1 : (VALUE[tens] ?? 0)) * 10 + (units === '' ? 0 : (VALUE[units] ?? 0));
}

export type DateMention = { readonly iso: string; readonly index: number; readonly end: number };

const iso = (y: number | string, m: number | string, d: number | string): string | null => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCivilDate(s) && s >= '1900-01-01' ? s : null;
};

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(ARABIC)) {
    const date = m[1] ? iso(m[1], m[2]!, m[3]!) : iso(m[4]!, m[5]!, m[6]!);
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SHORT_YEAR)) {
    const date = iso(2000 + Number(m[1]), m[2]!, m[3]!);
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(HAN)) {
    const date = iso(hanNumber(m[1]!), hanNumber(m[2]!), hanNumber(m[3]!));
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  // a range's end may leave out its year (2025年1月3日至1月12日): the start's year, or the next one across the year end
  for (const d of [...out]) {
    const m = /^\s*(?:至|到|~|～|—|-{1,2})\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text.slice(d.end));
    if (!m || out.some((o) => o.index > d.index && o.index <= d.end + m[0].length)) continue;
    const year = Number(d.iso.slice(0, 4));
    const sameYear = iso(String(year), m[1]!, m[2]!);
    const date = sameYear && sameYear >= d.iso ? sameYear : iso(String(year + 1), m[1]!, m[2]!);
    const at = d.end + m[0].indexOf(m[1]!);
    if (date) out.push({ iso: date, index: at, end: d.end + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function parseDates(text: string): string[] {
  return findDates(text).map((d) => d.iso);
}

export function firstDate(text: string): string | null {
  return parseDates(text)[0] ?? null;
}
