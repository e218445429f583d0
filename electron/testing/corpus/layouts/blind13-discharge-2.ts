import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, nameStamp } from '../marks';
import { personName } from '../people';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { addressLine, listed, pastHistory, reprinted } from './kit';
import { weekday } from './tune3-kit';
import { rxItem } from './tune5-kit';
import { examOf, para, suited } from './tune6-kit';
import { mdCn, withCode } from './tune11-kit';
import { countyWords } from './tune10-kit';
import { HAINAN13, insurance13, local13, SHANGHAI13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS'];

/**
 * 出院小结（患者联） of a Shanghai district hospital or a Hainan city hospital: name and address at the top left, 住院号 barcode
 * at the top right, a tinted patient box in two columns (姓名 — truth —, 证件号码 — truth —, 入院日期 / 出院日期 in the right
 * column — truth —, 住院天数), sections under coloured bars: 入院诊断 inline (not truth), 住院期间主要检查 with the days of
 * the stay (not truth), 出院诊断 numbered with ICD codes in brackets (truth), a Barthel / mRS line for a stroke, a bordered
 * 出院带药 table, 预约复诊 on a later day with its weekday (not truth), the physician's stamp and the signature of a relative
 * (another person's handwritten name) under 患者/家属签名.
 */
export const blind13Discharge2: Layout = {
  id: 'blind13-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Shanghai district / Hainan city hospital 出院小结（患者联）: barcode top right, tinted two-column patient box, coloured '
    + 'section bars, coded 出院诊断, 出院带药 table, 预约复诊 line, relative\'s signature, sans or light sans 10–10.5 pt',
  exercises: ['证件号码 label for the ID (truth)', '入院日期 / 出院日期 stacked in the right column of a tinted box (truth)',
    '住院期间主要检查 dated within the stay (not truth)', '出院诊断 with [I10.x00]-style codes (truth)', 'Barthel 指数 入院→出院 scores',
    '出院带药 table with doses and packs', '预约复诊：2025-03-29（星期六） (not truth)', 'a relative\'s handwritten name (not the patient)'],
  doc: (rng) => reprinted(local13(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...SHANGHAI13, ...SHANGHAI13, ...HAINAN13] }), rng, { outside: 0.15, near: 0.1 })), rng)),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.55;
    const tone = rng.pick(['#1c5d99', '#0f7b6c', '#8a2b5a']);
    const p = doc.patient;

    s.put(x0, 130, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(x0, 180, addressLine(doc), st('sans', 8.5, { color: '#555' }));
    barcode(s, right - 330, 80, doc.recordNo, 58, 2.4);
    s.put(right - 165, 170, `住院号：${doc.recordNo}`, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 262, '出 院 小 结', st('sansBold', 18, { align: 'center', spacing: 6 }));
    s.put(s.width / 2 + 170, 262, '（患者联）', st('sans', 10, { color: '#555' }));

    const ds: DateStyle = rng.pick(['iso', 'slash', 'cn', 'isoTime'] as const);
    const top = 300;
    s.g.fillStyle = rng.pick(['#eef3f8', '#f1f1ee', '#eef6f2']);
    s.g.fillRect(x0, top, w, lh * 4.6);
    s.rect(x0, top, w, lh * 4.6, 1.2, tone);
    const mid = x0 + w * 0.55;
    const rows: readonly (readonly [string, string, number][])[] = [
      [['姓名：', p.name, x0 + 24], ['科室：', `${doc.department}（${doc.bed}床）`, mid]],
      [['性别：', p.sex, x0 + 24], ['年龄：', `${p.age}岁`, x0 + 24 + w * 0.2],
        ['入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission), mid]],
      [['证件号码：', p.idNumber, x0 + 24], ['出院日期：', formatDate(doc.dates.discharge, ds, doc.times.discharge), mid]],
      [['医保类型：', insurance13(doc, rng), x0 + 24], ['住院天数：', `${doc.stayDays}天`, mid]],
    ];
    rows.forEach((r, i) => r.forEach(([l, v, x]) => s.pair(x, top + lh * (1.05 + i), l, v, b, f)));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = top + lh * 6;
    const indent = 22;
    const head = (t: string): void => {
      s.g.fillStyle = tone;
      s.g.fillRect(x0, y - px(pt) * 0.85, 7, px(pt) * 1.05);
      s.put(x0 + indent, y, t, st('sansBold', pt + 0.5, { color: tone }));
      y += lh * 1.05;
    };
    const text = (t: string): void => { y = para(s, x0 + indent, y, w - indent, t, f, lh) + lh * 0.4; };
    head('入院诊断');
    text(listed(doc.dx.admission, '1.').join('　'));
    head('入院时情况');
    text(`因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。入院查体：BP ${rng.int(124, 178)}/${rng.int(68, 102)}mmHg，`
      + `HR ${rng.int(62, 96)}次/分，神清，对答切题。`);
    head('住院期间主要检查');
    const exam = (i: number): string => {
      const panel = doc.labs[i];
      return panel ? `${panel.title}：${panel.rows.slice(0, 3).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`).join('，')}` : '';
    };
    text(`${mdCn(addDays(doc.dates.admission, 1))}${exam(0)}。${mdCn(addDays(doc.dates.admission, 2))}${exam(1)}。`);
    head('诊疗经过');
    text(`入院后予${doc.course}等治疗，${mdCn(doc.dates.surgery)}行${examOf(doc)}，过程顺利。现患者病情稳定，准予出院。`);
    head('出院诊断');
    doc.dx.western.forEach((d, i) => { s.put(x0 + indent, y, `${i + 1}. ${withCode(d, i, '[]')}`, f); y += lh; });
    s.diagnoses(doc.dx.western);
    y += lh * 0.45;
    head('出院时情况');
    const stroke = doc.dx.keys.includes('CEREBROVASCULAR_DISEASE');
    text(`一般情况可，生命体征平稳。${stroke ? `Barthel指数：入院${rng.pick([30, 35, 45])}分→出院${rng.pick([60, 65, 75])}分；`
      + `mRS：入院${rng.int(3, 4)}分→出院${rng.int(2, 3)}分。` : '无明显不适。'}`);

    head('出院带药');
    const c = (t: string, k: number, label = false) => ({ text: t, w: w * k - indent * k, label });
    const items = doc.medicines.slice(0, doc.dx.western.length > 2 ? 3 : 4).map((m) => rxItem(m, rng));
    y = s.grid(x0 + indent, y - lh * 0.6, lh * 1.2, [
      [c('药品名称', 0.36, true), c('单次剂量', 0.15, true), c('用法', 0.13, true), c('频次', 0.16, true), c('数量', 0.2, true)],
      ...items.map((m) => [c(m.name, 0.36), c(m.dose, 0.15), c(m.route, 0.13), c(m.often, 0.16), c(m.pack, 0.2)]),
    ], st(face, pt - 0.5), { label: st('sansMedium', pt - 0.5), shade: '#efefef', border: 1 }) + lh;
    head('出院医嘱');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 14, 28]));
    text(`1. 低盐低脂饮食，戒烟限酒，监测血压、血糖。2. 按时服药，不可自行停药。3. 预约复诊：${formatDate(back, 'iso')}（${weekday(back)}）`
      + `${rng.pick(['上午', '下午'])}${doc.department}${rng.pick(['专家门诊', '专病门诊', '普通门诊'])}；如有不适随时就诊。`);

    const by = Math.max(y + lh * 1.3, 1980);
    const lw = s.put(x0, by, '经治医师：', f);
    nameStamp(s, x0 + lw + 90, by - 10, doc.doctors.resident, rng);
    s.pair(x0 + w * 0.33, by, '上级医师：', doc.doctors.attending, f);
    s.pair(x0 + w * 0.66, by, '日期：', formatDate(doc.dates.discharge, 'iso'), f);
    const spouse = p.age >= 35 && rng.chance(0.5);
    const kinSex = spouse ? (p.sex === '男' ? '女' : '男') : rng.pick(['男', '女'] as const);
    let kin = personName(rng, kinSex, 0);
    if (kin === p.name) kin = `${[...kin][0]}${kinSex === '男' ? '国庆' : '春梅'}`;
    const kw = s.put(x0, by + lh * 1.6, '患者/家属签名：', f);
    const hw = handwritten(s, x0 + kw + 10, by + lh * 1.6, kin, pt * 1.35, rng);
    s.pair(x0 + kw + hw + 60, by + lh * 1.6, '与患者关系：', spouse ? '配偶' : kinSex === '男' ? '儿子' : '女儿', f);
    footer(s, doc, { y: 2240, style: st('sans', 8.5, { color: '#555' }), page: '第1页/共1页', print: 'isoSec', x0, x1: right });
  },
};
