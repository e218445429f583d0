import { CELL, cellAt, cellStart, cellUnder, type FieldSource, REGISTER_ROWS, type Row, sourceOf } from './page-lines';

/**
 * Diagnoses laid out in a grid (issue 10): admission and discharge columns side by side, a label over its value in a
 * header grid, or labels printed under their table's rows.
 */

/** A numbered item's marker: 1. 2、 (3) 4）. */
export const MARKER = /^\(?\d{1,2}\s*[.、．)）]/;

/** A column that a diagnosis label heads. */
type Column = { readonly index: number; readonly cells: number; readonly x: readonly [number, number] | null };

/** 入院诊断 and 出院诊断 side by side as column heads: which column the label heads, and where it stands. */
export function columnOf(row: Row, at: number): Column | null {
  if (row.cells.length < 2 || row.cells.length > 3) return null;
  let from = 0;
  const index = row.cells.findIndex((c) => { const end = from + c.text.length; const hit = at >= from && at < end; from = end + 1; return hit; });
  const heads = row.cells.filter((c) => /^[\u4e00-\u9fa5]{0,4}诊断[:：]?$/.test(c.text));
  // only an admission column is left out; 中医诊断 | 西医诊断 side by side both count
  if (index < 0 || heads.length < 2 || !heads.some((c) => /入院|初步/.test(c.text))) return null;
  const box = row.cells[index]!.bbox;
  const next = row.cells[index + 1]?.bbox;
  return { index, cells: row.cells.length, x: box ? [box[0] - (box[2] - box[0]), next ? next[0] : Infinity] : null };
}

/** The part of a row under the column: the same cell of a row as wide as the heads, else the cells standing under it. */
export function underColumn(row: Row, col: Column | null): string {
  if (!col) return row.joined;
  if (row.cells.length === col.cells) return row.cells[col.index]!.text;
  const x = col.x;
  if (!x || row.cells.some((c) => c.bbox === null)) return row.joined;
  return row.cells.filter((c) => { const mid = (c.bbox![0] + c.bbox![2]) / 2; return mid >= x[0] && mid < x[1]; }).map((c) => c.text).join(CELL);
}

const GRID_HEAD = /^[\u4e00-\u9fa5]{1,6}$|^[\u4e00-\u9fa5]{1,3}[/／][\u4e00-\u9fa5]{1,3}$/;

/**
 * A label in a header grid of labels over values (姓名 | 性别 | … | 临床诊断, the values in the row under it):
 * the value in the cell under the label, or null where the label is not such a cell.
 */
export function underGridLabel(rows: readonly Row[], start: number, at: number): { text: string; source: FieldSource } | null {
  const head = rows[start]!;
  const below = rows[start + 1];
  if (!below || head.cells.length < 3 || !head.cells.every((c) => GRID_HEAD.test(c.text))) return null;
  // without boxes, a heading and its values are as wide (临床诊断 | 脑梗死 | 高血压 over 检查部位 | … is a label and its values)
  if (below.cells.length !== head.cells.length && !below.cells.every((c) => c.bbox)) return null;
  const index = cellAt(head, at);
  const k = index < 0 ? null : cellUnder(head, index, below);
  if (k === null) return null;
  const text = below.cells[k]!.text;
  // a register (就诊日期 | 科室 | 医生 | 诊断 | 处理) goes on over rows as wide as its first: each visit's diagnoses
  const more: string[] = [];
  for (const r of rows.slice(start + 2, start + 2 + REGISTER_ROWS)) {
    const j = r.cells.length === below.cells.length ? cellUnder(head, index, r) : null;
    if (j === null) break;
    more.push(r.cells[j]!.text);
  }
  return { text: [text, ...more].join('；'), source: sourceOf(below, cellStart(below, k), cellStart(below, k) + text.length) };
}

/** The heading of a column beside a diagnosis's in a table: what is prescribed or done, by whom, when. */
const COLUMN_HEADING = /^(?:处方|处理|医嘱|用药|治疗|建议|医师|医生|签名|备注|科室|[\u4e00-\u9fa5]{0,4}(?:日期|时间))$/;

/**
 * A label in a row of labels printed under its table's rows (1.同种异体肾移植术后 | 他克莫司… / 2.高血压病2级 | …
 * / 诊断 | 处方): the cells over it in rows as wide, where no row as wide goes on under the labels.
 */
export function overGridLabel(rows: readonly Row[], start: number, at: number): { text: string; source: FieldSource } | null {
  const head = rows[start]!;
  const index = cellAt(head, at);
  // (诊断 | 高血压病 is a label and its value: beside 诊断 stand only other columns' headings)
  if (index < 0 || head.cells.length < 2 || !head.cells.every((c, i) => (i === index ? GRID_HEAD : COLUMN_HEADING).test(c.text))) return null;
  if (rows[start + 1]?.cells.length === head.cells.length) return null;
  // by position where the engine gave boxes; without them, a numbered list in the first column
  const over = (r: Row): number | null => (r.cells.every((c) => c.bbox) || index > 0 ? cellUnder(head, index, r)
    : MARKER.test(r.cells[0]!.text) ? 0 : null);
  const above: { row: Row; text: string; k: number }[] = [];
  for (let i = start - 1; i >= Math.max(0, start - REGISTER_ROWS); i -= 1) {
    const k = over(rows[i]!);
    if (k === null) break;
    above.unshift({ row: rows[i]!, text: rows[i]!.cells[k]!.text, k });
  }
  if (above.length === 0 || above.some((a) => /[:：]/.test(a.text))) return null;
  const { row: top, text, k } = above[0]!;
  return { text: above.map((a) => a.text).join('；'), source: sourceOf(top, cellStart(top, k), cellStart(top, k) + text.length) };
}
