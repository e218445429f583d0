import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo, signature } from '../marks';
import { personName } from '../people';
import type { Layout } from '../types';
import { dxBlock, footer, historyText, px, st, type Numbering } from './common';
import { reprinted } from './kit';
import { local24, pairRow, TCM24, WEST24 } from './blind24-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

/**
 * 出院小结 of a county hospital in the northwest, north or Hainan (Shaanxi, Shanxi, Inner Mongolia, Ningxia, Qinghai,
 * Xinjiang, Hainan), as its EMR prints it: logo and serif name, a 病案号 barcode at the right, a three-column borderless
 * header of label：value pairs in sans (入院时间 / 出院时间 with hours and 住院天数 — truth; 联系人 with another person's name
 * — not), then bracketed sections 【入院情况】【入院诊断】(not counted)【诊疗经过】(a procedure date, not truth)
 * 【出院诊断】(truth)【出院情况】【出院医嘱】(a 复诊 date, not truth), the doctors' hands and a later 打印时间 footer.
 */
export const blind24Discharge1: Layout = {
  id: 'blind24-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'northwest / north / Hainan county EMR 出院小结: logo, serif name, barcode, borderless three-column sans header, 【】 sections',
  exercises: ['入院时间 / 出院时间 with hours in a three-column header (truth)', '联系人 another name and relation (not truth)',
    '【入院诊断】 before 【出院诊断】 (only the latter counted)', 'procedure and 复诊 dates in prose (not truth)', '打印时间 footer'],
  doc: (rng) => reprinted(local24(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...WEST24, ...WEST24, ...TCM24],
    yearEnd: 0.08, compoundSurnames: 0.08 }), rng)),
  draw(s, doc, rng) {
    const x0 = rng.pick([110, 120, 135]);
    const right = s.width - x0;
    const serif = rng.chance(0.5);
    const body = st(serif ? 'serif' : 'sans', rng.pick([11, 11.5, 12]));
    const head = st('sansBold', body.pt + 0.5);
    const lab = st('sans', rng.pick([11, 11.5]));
    const val = st(rng.chance(0.5) ? 'sansMedium' : 'serif', lab.pt);
    const lh = px(body.pt) * rng.pick([1.6, 1.75]);
    const color = rng.pick(['#1b4f8c', '#0f6b4f', '#8c1b2a']);

    logo(s, x0 + 55, 150, 48, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', rng.pick([20, 21, 22]), { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 250, rng.pick(['出 院 小 结', '出院小结', '出 院 记 录']), st('serifBold', 17, { align: 'center', spacing: 6 }));
    const bw = barcode(s, right - 300, 110, doc.recordNo, 60, 2);
    s.put(right - 300 + bw / 2, 200, doc.recordNo, st('sans', 9, { align: 'center' }));
    s.line(x0, 290, right, 290, 3, color);
    s.line(x0, 298, right, 298, 1, color);

    const p = doc.patient;
    const ts: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    const contact = personName(rng, rng.chance(0.5) ? '男' : '女', 0.05);
    const phone = `1${rng.pick(['39', '58', '87', '33'])}${String(rng.int(10000000, 99999999))}`;
    const w3 = (right - x0) / 3;
    const stops = [x0, x0 + w3, x0 + 2 * w3];
    let y = 360;
    const rl = px(lab.pt) * 1.9;
    y = pairRow(s, stops, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]], lab, val, rl);
    y = pairRow(s, stops, right, y, [['科室：', doc.department], ['床号：', `${doc.bed}床`], ['住院号：', doc.recordNo]], lab, val, rl);
    const relation = rng.pick(['配偶', '儿子', '女儿', '儿媳']);
    y = pairRow(s, [x0, x0 + 2 * w3], right, y, [['身份证号：', p.idNumber], ['联系人：', `${contact}（${relation}）`]], lab, val, rl);
    y = pairRow(s, stops, right, y, [['入院时间：', formatDate(doc.dates.admission, ts, doc.times.admission)],
      ['出院时间：', formatDate(doc.dates.discharge, ts, doc.times.discharge)], ['住院天数：', `${doc.stayDays}天`]], lab, val, rl);
    if (rng.chance(0.5)) y = pairRow(s, [x0], right, y, [['联系电话：', phone]], lab, val, rl);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - rl * 0.45, right, y - rl * 0.45, 1.2, '#666');
    y += lh * 0.4;

    const w = right - x0;
    const how: Numbering = rng.pick(['1.', '1、', '（1）'] as const);
    const section = (title: string): void => {
      s.put(x0, y, `【${title}】`, head);
      y += lh;
    };
    section('入院情况');
    y = s.para(x0, y, w, `${historyText(doc)}查体：血压${rng.int(130, 178)}/${rng.int(72, 104)}mmHg，神志清，精神可。`, body, lh, px(body.pt) * 2);
    section('入院诊断');
    y = dxBlock(s, x0 + px(body.pt) * 2, y, '', doc.dx.admission, { how, style: body, lineH: lh, final: false });
    section('诊疗经过');
    const op = formatDate(doc.dates.surgery, ds);
    const course = `入院后完善相关检查，予${doc.course}等治疗。${op}${rng.chance(0.5) ? `行${doc.procedure}，过程顺利。` : '复查相关指标较前好转。'}`
      + '患者症状明显缓解，病情稳定，准予出院。';
    y = s.para(x0, y, w, course, body, lh, px(body.pt) * 2);
    section('出院诊断');
    const finals = [...doc.dx.tcm, ...doc.dx.western];
    y = dxBlock(s, x0 + px(body.pt) * 2, y, '', finals, { how, style: body, lineH: lh, final: true });
    section('出院情况');
    y = s.para(x0, y, w, `${rng.pick(['神志清，精神可', '一般情况可', '生命体征平稳'])}，饮食睡眠可，二便正常，转归：${rng.pick(['好转', '好转', '治愈'])}。`,
      body, lh, px(body.pt) * 2);
    section('出院医嘱');
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([14, 30])), ds);
    [`1.继续口服：${doc.medicines.slice(0, 3).join('；')}。`, '2.低盐低脂饮食，监测血压、血糖，避免劳累。',
      `3.于${back}${rng.pick(['门诊复诊', '来院复查'])}，不适随诊。`].forEach((t) => {
      y = s.para(x0 + px(body.pt) * 2, y, w - px(body.pt) * 2, t, body, lh);
    });

    y += lh * 0.8;
    const sl = st(serif ? 'serif' : 'sans', body.pt);
    const lw = s.put(x0 + w * 0.42, y, '主治医师：', sl);
    handwritten(s, x0 + w * 0.42 + lw + 8, y, doc.doctors.attending, body.pt * 1.2, rng);
    const rw = s.put(x0 + w * 0.7, y, '住院医师：', sl);
    signature(s, x0 + w * 0.7 + rw + 10, y - 6, 150, rng);
    footer(s, doc, { y: s.height - 110, style: st('sans', 9, { color: '#444' }), page: '第1页/共1页', print: 'isoTime', x0, x1: right });
  },
};
