import type { Doc } from '../case';
import { formatDate } from '../dates';
import type { Dx } from '../diseases';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { penTick, pen } from './tune27-kit';
import { px } from './common';

/**
 * Pieces the tune29 layouts share (certificates and outpatient pages the desk reads worst): a date a doctor writes by hand,
 * diagnoses run together in a sentence, a column grid of printed □ boxes ticked in ballpoint, the villages of a township's
 * patients.
 */

/** A date written by hand in ballpoint (2025.3.4, 2025年3月4日, 25.3.4 never: the year is always whole). Returns its width. */
export function handDate(s: Sheet, x: number, y: number, iso: string, points: number, rng: Rng): number {
  const text = formatDate(iso, rng.pick(['dot', 'cnShort', 'cnShort', 'slash'] as const));
  return handwritten(s, x, y, text, points, rng);
}

/** Diagnoses as a sentence names them: 甲、乙及丙 (each diagnosis whole). */
export function proseDx(items: readonly Dx[]): string {
  const t = items.map((d) => d.text);
  return t.length <= 1 ? (t[0] ?? '') : `${t.slice(0, -1).join('、')}及${t[t.length - 1]}`;
}

/**
 * Printed □ options in `cols` columns from (x, y), `lh` apart; the chosen ones ticked in ballpoint over the box (the tick is
 * drawn; the text records ☑). Each option is its own cell. Returns the next baseline.
 */
export function penBoxes(s: Sheet, x: number, y: number, colW: number, cols: number, lh: number, options: readonly string[],
  chosen: readonly string[], f: Style, rng: Rng): number {
  const ink = pen(rng);
  options.forEach((o, i) => {
    const cx = x + (i % cols) * colW;
    const cy = y + Math.floor(i / cols) * lh;
    const bw = s.put(cx, cy, '□', f, false);
    s.put(cx + bw + 4, cy, o, f, false);
    const on = chosen.includes(o);
    if (on) penTick(s, cx + bw * 0.4, cy - px(f.pt) * 0.05, px(f.pt) * 1.1, ink, rng);
    s.record(cx, cy, `${on ? '☑' : '□'}${o}`, cx + bw + 4 + s.measure(o, f));
  });
  return y + Math.ceil(options.length / cols) * lh;
}

const VILLAGES = ['东街村', '西关村', '前屯村', '后王庄村', '李楼村', '小刘庄村', '张营村', '大碾村', '北孙村', '南赵庄村', '姚屯村', '马集村'];

/** The patient's village: the hospital's county, its township (a county hospital's patients: any town) and a 村. */
export function village(doc: Doc, rng: Rng): string {
  const county = /^.{1,3}?[县区市]/u.exec(doc.hospital.name)?.[0] ?? '';
  const town = /([\u4e00-\u9fa5]{2}(?:镇|街道|乡))/u.exec(doc.hospital.name)?.[1] ?? rng.pick(['城关镇', '安乐镇', '新集镇', '古城镇']);
  return `${county}${town}${rng.pick(VILLAGES)}`;
}
