import { makeDoc, type Doc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY, TCM } from '../hospitals';
import { barcode, logo } from '../marks';
import type { Layout } from '../types';
import { dxBlock, footer, px, sexAge, st } from './common';

/** The lab values an outpatient note quotes: `GLU 9.8mmol/L，HbA1c 8.1%`. */
const quoted = (doc: Doc): string => (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');

/** County hospital 门诊病历 from the EMR: grid header with 就诊时间 2025-06-03 09:12, barcode. */
export const outpatientGridCounty: Layout = {
  id: 'outpatient-grid-county',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city hospital outpatient EMR print, grid header, sans 11 pt, 门诊号 barcode',
  exercises: ['grid header table', '就诊时间 2025-06-03 09:12', '门诊号 barcode with caption', 'ID number in a cell',
    '医师 cell next to the patient', '诊断 numbered 1. (glued: 2.2型糖尿病)', 'negated / family history',
    'numbered prescriptions that are not diagnoses', '打印时间 footer'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...CITY] }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 150, doc.hospital.name, st('sansBold', 20, { align: 'center' }));
    s.put(s.width / 2, 232, '门诊病历', st('sansMedium', 16, { align: 'center', spacing: 10 }));
    const bw = barcode(s, x0, 70, doc.recordNo, 60, 2.6);
    s.put(x0 + bw / 2, 160, `门诊号：${doc.recordNo}`, st('sans', 9, { align: 'center' }));
    const [sex, age] = sexAge(doc);
    const body = st('sans', 11);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const visit = formatDate(doc.dates.visit, 'isoTime', doc.times.visit);
    const bottom = s.grid(x0, 290, 60, [
      [L('姓名', 150), V(doc.patient.name, 300), L('性别', 150), V(sex, 200), L('年龄', 170), V(age, w - 970)],
      [L('门诊号', 150), V(doc.recordNo, 300), L('科别', 150), V(doc.department, 200), L('就诊时间', 170), V(visit, w - 970)],
      [L('身份证号', 150), V(doc.patient.idNumber, 650), L('医师', 170), V(doc.doctors.attending, w - 970)],
    ], body, { label: st('sansMedium', 11), shade: rng.chance(0.6) ? '#f0f0f0' : undefined });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = px(11) * 1.7;
    let y = bottom + 80;
    const section = (text: string): void => {
      y = s.para(x0, y, w, text, body, lh) + 10;
    };
    section(`主诉：${doc.complaint}。`);
    section('现病史：患者症状反复，院外规律服药，效果欠佳，今为进一步诊治来我院就诊。');
    section(`既往史：${doc.history.past}；${doc.history.negated}。`);
    section(`家族史：${doc.history.family}。`);
    section(`体格检查：BP ${rng.int(128, 176)}/${rng.int(72, 104)}mmHg，P ${rng.int(62, 96)}次/分，神志清，心肺听诊未见明显异常，双下肢无水肿。`);
    section(`辅助检查：${quoted(doc)}。`);
    y = dxBlock(s, x0, y, '诊断：', doc.dx.western, { how: '1.', style: body, lineH: lh, final: true, inline: rng.chance(0.3) ? w : undefined }) + 10;
    s.put(x0, y, '处理：', body);
    doc.medicines.forEach((m, i) => s.put(x0 + 40, y + (i + 1) * lh, `${i + 1}. ${m}`, body));
    y += (doc.medicines.length + 1) * lh + 10;
    section('医嘱：低盐低脂饮食，监测血压、血糖，2周后门诊复诊，不适随诊。');
    s.put(s.width - x0 - 420, y + lh, `医师签名：${doc.doctors.attending}`, body);
    footer(s, doc, { y: 2230, style: st('sans', 9), page: '第1页 共1页', print: 'isoTime' });
  },
};

const HERBS = ['黄芪 30g', '当归 12g', '川芎 10g', '赤芍 12g', '地龙 10g', '桃仁 10g', '红花 9g', '丹参 20g', '葛根 30g',
  '生地黄 15g', '山药 20g', '天花粉 15g', '麦冬 15g', '五味子 9g', '茯苓 15g', '陈皮 9g', '半夏 9g', '甘草 6g'];

/** TCM hospital 门诊病历 in 宋体: 就诊日期 2025年03月04日, 中医诊断 before 西医诊断, a herbal prescription. */
export const outpatientTcmSerif: Layout = {
  id: 'outpatient-tcm-serif',
  kind: 'outpatient',
  split: 'tune',
  style: 'TCM hospital outpatient record, serif 12 pt, ring logo, herbal prescription grid, no ID number',
  exercises: ['就诊日期 2025年03月04日', 'TCM diagnoses 消渴病 / 中风病, western name printed or not',
    '医师 on the patient line (姓名 … 医师：…)', 'herb doses (numbers that are not dates)', 'negated history',
    'no ID number on the page'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: TCM, tcm: true,
    keys: ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE'] }),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const red = '#a81e22';
    logo(s, x0 + 60, 150, 58, red, 'ring');
    s.put(s.width / 2 + 40, 170, doc.hospital.name, st('serifBold', 21, { align: 'center', color: red }));
    s.put(s.width / 2 + 40, 250, '门 诊 病 历', st('serifSemi', 16, { align: 'center' }));
    s.line(x0, 290, s.width - x0, 290, 2.5, red);
    const head = st('serif', 12);
    const [sex, age] = sexAge(doc);
    s.put(x0, 360, `姓名：${doc.patient.name}`, head);
    s.put(x0 + 420, 360, `性别：${sex}`, head);
    s.put(x0 + 680, 360, `年龄：${age}`, head);
    s.put(x0 + 1000, 360, `医师：${doc.doctors.attending}`, head);
    s.put(x0, 420, `就诊日期：${formatDate(doc.dates.visit, 'cn')}`, head);
    s.put(x0 + 680, 420, `科室：${doc.department}`, head);
    s.line(x0, 455, s.width - x0, 455, 1, red);
    s.note({ name: doc.patient.name, visitDate: doc.dates.visit });

    const lh = px(12) * 1.75;
    let y = 530;
    const section = (text: string): void => {
      y = s.para(x0, y, w, text, head, lh) + 8;
    };
    section(`主诉：${doc.complaint}。`);
    section(`既往史：${doc.history.past}；${doc.history.negated}。`);
    section(`四诊摘要：神清，精神可，${rng.pick(['舌质暗红，苔薄白，脉弦细', '舌淡胖，苔白腻，脉滑', '舌红少苔，脉细数'])}。`);
    y = dxBlock(s, x0, y, '中医诊断：', doc.dx.tcm, { how: '1.', style: head, lineH: lh, final: true }) + 8;
    if (doc.dx.western.length > 0) y = dxBlock(s, x0, y, '西医诊断：', doc.dx.western, { how: '1.', style: head, lineH: lh, final: true }) + 8;
    section(`治法：${rng.pick(['益气活血，化痰通络', '益气养阴，清热生津', '平肝潜阳，活血化瘀'])}。`);
    s.put(x0, y, '处方：', head);
    const herbs = rng.sample(HERBS, 9);
    for (let r = 0; r < 3; r += 1) {
      for (let c = 0; c < 3; c += 1) s.put(x0 + 130 + c * 380, y + r * lh, herbs[r * 3 + c] ?? '', head);
    }
    y += 3 * lh + 8;
    section(`共${rng.pick([5, 7, 14])}剂，水煎服，日一剂，早晚分服。`);
    s.put(s.width - x0 - 380, y + lh, `医师：${doc.doctors.attending}`, head);
  },
};
