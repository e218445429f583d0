import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY, SPECIALTY, TCM } from '../hospitals';
import { idBoxes, seal } from '../marks';
import type { Layout } from '../types';
import { dxBlock, numbered, px, sexAge, st } from './common';

/** 诊断证明书 in prose: 兹证明…, a stay with its dates, the issue date in Chinese numerals under a seal. */
export const certificateProse: Layout = {
  id: 'certificate-prose',
  kind: 'certificate',
  split: 'tune',
  style: 'County / TCM hospital certificate, serif 14 pt prose, date in Chinese numerals under the seal',
  exercises: ['fields inside prose (兹证明 … 同志，女，67岁，身份证号…)', 'stay dates 2025年3月4日至2025年3月15日 in prose',
    'issue date 二〇二五年四月二日 beside the signature (truth visitDate)', 'red 诊断证明专用章 over the issue date',
    'numbered diagnoses 1.', '医师签名 name', '编号 number'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...TCM] }),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 170;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 210, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.put(s.width / 2, 330, '诊断证明书', st('serifBold', 25, { align: 'center', spacing: 28 }));
    s.put(s.width - x0, 410, `编号：${doc.dates.issue.slice(0, 4)}-${String(rng.int(1, 2999)).padStart(4, '0')}`, st('serif', 11, { align: 'right' }));
    const body = st('serif', 14);
    const lh = px(14) * 2;
    const [sex, age] = sexAge(doc);
    const cn = (d: string): string => formatDate(d, 'cnShort');
    let y = s.para(x0, 540, w, `兹证明 ${doc.patient.name} 同志，${sex}，${age}，身份证号：${doc.patient.idNumber}，因病于${cn(doc.dates.admission)}`
      + `至${cn(doc.dates.discharge)}在我院${doc.department}住院治疗。`, body, lh, px(14) * 2) + 20;
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });
    y = dxBlock(s, x0, y, '诊断：', doc.dx.western, { how: '1.', style: body, lineH: lh, final: true }) + 20;
    y = s.para(x0, y, w, `建议：${rng.pick(['注意休息，规律服药，定期复查。', '长期门诊规律治疗，定期复查，不适随诊。', '全休两周，门诊随诊。'])}`, body, lh) + 20;
    s.para(x0, y, w, '特此证明。', body, lh, px(14) * 2);
    const sy = Math.max(y + lh * 3, 1650);
    s.put(x0 + 760, sy, `医师签名：${doc.doctors.attending}`, body);
    s.put(x0 + 760, sy + lh, doc.hospital.name, body);
    const date = formatDate(doc.dates.issue, 'cnNumeral');
    const dw = s.put(x0 + 800, sy + lh * 2, date, body);
    seal(s, x0 + 800 + dw / 2 + rng.range(-60, 60), sy + lh * 1.6 + rng.range(-40, 30), rng.range(150, 170), doc.hospital.name, '诊断证明专用章', rng);
    s.put(s.width / 2, 2200, '（本证明加盖医院公章有效，涂改无效）', st('serif', 10, { align: 'center', color: '#333' }));
  },
};

/** 诊断证明书 as a bordered form: ID in 18 boxes inside the grid, tall 诊断 box, the seal over the name. */
export const certificateForm: Layout = {
  id: 'certificate-form',
  kind: 'certificate',
  split: 'tune',
  style: 'County / city / specialty hospital form certificate, fully bordered, sans 12 pt',
  exercises: ['bordered form with the ID one digit per box', 'red seal over the patient name cell', 'issue date 2025年03月04日 in the 日期 cell',
    'tall 诊断 box with numbering 1、', '医师 cell next to the date', '门诊号 cell'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...CITY, ...SPECIALTY] }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 170, doc.hospital.name, st('sansBold', 20, { align: 'center' }));
    s.put(s.width / 2, 265, '诊断证明书', st('sansBold', 23, { align: 'center', spacing: 18 }));
    const f = st('sans', 12);
    const lab = st('sansMedium', 12);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const [sex, age] = sexAge(doc);
    const rowH = 84;
    const top = 340;
    let y = s.grid(x0, top, rowH, [
      [L('姓名', 170), V(doc.patient.name, 300), L('性别', 170), V(sex, 180), L('年龄', 170), V(age, w - 990)],
      [L('身份证号', 170), V('', w - 170)],
      [L('科别', 170), V(doc.department, 300), L('门诊号', 170), V(doc.recordNo, w - 640)],
    ], f, { label: lab, border: 2.2 });
    idBoxes(s, x0 + 170 + 40, top + rowH * 1.5 + px(12) * 0.36, doc.patient.idNumber, 54, st('sans', 13));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    const tall = (label: string, h: number, fill: (x: number, y: number) => void): void => {
      s.rect(x0, y, 170, h, 2.2);
      s.rect(x0 + 170, y, w - 170, h, 2.2);
      s.put(x0 + 85, y + h / 2 + px(12) * 0.36, label, { ...lab, align: 'center' });
      fill(x0 + 210, y + 70);
      y += h;
    };
    const lh = px(12) * 1.8;
    tall('诊断', 330, (x, ty) => dxBlock(s, x, ty, '', doc.dx.western, { how: '1、', style: f, lineH: lh, final: true, indent: 0 }));
    tall('医嘱建议', 260, (x, ty) => s.para(x, ty, w - 260, rng.pick(['该患者需长期门诊规律服药治疗，定期复查相关指标，不适随诊。',
      '建议门诊规律治疗，避免劳累，定期复诊。']), f, lh));
    const issue = formatDate(doc.dates.issue, 'cn');
    y = s.grid(x0, y, rowH, [[L('医师', 170), V(doc.doctors.attending, 300), L('日期', 170), V(issue, w - 640)]], f, { label: lab, border: 2.2 });
    seal(s, x0 + 170 + 150 + rng.range(-50, 50), top + rowH / 2 + rng.range(-30, 40), rng.range(145, 165), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, y + 80, '注：本证明书需加盖医院诊断证明专用章方有效。', st('sans', 10, { color: '#333' }));
  },
};

/** Specialty hospital 疾病诊断证明书 with its counterfoil (存根) above a cut line, 首诊日期 as a distractor. */
export const certificateStub: Layout = {
  id: 'certificate-stub-specialty',
  kind: 'certificate',
  split: 'tune',
  style: 'Specialty / city hospital certificate with 存根 counterfoil, cut line and 骑缝章, sans 11 pt',
  exercises: ['counterfoil repeating the facts above a dashed cut line', 'half seal across the cut line', '首诊日期 (an older date) as a distractor',
    '开具日期 2025-04-18 under a seal (truth visitDate)', 'two-column header', '（1） numbering', 'compound surnames (often)'],
  doc: (rng) => makeDoc(rng, { kind: 'certificate', hospitals: [...SPECIALTY, ...SPECIALTY, ...CITY.slice(0, 3)], compoundSurnames: 0.3 }),
  draw(s, doc, rng) {
    const x0 = 140;
    const w = s.width - 2 * x0;
    const f = st('sans', 11);
    const iso = formatDate(doc.dates.issue, 'iso');
    const [sex, age] = sexAge(doc);
    const no = `${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(5, '0')}`;
    s.put(s.width / 2, 130, `${doc.hospital.name}疾病诊断证明书（存根）`, st('sansMedium', 14, { align: 'center' }));
    [[`编号：${no}`, `姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`]].forEach((r) =>
      r.forEach((t, j) => s.put(x0 + j * 350, 220, t, f)));
    s.para(x0, 285, w, `诊断：${numbered(doc.dx.western, '（1）').join('')}`, f, 34);
    s.put(x0, 350, `开具日期：${iso}`, f);
    s.put(x0 + 700, 350, `医师：${doc.doctors.attending}`, f);
    const cut = 470;
    for (let x = 40; x < s.width - 40; x += 30) s.line(x, cut, x + 16, cut, 2, '#555');
    seal(s, s.width - x0 - 220 + rng.range(-40, 40), cut + rng.range(-10, 10), 130, doc.hospital.name, '诊断证明专用章', rng);

    s.put(s.width / 2, 620, doc.hospital.name, st('sansBold', 19, { align: 'center' }));
    s.put(s.width / 2, 715, '疾病诊断证明书', st('sansBold', 21, { align: 'center', spacing: 10 }));
    s.put(s.width - x0, 790, `编号：${no}`, st('sans', 10, { align: 'right' }));
    const left = [`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `身份证号：${doc.patient.idNumber}`];
    const right = [`就诊卡号：${doc.recordNo}`, `科室：${doc.department}`, `首诊日期：${formatDate(doc.dates.firstVisit, 'iso')}`, ''];
    left.forEach((t, i) => s.put(x0, 870 + i * 58, t, f));
    right.forEach((t, i) => s.put(x0 + 800, 870 + i * 58, t, f));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    s.line(x0, 1110, s.width - x0, 1110, 1.5);
    const lh = px(11) * 1.9;
    let y = dxBlock(s, x0, 1190, '诊断：', doc.dx.western, { how: '（1）', style: f, lineH: lh, final: true }) + 30;
    y = s.para(x0, y, w, `处理意见：${doc.medicines.slice(0, 2).join('，')}，长期规律治疗，定期门诊复查。`, f, lh) + 30;
    const sy = Math.max(y + 120, 1750);
    s.put(x0 + 700, sy, `医师：${doc.doctors.attending}`, f);
    const dw = s.put(x0 + 700, sy + 70, `开具日期：${iso}`, f);
    seal(s, x0 + 700 + dw * 0.6 + rng.range(-40, 40), sy + 45 + rng.range(-30, 30), rng.range(140, 160), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2200, '说明：本证明仅供办理门诊慢特病待遇申请使用，复印无效。', st('sans', 9.5, { color: '#333' }));
  },
};
