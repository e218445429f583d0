import { makeDoc } from '../case';
import { parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { issuedSoon } from './tune4-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { GENERAL17, local17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

type Ink = { readonly form: Style; readonly typed: Style; readonly dx: number; readonly dy: number };

/**
 * A date typed into a pre-printed 年 月 日 (or 20＿＿年＿＿月＿＿日 when `century`: the form prints the first two digits of the
 * year): the printed characters in the form's ink, the digits in the printer's, shifted off register. Recorded as one cell
 * (2025年3月4日). Returns the right edge.
 */
function ymdTyped(s: Sheet, x: number, y: number, iso: string, ink: Ink, century: boolean): number {
  const [yy, m, d] = parts(iso);
  const em = px(ink.form.pt);
  const pieces: [string, string, number][] = century
    ? [['20', String(yy).slice(2), em * 1.6], ['年', String(m), em * 1.7], ['月', String(d), em * 1.7], ['日', '', 0]]
    : [['', String(yy), em * 2.6], ['年', String(m), em * 1.7], ['月', String(d), em * 1.7], ['日', '', 0]];
  let cx = x;
  for (const [printed, typed, gap] of pieces) {
    cx += s.put(cx, y, printed, ink.form, false);
    if (typed) s.put(cx + gap / 2 + ink.dx * 0.3, y + ink.dy, typed, { ...ink.typed, align: 'center' }, false);
    cx += gap;
  }
  s.record(x, y, `${yy}年${m}月${d}日`, cx);
  return cx;
}

/**
 * 疾病诊断证明书 pre-printed by a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital in green, blue or brown ink (serif
 * labels, ruled table, red 号码), every value typed by the outpatient office's printer in black sans, off register: 姓名 (truth),
 * 身份证号 (truth), ☑门诊 / ☑住院, a 住院日期 row 自＿年＿月＿日至＿年＿月＿日 typed for an inpatient (truth) and struck through with
 * a typed dash for an outpatient, 诊断 numbered (truth), 医嘱 with a rest span; at the bottom right the pre-printed 20＿年＿月＿日
 * (or ＿年＿月＿日) with the issue date typed into it (truth) under the hospital's seal, the doctor's handwritten signature at the left.
 */
export const tune17CertPreprintedDate: Layout = {
  id: 'tune17-cert-preprinted-date',
  kind: 'certificate',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county hospital 疾病诊断证明书 pre-printed in coloured ink (serif 12–13 pt, '
    + 'ruled table, red 号码), values typed off register in black sans 11.5–12.5 pt, the date typed into a pre-printed 20＿年＿月＿日',
  exercises: ['issue date typed into pre-printed blanks at the bottom right: 20|25年|3月|4日 or |2025|年|3|月|4|日 (truth)',
    '住院日期 row 自＿年＿月＿日至＿年＿月＿日 filled for an inpatient (truth) or dashed for an outpatient',
    '☑门诊 □住院 typed ticks', 'values off register against the ruled cells', 'rest span 建议休息两周 (not a date)',
    'handwritten signature at the left, seal over the date at the right'],
  doc: (rng) => settled(local17(issuedSoon(suited(countyWords(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: GENERAL17 }), rng,
    { outside: 0.2 })), rng), rng)),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const color = rng.pick(['#1f6b3a', '#1d4f9a', '#7a4a22']);
    const fpt = rng.pick([12, 12.5, 13]);
    const ink: Ink = { form: st('serif', fpt, { color }), typed: st('sans', rng.pick([11.5, 12, 12.5]), { color: '#111' }),
      dx: rng.range(-14, 14), dy: rng.range(-7, 7) };
    const typed = (x: number, y: number, text: string): void => { s.put(x + ink.dx, y + ink.dy, text, ink.typed); };
    const p = doc.patient;
    const inpatient = rng.chance(0.5);
    const century = rng.chance(0.6);

    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 4, color }));
    s.put(s.width / 2, 262, '疾 病 诊 断 证 明 书', st('serifBold', 18, { align: 'center', spacing: 6, color }));
    s.put(right, 330, `№ ${String(rng.int(1, 999_999)).padStart(7, '0')}`, st('serif', 12, { align: 'right', color: '#c0262d' }));

    // The ruled table: pre-printed labels and lines, typed values.
    const rowH = px(fpt) * 2.6;
    const lw = w * 0.16;
    let y = 360;
    const hline = (yy: number): void => s.line(x0, yy, right, yy, 2, color);
    const vline = (x: number, y1: number, y2: number): void => s.line(x, y1, x, y2, 2, color);
    const base = (top: number): number => top + rowH / 2 + px(fpt) * 0.36;
    hline(y);
    const cols = [x0, x0 + lw, x0 + w * 0.42, x0 + w * 0.54, x0 + w * 0.7, x0 + w * 0.82];
    ['姓　名', '性别', '年龄'].forEach((t, i) => s.put((cols[i * 2] ?? 0) + (i === 0 ? lw / 2 : w * 0.06), base(y), t,
      { ...ink.form, align: 'center' }));
    [p.name, p.sex, `${p.age}岁`].forEach((t, i) => typed((cols[i * 2 + 1] ?? 0) + 24, base(y), t));
    cols.slice(1).forEach((x) => vline(x, y, y + rowH));
    y += rowH;
    hline(y);
    s.put(x0 + lw / 2, base(y), '身份证号', { ...ink.form, align: 'center' });
    typed(x0 + lw + 24, base(y), p.idNumber);
    s.put(x0 + w * 0.76, base(y), '科别', { ...ink.form, align: 'center' });
    typed(x0 + w * 0.82 + 20, base(y), doc.department);
    [x0 + lw, x0 + w * 0.7, x0 + w * 0.82].forEach((x) => vline(x, y, y + rowH));
    y += rowH;
    hline(y);
    s.put(x0 + lw / 2, base(y), '就诊类别', { ...ink.form, align: 'center' });
    const opt = (x: number, label: string, on: boolean): number => {
      s.put(x, base(y), `□${label}`, ink.form, false);
      if (on) s.put(x + px(fpt) * 0.5 + ink.dx * 0.3, base(y) + ink.dy, '√', { ...ink.typed, align: 'center' }, false);
      s.record(x, base(y), `${on ? '☑' : '□'}${label}`, x + s.measure(`□${label}`, ink.form));
      return x + s.measure(`□${label}`, ink.form) + 50;
    };
    opt(opt(x0 + lw + 24, '门诊', !inpatient), '住院', inpatient);
    s.put(x0 + w * 0.61, base(y), inpatient ? '住院号' : '门诊号', { ...ink.form, align: 'center' });
    typed(x0 + w * 0.7 + 20, base(y), doc.recordNo);
    [x0 + lw, x0 + w * 0.52, x0 + w * 0.7].forEach((x) => vline(x, y, y + rowH));
    y += rowH;
    hline(y);
    s.put(x0 + lw / 2, base(y), '住院日期', { ...ink.form, align: 'center' });
    vline(x0 + lw, y, y + rowH);
    if (inpatient) {
      let cx = x0 + lw + 24;
      cx += s.put(cx, base(y), '自', ink.form, false) + 8;
      const start = cx;
      cx = ymdTyped(s, cx, base(y), doc.dates.admission, ink, false) + 8;
      cx += s.put(cx, base(y), '至', ink.form, false) + 8;
      ymdTyped(s, cx, base(y), doc.dates.discharge, ink, false);
      s.record(x0 + lw + 24, base(y), '自', start - 8);
      s.record(cx - 8 - s.measure('至', ink.form), base(y), '至', cx - 8);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    } else typed(x0 + lw + 60, base(y), '——');
    y += rowH;
    hline(y);

    const tf = ink.typed;
    const tl = px(tf.pt) * 1.75;
    const tall = (label: string, lines: readonly string[], min: number): void => {
      const h = Math.max(min, lines.length * tl + tl);
      s.put(x0 + lw / 2, y + h / 2 + px(fpt) * 0.36, label, { ...ink.form, align: 'center' });
      vline(x0 + lw, y, y + h);
      lines.forEach((t, i) => typed(x0 + lw + 24, y + tl * (i + 1.1), t));
      y += h;
      hline(y);
    };
    tall('诊　　断', listed(doc.dx.western, '1.'), rowH * 3.2);
    s.diagnoses(doc.dx.western);
    tall('医　　嘱', wrap(s, `${inpatient ? '出院后' : ''}建议休息${restSpan(rng)}，继续规律服药，定期门诊复查，不适随诊。`, w - lw - 60, tf),
      rowH * 2.2);
    vline(x0, 360, y);
    vline(right, 360, y);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // Signature at the left, hospital and the typed date at the right.
    const sy = y + px(fpt) * 4.5;
    const dw = s.put(x0 + 20, sy, '医师签名：', ink.form);
    handwritten(s, x0 + 20 + dw + 10, sy, doc.doctors.attending, 14, rng);
    const rx = right - 420;
    s.put(rx, sy, '医院（盖章）', ink.form);
    ymdTyped(s, rx, sy + px(fpt) * 2.6, doc.dates.issue, ink, century);
    seal(s, rx + 180, sy + 10, 118, doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 9.5, { color });
    const ny = sy + px(fpt) * 7;
    s.put(x0, ny, '注：1.本证明书涂改无效；2.未加盖医院诊断证明专用章无效；', note);
    s.put(x0, ny + px(9.5) * 1.6, '　　3.本证明仅证明患者就诊时的病情，复印件无效。', note);
  },
};
