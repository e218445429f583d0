import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { nameStamp, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { addressLine } from './kit';
import { issuedSoon } from './tune4-kit';
import { para, settled } from './tune6-kit';
import { proseDx, village } from './tune29-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'TRANSPLANT_ANTI_REJECTION'];

/**
 * 诊断证明书 of a Shandong county or city district hospital typed as a letter in serif 13.5–14.5 pt: the hospital's name and a
 * spaced title, a 门诊号 / 科别 line, then prose — 兹有患者 (name, sex, age, 身份证号 — truth; 住址 a village), its first visit here
 * years ago (a decoy date), an examination date with its findings (decoy), 经检查，患者患有甲、乙及丙 (the diagnoses run together
 * in the sentence: truth, counted), the history it denies, advice; 特此证明. At the foot, right-aligned, the doctor's red name
 * stamp, the hospital's name and the date of issue in Chinese numerals (二〇二五年三月四日 / 二○二五年…: truth) with the round
 * 诊断证明专用章 over both; under a rule the 打印日期 (decoy) and a validity note.
 */
export const tune29CertProseNumeral: Layout = {
  id: 'tune29-cert-prose-numeral',
  kind: 'certificate',
  split: 'tune',
  style: 'Shandong county / district hospital 诊断证明书 typed as a letter, serif 13.5–14.5 pt: 经检查，患者患有… in prose, issue date in '
    + 'Chinese numerals under the round seal, red doctor name stamp, 打印日期 footer',
  exercises: ['diagnoses only in a sentence (甲、乙及丙; truth, counted)', 'issue date in Chinese numerals, 〇 or ○ (truth)',
    'first-visit and examination dates in the prose (decoys)', '打印日期 after the issue (decoy)', '否认… history (not diagnoses)',
    '身份证号 inside the sentence (truth)'],
  doc: (rng) => issuedSoon(settled(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE],
    compoundSurnames: 0.1 })), rng),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const x0 = 170;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([13.5, 14, 14.5]);
    const f: Style = st('serif', pt);
    const lh = px(pt) * 2;
    const p = doc.patient;

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 300, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 10 }));
    const small: Style = st('serif', 11);
    s.put(x0, 400, `门诊号：${doc.recordNo}`, small);
    s.put(s.width / 2, 400, `科别：${doc.department}`, { ...small, align: 'center' });
    s.put(right, 400, `编号：（${doc.dates.issue.slice(0, 4)}）第${rng.int(100, 4999)}号`, { ...small, align: 'right' });
    s.line(x0, 425, right, 425, 2.5);
    s.line(x0, 433, right, 433, 1);

    const first = formatDate(doc.dates.firstVisit, 'cnShort');
    const exam = formatDate(addDays(doc.dates.issue, -rng.int(1, 20)), 'cnShort');
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.name}${r.value}${r.unit}`).join('，') ?? '';
    const text = [
      `兹有患者${p.name}，${p.sex}，${p.age}岁，身份证号：${p.idNumber}，住址：${village(doc, rng)}。`,
      `该患者于${first}首次来我院就诊，此后在我院门诊定期复查、规律治疗。${exam}复查：${lab}。`,
      `经检查，患者患有${proseDx(doc.dx.western)}。${doc.history.negated}。`,
      `建议：${rng.pick(['长期规律服药，', '低盐低脂饮食，坚持门诊治疗，'])}${rng.pick(['每月', '每三个月', '每半年'])}门诊复查一次，不适随诊。`,
    ];
    let y = 540;
    for (const t of text) y = para(s, x0, y, w, t, f, lh, { indent: px(pt) * 2, keep: [p.idNumber, first, exam] }) + lh * 0.25;
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    s.diagnoses(doc.dx.western);

    y += lh * 2.2;
    const dw = s.put(right - 560, y, '医师：', f);
    nameStamp(s, right - 560 + dw + 110, y - px(pt) * 0.35, doc.doctors.attending, rng);
    y += lh * 1.8;
    s.put(right - 40, y, doc.hospital.name, { ...f, align: 'right' });
    const date = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO'] as const));
    s.put(right - 40, y + lh * 1.1, date, { ...f, align: 'right' });
    seal(s, right - 40 - s.measure(doc.hospital.name, f) / 2, y + lh * 0.45, rng.range(120, 140), doc.hospital.name, '诊断证明专用章', rng);

    const foot: Style = st('sans', 9.5, { color: '#333' });
    const fy = 2160;
    s.line(x0, fy - 40, right, fy - 40, 1.2);
    s.put(x0, fy, '注：本证明仅供医疗保险待遇申请使用，自开具之日起三个月内有效，涂改、复印无效。', foot);
    s.put(x0, fy + px(9.5) * 1.7, `打印日期：${formatDate(addDays(doc.dates.issue, rng.int(0, 10)), 'iso')}`, foot);
    s.put(x0, fy + px(9.5) * 3.4, addressLine(doc), foot);
  },
};
