import { makeDoc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { homeAddress, needs } from './tune2-kit';
import { issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { COUNTY12 } from './tune12-kit';
import { NATION_COUNTY, native, provinceOf } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** Security paper: fine interlaced waves over the sheet and a rosette in the middle, in one pale ink (not text). */
function guilloche(s: Sheet, x0: number, y0: number, x1: number, y1: number, ink: string, rng: Rng): void {
  const g = s.g;
  g.save();
  g.strokeStyle = ink;
  g.lineWidth = 1.2;
  const [a, period, phase] = [rng.range(10, 16), rng.range(90, 140), rng.range(0, 6)];
  for (let y = y0; y < y1; y += 14) {
    for (const sign of [1, -1]) {
      g.beginPath();
      for (let x = x0; x <= x1; x += 6) {
        const yy = y + sign * a * Math.sin((x / period) * Math.PI * 2 + phase + y / 60);
        if (x === x0) g.moveTo(x, yy);
        else g.lineTo(x, yy);
      }
      g.stroke();
    }
  }
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  g.lineWidth = 1.6;
  for (let i = 0; i < 36; i += 1) {
    g.beginPath();
    g.ellipse(cx, cy, 330, 110, (i * Math.PI) / 36, 0, Math.PI * 2);
    g.stroke();
  }
  g.restore();
}

/**
 * 疾病诊断证明书 on a province's security paper (县级医院 of twenty-three provinces and Liaocheng's counties): pale green or pink
 * guilloche with a rosette inside a double frame, the form pre-printed in red or blue serif with a red serial No., values laser-
 * printed in black sans slightly off the cells. 身份证号 (truth) and 住址; on half the pages the stay as 住院日期 2025.03.04—2025.03.15
 * (truth), on the others 就诊日期 a few days before the issue (not truth); 诊断 numbered in a tall cell (counted); the date of issue
 * printed into the pre-printed 年 月 日 (truth) under the seal; the 卫生健康委员会监制 line and the 注 lines with their numbers.
 */
export const blind8Certificate2: Layout = {
  id: 'blind8-cert-security-paper',
  kind: 'certificate',
  split: 'blind',
  style: 'County hospital 疾病诊断证明书 on provincial security paper (监制): guilloche and rosette, double frame, red or blue serif '
    + 'pre-print with a red No., black sans values 11.5–12.5 pt slightly off the cells, seal over the date',
  exercises: ['values on a patterned background (guilloche lines under the text)', 'red serial No. and 监制 line naming the province',
    '住院日期 range (truth) or 就诊日期 before the issue (not truth)', 'date of issue as 2025 年 3 月 4 日 in pre-printed blanks (truth)',
    '身份证号 in a wide cell (truth)', '注 lines with numbers (30日, 1.2.3.)'],
  doc: (rng) => native(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...NATION_COUNTY, ...COUNTY12], compoundSurnames: 0.1 })), rng), rng, { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    const pink = rng.chance(0.5);
    s.g.fillStyle = pink ? '#fdf8f9' : '#f8fcf8';
    s.g.fillRect(0, 0, s.width, s.height);
    const [fx0, fy0, fx1, fy1] = [90, 90, s.width - 90, s.height - 110];
    guilloche(s, fx0 + 24, fy0 + 24, fx1 - 24, fy1 - 24, pink ? 'rgba(226, 150, 170, 0.38)' : 'rgba(120, 190, 150, 0.38)', rng);
    const ink = rng.pick(['#b3262e', '#1c3f94']);
    s.rect(fx0, fy0, fx1 - fx0, fy1 - fy0, 4, ink);
    s.rect(fx0 + 14, fy0 + 14, fx1 - fx0 - 28, fy1 - fy0 - 28, 1.5, ink);
    const x0 = fx0 + 60;
    const right = fx1 - 60;
    const w = right - x0;
    const pre = st('serif', 12, { color: ink });
    const preB = st('serifBold', 12, { color: ink });
    const pt = rng.pick([11.5, 12, 12.5]);
    const v = st(rng.pick(['sans', 'sansMedium'] as const), pt, { color: '#111' });
    const lh = px(pt) * 1.7;
    const dx = rng.range(-4, 6);
    const dy = rng.range(-5, 4);
    const p = doc.patient;
    const province = provinceOf(doc.hospital);

    s.put(s.width / 2, 218, `${province}医疗机构`, st('serifSemi', 14, { color: ink, align: 'center', spacing: 8 }));
    s.put(s.width / 2, 310, '疾病诊断证明书', st('serifBold', 24, { color: ink, align: 'center', spacing: 16 }));
    const serial = `No. ${rng.int(1, 9)}${String(rng.int(0, 9999999)).padStart(7, '0')}`;
    s.put(right, 390, serial, st('serifBold', 13, { color: '#c8161d', align: 'right' }));
    const nw = s.put(x0, 390, '医疗机构名称：', pre);
    s.put(x0 + nw + 12 + dx, 390 + dy, doc.hospital.name, v);

    // The pre-printed grid: labels in the paper's ink, values printed into the cells by the HIS.
    const rowH = px(pt) * 2.5;
    const cols = [w * 0.12, w * 0.2, w * 0.1, w * 0.1, w * 0.1, w * 0.12, w * 0.1, w * 0.16];
    const at = (i: number): number => x0 + cols.slice(0, i).reduce((a, c) => a + c, 0);
    let y = 430;
    const cell = (i: number, span: number, top: number, h: number, label: string | null, value: string): void => {
      const cw = cols.slice(i, i + span).reduce((a, c) => a + c, 0);
      s.rect(at(i), top, cw, h, 1.6, ink);
      const base = top + h / 2 + px(pt) * 0.36;
      if (label !== null) s.put(at(i) + cw / 2, base, label, { ...preB, align: 'center' });
      else if (value !== '') s.put(at(i) + 14 + dx, base + dy, value, v);
    };
    const line = (cells: readonly (readonly [number, number, string | null, string])[]): void => {
      cells.forEach(([i, span, l, val]) => cell(i, span, y, rowH, l, val));
      y += rowH;
    };
    const job = p.age >= 60 ? '退休' : rng.pick(['农民', '职员', '个体', '工人']);
    line([[0, 1, '姓 名', ''], [1, 1, null, p.name], [2, 1, '性别', ''], [3, 1, null, p.sex], [4, 1, '年龄', ''], [5, 1, null, `${p.age}岁`],
      [6, 1, '职业', ''], [7, 1, null, job]]);
    const stay = rng.chance(0.5);
    line([[0, 1, '身份证号', ''], [1, 4, null, p.idNumber], [5, 1, stay ? '住院号' : '门诊号', ''], [6, 2, null, doc.recordNo]]);
    line([[0, 1, '住 址', ''], [1, 7, null, homeAddress(doc, rng)]]);
    const span = `${formatDate(doc.dates.admission, 'dotPad')}—${formatDate(doc.dates.discharge, 'dotPad')}`;
    const seen = addDays(doc.dates.issue, -rng.int(1, 6));
    line([[0, 1, '科 别', ''], [1, 2, null, doc.department], [3, 1, stay ? '住院日期' : '就诊日期', ''],
      [4, 4, null, stay ? `${span}（共${doc.stayDays}天）` : formatDate(seen, 'cn')]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const body = (label: string, lines: readonly string[], min: number): void => {
      const h = Math.max(min, lines.length * lh + lh);
      cell(0, 1, y, h, null, '');
      s.rect(at(1), y, w - cols[0]!, h, 1.6, ink);
      [...label].forEach((ch, i) => s.put(at(0) + cols[0]! / 2, y + h / 2 + (i - (label.length - 1) / 2) * px(12) * 1.5 + px(12) * 0.36, ch,
        { ...preB, align: 'center' }));
      lines.forEach((t, i) => s.put(at(1) + 20 + dx, y + lh * 1.1 + i * lh + dy, t, v));
      y += h;
    };
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const keep = doc.dx.western.map((d) => d.text);
    body('诊断', listed(doc.dx.western, how).flatMap((t) => wrap(s, t, w - cols[0]! - 60, v, { keep })), lh * 6.5);
    s.diagnoses(doc.dx.western);
    const advice = `${stay ? `患者于${formatDate(doc.dates.admission, 'cnShort')}入院，` : ''}经治疗病情${rng.pick(['稳定', '好转'])}，`
      + `${needs(doc)}，定期复查，不适随诊。`;
    body('医嘱', wrap(s, advice, w - cols[0]! - 60, v), lh * 5.5);

    // Signatures and the date of issue in the pre-printed 年 月 日, the seal over them.
    y += lh * 1.3;
    const sw = s.put(x0, y, '医师签名：', pre);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.36, y, '科主任：', doc.doctors.director, pre, v);
    s.put(x0 + w * 0.66, y, '（医院诊断证明专用章）', st('serif', 10.5, { color: ink }));
    y += lh * 2;
    const [yy, mm, dd] = parts(doc.dates.issue);
    const dateText = `${yy} 年 ${mm} 月 ${dd} 日`;
    s.put(right - 40 + dx, y + dy, dateText, { ...v, align: 'right' });
    seal(s, right - 200, y - 50, 115, doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 10, { color: ink });
    ['注：1.本证明书涂改、复印无效，未加盖医疗机构诊断证明专用章无效。', '2.本证明书自开具之日起30日内有效，仅作病情证明。']
      .forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('注：', note)), Math.max(y + lh * 1.6, fy1 - 170) + i * px(10) * 1.7, t, note));
    s.put(s.width / 2, fy1 - 40, `${province}卫生健康委员会监制`, st('serif', 10, { color: ink, align: 'center', spacing: 4 }));
  },
};
