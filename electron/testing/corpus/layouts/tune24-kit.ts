import type { Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { physician } from '../people';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/**
 * Pieces the tune24 layouts share (printouts as they reach the desk): the hospitals whose HIS prints them, the vendor's
 * running header and footer (姓名 / 住院号 on every page; 打印人, 打印时间, 第1页 共2页 along the foot — the print day a decoy),
 * and the dashed 电子签名 block of an EMR or 互联网医院 page (the signer, a CA serial and a signing time to the second).
 */

export const HIS24 = [...CITY, ...CITY_MORE.filter((x) => !/脑科|妇幼/u.test(x.name)), ...COUNTY];

/** The HIS vendors whose name stands in the corner of the printout. */
const VENDORS = ['东华HIS', '卫宁健康', '创业慧康', '众阳健康', '东软HIS'];

/** A day after `iso` (the day someone printed or copied the page), never the same day. */
export const later = (iso: string, rng: Rng, most = 40): string => addDays(iso, rng.int(1, most));

/**
 * The running header: the hospital and the vendor's form name on the left, 姓名 and a record number on the right, over a
 * hairline. Returns the baseline below it.
 */
export function runningHead(s: Sheet, doc: Doc, y: number, f: Style, o: { form: string; no: string; x0?: number }): number {
  const x0 = o.x0 ?? 120;
  const right = s.width - x0;
  s.put(x0, y, `${doc.hospital.name}  ${o.form}`, f);
  s.put(right, y, `姓名：${doc.patient.name}  ${o.no}`, { ...f, align: 'right' });
  s.line(x0, y + px(f.pt) * 0.5, right, y + px(f.pt) * 0.5, 1.2, '#555');
  return y + px(f.pt) * 2;
}

/** The running footer: 打印人, 打印时间 (a later day, decoy) and 第n页 共m页, with the vendor's name small at the right. */
export function runningFoot(s: Sheet, doc: Doc, y: number, f: Style, rng: Rng, o: { page: number; of: number; print: DateStyle;
  x0?: number }): string {
  const x0 = o.x0 ?? 120;
  const right = s.width - x0;
  const day = later(doc.kind === 'discharge' ? doc.dates.discharge : doc.dates.visit, rng);
  s.line(x0, y - px(f.pt) * 1.3, right, y - px(f.pt) * 1.3, 1.2, '#555');
  const w = s.put(x0, y, `打印人：${physician(rng, [doc.patient.name])}`, f);
  s.put(x0 + w + px(f.pt) * 2, y, `打印时间：${formatDate(day, o.print, doc.times.print)}`, f);
  s.put(s.width / 2 + px(f.pt) * 6, y, `第${o.page}页 共${o.of}页`, f);
  s.put(right, y, rng.pick(VENDORS), { ...f, pt: f.pt - 1.5, color: '#777', align: 'right' });
  return day;
}

/**
 * The dashed 电子签名 box: 签名医师, 证书序列号 (hex), 签名时间 (`when`, to the second). The name is text; the
 * serial is digits that are neither an ID nor a date. Returns the box's bottom.
 */
export function eSign(s: Sheet, x: number, y: number, w: number, who: string, when: string, f: Style, rng: Rng): number {
  const lh = px(f.pt) * 1.6;
  const h = lh * 3 + 24;
  s.g.save();
  s.g.setLineDash([10, 6]);
  s.rect(x, y, w, h, 1.6, '#3a5a9a');
  s.g.restore();
  const serial = Array.from({ length: 16 }, () => '0123456789ABCDEF'[rng.int(0, 15)]).join('');
  s.put(x + 20, y + lh, `电子签名：${who}（已验证）`, f);
  s.put(x + 20, y + lh * 2, `证书序列号：${serial}`, f);
  s.put(x + 20, y + lh * 3, `签名时间：${when}`, f);
  return y + h;
}
