import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { nameStamp } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, pastHistory, type Mark } from './kit';
import { followUp } from './tune10-kit';
import { mono } from './tune14-kit';
import { local24, region24, TCM24, WEST24 } from './blind24-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历（复诊）of a county hospital in the northwest, north or Hainan, printed by a thin HIS: a sans letterhead with the
 * 医保 line, the patient strip typed at a fixed pitch with the ID masked (so no ID is truth), 就诊时间 (truth) on its own line
 * beside 上次就诊 (not truth), the record in a left column (主诉 … 诊断, truth) and a ruled right column read on its own
 * (处理 and 预约复诊, a later date, not truth); lab values quoted from an earlier day (not truth), the doctor's red name stamp.
 */
export const blind24Outpatient1: Layout = {
  id: 'blind24-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'northwest / north / Hainan county HIS 门诊病历（复诊）: fixed-pitch patient strip with masked ID, left record, ruled right 处理 column',
  exercises: ['masked 身份证号 (no ID truth)', '就诊时间 with hour beside 上次就诊 (only the first is truth)',
    'right column read on its own with 预约复诊 date (not truth)', '辅助检查 dated earlier (not truth)', '诊断 numbered (truth)'],
  doc: (rng) => local24(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...WEST24, ...TCM24], compoundSurnames: 0.1 }), rng),
  draw(s, doc, rng) {
    const x0 = rng.pick([100, 115, 130]);
    const right = s.width - x0;
    const p = doc.patient;
    const body = st(rng.chance(0.6) ? 'sans' : 'serif', rng.pick([11.5, 12, 12.5]));
    const bold = st(body.face === 'sans' ? 'sansBold' : 'serifBold', body.pt);
    const lh = px(body.pt) * rng.pick([1.7, 1.85]);

    s.put(x0, 150, doc.hospital.name, st('sansBold', rng.pick([17, 18, 19]), { spacing: 2 }));
    s.put(right, 150, '门诊病历', st('sansBold', 15, { align: 'right' }));
    s.put(x0, 205, `${region24(doc.hospital)}医疗保障  ${rng.pick(['城乡居民医保', '职工基本医保'])}  ${rng.pick(['复诊', '门诊慢特病复诊'])}`,
      st('sans', 10, { color: '#333' }));
    s.put(right, 205, `门诊号：${doc.recordNo}`, st('sans', 10, { align: 'right', color: '#333' }));
    s.line(x0, 228, right, 228, 2.5);

    const monoSt = st('sansMedium', rng.pick([10.5, 11]));
    const pitch = px(monoSt.pt) * 0.62;
    const strip = `姓名:${p.name} 性别:${p.sex} 年龄:${p.age}岁 身份证:${maskedId(p.idNumber)}`;
    mono(s, x0, 285, strip, monoSt, pitch);
    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const last = addDays(doc.dates.visit, -rng.int(20, 75));
    const ld: DateStyle = rng.pick(['iso', 'slash'] as const);
    mono(s, x0, 285 + px(monoSt.pt) * 1.8, `科别:${doc.department} 就诊时间:${formatDate(doc.dates.visit, ts, doc.times.visit)}`, monoSt, pitch);
    s.put(right, 285 + px(monoSt.pt) * 1.8, `上次就诊：${formatDate(last, ld)}`, st('sans', 10, { align: 'right', color: '#444' }));
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });
    const top = 285 + px(monoSt.pt) * 3.2;
    s.line(x0, top, right, top, 1.2);

    const split = x0 + (right - x0) * rng.pick([0.62, 0.66]);
    const lw = split - x0 - 30;
    let y = top + lh * 1.2;
    const sec = (label: string, text: string): void => {
      const w = s.put(x0, y, label, bold);
      y = s.para(x0 + w, y, lw - w, text, body, lh);
      y += lh * 0.25;
    };
    sec('主诉：', `${followUp(doc)}。`);
    sec('现病史：', `患者${formatDate(last, ld)}来我院就诊，予${doc.course}治疗，现规律服药，病情尚稳定，今来复诊。`);
    sec('既往史：', `${pastHistory(doc, rng)}。`);
    sec('体格检查：', `血压${rng.int(124, 170)}/${rng.int(70, 100)}mmHg，心率${rng.int(62, 96)}次/分，双肺呼吸音清，双下肢无水肿。`);
    const lab = doc.labs[0];
    const rows = (lab?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}${r.unit === '%' ? '%' : ` ${r.unit}`}`).join('，');
    sec('辅助检查：', `${formatDate(addDays(doc.dates.visit, -rng.int(3, 15)), ld)}${lab?.title ?? ''}：${rows}。`);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const dx = listed([...doc.dx.tcm, ...doc.dx.western], how);
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    const dw = s.put(x0, y, '诊断：', bold);
    dx.forEach((t) => { y = s.para(x0 + dw, y, lw - dw, t, body, lh); });

    // The right column: the plan, read on its own.
    const rx = split + 20;
    s.line(split, top + 12, split, Math.max(y, top + lh * 14), 1.2, '#555');
    s.block(() => {
      let ry = top + lh * 1.2;
      s.put(rx, ry, '处理：', bold);
      ry += lh;
      doc.medicines.forEach((m) => { ry = s.para(rx, ry, right - rx, m, body, lh); });
      ry = s.para(rx, ry, right - rx, rng.pick(['低盐低脂糖尿病饮食', '规律作息，监测血压', '定期复查肝肾功能']), body, lh);
      ry += lh * 0.5;
      s.put(rx, ry, '预约复诊：', bold);
      s.put(rx, ry + lh, formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), ld), body);
    });

    y = Math.max(y, top + lh * 14) + lh * 1.5;
    const sw = s.put(x0 + (right - x0) * 0.55, y, '医师签章：', body);
    nameStamp(s, x0 + (right - x0) * 0.55 + sw + 110, y - 14, doc.doctors.attending, rng);
    s.line(x0, s.height - 150, right, s.height - 150, 1, '#777');
    s.put(x0, s.height - 115, `${doc.hospital.address}  ${doc.hospital.phone}`, st('sans', 9, { color: '#555' }));
  },
};
