import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed } from './kit';
import { sheetOnGlass } from './tune26-kit';
import { village } from './tune29-kit';
import { settled } from './tune6-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE'];

/**
 * A township 卫生院's 门诊记录 half-page slip (A5 landscape, torn from the 门诊日志 pad) laid on the A4 glass: the 卫生院's name and
 * 门诊记录 over 门诊号 and 就诊日期 (truth, typed on the line), fill-in lines for 姓名, 性别, 年龄, 身份证号 (truth), 住址 a
 * village; 主诉, 现病史 naming the last visit's date (decoy), 查体 with the blood pressure, 诊断 numbered on one line (truth,
 * counted), 处理 with the drugs, the doctor's handwritten name and a 复诊 date a week to a month on (decoy).
 * The lower half of the glass is empty.
 */
export const tune29OutpatientTownshipSlip: Layout = {
  id: 'tune29-outpatient-township-slip',
  kind: 'outpatient',
  split: 'tune',
  style: 'Shandong township 卫生院 门诊记录 half-page slip on the A4 glass: fill-in lines typed in sans, serif labels 11–12 pt, '
    + 'diagnoses inline, handwritten doctor, 复诊 date',
  exercises: ['half-page slip on an otherwise empty A4 scan', '就诊日期 typed on a fill-in line (truth)',
    '上次就诊 date in the history and 复诊 date at the foot (decoys)', '身份证号 on a fill-in line (truth)',
    '诊断 numbered on one line (truth, counted)'],
  doc: (rng) => settled(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: TOWNSHIP, compoundSurnames: 0.04 })),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const [gx, gy, gw, gh] = [90, 90, s.width - 180, 1120];
    sheetOnGlass(s, gx, gy, gw, gh);
    const x0 = gx + 70;
    const right = gx + gw - 70;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const lab: Style = st('serif', pt);
    const val: Style = st('sans', pt);
    const lh = px(pt) * 2.05;
    const p = doc.patient;

    s.put(s.width / 2, gy + 95, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, gy + 170, '门 诊 记 录', st('serifBold', 17, { align: 'center', spacing: 8 }));
    const ds: DateStyle = rng.pick(['dotPad', 'iso', 'cn'] as const);
    let y = gy + 250;
    fillIn(s, x0, y, '门诊号：', doc.recordNo.slice(4), 300, lab, val);
    fillIn(s, x0 + w * 0.55, y, '就诊日期：', formatDate(doc.dates.visit, ds), w * 0.45 - s.measure('就诊日期：', lab), lab, val);
    y += lh;
    fillIn(s, x0, y, '姓名：', p.name, 240, lab, val);
    fillIn(s, x0 + w * 0.32, y, '性别：', p.sex, 90, lab, val);
    fillIn(s, x0 + w * 0.47, y, '年龄：', `${p.age}岁`, 130, lab, val);
    fillIn(s, x0 + w * 0.66, y, '职业：', rng.pick(['农民', '农民', '退休', '个体']), w * 0.34 - s.measure('职业：', lab), lab, val);
    y += lh;
    fillIn(s, x0, y, '身份证号：', p.idNumber, 560, lab, val);
    s.note({ idNumber: p.idNumber });
    fillIn(s, x0 + w * 0.55, y, '住址：', village(doc, rng), w * 0.45 - s.measure('住址：', lab), lab, val);
    s.note({ name: p.name, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.4);
    y += lh;

    const last = formatDate(addDays(doc.dates.visit, -rng.int(20, 70)), ds);
    const sbp = rng.int(128, 176);
    const rows: [string, string][] = [
      ['主诉：', `${doc.complaint}。`],
      ['现病史：', `${last}在本院就诊，予${doc.medicines[0] ?? '口服药'}治疗，今来复诊取药。`],
      ['查体：', `T ${(rng.int(362, 372) / 10).toFixed(1)}℃，BP ${sbp}/${rng.int(72, 98)}mmHg，心肺听诊未闻及明显异常。`],
    ];
    for (const [l, t] of rows) {
      const lw = s.put(x0, y, l, st('serifBold', pt), false);
      const lines = s.para(x0 + lw, y, w - lw, t, val, lh) - y;
      s.record(x0, y, l, x0 + lw - 4);
      y += lines;
    }
    const dx = listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).join('  ');
    const dl = s.put(x0, y, '诊断：', st('serifBold', pt), false);
    s.record(x0, y, '诊断：', x0 + dl - 4);
    y = s.para(x0 + dl, y, w - dl, dx, val, lh);
    s.diagnoses(doc.dx.western);
    const tl = s.put(x0, y, '处理：', st('serifBold', pt), false);
    s.record(x0, y, '处理：', x0 + tl - 4);
    y = s.para(x0 + tl, y, w - tl, `${doc.medicines.slice(0, 3).join('；')}。`, val, lh);

    const foot = Math.max(y + lh * 0.4, gy + gh - 80);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([7, 14, 30])), ds);
    s.put(x0, foot, `复诊日期：${next}`, lab);
    const mw = s.put(x0 + w * 0.6, foot, '医师签名：', lab);
    handwritten(s, x0 + w * 0.6 + mw + 12, foot, doc.doctors.attending, pt * 1.3, rng);
    s.g.save();
    s.g.setLineDash([14, 10]);
    s.line(gx + 30, gy + gh - 30, gx + gw - 30, gy + gh - 30, 1.2, '#9a9a9a');
    s.g.restore();
  },
};
