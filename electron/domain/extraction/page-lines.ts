import { restoreCellLabel } from './fuzzy-labels';
import { FIGURE, normalizeOcrText, rulesReadAsI } from './normalize-text';

/** A box on the page image: x0, y0, x1, y1 in the pixels of the image the OCR read. */
export type Box = readonly [number, number, number, number];

/** One detected text box (a table cell, a label, a value, one digit in a boxed ID). */
export type OcrCell = { readonly text: string; readonly confidence: number; readonly bbox: Box | null };

/** One visual row of the page, its boxes left to right (the reading order of `layout.ts`). */
export type OcrLine = { readonly text: string; readonly confidence: number; readonly bbox: Box | null; readonly cells: readonly OcrCell[] };

/** A page as the extractor reads it; `lines` from the OCR engine, or made from plain text. */
export type OcrPageInput = { readonly lines: readonly OcrLine[] };

/** The cell separator of a joined line: labels and values in different cells stay apart. */
export const CELL = '|';
/** {@link CELL} inside a regular expression. */
export const CELL_RE = '\\|';

/**
 * A page from plain text (a PDF text layer, a clerk's correction, a test): a line per row, cells
 * split where the text has a tab, a vertical bar (a box-drawn table's │, a rule OCR read as 丨), underscores (a filled-in blank, but for a date's parts) or a run of two or more
 * spaces, full-width ones too (as engines join boxes, and as a typed form sets its fields apart: 姓名：孙桂芝, two ideographic spaces, 编号：…).
 */
/** A box-drawn table's corners and rules (┌ ┐ └ ┘ ├ ┤ ─ …), no text of its own. */
const BOX_CORNERS = /[\u2500\u2501\u250c-\u254b]/g;

/** A part of a date typed into a blank of its own (于 __2O25__ 年 __O2__ 月 __l7__ 日): one date, not cells apart. */
const DATE_PART_BLANK = new RegExp(`[_＿]+\\s*([0-9${Object.keys(FIGURE).join('')}]{1,4})\\s*[_＿]+\\s*(?=[年月日])`, 'g');

export function linesFromText(text: string): OcrLine[] {
  return spacedHeader(text.split('\n')).map((row) => {
    const cells = rulesReadAsI(row).replace(DATE_PART_BLANK, '$1').split(/\t|[ \u3000]{2,}|[|｜│┃丨]|[_＿]+/).map((t) => t.replace(BOX_CORNERS, '').trim()).filter((t) => t !== '')
      .map((t) => ({ text: t, confidence: 1, bbox: null }));
    return { text: row.trim(), confidence: 1, bbox: null, cells };
  }).filter((l) => l.cells.length > 0);
}

/** A grid's heading of labels (姓名 性别 年龄 入院日期 …) a text layer printed one space apart. */
const HEADER_WORD = /^[\u4e00-\u9fa5]{2,6}$/;
/** …two of them only where both are a date's, a number's or a count's (身份证号 入院日期, 出院日期 住院天数). */
const VALUE_LABEL = /(?:日期|时间|天数|号)$/;
/** A value under such a heading: a date with its time of day (2023-11-28 08:40) is one, else what one space sets apart. */
const VALUE_TOKEN = /\d{2,4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}(?:\s*日)?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|\S+/g;

/**
 * A text layer may set a grid's cells one space apart: a row of three or more labels so spaced, and the rows of as many
 * values under it, are split at their spaces (elsewhere one space is a gap inside a cell: 2025-03-04 10:05). A row of
 * two labels of values (身份证号 入院日期) is split only over one row of as many values under it, a date with its time of
 * day one value (2023-11-28 08:40).
 */
function spacedHeader(rows: readonly string[]): string[] {
  const words = rows.map((r) => r.trim().split(/ +/));
  const values = rows.map((r) => r.trim().match(VALUE_TOKEN) ?? []);
  const heading = (w: readonly string[]) => w.every((x) => HEADER_WORD.test(x));
  const pair = words.map((w, i) => w.length === 2 && heading(w) && w.every((x) => VALUE_LABEL.test(x)) && values[i + 1]?.length === 2);
  let width = 0;
  return rows.map((row, i) => {
    const w = words[i]!;
    if (pair[i]) return w.join('  ');
    if (pair[i - 1]) return values[i]!.join('  ');
    if (w.length >= 3 && heading(w) && words[i + 1]?.length === w.length) width = w.length;
    else if (w.length !== width) width = 0;
    return width > 0 ? w.join('  ') : row;
  });
}

/** A row with its cells normalised (half-width, no OCR gaps inside Chinese) and joined by {@link CELL}. */
export type Row = { readonly page: number; readonly line: OcrLine; readonly cells: readonly OcrCell[]; readonly joined: string };

export function rowsOf(pages: readonly OcrPageInput[]): Row[] {
  return pages.flatMap((p, page) => brokenDates(brokenLabels(wrappedDays(labelsThenValues(p.lines.map((line) => {
    // a misread label is restored before the gap after it is closed (娃名 沙马阿依 → 姓名 沙马阿依 → 姓名沙马阿依)
    const read = line.cells.map((c) => ({ ...c, text: normalizeOcrText(restoreCellLabel(c.text.trim())).replace(/\n/g, ' ') }))
      .filter((c) => c.text !== '');
    const cells = spacedLabels(read).map((c) => ({ ...c, text: restoreCellLabel(c.text) }));
    return { page, line, cells, joined: cells.map((c) => c.text).join(CELL) };
  }).filter((r) => r.cells.length > 0))))));
}

const withCells = (row: Row, cells: readonly OcrCell[]): Row => ({ ...row, cells, joined: cells.map((c) => c.text).join(CELL) });

/** Labels a narrow cell breaks over two rows (出 / 院日期 2024 年 1 月 12 日). */
const BREAKABLE_LABELS = ['入院日期', '出院日期', '入院时间', '出院时间', '就诊日期', '报告日期', '身份证号'];

/** The start of a label left alone at a row's end, its rest opening the row below: the label whole on the row below. */
function brokenLabels(rows: readonly Row[]): Row[] {
  const out = [...rows];
  out.forEach((row, i) => {
    const [last, below] = [row.cells.at(-1)!, out[i + 1]];
    const first = below?.cells[0];
    const rest = (l: string) => l.startsWith(last.text) && l !== last.text && first!.text.startsWith(l.slice(last.text.length));
    if (!first || row.cells.length < 2 || !BREAKABLE_LABELS.some(rest)) return;
    out[i] = withCells(row, row.cells.slice(0, -1));
    out[i + 1] = withCells(below, [{ ...first, text: `${last.text}${first.text}`, bbox: union(last.bbox, first.bbox) }, ...below.cells.slice(1)]);
  });
  return out;
}

/** A date cut after its whole year at a row's end (二〇二四年十二, 2024年), and the rest of it opening the row below (月十九日, 3月5日). */
const YEAR_CUT = /(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[〇零一二三四五六七八九十\d]{0,3}$/;
const REST_OF_DATE = /^[〇零一二三四五六七八九十\d]{0,3}\s*月\s*[〇零一二三四五六七八九十廿卅\d]{1,3}\s*[日号]/;

/** A date a grid broke between its rows: one cell again, where its year was. */
function brokenDates(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const [row, below] = [rows[i]!, rows[i + 1]];
    const [last, first] = [row.cells.at(-1)!, below?.cells[0]];
    if (!first || !YEAR_CUT.test(last.text) || !REST_OF_DATE.test(first.text)) {
      out.push(row);
      continue;
    }
    out.push(withCells(row, [...row.cells.slice(0, -1), { ...last, text: `${last.text}${first.text}`, bbox: union(last.bbox, first.bbox) }]));
    if (below!.cells.length > 1) out.push(withCells(below!, below!.cells.slice(1)));
    i += 1;
  }
  return out;
}

/** A date cut after its month (2025年06月, 2025-03-) where its cell wrapped, the day not after it. */
const MONTH_ONLY = /(?<!\d)\d{4}\s*(?:年\s*\d{1,2}\s*月|[-./]\s*\d{1,2}\s*[-./])(?!\s*\d)/g;
/** The rest of such a date, alone in its cell on the row below: 09日08时, 15 10:00. */
const DAY_ONLY = /^\d{1,2}\s*[日号]?(?:\s*\d{1,2}\s*(?:[时点](?:\s*\d{1,2}\s*分)?|[:：]\s*\d{2}))?$/;

/**
 * A front sheet's cells may wrap a date after its month, its day on the row below (入院时间 2025年06月 … 出院时间 2025年06月 /
 * 09日08时 … 23日10时): each day goes back to its date, in order, where the row below holds as many days and nothing else.
 */
function wrappedDays(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const [row, below] = [rows[i]!, rows[i + 1]];
    const cut = row.joined.match(MONTH_ONLY)?.length ?? 0;
    if (!below || cut === 0 || below.cells.length !== cut || !below.cells.every((c) => DAY_ONLY.test(c.text))) {
      out.push(row);
      continue;
    }
    let k = 0;
    const cells = row.cells.map((c) => {
      const days: OcrCell[] = [];
      const text = c.text.replace(MONTH_ONLY, (m) => {
        const day = below.cells[k++]!;
        days.push(day);
        return `${m}${day.text}`;
      });
      return { ...c, text, bbox: days.reduce((a, d) => union(a, d.bbox), c.bbox) };
    });
    out.push({ ...row, cells, joined: cells.map((c) => c.text).join(CELL) });
    i += 1;
  }
  return out;
}

const LABEL_ONLY = /^[\u4e00-\u9fa5]{2,8}[:：]$/;

/**
 * A PDF's text layer may give a form's labels first, a row each, and their values after in the same order
 * (姓名： / 性别： / 入院日期： / 谢秋菊 / 女 / 2024-12-27 10:20): each label is put back beside its value.
 */
function labelsThenValues(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    let k = 0;
    while (rows[i + k]?.cells.length === 1 && LABEL_ONLY.test(rows[i + k]!.joined)) k += 1;
    const values = rows.slice(i + k, i + 2 * k);
    if (k < 2 || values.length < k || values.some((v) => v.cells.length !== 1 || /[:：]$/.test(v.joined))) {
      out.push(...rows.slice(i, i + Math.max(1, k)));
      i += Math.max(1, k);
      continue;
    }
    values.forEach((v, n) => {
      const cells = [rows[i + n]!.cells[0]!, v.cells[0]!];
      out.push({ page: v.page, line: v.line, cells, joined: cells.map((c) => c.text).join(CELL) });
    });
    i += 2 * k;
  }
  return out;
}

const ONE_HAN = /^[\u4e00-\u9fa5]$/;
const LABEL_END = /^[\u4e00-\u9fa5][:：]/;

/** Labels a grid prints spaced over its cells without a colon (姓  名 | 性  别 | 诊  断). */
const GRID_LABELS = new Set(['姓名', '性别', '年龄', '科室', '科别', '床号', '病区', '民族', '职业', '婚姻', '住址', '地址', '电话', '诊断', '建议',
  '日期', '入院日期', '出院日期', '出院诊断', '入院诊断', '临床诊断', '住院号', '门诊号']);

/** How many cells from `i` spell a label spaced apart: single characters up to one with a colon, or a grid label; 0 if none. */
function spacedLabelAt(cells: readonly OcrCell[], i: number): number {
  let j = i;
  while (ONE_HAN.test(cells[j]!.text) && j + 1 < cells.length && j - i < 5) j += 1;
  if (j > i && LABEL_END.test(cells[j]!.text)) return j - i + 1;
  for (let n = Math.min(4, j - i + (ONE_HAN.test(cells[j]!.text) ? 1 : 0)); n >= 2; n -= 1) {
    // (its characters may be misread look-alikes: 娃  名)
    if (GRID_LABELS.has(restoreCellLabel(cells.slice(i, i + n).map((c) => c.text).join('')))) return n;
  }
  return 0;
}

/** A label printed with its characters spaced apart (诊  断：, 出 院 诊 断：, 姓  名) read as separate cells: one cell again. */
function spacedLabels(cells: readonly OcrCell[]): OcrCell[] {
  const out: OcrCell[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const n = spacedLabelAt(cells, i);
    if (n > 0) {
      const j = i + n - 1;
      const parts = cells.slice(i, j + 1);
      out.push({
        text: parts.map((c) => c.text).join(''),
        confidence: Math.min(...parts.map((c) => c.confidence)),
        bbox: parts.reduce<Box | null>((a, c) => union(a, c.bbox), null),
      });
      i = j;
    } else out.push(cells[i]!);
  }
  return out;
}

/** Where a value was read: the page, its box (for the viewer to highlight) and how sure the engine was. */
export type FieldSource = { readonly page: number; readonly bbox: Box | null; readonly confidence: number };

export const union = (a: Box | null, b: Box | null): Box | null =>
  a && b ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : (a ?? b);

/** The cells of a row that hold the characters [from, to) of its joined text. */
export function sourceOf(row: Row, from: number, to: number): FieldSource {
  let at = 0;
  let bbox: Box | null = null;
  let confidence = 1;
  for (const c of row.cells) {
    const end = at + c.text.length;
    if (end > from && at < to) {
      bbox = union(bbox, c.bbox);
      confidence = Math.min(confidence, c.confidence);
    }
    at = end + CELL.length;
  }
  return { page: row.page, bbox: bbox ?? row.line.bbox, confidence };
}

/** Rows from the cells an engine read, row by row (in reading order): the row's text, box and weakest confidence. */
export function linesOfCells(rows: readonly (readonly OcrCell[])[]): OcrLine[] {
  return rows.filter((cells) => cells.length > 0).map((cells) => ({
    text: cells.map((c) => c.text).join('  '),
    confidence: Math.min(...cells.map((c) => c.confidence)),
    bbox: cells.reduce<Box | null>((a, c) => union(a, c.bbox), null),
    cells,
  }));
}

/** Where a cell starts in its row's joined text. */
export const cellStart = (row: Row, index: number): number => row.cells.slice(0, index).reduce((a, c) => a + c.text.length + CELL.length, 0);

/** The index of the cell of `row` that holds position `at` of its joined text, or -1. */
export const cellAt = (row: Row, at: number): number =>
  row.cells.findIndex((_, i) => cellStart(row, i) <= at && at < cellStart(row, i + 1));

/** A row that opens the history: a diagnosis (外院诊断…, 曾诊断为…) or a stay (曾于…住院) named there is not this record's. */
export const HISTORY_ROW = /^(?:现病史|既往史|主诉|个人史|家族史|婚育史|月经史|过敏史|病史|病史摘要|入院情况|诊疗经过|治疗经过|住院经过)\s*[:：|]/;

/** How many rows a register (a heading of labels over a row per visit or stay) runs to under its heading. */
export const REGISTER_ROWS = 25;

/**
 * The cell of `below` standing under cell `index` of `row` (a form that prints its labels above the
 * values): by position where the engine gave boxes, else the same column of a row as wide, the first of a
 * row whose last values were left blank, else a row of one cell.
 */
export function cellUnder(row: Row, index: number, below: Row | undefined): number | null {
  if (!below) return null;
  const box = row.cells[index]?.bbox;
  if (box && below.cells.every((c) => c.bbox)) {
    const found = below.cells.findIndex((c) => c.bbox![0] < box[2] + (box[2] - box[0]) && c.bbox![2] > box[0] - 4);
    return found >= 0 ? found : null;
  }
  if (below.cells.length === row.cells.length) return index;
  // a row whose last labels were left blank (入院时间 | 入院科别 | 病房 | 转科科别 over three values) keeps its first
  if (index === 0 && below.cells.length >= 2 && below.cells.length < row.cells.length) return 0;
  return below.cells.length === 1 ? 0 : null;
}
