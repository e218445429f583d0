import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, type Mark } from './kit';
import { para, ruling, settled, suited } from './tune6-kit';
import { restSpan } from './tune10-kit';
import { ALL19, local19 } from './blind19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 疾病诊断证明书 of a far-province county hospital on a pre-printed form: a red serial number, the title letter-spaced,
 * underlined fill-ins typed in another face (姓名, 身份证号 — truth), a ruled box where 诊断 is typed
 * one per line (counted), 处理意见 prose stating the stay (入院 … 出院, truth) or an outpatient visit without a day, a rest
 * span and a 复查 day (decoy), the doctor's hand, the seal over the issue date (truth, in figures or Chinese numerals), and
 * printed 注意事项 with a validity period.
 */
export const blind19Certificate1: Layout = {
  id: 'blind19-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'far-province county 疾病诊断证明书: pre-printed fill-in lines, red serial, ruled diagnosis box, seal over the date, serif 11–14 pt',
  exercises: ['姓名 / 身份证号 typed on underlines', '诊断 in a ruled box (counted)',
    '住院 stay stated in 处理意见 or an outpatient visit without a day', '复查 day and rest span (not truth)',
    'issue date under the seal in figures or Chinese numerals (truth)', '注意事项 with 30日 validity'],
  doc: (rng) => local19(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: ALL19, compoundSurnames: 0.1 }))), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const pt = rng.pick([12, 13, 14]);
    const lab = st('serif', pt);
    const val = st(rng.pick(['sans', 'serifMedium'] as const), pt);
    const lh = px(pt) * 2.2;
    const p = doc.patient;
    const stay = rng.chance(0.55);

    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 265, '疾 病 诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 6 }));
    s.put(x0 + w, 330, `No.${String(rng.int(1, 99999)).padStart(7, '0')}`, st('serifBold', 13, { align: 'right', color: '#b3261e' }));
    s.put(x0, 330, `${stay ? '住院号' : '门诊号'}：${doc.recordNo}`, st('serif', 10.5));

    let y = 430;
    let x = fillIn(s, x0, y, '姓名', p.name, 300, lab, val);
    x = fillIn(s, x + 40, y, '性别', p.sex, 140, lab, val);
    x = fillIn(s, x + 40, y, '年龄', `${p.age}岁`, 170, lab, val);
    fillIn(s, x + 40, y, '科别', doc.department, x0 + w - x - 40 - s.measure('科别', lab), lab, val);
    y += lh;
    fillIn(s, x0, y, '身份证号码', p.idNumber, 700, lab, val);
    y += lh;
    const county = doc.hospital.name.replace(/(人民医院|中医医院|中医院|第二医院|医院)$/u, '');
    fillIn(s, x0, y, '住址', `${county}${rng.pick(['城关镇', '新街村', '东风社区'])}${rng.int(1, 90)}号`,
      w - s.measure('住址', lab), lab, val);
    y += lh * 1.1;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    s.put(x0, y, '诊断：', st('serifBold', pt));
    const boxTop = y + lh * 0.4;
    const dx = doc.dx.western;
    const boxH = Math.max(4, dx.length + 1) * lh * 0.8;
    s.rect(x0, boxTop, w, boxH, 1.6);
    ruling(s, x0 + 20, x0 + w - 20, boxTop + lh * 0.8, boxTop + boxH - 4, lh * 0.8, '#bbb');
    s.diagnoses(dx);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    listed(dx, how).forEach((t, i) => s.put(x0 + 30, boxTop + lh * 0.8 * (i + 1) - 12, t, val));
    y = boxTop + boxH + lh;

    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const recheck = addDays(doc.dates.issue, rng.pick([14, 30, 60]));
    const course = stay
      ? `该患者于${cn(doc.dates.admission)}入院，${cn(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`
      : '该患者在我院门诊诊治，病情稳定，需长期规律服药。';
    s.put(x0, y, '处理意见：', st('serifBold', pt));
    y = para(s, x0, y + lh * 0.8, w, `${course}建议休息${restSpan(rng)}，长期服药治疗，${cn(recheck)}来院复查。`, val, lh * 0.8,
      { indent: px(pt) * 2, keep: [cn(doc.dates.admission), cn(doc.dates.discharge), cn(recheck)] });

    y = Math.max(y + lh, 1620);
    s.put(x0, y, '医师签名：', lab);
    handwritten(s, x0 + s.measure('医师签名：', lab) + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + 640, y, '科主任：', lab);
    handwritten(s, x0 + 640 + s.measure('科主任：', lab) + 10, y, doc.doctors.director, pt * 1.3, rng);
    const issue = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cnNumeral', 'cn'] as const));
    s.put(x0 + w, y + lh * 1.6, issue, { ...val, align: 'right' });
    s.put(x0 + w - 60, y + lh * 0.7, '（医院盖章）', { ...lab, align: 'right', color: '#444' });
    seal(s, x0 + w - 200, y + lh * 0.9, 125, doc.hospital.name, '诊断证明专用章', rng);

    const ny = 1980;
    s.line(x0, ny - lh * 0.6, x0 + w, ny - lh * 0.6, 1.2, '#666');
    const note = st('serif', 9.5, { color: '#333' });
    s.put(x0, ny, '注意事项：1.本证明书须加盖医院诊断证明专用章方有效，涂改无效。', note);
    s.put(x0, ny + px(9.5) * 1.7, '2.本证明书仅作病情证明，自开具之日起30日内有效。', note);
  },
};
