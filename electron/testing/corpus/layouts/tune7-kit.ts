import type { Doc } from '../case';
import type { Dx } from '../diseases';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import { px } from './common';

/** Pieces the tune7 layouts share: tick boxes, running headers, doubtful items, outcome words, photo-like thumbnails. */

/** `☑门诊 □家庭 □电话`: options with the chosen one ticked, as one printed cell. */
export const ticks = (options: readonly string[], chosen: string): string =>
  options.map((o) => `${o === chosen ? '☑' : '□'}${o}`).join('\u3000');

/** The outcome (转归) an EMR prints beside a discharge diagnosis: an infection is cured, a chronic disease improved or not. */
export function outcome(d: Dx, rng: Rng): string {
  if (/感染|贫血（轻度）|骨髓抑制/u.test(d.text)) return '治愈';
  if (d.key) return rng.pick(['好转', '好转', '好转', '未愈']);
  return rng.pick(['好转', '未愈']);
}

/** A symptom under investigation (待查): printed among clinical diagnoses, never counted. */
const PENDING = ['上腹痛待查', '黑便待查', '头晕待查', '胸闷待查', '贫血待查', '消瘦待查'];
export const pending = (rng: Rng): Dx => ({ text: rng.pick(PENDING), key: null });

/**
 * The running header an EMR prints at the top of every page: name, ward, bed and record number on one line over
 * a rule, small. Returns the baseline under the rule.
 */
export function runningHeader(s: Sheet, doc: Doc, x0: number, x1: number, y: number, style: Style, rng: Rng): number {
  const cells: readonly [string, string][] = [['姓名：', doc.patient.name], ['科室：', doc.department], ['床号：', `${doc.bed}床`],
    [rng.pick(['住院号：', '病案号：']), doc.recordNo]];
  const step = (x1 - x0) / cells.length;
  cells.forEach(([l, v], i) => s.pair(x0 + i * step, y, l, v, style));
  s.line(x0, y + px(style.pt) * 0.55, x1, y + px(style.pt) * 0.55, 1.6);
  s.line(x0, y + px(style.pt) * 0.55 + 5, x1, y + px(style.pt) * 0.55 + 5, 0.8);
  return y + px(style.pt) * 2.2;
}

/** A photo thumbnail (an endoscopy still, a fundus image): a dark rounded frame with a pink lumen and highlights (not text). */
export function thumbnail(s: Sheet, x: number, y: number, w: number, h: number, rng: Rng): void {
  const g = s.g;
  g.save();
  g.fillStyle = '#101010';
  g.fillRect(x, y, w, h);
  g.beginPath();
  g.ellipse(x + w / 2, y + h / 2, w * 0.44, h * 0.44, 0, 0, Math.PI * 2);
  g.clip();
  const grad = g.createRadialGradient(x + w * rng.range(0.4, 0.6), y + h * rng.range(0.4, 0.6), 4, x + w / 2, y + h / 2, w * 0.5);
  grad.addColorStop(0, '#3a1010');
  grad.addColorStop(0.35, `rgb(${rng.int(170, 200)}, ${rng.int(80, 110)}, ${rng.int(80, 100)})`);
  grad.addColorStop(1, `rgb(${rng.int(220, 240)}, ${rng.int(150, 175)}, ${rng.int(140, 160)})`);
  g.fillStyle = grad;
  g.fillRect(x, y, w, h);
  g.fillStyle = 'rgba(255, 255, 255, 0.75)';
  for (let i = 0; i < 5; i += 1) g.fillRect(x + w * rng.range(0.2, 0.8), y + h * rng.range(0.2, 0.8), rng.range(3, 9), rng.range(2, 5));
  g.restore();
}

