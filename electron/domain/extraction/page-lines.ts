import { FIGURE, rulesReadAsI } from './normalize-text';

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

/**
 * Where a value was read: the page, its box (for the viewer to highlight) and how sure the engine was; `read`, the
 * text printed there when it could not be taken (an ID whose check character fails), for the clerk to see, never to use.
 */
export type FieldSource = { readonly page: number; readonly bbox: Box | null; readonly confidence: number; readonly read?: string };

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
export const HISTORY_ROW = /^(?:现病史|既往史|既往诊断|主诉|个人史|家族史|婚育史|月经史|过敏史|病史|病史摘要|入院情况|诊疗经过|治疗经过|住院经过)\s*[:：|]/;

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
