import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, idBoxes } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, followUp, kin } from './tune10-kit';
import { local11, PLACES11, people11, relative11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'HEMOPHILIA', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'SEVERE_MENTAL_DISORDER'];

/**
 * 门诊病历（复诊） of a county hospital in Guizhou, Yunnan, Hubei, Jiangxi, Qinghai, Xinjiang …: a framed page; centred
 * name and title between rules; a boxed header whose 身份证号 is printed one digit per box (truth), with 民族 and a 联系人
 * (a relative's name and phone — decoy); 初诊日期 and 上次就诊 (decoys) beside 本次就诊 (truth); bold run-in section labels;
 * an earlier diagnosis elsewhere in the history; 诊断 (counted); 复诊 day (decoy); the signature's date repeats the visit.
 */
export const blind11Outpatient2: Layout = {
  id: 'blind11-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Guizhou / Yunnan / Hubei / Qinghai county 门诊病历（复诊）: framed page, boxed header with the ID one digit per box, '
    + '初诊 / 上次 / 本次就诊 dates, run-in bold labels, serif or sans 11–12 pt',
  exercises: ['身份证号 in 18 boxes (truth)', '联系人 with relation and phone (decoy name)', '初诊日期 / 上次就诊 (decoys) beside 本次就诊 (truth)',
    'an earlier diagnosis at another hospital in the history (a mention)', '诊断 (counted)', '复诊 day and signature date (decoys)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)), rng, { outside: 0.3, near: 0.2 }),
  draw(s, doc, rng) {
    const x0 = 130;
    const x1 = s.width - 130;
    const w = x1 - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    s.rect(90, 80, s.width - 180, s.height - 160, 2.4);
    s.rect(100, 90, s.width - 200, s.height - 180, 0.8);

    s.put(s.width / 2, 175, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 5 }));
    s.line(x0 + 200, 205, x1 - 200, 205, 1.2);
    s.put(s.width / 2, 262, rng.pick(['门诊病历（复诊）', '门 诊 病 历']), st(b.face, 15, { align: 'center', spacing: 4 }));

    const rowH = px(pt) * 2.3;
    let y = 310;
    const box = (cells: readonly [string, string, number][]): void => {
      let cx = x0;
      for (const [label, value, cw] of cells) {
        s.rect(cx, y, cw, rowH, 1.2);
        if (label || value) s.pair(cx + 12, y + rowH * 0.66, label, value, b, f);
        cx += cw;
      }
      y += rowH;
    };
    const q = w / 4;
    box([['姓名：', p.name, q * 0.95], ['性别：', p.sex, q * 0.6], ['年龄：', `${p.age}岁`, q * 0.7], ['民族：', people11(doc, rng), q * 0.8],
      ['门诊号：', doc.recordNo.slice(-8), q * 0.95]]);
    s.rect(x0, y, w, rowH, 1.2);
    const lw = s.put(x0 + 12, y + rowH * 0.66, '身份证号：', b, false);
    s.record(x0 + 12, y + rowH * 0.66, '身份证号：', x0 + 12 + lw);
    idBoxes(s, x0 + 30 + lw, y + rowH * 0.68, p.idNumber, px(pt) * 1.25, f);
    y += rowH;
    const rel = relative11(doc, rng);
    box([['联系人：', `${rel.name}`, q], ['关系：', rel.relation, q * 0.7], ['电话：', rel.phone, q * 1.3], ['科别：', doc.department, q]]);
    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    const last = addDays(doc.dates.visit, -rng.int(14, 62));
    box([['初诊日期：', formatDate(doc.dates.firstVisit, ds), q * 1.25], ['上次就诊：', formatDate(last, ds), q * 1.25],
      ['本次就诊：', formatDate(doc.dates.visit, ds), q * 1.5]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.2;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw0 = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: lw0 }) + lh * 0.3;
    };
    const other = rng.pick(['州人民医院', '省人民医院', '市中心医院']);
    run('主诉：', `${followUp(doc)}，今来复诊。`);
    run('现病史：', `患者${formatDate(doc.dates.firstVisit, 'cnShort')}于${other}就诊，诊断为“${doc.dx.western[0]?.text ?? ''}”，`
      + '规律服药，近期病情平稳。', [formatDate(doc.dates.firstVisit, 'cnShort')]);
    run('既往史：', `${pastHistory(doc, rng)}。家族史：${kin(rng)}。`);
    run('体格检查：', `T ${36 + rng.int(2, 7) / 10}℃，BP ${rng.int(118, 178)}/${rng.int(68, 104)}mmHg，神志清，双肺呼吸音清，心律齐，`
      + '双下肢无水肿。');
    const lab = doc.labs[1]?.rows.slice(0, 2).map((r) => `${r.name}${r.value}${r.unit}`).join('，');
    run('辅助检查：', `${formatDate(last, 'cnShort')}${doc.labs[1]?.title ?? ''}：${lab ?? '未见异常'}。`, [formatDate(last, 'cnShort')]);
    s.put(x0, y, '诊断：', b);
    s.diagnoses(doc.dx.western);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => s.put(x0 + px(pt) * 3.2, y + i * lh, t, f));
    y += doc.dx.western.length * lh + lh * 0.3;
    run('处理：', `${doc.medicines.slice(0, 3).join('；')}。`);
    const next = addDays(doc.dates.visit, rng.pick([14, 30, 60]));
    run('医嘱：', `低盐低脂饮食，监测血压、血糖，${formatDate(next, 'cnShort')}复诊。`, [formatDate(next, 'cnShort')]);

    y = Math.max(y + lh, 1900);
    const sw = s.put(x1 - 560, y, '医师签名：', f);
    handwritten(s, x1 - 560 + sw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    s.put(x1, y + lh * 1.4, formatDate(doc.dates.visit, rng.pick(['cnShort', 'iso'] as const)), { ...f, align: 'right' });
  },
};
