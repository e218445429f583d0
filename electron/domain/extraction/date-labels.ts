import { cellAt, cellUnder, REGISTER_ROWS, type Row } from './page-lines';

/**
 * Where a date's label stands when it is not just before the date (issue 10): above its cell in a grid, below it where a
 * copy put the values first, in order over a row of dates, or at the end of the row above.
 */

const ADM_DATE = /(?<![A-Za-z])(?:Adm(?:ission)?\.?\s*Date|Date\s+of\s+admission|Admitted(?:\s+on)?)(?![A-Za-z])/gi;
const DIS_DATE = /(?<![A-Za-z])(?:Dis(?:charge)?\.?\s*Date|Date\s+of\s+discharge|Discharged(?:\s+on)?)(?![A-Za-z])/gi;
const REPORTED = /(?<![A-Za-z])Report(?:ed(?:\s*on)?|\s*Date|\s*Time)(?![A-Za-z])/gi;

/**
 * A label as the rules read it: a bilingual form glosses its labels in English (打印时间 Printed：…, 就诊日期/Date：…) and
 * a form hints them in brackets or after a slash (入院日期（时间）, 入院日期/时间); the Chinese label decides.
 */
export const plainLabel = (text: string): string =>
  // (…but an English-led EMR's own labels, Adm Date：… Dis Date：…, are its stay's, and a laboratory's Reported: … its report's)
  text.replace(ADM_DATE, '入院日期').replace(DIS_DATE, '出院日期').replace(REPORTED, '报告日期')
    .replace(/[A-Za-z]{2,}(?:[\s.'’/-]+[A-Za-z]+)*\.?/g, '').replace(/[（(][^（()）|]{0,6}[)）]|\/(?:日期|时间)|\/\s*(?=[:：])/g, '')
    // a phone's relative day before the date in brackets: 就诊时间  3天前（2025-03-10 09:02）
    .replace(/(?:今天|昨天|前天|\d{1,3}\s*(?:天|周|个月)前)\s*[（(]\s*$/, '');

const HEADING = /(?:日期|时间|期间)[:：]?$|^(?:本次|上次|末次|前次|下次)(?:就诊|复诊|随访|门诊)$/;

/** The label printed above the cell that holds position `at` of row `r` (labels over values), with its colon, or ''. */
export function labelAbove(rows: readonly Row[], r: number, at: number): string {
  const row = rows[r]!;
  const index = cellAt(row, at);
  // a register's heading (随访日期 | 血压 | …) stands over all its rows, each as wide as the next
  for (let k = r - 1; k >= Math.max(0, r - REGISTER_ROWS); k -= 1) {
    const above = rows[k]!;
    // a heading holds labels, not values (出院日期：    年 3 月 15 日 dates nothing under it); a follow-up record may head
    // the last visit and this one without 日期 (上次就诊 | 本次就诊)
    const head = !/\d/.test(above.joined) && above.cells.find((c, j) => HEADING.test(plainLabel(c.text)) && cellUnder(above, j, row) === index);
    if (head) return `${plainLabel(head.text)}|`;
    if (above.cells.length !== row.cells.length) return '';
  }
  return '';
}

const LABEL_CELL = /^[\u4e00-\u9fa5]{2,6}[:：]?$/;
/** A cell that holds a value of a stay's row and nothing else: a date, a time, a count of days. */
export const VALUE_CELL = /^[\d\s:：./年月日时分-]+$|^\d{1,3}\s*天$/;
/** A value in words in a row of values: short, no label's colon (头晕待查, 神经内科). */
const SHORT_VALUE = /^[^:：]{1,10}$/;

/**
 * The label printed under the cell at `at` where a copy put a row of values above its row of labels
 * (2025-03-04 08:40 | 2025-03-15 10:00 | 11天 / 入院日期 | 出院日期 | 住院天数): only a row of values over
 * a row of labels alone, as wide, that heads no values of its own below it.
 */
export function labelBelow(rows: readonly Row[], r: number, at: number): string {
  const [row, below, after] = [rows[r]!, rows[r + 1], rows[r + 2]];
  if (!below || below.cells.length !== row.cells.length || row.cells.length < 2) return '';
  // the values may hold a word or two besides the dates (头晕待查 | 2025-07-03 10:12 | …), never a label of their own
  if (!row.cells.every((c) => VALUE_CELL.test(c.text) || SHORT_VALUE.test(c.text)) || !below.cells.every((c) => LABEL_CELL.test(c.text))) return '';
  if (after && after.cells.length === below.cells.length && after.cells.some((c) => VALUE_CELL.test(c.text))) return '';
  const index = cellAt(row, at);
  return index < 0 || !VALUE_CELL.test(row.cells[index]!.text) ? '' : `${plainLabel(below.cells[index]!.text)}|`;
}

/** A date's label (采样时间, 报告日期), and a row of them and nothing else, as plain text gives a grid's header. */
const DATE_LABEL = String.raw`[\u4e00-\u9fa5]{1,6}?(?:日期|时间)`;
const DATE_LABELS = new RegExp(String.raw`^(?:[\s|]*${DATE_LABEL}[:：]?)+[\s|]*$`);

/**
 * The `i`-th of `count` dates under a row holding as many date labels (采样时间 接收时间 报告时间 / 2024-04-23 07:32
 * 2024-04-23 13:05 2024-04-24 10:18): its label, in order; else ''.
 */
export function labelInOrder(above: Row | undefined, i: number, count: number): string {
  if (!above || !DATE_LABELS.test(above.joined)) return '';
  const labels = above.joined.match(new RegExp(DATE_LABEL, 'g')) ?? [];
  return labels.length === count && count > 1 ? `${labels[i]}|` : '';
}

/**
 * The last cell of a row when it is a label waiting for its value (出院, 入院日期：); else ''. A row of
 * labels only is a grid's header, whose values stand under each label (see `labelAbove`).
 */
export function labelTail(row: Row | undefined, dated: Row): string {
  const last = row?.cells.at(-1)?.text ?? '';
  // (a front sheet read cell by cell puts each label alone on its row, its value alone on the next: 入院时间 / 2023年03月06日10时)
  const alone = row?.cells.length === 1 && dated.cells.length === 1 && /(?:日期|时间)[:：]?$/.test(last);
  return LABEL_CELL.test(last) && (alone || !row!.cells.every((c) => LABEL_CELL.test(c.text))) ? last : '';
}
