import { englishDates } from './english-dates';
import { isCivilDate } from '../civil-date';

/**
 * Dates as printed on Chinese records: 2025年03月04日, 2025-04-18, 2025.3.4, 2025/10/21 11:05,
 * 20250304 (not glued to a record number's letter: J24090318), 24-08-07 14:51 (a two-digit year before a time), and in
 * Chinese numerals 二〇二五年四月二日
 * (certificates). Each with where it stands.
 */
// a date written into a form's blanks (2025 | 年 | 5 | 月 | 16 | 日) stands in several boxes: the parts may be apart
// and a seal stamped over it may leave its own small lettering among them (2025 年公章1 月 21日); a day that runs into a
// blot (2024年9月2▇日) is not read
const ARABIC = /(?<!\d)(\d{4})\s*\|?\s*(?:年(?:[\u4e00-\u9fa5]{0,3}章)?|[-./])\s*\|?\s*(\d{1,2})\s*\|?\s*(?:月|[-./])\s*\|?\s*(\d{1,2})(?![▇█■▓])(?:\s*\|?\s*日)?|(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g;
/** A compact header's two-digit year, only where a time of day follows (入院：24-08-07 14:51, a dot-matrix time lO:3O too). */
const SHORT_YEAR = /(?<![\d./-])(\d{2})-(\d{2})-(\d{2})(?=\s+[\dOoDlIiSBZ]{1,2}:[\dOoDlIiSBZ]{2}(?![\dA-Za-z]))/g;
/**
 * A hand's dotted two-digit year, right after a date's label (就诊日期：24.11.5; a slip's 报告:24.06.03 09:26; a township
 * form's bare 入院 24.3.5) or opening a register's row or cell (25.2.12  门诊).
 */
const SHORT_DOTTED = /(?<=(?:(?:日期|时间|(?<![\u4e00-\u9fa5])[入出]院)\s*[:：]?\s*\|?|(?:报告|采集|采样|接收|送检|审核|检验)\s*[:：]\s*\|?|^|\|)\s*)(\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g;
/** …and a hand's slashed two-digit year (24/2/26  儿子陪诊, 复诊：24/3/12), this century's 2010s to 2030s only. */
const SHORT_SLASHED = /(?<=(?:(?:日期|时间|复诊|随访|就诊)\s*[:：]?\s*\|?|^|\|)\s*)([1-3]\d)\/(\d{1,2})\/(\d{1,2})(?![\d./])/g;
/**
 * A two-digit year with dashes, right after a date's label (就诊日期：25-04-17, 入院：24-05-07, a short form's 诊日 24-06-03) or ending a range such a date
 * opens (住院时间：24-09-02 至 24-09-13): elsewhere such figures are not a date.
 */
const SHORT_DASHED = /(?<=(?:(?:日期|时间|(?<![\u4e00-\u9fa5])[入出诊]日)\s*[:：]?|(?:入院|出院)\s*[:：]|(?<![\d.\-/])\d{2}-\d{1,2}-\d{1,2}\s*(?:至|~|—|－)\s*)\s*\|?\s*)(\d{2})-(\d{1,2})-(\d{1,2})(?![\d.\-/])/g;
/**
 * A form's two-digit year written out (24年3月12日), only opening a cell or after a label (随访日期 | 24年3月12日 | 24年6月11日)
 * and only this century's first decades: a duration before a date (病史15年 3月12日) is none.
 */
const SHORT_WRITTEN = /(?<=(?:^|\||[:：]|日期|时间)\s*)([0-3]\d)年(\d{1,2})月(\d{1,2})日/g;
/**
 * A date whose separator a fax, a poor copy or a hand's faint dot lost, only right after a date's label or a stay's 于/至
 * (签发日期：202409-14, 2025.0810, 日期_20259.13, 于20259.1, 日期2024.828), or both lost where only one month and day fit
 * (日期2024828: not 82月8日).
 */
const LOST_SEPARATOR = /(?<=(?:日期|时间|于|至)\s*[:：]?\s*[|_＿]*\s*)(20\d{2})(?:(\d{1,2})[-./](\d{1,2})|[-./](\d{1,2})(\d{2})|(\d{3}))(?![\d.\-/])/g;

/** The one month and day three figures can be (828: 8月28日), or null where none or two are (111). */
function monthDayOf(year: string, figures: string): string | null {
  const fits = [iso(year, figures.slice(0, 1), figures.slice(1)), iso(year, figures.slice(0, 2), figures.slice(2))].filter((d) => d !== null);
  return fits.length === 1 ? fits[0]! : null;
}
/** A day told relative to the page's own (a phone's screen: 就诊时间  今天 09:15, 报告时间  昨天 16:12), right after a date's label. */
const RELATIVE = /(?<=(?:日期|时间)\s*[:：]?\s*\|?\s*)(今天|今日|昨天|昨日|前天)(?=\s*\d{1,2}[:：]\d{2}|[\s|（(]|$)/g;
const DAYS_BACK: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 昨天: 1, 昨日: 1, 前天: 2 };
/** Digits of a year in Chinese numerals; under a seal or on a poor copy 〇 reads as a Latin O or Q or a zero. */
const YEAR_DIGIT = '〇零○０OoΟQ0一二三四五六七八九';
const HAN_DIGIT = '〇零○０一二三四五六七八九十廿卅元';
/** 日 as a seal's ring or a poor copy leaves it: 曰, 白, 目. */
const DAY = '[日曰白目]';
const HAN = new RegExp(`([${YEAR_DIGIT}]{4})年([${HAN_DIGIT}]{1,3})月([${HAN_DIGIT}]{1,3})${DAY}`, 'g');
const VALUE: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, '０': 0, O: 0, o: 0, Ο: 0, Q: 0, 0: 0, 一: 1, 元: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** A year cut short where a seal covers its first figures (二四年十一月十日, 四年三月五日, 年10月14日): the figures left. */
const CUT_HAN = new RegExp(`(?<![${YEAR_DIGIT}\\d][\\s|]*)([${YEAR_DIGIT}]{0,3})[\\s|]*年[\\s|]*([${HAN_DIGIT}]{1,3})月([${HAN_DIGIT}]{1,3})${DAY}`, 'g');
const CUT_ARABIC = /(?<![\d〇零○一二三四五六七八九][\s|]*)(\d{0,3})[\s|]*年[\s|]*(\d{1,2})[\s|]*月[\s|]*(\d{1,2})[\s|]*日/g;
/** A date whose month a seal covers (2025年 月10日): the month is taken from the record's other dates. */
const LOST_MONTH = /(?<!\d)(\d{4})[\s|]*年[\s|]*月[\s|]*(\d{1,2})[\s|]*日/g;
/** A date whose 月 a seal or a hand lost between its figures (2025  年5  18  日). */
const LOST_MONTH_MARK = /(?<!\d)(\d{4})[\s|]*年[\s|]*(\d{1,2})[\s|]+(\d{1,2})[\s|]*日/g;
/** A date whose year and month a seal covers, only its day left opening a row (月十四日, 月14日). */
const DAY_ONLY = new RegExp(`(?<=^|\\n)[\\s|]*月[\\s|]*([${HAN_DIGIT}]{1,3}|\\d{1,2})[\\s|]*日`, 'g');
/** A year whose 年 was lost between boxes (出具日期：2025  2月28日). */
const YEAR_APART = /(?<!\d)(\d{4})[\s|]+(\d{1,2})[\s|]*月[\s|]*(\d{1,2})[\s|]*日/g;

/** 十二 → 12, 二十 → 20, 三十一 → 31, 廿三 → 23, 四 → 4, 元 (元月) → 1; a year digit by digit (二〇二五 → 2025). */
function hanNumber(s: string): number {
  // 廿 and 卅 are twenty and thirty (廿日, 廿三日)
  if (/^[廿卅]/.test(s)) return (s[0] === '廿' ? 20 : 30) + (s.length > 1 ? (VALUE[s[1]!] ?? 0) : 0);
  if (!s.includes('十')) return Number([...s].map((c) => VALUE[c] ?? 0).join(''));
  const [tens, units] = s.split('十') as [string, string];
  return (tens === '' ? 1 : (VALUE[tens] ?? 0)) * 10 + (units === '' ? 0 : (VALUE[units] ?? 0));
}

/**
 * A date found in text; `yearGuessed` when part of it was guessed (a year cut short or misread, a month or the 月 under a
 * seal, a day told relative to the page's): its reading is marked for the clerk to check.
 */
export type DateMention = { readonly iso: string; readonly index: number; readonly end: number; readonly yearGuessed?: true };

const iso = (y: number | string, m: number | string, d: number | string): string | null => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCivilDate(s) && s >= '1900-01-01' && s < '2100-01-01' ? s : null;
};

const DAY_MS = 86_400_000;
/** Whether a match stands over a date already found. */
const overlaps = (found: readonly DateMention[], m: RegExpMatchArray): boolean =>
  found.some((o) => o.index < m.index! + m[0].length && m.index! < o.end);
const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/** Whether three figures left are a year with one of its figures lost inside (二二四年 for 二〇二四年). */
const oneFigureLost = (year: string, figures: string): boolean =>
  figures.length === 3 && [...year].some((_, i) => year.slice(0, i) + year.slice(i + 1) === figures);

/**
 * The year of a date whose year was cut short: among the years of the record's other dates (and
 * the one after the last, a certificate issued in January after a stay in December), those ending
 * in the figures left (or all but one of its four), the one that puts the date nearest to another
 * date of the record. Figures that still say the year whole once the century is put back (二五年, 〇二四年: 2025, 2024) say
 * it also where no other date has that year (a certificate issued years after the first visit it cites), from the record's
 * earliest year to six years after its latest.
 */
const CENTURY_LOST = /^(?:0\d\d|\d\d)$/;
function guessYear(figures: string, month: number, day: number, known: readonly string[]): string | null {
  const years = [...new Set(known.map((k) => Number(k.slice(0, 4))))];
  if (years.length === 0) return null;
  const [earliest, latest] = [Math.min(...years), Math.max(...years)];
  years.push(latest + 1);
  const whole = 2000 + Number(figures.slice(-2));
  if (CENTURY_LOST.test(figures) && whole >= earliest && whole <= latest + 6) years.push(whole);
  let best: { iso: string; gap: number } | null = null;
  for (const y of years.filter((v) => String(v).endsWith(figures) || oneFigureLost(String(v), figures))) {
    const date = iso(y, month, day);
    const gap = date === null ? Infinity : Math.min(...known.map((k) => days(k, date)));
    if (date !== null && (!best || gap < best.gap)) best = { iso: date, gap };
  }
  return best?.iso ?? null;
}

const figuresOf = (s: string): string => [...s].map((c) => (/\d/.test(c) ? c : String(VALUE[c] ?? ''))).join('');

/**
 * The end of a range that leaves out its year: 至1月12日, —03-15 (month and day, nothing after but a
 * non-figure), or its month too: —15日.
 */
const RANGE_END = /^\s*(?:至|到|~|～|—{1,2}|-{1,2})\s*(?:(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]|[-./]\s*(\d{1,2})(?![\d.\-/]))|(\d{1,2})\s*[日号])/;

/** …in Chinese numerals after a date in them: 二〇二四年十月八日至十月二十一日, …至二十一日. */
const RANGE_END_HAN = new RegExp(`^\\s*(?:至|到|~|～|—{1,2}|-{1,2})\\s*(?:([${HAN_DIGIT}]{1,3})月)?([${HAN_DIGIT}]{1,3})${DAY}`);

/** A range's end after position `from`: its month (if printed) and day, and where its figures begin. */
function rangeEnd(text: string, from: number): { month?: number; day: number; offset: number; length: number } | null {
  const rest = text.slice(from);
  const m = RANGE_END.exec(rest);
  if (m) return { month: m[1] ? Number(m[1]) : undefined, day: Number(m[2] ?? m[3] ?? m[4]!), offset: m[0].search(/\d/), length: m[0].length };
  const h = RANGE_END_HAN.exec(rest);
  if (!h) return null;
  return { month: h[1] ? hanNumber(h[1]) : undefined, day: hanNumber(h[2]!), offset: h[0].search(new RegExp(`[${HAN_DIGIT}]`)), length: h[0].length };
}

/**
 * January as 元月 in a date of figures (2025年元月9日, a booklet's entry 元月6日 under its year): the figure 1 in its place, so
 * every date keeps its position (not inside a word: 单元月考).
 */
const FIRST_MONTH = /(?<=\d{4}\s*年\s*|^|[^\u4e00-\u9fa5])元(?=月\s*\d{1,2}\s*[日号])/g;

/** What a year-less date goes on from: the record's last date before it, or the year a booklet's heading gives the days under it. */
export type YearlessAnchor = string | { readonly year: number };

/**
 * Dates of `text`; with `known` (the record's other dates), also those whose year a seal or the copy cut short;
 * `previous` is what a year-less date goes on from.
 */
export function findDates(printed: string, known: readonly string[] = [], previous?: YearlessAnchor, daysFirst = false): DateMention[] {
  const text = printed.replace(FIRST_MONTH, '1');
  const out: DateMention[] = [];
  for (const d of englishDates(text, daysFirst)) {
    const date = iso(d.year, d.month, d.day);
    if (date) out.push({ iso: date, index: d.index, end: d.end });
  }
  for (const m of text.matchAll(YEAR_APART)) {
    const date = iso(m[1]!, m[2]!, m[3]!);
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ARABIC)) {
    const date = m[1] ? iso(m[1], m[2]!, m[3]!) : iso(m[4]!, m[5]!, m[6]!);
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
    // a year no record bears (2925, 5024): its second figure a faint or dot-matrix 0 the engine read as another, or its first a
    // 2 a pen's stroke across it turned into another, marked as a guess
    const misread = m[1] && !date && /^(?:2[1-9]|[3-9]0)\d\d$/.test(m[1]) ? iso(`20${m[1].slice(2)}`, m[2]!, m[3]!) : null;
    if (misread) out.push({ iso: misread, index: m.index, end: m.index + m[0].length, yearGuessed: true });
  }
  for (const m of [...text.matchAll(SHORT_YEAR), ...text.matchAll(SHORT_DOTTED), ...text.matchAll(SHORT_SLASHED), ...text.matchAll(SHORT_DASHED), ...text.matchAll(SHORT_WRITTEN)]) {
    const date = iso(2000 + Number(m[1]), m[2]!, m[3]!);
    if (date && !out.some((o) => o.index === m.index)) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LOST_SEPARATOR)) {
    const date = m[6] ? monthDayOf(m[1]!, m[6]) : iso(m[1]!, m[2] ?? m[4]!, m[3] ?? m[5]!);
    if (date && !overlaps(out, m)) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(HAN)) {
    const date = iso(hanNumber(m[1]!), hanNumber(m[2]!), hanNumber(m[3]!));
    if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(LOST_MONTH_MARK)) {
    const date = iso(m[1]!, m[2]!, m[3]!);
    if (date && !overlaps(out, m)) out.push({ iso: date, index: m.index, end: m.index + m[0].length, yearGuessed: true });
  }
  if (known.length > 0) {
    // …the days before the page's latest date (its print or order time), marked as a guess
    const latest = Date.parse([...known].sort().at(-1)!);
    for (const m of text.matchAll(RELATIVE)) {
      const date = new Date(latest - DAYS_BACK[m[1]!]! * DAY_MS).toISOString().slice(0, 10);
      out.push({ iso: date, index: m.index, end: m.index + m[0].length, yearGuessed: true });
    }
    const cut = [...text.matchAll(CUT_HAN)].map((m) => [m, hanNumber(m[2]!), hanNumber(m[3]!)] as const)
      .concat([...text.matchAll(CUT_ARABIC)].map((m) => [m, Number(m[2]), Number(m[3])] as const));
    for (const [m, month, day] of cut) {
      if (overlaps(out, m)) continue;
      const date = guessYear(figuresOf(m[1]!), month, day, known);
      if (date) out.push({ iso: date, index: m.index, end: m.index + m[0].length, yearGuessed: true });
    }
    // …one with only its day left (月十四日): the first such day from the record's latest date on, marked as a guess
    for (const m of text.matchAll(DAY_ONLY)) {
      const day = /\d/.test(m[1]!) ? Number(m[1]) : hanNumber(m[1]!);
      const date = Array.from({ length: 32 }, (_, k) => new Date(latest + k * DAY_MS).toISOString().slice(0, 10))
        .find((d) => Number(d.slice(8)) === day);
      if (date && !overlaps(out, m)) out.push({ iso: date, index: m.index, end: m.index + m[0].length, yearGuessed: true });
    }
    // …and one whose month a seal covers: the month that puts it nearest a date of the record, marked as a guess
    for (const m of text.matchAll(LOST_MONTH)) {
      const near = Array.from({ length: 12 }, (_, k) => iso(m[1]!, k + 1, m[2]!)).flatMap((d) => (d ? [d] : []))
        .map((d) => ({ d, gap: Math.min(...known.map((k) => days(k, d))) })).sort((a, b) => a.gap - b.gap)[0];
      if (near) out.push({ iso: near.d, index: m.index, end: m.index + m[0].length, yearGuessed: true });
    }
  }
  // a range's end may leave out its year (2025年1月3日至1月12日, 2025-03-04至03-15) or its month too (3月4日—15日):
  // the start's year and month, or the next ones across the end of a month or year
  for (const d of [...out]) {
    const m = rangeEnd(text, d.end);
    if (!m || out.some((o) => o.index > d.index && o.index <= d.end + m.length)) continue;
    const [year, month] = [Number(d.iso.slice(0, 4)), Number(d.iso.slice(5, 7))];
    const candidates = m.month
      ? [[year, m.month], [year + 1, m.month]]
      : [[year, month], month === 12 ? [year + 1, 1] : [year, month + 1]];
    const date = candidates.map(([y, mo]) => iso(y!, mo!, m.day)).find((x) => x && x >= d.iso);
    if (date) out.push({ iso: date, index: d.end + m.offset, end: d.end + m.length });
  }
  return [...out, ...yearless(text, out, known, previous)].sort((a, b) => a.index - b.index);
}

/** A month and day with no year before them (…2025年3月4日入院，3月15日出院): not inside a longer date or a duration. */
const YEARLESS = /(?<![\d年./-]\s*)(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
/** Labels a hand's month and day may follow without 日期 (入院 12.29, 报告 03-04 10:15, 下次：2/9). */
const SHORT_LABEL = '(?:日期|时间|下次|复诊|随访|入院|出院|就诊|报告|审核|采样|接收|送检)\\s*[:：]?\\s*\\|?';
/** What an entry's date may run into once the row is joined (1/9心内科, 3/11复诊, 9.5换药): a department or the visit's word. */
const ENTRY_WORD = '[\\u4e00-\\u9fa5]{1,6}科|[初复二三四五六七八九]诊|就诊|随访|门诊|换药';
const MONTH_DAY = `(1[0-2]|0?[1-9])SEP(3[01]|[12]\\d|0?[1-9])(?=\\s|\\||$|${ENTRY_WORD})`;
/**
 * A hand's month/day (3/4) opening a booklet's entry or a cell, or after a date's label (送检日期：3/4, 下次：2/9); its
 * month.day or month-day (3.4  内分泌科, 入院 12.29, 报告 03-04 10:15) only opening a row or after a label, never in a
 * table's cell (5.6 mmol/L, 3.5-5.3); nothing but a space, the row's end, or a department or the visit's word the joined
 * row ran it into (1/9心内科, 3/11复诊) after it: a dose (1/2片) or a blood pressure (158/96) is none.
 */
const SLASHED = new RegExp(`(?<=(?:${SHORT_LABEL}|^|\\|)\\s*)${MONTH_DAY.replace('SEP', '\\/')}`, 'g');
const DOTTED = new RegExp(`(?<=(?:${SHORT_LABEL}|^)\\s*)(?<![\\d.\\-/])${MONTH_DAY.replace('SEP', '[.-]')}`, 'g');
/**
 * Prose's month-day in figures once it has given a full date (2024-07-03入院，于07-05行内瘘成形术，07-11出院): both parts of
 * two figures, and only before what happened on it (入院, 出院, 转入, 行…) or a stop; a range of counts (10-12次) is none.
 */
const PROSE_DASHED = /(?<=[于，,、；;\s\u4e00-\u9fa5])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=\s*(?:[入出转]院|入住|转[入出]|行|在|于|因|[，,。；;]))/g;

/**
 * Dates that leave out their year, as prose does once it has given one: of the year of the date before them in the text
 * and the next, the one that puts the day nearest it (…至6月17日住院，6月5日行置管术 is the same June; 12月28日入院，1月3日出院
 * the next January), or the year that puts it nearest the record's
 * date before the text (from a row above: 入院日期：2025-10-20 … 于12月1日出院), else the last year that keeps it on or before
 * the record's latest date (a record tells what had happened: 12月28日入院 signed 2025年1月8日 is 2024's);
 * a year not given in the same text is marked as a guess.
 */
function yearless(text: string, found: readonly DateMention[], known: readonly string[], anchor?: YearlessAnchor): DateMention[] {
  const latest = [...known].sort().at(-1);
  const [previous, headed] = typeof anchor === 'object' ? [undefined, anchor.year] : [anchor, undefined];
  // a date far before the record's others (a birth date) is no anchor for its days
  const above = previous && latest && Number(previous.slice(0, 4)) >= Number(latest.slice(0, 4)) - 1 ? previous : undefined;
  const out: DateMention[] = [];
  const prose = new Set(text.matchAll(PROSE_DASHED));
  for (const m of [...text.matchAll(YEARLESS), ...text.matchAll(SLASHED), ...text.matchAll(DOTTED), ...prose].sort((a, b) => a.index - b.index)) {
    const seen = [...found, ...out];
    if (seen.some((o) => o.index < m.index + m[0].length && m.index < o.end)) continue;
    const before = seen.filter((o) => o.end <= m.index).sort((a, b) => b.end - a.end)[0];
    if (prose.has(m) && !before) continue;
    const end = m.index + m[0].length;
    if (before) {
      const year = Number(before.iso.slice(0, 4));
      const date = [year, year + 1].flatMap((y) => iso(y, m[1]!, m[2]!) ?? []).sort((a, b) => days(a, before.iso) - days(b, before.iso))[0];
      if (date) out.push({ iso: date, index: m.index, end });
    } else if (headed) {
      const date = iso(headed, m[1]!, m[2]!);
      if (date) out.push({ iso: date, index: m.index, end, yearGuessed: true });
    } else if (above) {
      // a row above may tell what came before or after: the year that puts the day nearest it; but a day opening its row
      // is a list's next entry (5.8 | 138/82 … / 12.6 | 136/80 …), on or after the one above
      const year = Number(above.slice(0, 4));
      const opens = /^[\s|]*$/.test(text.slice(0, m.index));
      const years = opens ? [year, year + 1] : [year - 1, year, year + 1];
      const date = years.flatMap((y) => iso(y, m[1]!, m[2]!) ?? []).filter((x) => !opens || x >= above).sort((a, b) => days(a, above) - days(b, above))[0];
      if (date) out.push({ iso: date, index: m.index, end, yearGuessed: true });
    } else if (latest) {
      const year = Number(latest.slice(0, 4));
      const date = [year, year - 1].map((y) => iso(y, m[1]!, m[2]!)).find((x) => x && x <= latest);
      if (date) out.push({ iso: date, index: m.index, end, yearGuessed: true });
    }
  }
  return out;
}

export function parseDates(text: string): string[] {
  return findDates(text).map((d) => d.iso);
}

export function firstDate(text: string): string | null {
  return parseDates(text)[0] ?? null;
}
