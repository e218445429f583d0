import type { Doc } from '../case';
import { COUNTY, COUNTY_MORE, type Hospital } from '../hospitals';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the tune26 layouts share: the county general hospitals whose everyday paper the desk sees, the advertising
 * footer a county hospital prints on its own booklets (services, phone numbers, bus routes: digits that are neither IDs
 * nor dates), and the outline of a smaller sheet (A5) laid on the A4 scanner glass.
 */

/** County general hospitals (not the 妇幼 or TCM ones). */
export const COUNTY26: readonly Hospital[] = [...COUNTY, ...COUNTY_MORE].filter((x) => !/妇幼|中医/u.test(x.name));

const SERVICES = ['无痛胃肠镜', '血液透析', '微创介入', '体检中心', '康复理疗', '胸痛中心', '卒中中心', '中医针灸', '产科分娩', '口腔种植'];
const BUSES = ['1路', '2路', '3路', '5路', '7路', '11路', 'K6路'];

/**
 * The booklet's printed footer, in the form's colour: a ruled band with the hospital's services, its 预约 and 急救 lines
 * and the address with the bus routes. Every row is text. Returns the band's top.
 */
export function adFooter(s: Sheet, doc: Doc, x0: number, x1: number, bottom: number, f: Style, rng: Rng): number {
  const lh = px(f.pt) * 1.6;
  const top = bottom - lh * 3 - 24;
  s.line(x0, top, x1, top, 3, f.color);
  s.line(x0, top + 6, x1, top + 6, 1, f.color);
  const booking = `${doc.hospital.phone.split('-')[0] ?? ''}-${rng.int(2, 8)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
  s.put(x0, top + lh, `本院特色：${rng.sample(SERVICES, 5).join(' · ')}`, f);
  s.put(x0, top + lh * 2, `预约挂号：${booking}\u3000急救电话：120\u3000总机：${doc.hospital.phone}`, f);
  s.put(x0, top + lh * 3, `地址：${doc.hospital.address}\u3000乘${rng.sample(BUSES, 2).join('、')}公交车可到达`, f);
  return top;
}

/** A smaller sheet on the A4 glass: its edge in grey with a soft shadow along the right and bottom (not text). */
export function sheetOnGlass(s: Sheet, x: number, y: number, w: number, h: number): void {
  const g = s.g;
  g.fillStyle = '#d8d8d8';
  g.fillRect(x + w, y + 8, 8, h);
  g.fillRect(x + 8, y + h, w, 8);
  s.rect(x, y, w, h, 1.5, '#9a9a9a');
}
