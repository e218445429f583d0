import type { Doc } from '../case';
import { addDays, clock } from '../dates';
import type { Sheet, Style } from '../sheet';
import type { Rng } from '../rng';
import { px } from './common';
import { plausible } from './tune4-kit';

/** Pieces the tune5 layouts share: short stays, coded form boxes, prescriptions, counties and phones. */

/**
 * A stay of under 24 hours (24小时内入出院): admitted in the afternoon or evening, discharged the next morning
 * before the hour of admission.
 */
export function overnight(doc: Doc, rng: Rng): Doc {
  const admitted = rng.int(13 * 60, 20 * 60 + 30);
  const left = rng.int(8 * 60, Math.min(11 * 60 + 30, admitted - 60));
  const discharge = addDays(doc.dates.admission, 1);
  return {
    ...doc, stayDays: 1,
    dates: { ...doc.dates, discharge, surgery: doc.dates.admission, print: addDays(discharge, rng.int(0, 12)) },
    times: { ...doc.times, admission: admitted, discharge: left },
  };
}

/**
 * A value written into the little square of a coded form field (性别 [1] 1.男 2.女), the legend after it
 * small. Returns the right edge.
 */
export function coded(s: Sheet, x: number, y: number, label: string, code: string, legend: string, lab: Style, val: Style,
  small: Style): number {
  let cx = x + s.put(x, y, label, lab) + 10;
  const b = px(val.pt) * 1.15;
  s.rect(cx, y - b * 0.82, b, b, 1.4);
  s.put(cx + b / 2, y - 2, code, { ...val, align: 'center' });
  cx += b + 10;
  if (legend !== '') cx += s.put(cx, y, legend, small);
  return cx;
}

/**
 * `label` then `value` on an underline at least `min` px long (longer when the value needs it), recorded as one
 * cell. Returns the right edge.
 */
export function onLine(s: Sheet, x: number, y: number, label: string, value: string, min: number, lab: Style, val: Style): number {
  const lw = s.put(x, y, label, lab, false);
  const vw = s.measure(value, val);
  const lineW = Math.max(min, vw + 36);
  s.line(x + lw + 4, y + 9, x + lw + lineW, y + 9, 1.2);
  s.put(x + lw + (lineW - vw) / 2, y - 1, value, val, false);
  s.record(x, y, label + value, x + lw + lineW);
  return x + lw + lineW;
}

/** A medicine line split for a prescription: name, dose, how often, route. */
export type RxItem = { readonly name: string; readonly dose: string; readonly often: string; readonly route: string; readonly pack: string };

const OFTEN: Record<string, string> = { qd: '每日1次', bid: '每日2次', tid: '每日3次', qn: '每晚1次', q12h: '每12小时1次', d1: '第1天' };

export function rxItem(m: string, rng: Rng): RxItem {
  const [name = m, dose = '', ...rest] = m.split(' ');
  const often = OFTEN[rest.join(' ')] ?? (rest.join(' ') || '遵医嘱');
  const route = /胰岛素|促红素/u.test(name) ? '皮下注射' : /注射/u.test(name) ? '静脉滴注' : /配方粉/u.test(name) ? '冲服' : '口服';
  const unit = /胶囊/u.test(name) ? '粒' : /注射/u.test(name) ? '支' : /粉/u.test(name) ? '罐' : '片';
  const pack = unit === '罐' ? `400g×${rng.int(2, 6)}罐`
    : /胰岛素/u.test(name) ? `3ml:300U×${rng.int(1, 3)}支`
      : unit === '支' ? `${dose || '1支'}×${rng.int(1, 4)}支`
        : `${dose || '1'}×${rng.pick([7, 14, 24, 28, 30])}${unit}×${rng.int(1, 4)}盒`;
  return { name, dose: dose || '适量', often, route, pack };
}

/** The county (or city district) the hospital stands in, from its address without the province: 阳谷县, 聊城市东昌府区, 邢台市宁晋县. */
export function countyOf(doc: Doc): string {
  const address = doc.hospital.address.replace(/^.*?(?:省|自治区)/u, '');
  return /^(.*?(?:县|旗|区))/u.exec(address)?.[1] ?? /^(.*市)/u.exec(address)?.[1] ?? address.slice(0, 3);
}

/** A mobile number with its middle digits masked (138****1234). */
export const maskedMobile = (rng: Rng): string => `1${rng.pick(['38', '39', '58', '59', '86', '77', '35', '52'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;

/** A full mobile number (a contact's, an office's). */
export const mobile = (rng: Rng): string => `1${rng.pick(['38', '39', '58', '59', '86', '77', '35', '52'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;

/** HH:MM a number of minutes after `m` (kept within the day). */
export const later = (m: number, by: number): string => clock(Math.min(m + by, 23 * 60 + 58));

const ZIP: readonly [string, string][] = [['河北', '05'], ['河南', '46'], ['四川', '64'], ['广东', '52'], ['甘肃', '74'], ['吉林', '13'], ['安徽', '23'],
  ['湖南', '41'], ['广西', '54'], ['江苏', '22'], ['云南', '65'], ['贵州', '56'], ['山西', '03'], ['内蒙古', '01'], ['江西', '34'], ['浙江', '31'],
  ['湖北', '43'], ['黑龙江', '15'], ['陕西', '71'], ['福建', '36'], ['新疆', '83'], ['邯郸', '05'], ['濮阳', '45'], ['德州', '25'], ['菏泽', '27']];

/** A six-digit postcode of the hospital's province (Shandong 25xxxx unless the address names another). */
export function postcode(doc: Doc, rng: Rng): string {
  const head = ZIP.find(([p]) => doc.hospital.address.startsWith(p) || doc.hospital.address.includes(`${p}市`))?.[1] ?? '25';
  return `${head}${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/**
 * The document without the comorbidities its patient could not have: tune4's rules, and for a child only the
 * catalogue disease with anaemia, low albumin or an infection beside it (no 高脂血症 at six).
 */
export function fitting(doc: Doc): Doc {
  const d = plausible(doc);
  if (d.patient.age >= 14) return d;
  const keep = (x: { key: string | null; text: string }): boolean => x.key !== null || /贫血|低蛋白|感染/u.test(x.text);
  return { ...d, dx: { ...d.dx, western: d.dx.western.filter(keep), admission: d.dx.admission.filter(keep) } };
}
