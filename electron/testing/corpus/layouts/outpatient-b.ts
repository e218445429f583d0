import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { DotMatrix } from '../dotmatrix';
import { CITY, COUNTY, MCH, TOWNSHIP } from '../hospitals';
import { idBoxes, logo } from '../marks';
import type { Layout } from '../types';
import { dxBlock, footer, numbered, px, sexAge, st } from './common';

/** Township clinic: a pre-printed red form header, the record filled in by a dot-matrix printer. */
export const outpatientDotMatrixClinic: Layout = {
  id: 'outpatient-dotmatrix-clinic',
  kind: 'outpatient',
  split: 'tune',
  style: 'Township health centre, pre-printed red form with dot-matrix fill-in, monospace',
  exercises: ['dot-matrix print over a pre-printed form', '就诊日期 2025年3月4日 (no zero padding)', 'ID number in plain digits',
    '诊断 numbering glued 1、高血压病3级', 'negated / family history', '医生 name', '打印时间 2025-06-03 09:12'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: TOWNSHIP }),
  draw(s, doc, rng) {
    const red = '#c0392b';
    s.put(s.width / 2, 170, doc.hospital.name, st('sansBold', 19, { align: 'center', color: red, spacing: 4 }));
    s.put(s.width / 2, 255, '门 诊 病 历', st('sansMedium', 17, { align: 'center', color: red }));
    s.line(130, 295, s.width - 130, 295, 3, red);
    s.line(130, 303, s.width - 130, 303, 1.2, red);
    s.put(s.width / 2, 2230, '（请妥善保管，复诊时请携带本病历）', st('sans', 10, { align: 'center', color: red }));
    const dm = new DotMatrix(s, 140 + rng.range(-12, 12), 390 + rng.range(-10, 10), 15, 52, 'sans');
    const [sex, age] = sexAge(doc);
    dm.text(0, 0, `门诊号:${doc.recordNo}`);
    dm.text(50, 0, `就诊日期:${formatDate(doc.dates.visit, 'cnShort')}`);
    dm.text(0, 1, `姓名:${doc.patient.name}`);
    dm.text(22, 1, `性别:${sex}`);
    dm.text(34, 1, `年龄:${age}`);
    dm.text(50, 1, `科别:${doc.department}`);
    dm.text(0, 2, `身份证号:${doc.patient.idNumber}`);
    dm.rule(0, 3, 90);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    let row = 4;
    const para = (text: string): void => {
      const lines = DotMatrix.wrap(text, 88);
      lines.forEach((l, i) => dm.text(i === 0 ? 0 : 8, row + i, l));
      row += lines.length;
    };
    para(`主诉:${doc.complaint}。`);
    para(`既往史:${doc.history.past}；${doc.history.negated}。`);
    para(`家族史:${doc.history.family}。`);
    para(`查体:BP ${rng.int(130, 180)}/${rng.int(70, 105)}mmHg，神志清，心肺(-)。`);
    s.diagnoses(doc.dx.western);
    numbered(doc.dx.western, '1、').forEach((d, i) => dm.text(i === 0 ? 0 : 5, row + i, `${i === 0 ? '诊断:' : ''}${d}`));
    row += doc.dx.western.length;
    dm.text(0, row, '处理:');
    doc.medicines.forEach((m, i) => dm.text(5, row + i, m));
    row += doc.medicines.length + 1;
    dm.text(50, row, `医生:${doc.doctors.attending}`);
    dm.text(0, row + 1, `打印时间:${formatDate(doc.dates.visit, 'isoTime', doc.times.visit + rng.int(5, 40))}`);
    dm.flush(rng);
  },
};

/** 妇幼保健院 / city hospital outpatient record: two-column header with 出生日期, ID in boxes, 【】 headings. */
export const outpatientTwoColumn: Layout = {
  id: 'outpatient-twocol-mch',
  kind: 'outpatient',
  split: 'tune',
  style: '妇幼保健院 / city hospital outpatient EMR, two-column header, light sans 10.5 pt, 【】 section heads',
  exercises: ['two-column header', '就诊时间 2025/10/21 11:05', '出生日期 and an earlier visit date as distractors',
    'ID number one digit per box', '（1） numbering', '接诊医师 name', 'compound surnames (often)', '第1页/共1页 and 打印时间 footer'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...MCH, ...CITY.slice(0, 3), ...COUNTY.slice(0, 2)], compoundSurnames: 0.3 }),
  draw(s, doc, rng) {
    const x0 = 125;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#c2185b', '#00796b', '#3949ab']);
    logo(s, x0 + 45, 125, 45, tone, rng.pick(['cross', 'ring'] as const));
    s.put(x0 + 115, 118, doc.hospital.name, st('sansBold', 18, { color: tone }));
    s.put(x0 + 115, 165, doc.hospital.address, st('sansLight', 9, { color: '#555' }));
    s.put(s.width - x0, 140, '门诊病历', st('sansBold', 18, { align: 'right' }));
    s.line(x0, 200, s.width - x0, 200, 2, tone);
    const lab = st('sansMedium', 10.5);
    const val = st('sansLight', 10.5);
    const [sex, age] = sexAge(doc);
    const left: [string, string][] = [['姓名：', doc.patient.name], ['性别：', sex], ['出生日期：', formatDate(doc.patient.birth, 'cn')], ['年龄：', age]];
    const right: [string, string][] = [['门诊号：', doc.recordNo], ['就诊科室：', doc.department],
      ['就诊时间：', formatDate(doc.dates.visit, 'slashTime', doc.times.visit)], ['费别：', rng.pick(['居民医保', '职工医保', '自费'])]];
    left.forEach(([l, v], i) => s.pair(x0 + 10, 270 + i * 50, l, v, lab, val));
    right.forEach(([l, v], i) => s.pair(x0 + 800, 270 + i * 50, l, v, lab, val));
    const idY = 270 + 4 * 50 + 10;
    const lw = s.put(x0 + 10, idY, '身份证号：', lab);
    idBoxes(s, x0 + 10 + lw, idY, doc.patient.idNumber, 44, st('sans', 10.5));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    s.line(x0, idY + 45, s.width - x0, idY + 45, 1, '#999');

    const lh = px(10.5) * 1.8;
    let y = idY + 120;
    const head = (title: string): void => {
      s.put(x0, y, title, lab);
      y += lh;
    };
    const section = (title: string, text: string): void => {
      head(title);
      y = s.para(x0 + 30, y, w - 30, text, val, lh) + 12;
    };
    const last = addDays(doc.dates.visit, -rng.int(20, 90));
    section('【主诉】', `${doc.complaint}。`);
    section('【现病史】', `患者于${formatDate(last, 'cn')}在我院复诊，予${doc.medicines[0] ?? '药物'}治疗，现症状较前无明显变化，今日复诊。`);
    section('【既往史】', `${doc.history.past}。${doc.history.negated}。家族史：${doc.history.family}。`);
    head('【诊断】');
    y = dxBlock(s, x0 + 30, y, '', doc.dx.western, { how: '（1）', style: val, lineH: lh, final: true, indent: 0 }) + 12;
    section('【处理】', doc.medicines.join('；') + '。');
    section('【医嘱】', '注意休息，清淡饮食，遵医嘱规律用药，1个月后复诊。');
    s.put(s.width - x0 - 400, y + lh, `接诊医师：${doc.doctors.attending}`, val);
    footer(s, doc, { y: 2240, style: st('sansLight', 9), page: '第1页/共1页', print: 'slashTime', x0, x1: s.width - x0 });
  },
};
