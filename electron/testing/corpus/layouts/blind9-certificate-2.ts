import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { onLine } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { CENTRE9, local9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'HEMOPHILIA'];
const COPIES = [['第一联', '患者留存'], ['第二联', '医院存档']] as const;

/**
 * 诊断证明书 of a county hospital in Jiangxi, Hubei, Anhui or Hunan printed by the HIS twice on one A4 sheet — 第一联 患者留存
 * above, 第二联 医院存档 below, a dashed 沿此线剪开 line between — and handed in uncut: the same red No., the patient on
 * underlined lines (姓名, 身份证号: truth), on about half the pages a sentence with the stay (入院 / 出院: truth), the diagnoses
 * run on after 诊断： (counted; printed twice), advice with a span of rest after the issue (dates that are not truth), the
 * doctor signing each copy by hand, and the date of issue (truth) — the hospital's seal on the patient's copy only. Serif or
 * sans 11.5–12 pt.
 */
export const blind9Certificate2: Layout = {
  id: 'blind9-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Central-China county hospital 诊断证明书 printed twice on one A4 (第一联 患者留存 / 第二联 医院存档) with a dashed cut line, '
    + 'underlined fill-in lines, run-on diagnoses, seal on the upper copy only, serif or sans 11.5–12 pt',
  exercises: ['every fact printed twice (the same certificate in two copies)', 'the stay in a sentence on half the pages (truth)',
    'rest span after the issue (not truth)', 'date of issue by each copy\'s signature, seal on one copy (truth)'],
  doc: (rng) => local9(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: CENTRE9,
    compoundSurnames: 0.05, yearEnd: 0.06 })), rng), rng, { outside: 0.2, near: 0.1, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11.5, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const red = `rgb(${rng.int(190, 215)}, ${rng.int(25, 45)}, ${rng.int(35, 55)})`;
    const no = String(rng.int(100000, 999999)).padStart(7, '0');
    const stay = rng.chance(0.5);
    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items = listed(doc.dx.western, how);
    const leave = sickLeave(rng, doc.dates.issue, ds).text;
    const sentence = `该患者于${formatDate(doc.dates.admission, ds)}入院，于${formatDate(doc.dates.discharge, ds)}出院，共住院${doc.stayDays}天。`;
    const advice = `${rng.pick(['继续规律服药，定期门诊复查', '低盐低脂饮食，长期规律用药', '门诊随诊，不适时及时就诊'])}；${leave}。`;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);

    const copy = (y0: number, k: number): void => {
      const [part, use] = COPIES[k] ?? COPIES[0];
      s.put(s.width / 2, y0 + 70, doc.hospital.name, st(bold, 17, { align: 'center', spacing: 3 }));
      s.put(s.width / 2, y0 + 145, '诊 断 证 明 书', st(bold, 16, { align: 'center', spacing: 6 }));
      s.put(right, y0 + 145, `${part}  ${use}`, st(f.face, 10, { align: 'right', color: '#333' }));
      s.put(x0, y0 + 145, `No.${no}`, st('serifBold', 12, { color: red }));
      let y = y0 + 240;
      let cx = onLine(s, x0, y, '姓名：', p.name, 230, b, f) + 30;
      cx = onLine(s, cx, y, '性别：', p.sex, 100, b, f) + 30;
      cx = onLine(s, cx, y, '年龄：', `${p.age}岁`, 130, b, f) + 30;
      onLine(s, cx, y, '科别：', doc.department, Math.max(120, right - cx - s.measure('科别：', b)), b, f);
      y += lh * 1.35;
      cx = onLine(s, x0, y, '身份证号：', p.idNumber, 470, b, f) + 30;
      onLine(s, cx, y, stay ? '住院号：' : '门诊号：', doc.recordNo, Math.max(200, right - cx - s.measure('住院号：', b)), b, f);
      y += lh * 1.5;
      if (stay) y = para(s, x0, y, w, sentence, f, lh, { indent: px(pt) * 2 }) + lh * 0.2;
      const dw = s.put(x0, y, '诊断：', b);
      y = para(s, x0, y, w, items.join('  '), f, lh, { indent: dw, keep: items }) + lh * 0.2;
      const aw = s.put(x0, y, '建议：', b);
      y = para(s, x0, y, w, advice, f, lh, { indent: aw }) + lh * 0.8;
      const sy = Math.max(y, y0 + 830);
      const mw = s.put(x0 + w * 0.5, sy, '医师：', f);
      handwritten(s, x0 + w * 0.5 + mw + 8, sy, doc.doctors.attending, pt * 1.2, rng);
      const iw = s.put(x0 + w * 0.5, sy + lh * 1.3, `日期：${issued}`, f);
      if (k === 0) seal(s, x0 + w * 0.5 + iw * 0.65, sy + lh * 0.5, rng.range(105, 118), doc.hospital.name, '诊断证明专用章', rng);
      s.put(x0, sy + lh * 1.3, '（本证明须加盖医院公章方有效）', st(f.face, 9.5, { color: '#444' }));
    };
    copy(70, 0);
    const cut = 1165;
    const dash = (a: number, z: number): void => {
      for (let x = a; x < z; x += 28) s.line(x, cut, Math.min(x + 16, z), cut, 1.6, '#777');
    };
    dash(70, s.width / 2 - 110);
    dash(s.width / 2 + 110, s.width - 70);
    s.put(s.width / 2, cut + 12, '沿此线剪开', st('sans', 10, { align: 'center', color: '#666' }));
    copy(1190, 1);
  },
};
