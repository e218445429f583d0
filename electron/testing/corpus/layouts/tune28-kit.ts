import { COUNTY, CITY } from '../hospitals';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import type { Sheet, Style } from '../sheet';
import { COUNTY12, TCM12, TOWN12 } from './tune12-kit';

/**
 * Pieces the tune28 layouts share (pages whose reading order is hard): a bordered result table a reader reads down on its
 * own beside another, and a column of aligned label：value lines read down on its own beside another column.
 */

/** City and county hospitals of Liaocheng and its neighbours, county TCM hospitals and 卫生院. */
export const HOSPITALS28: readonly Hospital[] = [...CITY.slice(0, 4), ...COUNTY, ...COUNTY12, ...TCM12, ...TOWN12.slice(0, 4)]
  .filter((x, i, a) => a.findIndex((y) => y.name === x.name) === i);

/**
 * A bordered result table read down on its own (a block): its caption above, a shaded header row 项目 / 结果 / 单位 / 参考值,
 * one row per result. `cols`: the four column widths. Returns the bottom edge.
 */
export function sideTable(s: Sheet, x: number, y: number, cols: readonly [number, number, number, number], caption: string,
  rows: readonly LabRow[], f: Style, b: Style, o: { rowH: number; arrows: boolean; shade: string }): number {
  let bottom = y;
  s.block(() => {
    s.put(x, y, caption, b);
    const [a, r, u, g] = cols;
    const head = [{ text: '项目', w: a, label: true }, { text: '结果', w: r, label: true }, { text: '单位', w: u, label: true },
      { text: '参考值', w: g, label: true }];
    const body = rows.map((row) => [{ text: row.name, w: a }, { text: `${row.value}${flag(row.flag, o.arrows)}`, w: r },
      { text: row.unit, w: u }, { text: row.range, w: g }]);
    bottom = s.grid(x, y + o.rowH * 0.35, o.rowH, [head, ...body], f, { shade: o.shade, label: b, border: 1.3 });
  });
  return bottom;
}

const flag = (f: LabRow['flag'], arrows: boolean): string => (f === '' ? '' : arrows ? ` ${f}` : f === '↑' ? ' H' : ' L');

/**
 * Label：value lines down a column read on its own (a block): labels at `x`, values aligned at `x + labelW`.
 * Returns the baseline under the last line.
 */
export function pairColumn(s: Sheet, x: number, y: number, labelW: number, lh: number, pairs: readonly (readonly [string, string])[],
  lab: Style, val: Style): number {
  s.block(() => pairs.forEach(([l, v], i) => {
    s.put(x, y + i * lh, l, lab);
    s.put(x + labelW, y + i * lh, v, val);
  }));
  return y + pairs.length * lh;
}
