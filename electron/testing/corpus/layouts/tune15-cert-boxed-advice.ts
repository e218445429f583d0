import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { needs } from './tune2-kit';
import { sickLeave } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL15, homeIn, local15, nationOf } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER',
  'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'LEUKEMIA'];

/**
 * 诊断证明书 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county hospital: a red serial No., the patient block alone
 * in a bordered box with no inner rules (姓名, 民族, 身份证号 — truth — 住址 with a village or 嘎查, 门诊 / 住院 ticks), then
 * under the box a sentence of the stay on half the pages (患者于2025年3月4日至2025年3月16日在我院住院治疗: truth), 诊断 numbered
 * (counted), and 建议 below it with a rest period whose dates are not the issue; the handwritten physician, the hospital
 * line and the date of issue (truth) at the bottom right under the seal.
 */
export const tune15CertBoxedAdvice: Layout = {
  id: 'tune15-cert-boxed-advice',
  kind: 'certificate',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county hospital 诊断证明书: red No., the patient block in a bordered box '
    + 'without inner rules, 诊断 and 建议 below it, hospital line and date under the seal at the bottom right, serif or sans 12–13 pt',
  exercises: ['姓名 / 性别 / 年龄 / 民族 (回族, 蒙古族), 身份证号 (truth), 住址 in a single bordered box, ☑门诊 □住院',
    'the stay as a sentence under the box on half the pages (truth) or none (outpatient)',
    '诊断 numbered (counted)', '建议 with a rest period 全休14天（2025年3月5日至2025年3月18日）(not truth)',
    'date of issue 2025年03月04日 / 2025年3月4日 / 2025.03.04 under the hospital line at the bottom right (truth), seal over it'],
  doc: (rng) => local15(issuedSoon(settled(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: GENERAL15,
    compoundSurnames: 0.05 })), rng, { outside: 0.2, near: 0.1 })), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.85;
    const p = doc.patient;
    const red = rng.pick(['#c0262d', '#b52a30']);

    s.put(s.width / 2, 170, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 21, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 265, '诊 断 证 明 书', st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 8 }));
    const serial = String(doc.times.print * 7 + doc.patient.age).padStart(7, '0');
    s.put(right, 335, `No.${serial}`, st('sansMedium', 11, { align: 'right', color: red }));

    // The patient block: one bordered box, lines of label–value pairs at fixed stops, no inner rules.
    const inStay = rng.chance(0.5);
    const top = 365;
    let y = top + lh * 1.05;
    const at = (k: number): number => x0 + 30 + (w - 60) * k;
    [['姓名：', p.name, 0], ['性别：', p.sex, 0.3], ['年龄：', `${p.age}岁`, 0.48], ['民族：', nationOf(doc, rng), 0.7]]
      .forEach(([l, v, k]) => s.pair(at(Number(k)), y, String(l), String(v), b, f));
    y += lh;
    s.pair(at(0), y, '身份证号：', p.idNumber, b, f);
    s.pair(at(0.7), y, '科别：', doc.department, b, f);
    y += lh;
    s.pair(at(0), y, '住址：', homeIn(doc, rng), b, f);
    y += lh;
    s.pair(at(0), y, inStay ? '住院号：' : '门诊号：', doc.recordNo, b, f);
    s.pair(at(0.48), y, '就诊类别：', inStay ? '□门诊  ☑住院' : '☑门诊  □住院', b, f);
    const bottom = y + lh * 0.6;
    s.rect(x0, top, w, bottom - top, 2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y = bottom + lh * 1.4;
    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    if (inStay) {
      const [a, d] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
      y = para(s, x0, y, w, `患者于${a}至${d}在我院${doc.department}住院治疗，共${doc.stayDays}天。`, f, lh, { keep: [a, d] }) + lh * 0.4;
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    }
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.5);
    s.put(x0, y, '建议：', b);
    const rest = sickLeave(rng, inStay ? doc.dates.discharge : doc.dates.issue, ds);
    y = para(s, x0, y + lh, w, `${needs(doc)}，${rest.text}，定期门诊复查，不适随诊。`, f, lh, { indent: px(pt) * 2 });

    const by = Math.max(y + lh * 3, 1550);
    const sw = s.put(x0, by, '医师签名：', f);
    handwritten(s, x0 + sw + 10, by, doc.doctors.attending, pt * 1.25, rng);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'dotPad'] as const));
    s.put(right - 40, by, doc.hospital.name, { ...f, align: 'right' });
    s.put(right - 40, by + lh * 1.3, issued, { ...f, align: 'right' });
    seal(s, right - 40 - s.measure(doc.hospital.name, f) / 2 + rng.range(-30, 30), by - rng.range(0, 40), rng.range(120, 135),
      doc.hospital.name, '诊断证明专用章', rng);
    const small = st(f.face, 9.5, { color: '#444' });
    s.put(x0, 2150, '注：本证明书仅证明病情，涂改无效；未加盖诊断证明专用章无效。', small);
  },
};
