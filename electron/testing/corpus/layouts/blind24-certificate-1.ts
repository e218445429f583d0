import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal, signature } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { local24, TCM24, WEST24 } from './blind24-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];

/**
 * 疾病诊断证明书 of a county hospital in the northwest, north or Hainan, typed into a fully bordered form: label cells at the
 * left in serif, 姓名 / 性别 / 年龄 (truth), 身份证号 (truth), 首诊日期 (an earlier day, not truth), 住院日期 自…至… (truth
 * when the patient stayed; 门诊 otherwise), a tall 诊断 cell (truth), a 医疗建议 cell with a rest span (not truth), 医师 and
 * 科主任 signatures in the last row; 开具日期 (truth) under the table at the right with the 医务科 seal over it.
 */
export const blind24Certificate1: Layout = {
  id: 'blind24-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'northwest / north / Hainan county 疾病诊断证明书 as a bordered form: serif labels, stay row, tall 诊断 cell, date under the table',
  exercises: ['住院日期 自…至… row or 门诊 (stay truth when printed)', '首诊日期 row (not truth)', '医疗建议 rest span dates (not truth)',
    '开具日期 under the table, seal over it (truth)', 'signatures inside the last table row'],
  doc: (rng) => local24(issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...WEST24, ...WEST24, ...TCM24],
    compoundSurnames: 0.1 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = rng.pick([130, 145, 160]);
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const serif = rng.chance(0.6);
    const lab = st('serifSemi', rng.pick([12.5, 13]));
    const val = st(serif ? 'serif' : 'sans', rng.pick([12.5, 13, 13.5]));
    const lh = px(val.pt) * 1.7;

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', rng.pick([20, 22]), { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 300, rng.pick(['疾病诊断证明书', '诊 断 证 明 书', '医 学 诊 断 证 明']), st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.put(right, 380, `编号：${doc.recordNo.slice(4)}`, st('sans', 10.5, { align: 'right' }));

    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'dotPad'] as const);
    const lw = 230;
    const half = (w - 2 * lw) / 2;
    const rowH = Math.round(px(val.pt) * 2.6);
    const stay = rng.chance(0.55);
    let y = s.grid(x0, 410, rowH, [
      [{ text: '姓  名', w: lw, label: true }, { text: p.name, w: half }, { text: '性别/年龄', w: lw, label: true },
        { text: `${p.sex} / ${p.age}岁`, w: half }],
      [{ text: '身份证号', w: lw, label: true }, { text: p.idNumber, w: half + lw + half }],
      [{ text: '科  室', w: lw, label: true }, { text: doc.department, w: half }, { text: stay ? '住院号' : '门诊号', w: lw, label: true },
        { text: doc.recordNo, w: half }],
      [{ text: '首诊日期', w: lw, label: true }, { text: formatDate(doc.dates.firstVisit, ds), w: half + lw + half }],
      [{ text: '住院日期', w: lw, label: true }, { text: stay
        ? `自${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}，共${doc.stayDays}天`
        : rng.pick(['无（门诊患者）', '—']), w: half + lw + half }],
    ], val, { label: lab, shade: rng.chance(0.5) ? '#eeeeee' : undefined });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    // The tall cells: 诊断 and 医疗建议, text from the top.
    const tall = (label: string, lines: readonly string[], h: number): void => {
      s.rect(x0, y, lw, h, 2);
      s.rect(x0 + lw, y, w - lw, h, 2);
      s.put(x0 + lw / 2, y + h / 2 + px(lab.pt) * 0.36, label, { ...lab, align: 'center' });
      let ty = y + lh;
      lines.forEach((t) => { ty = s.para(x0 + lw + 16, ty, w - lw - 32, t, val, lh); });
      y += h;
    };
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.diagnoses(doc.dx.western);
    tall('诊  断', listed(doc.dx.western, how), Math.max(lh * (doc.dx.western.length + 1.2), rowH * 2));
    const rest = rng.chance(0.6) ? sickLeave(rng, doc.dates.issue, ds).text : '建议门诊规律随访治疗';
    tall('医疗建议', [`${rest}，${rng.pick(['避免劳累', '按时服药', '定期复查'])}。`], rowH * 1.8);

    // The signature row.
    s.rect(x0, y, w, rowH * 1.4, 2);
    const sy = y + rowH * 0.9;
    const a = s.put(x0 + 20, sy, '经治医师：', lab);
    handwritten(s, x0 + 20 + a + 8, sy, doc.doctors.attending, val.pt * 1.2, rng);
    const b = s.put(x0 + w * 0.52, sy, '科主任：', lab);
    signature(s, x0 + w * 0.52 + b + 12, sy - 6, 160, rng);
    y += rowH * 1.4;

    const dy = y + lh * 2.2;
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const label = rng.pick(['开具日期：', '日期：', '']);
    const dw = s.measure(label + date, val);
    s.put(right - 20 - dw, dy - lh * 1.3, '（医院盖章）', st('serif', 11, { color: '#444' }));
    s.put(right - 20 - dw, dy, label + date, val);
    seal(s, right - 20 - dw / 2 + rng.range(-30, 30), dy - lh * 0.6, rng.range(115, 135), doc.hospital.name, '医务科', rng);

    const small = st('serif', 9.5, { color: '#444' });
    ['注：1.本证明书须加盖医院公章或医务科章方有效，涂改无效；', '2.本证明仅作病情证明，不作为伤残鉴定依据。']
      .forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('注：', small)), s.height - 200 + i * px(9.5) * 1.7, t, small));
  },
};
