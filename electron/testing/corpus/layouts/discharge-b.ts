import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { DotMatrix } from '../dotmatrix';
import { CITY, COUNTY, TCM, TOWNSHIP } from '../hospitals';
import { idBoxes, logo } from '../marks';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { advice, footer, icd, numbered, px, sexAge, st } from './common';

/** Continuous tractor-feed paper: sprocket holes down both edges and perforations. */
function tractorFeed(s: Sheet): void {
  s.g.fillStyle = '#d9d9d9';
  for (const x of [45, s.width - 45]) {
    for (let y = 60; y < s.height; y += 140) {
      s.g.beginPath();
      s.g.arc(x, y, 16, 0, Math.PI * 2);
      s.g.fill();
    }
    for (let y = 0; y < s.height; y += 14) s.line(x + (x < 100 ? 45 : -45), y, x + (x < 100 ? 45 : -45), y + 6, 1.2, '#bbbbbb');
  }
}

/** Township / TCM hospital 出院记录 on a 24-pin dot-matrix printer, half-width colons, 2025.3.4 dates. */
export const dischargeDotMatrix: Layout = {
  id: 'discharge-dotmatrix-township',
  kind: 'discharge',
  split: 'tune',
  style: 'Township health centre / county TCM hospital, dot-matrix monospace on tractor-feed paper',
  exercises: ['dot-matrix print (dots on a grid, ribbon fade, pass offset)', 'monospace columns, half-width colons',
    '2025.3.4 dates', 'TCM diagnoses 消渴病 / 中风病 with or without the western name', '入院诊断 vs 出院诊断',
    'ID number in plain digits', 'negated / family history', '经治医师 / 主任医师 names'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...TOWNSHIP, ...TCM], tcm: true, yearEnd: 0.15 }),
  draw(s, doc, rng) {
    tractorFeed(s);
    const dm = new DotMatrix(s, 150, 170, 16, 54, rng.pick(['sans', 'serif'] as const));
    const cols = 84;
    const center = (row: number, text: string): void => dm.text(Math.max(0, Math.floor((cols - DotMatrix.width(text)) / 2)), row, text);
    center(0, [...doc.hospital.name].join(' '));
    center(1, '出 院 记 录');
    dm.rule(0, 2, cols);
    const [sex, age] = sexAge(doc);
    const dot = (d: string): string => formatDate(d, 'dot');
    dm.text(0, 3, `姓名:${doc.patient.name}`);
    dm.text(22, 3, `性别:${sex}`);
    dm.text(36, 3, `年龄:${age}`);
    dm.text(54, 3, `住院号:${doc.recordNo}`);
    dm.text(0, 4, `身份证号:${doc.patient.idNumber}`);
    dm.text(36, 4, `科别:${doc.department}`);
    dm.text(60, 4, `床号:${doc.bed}`);
    dm.text(0, 5, `入院日期:${dot(doc.dates.admission)}`);
    dm.text(30, 5, `出院日期:${dot(doc.dates.discharge)}`);
    dm.text(60, 5, `住院天数:${doc.stayDays}天`);
    dm.rule(0, 6, cols);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    let row = 7;
    const para = (text: string, indent = 0): void => {
      DotMatrix.wrap(text, cols - indent).forEach((l, i) => dm.text(i === 0 ? 0 : indent, row + i, l));
      row += DotMatrix.wrap(text, cols - indent).length;
    };
    para(`入院情况:因"${doc.complaint}"入院。既往史:${doc.history.past};${doc.history.negated}。家族史:${doc.history.family}。`, 9);
    para(`入院诊断:${numbered(doc.dx.admission, '1.').join(' ')}`, 9);
    para(`诊疗经过:入院后予${doc.course}等治疗，配合中药汤剂辨证施治，于${formatDate(doc.dates.surgery, 'dot')}行${doc.procedure}。患者症状好转出院。`, 9);
    dm.text(0, row, '出院诊断:');
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    numbered(doc.dx.tcm, '1.').forEach((t, i) => dm.text(10, row + i, `${i === 0 ? '中医:' : '     '}${t}`));
    row += doc.dx.tcm.length;
    numbered(doc.dx.western, '1.').forEach((t, i) => dm.text(10, row + i, `${i === 0 ? '西医:' : '     '}${t}`));
    row += doc.dx.western.length;
    dm.text(0, row, '出院医嘱:');
    row += 1;
    advice(doc).forEach((a) => para(a.replace('：', ':'), 3));
    row += 1;
    dm.text(0, row, `经治医师:${doc.doctors.resident}`);
    dm.text(30, row, `主任医师:${doc.doctors.director}`);
    dm.text(58, row, `打印日期:${dot(doc.dates.print)}`);
    dm.flush(rng);
  },
};

/** City hospital 出院小结 in light sans: logo, ID in 18 boxes, 2025/10/21 11:05 times, diagnosis table. */
export const dischargeSummaryBoxes: Layout = {
  id: 'discharge-summary-boxes',
  kind: 'discharge',
  split: 'tune',
  style: 'City / county hospital 出院小结, light sans 10 pt, coloured rule, diagnosis table with ICD codes',
  exercises: ['ID number one digit per box (18 boxes)', 'two-column header', '2025/10/21 11:05 admission and discharge times',
    '出院诊断 in a table (序号 / 诊断 / ICD-10 / 转归)', '入院诊断 inline with （1） numbering', 'compound surnames (often)',
    '住院医师 / 主治医师 / 科主任 names', '第 1 页/共 1 页 footer'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...CITY, ...COUNTY], yearEnd: 0.2, compoundSurnames: 0.35 }),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const blue = rng.pick(['#1f4e9c', '#0e6b74', '#7a1f2b']);
    logo(s, x0 + 48, 118, 46, blue, 'shield');
    s.put(x0 + 120, 140, doc.hospital.name, st('sansBold', 19, { color: blue }));
    s.put(s.width - x0, 140, '出院小结', st('sansMedium', 20, { align: 'right' }));
    s.line(x0, 190, s.width - x0, 190, 6, blue);
    const lab = st('sansMedium', 10);
    const val = st('sansLight', 10.5);
    const [sex, age] = sexAge(doc);
    const slash = (d: string, m: number): string => formatDate(d, 'slashTime', m);
    const left: [string, string][] = [['姓　　名：', doc.patient.name], ['性　　别：', sex], ['年　　龄：', age],
      ['入院时间：', slash(doc.dates.admission, doc.times.admission)]];
    const right: [string, string][] = [['住 院 号：', doc.recordNo], ['科　　室：', doc.department], ['主治医师：', doc.doctors.attending],
      ['出院时间：', slash(doc.dates.discharge, doc.times.discharge)]];
    left.forEach(([l, v], i) => s.pair(x0 + 10, 265 + i * 52, l, v, lab, val));
    right.forEach(([l, v], i) => s.pair(x0 + 780, 265 + i * 52, l, v, lab, val));
    s.put(x0 + 10, 265 + 4 * 52 + 8, '身份证号：', lab);
    idBoxes(s, x0 + 10 + s.measure('身份证号：', lab), 265 + 4 * 52 + 8, doc.patient.idNumber, 46, st('sans', 11));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, 540, s.width - x0, 540, 1.5, blue);

    const lh = px(10.5) * 1.75;
    let y = 600;
    y = s.para(x0, y, w, `入院情况：${doc.complaint}。既往${doc.history.past}，${doc.history.negated}。家族史：${doc.history.family}。`, val, lh) + 8;
    y = s.para(x0, y, w, `入院诊断：${numbered(doc.dx.admission, '（1）').join('')}`, val, lh) + 8;
    y = s.para(x0, y, w, `诊疗经过：入院后完善相关检查，予${doc.course}治疗，${formatDate(doc.dates.surgery, 'cn')}行${doc.procedure}。`
      + '经治疗患者一般情况好，病情稳定，今日出院。', val, lh) + 8;
    s.put(x0, y, '出院诊断：', lab);
    y += 30;
    const rows = doc.dx.western.map((d, i) => [
      { text: String(i + 1), w: 100, align: 'center' as const }, { text: d.text, w: 760 }, { text: icd(d, i), w: 260, align: 'center' as const },
      { text: rng.pick(['好转', '好转', '稳定', '未愈']), w: w - 1120, align: 'center' as const },
    ]);
    s.diagnoses(doc.dx.western);
    y = s.grid(x0, y, 56, [[
      { text: '序号', w: 100, label: true }, { text: '出院诊断', w: 760, label: true }, { text: 'ICD-10', w: 260, label: true },
      { text: '转归', w: w - 1120, label: true },
    ], ...rows], val, { label: lab, shade: '#eef2f8', border: 1.4 }) + 60;
    s.put(x0, y, '出院医嘱：', lab);
    for (const line of advice(doc)) y = s.para(x0 + 30, y + lh, w - 30, line, val, lh) - lh;
    y += lh * 2;
    s.put(x0 + 300, y, `住院医师：${doc.doctors.resident}`, val);
    s.put(x0 + 700, y, `主治医师：${doc.doctors.attending}`, val);
    s.put(x0 + 1100, y, `科主任：${doc.doctors.director}`, val);
    footer(s, doc, { y: 2250, style: st('sansLight', 9), page: '第 1 页/共 1 页', print: 'slashTime', x0, x1: s.width - x0 });
  },
};
