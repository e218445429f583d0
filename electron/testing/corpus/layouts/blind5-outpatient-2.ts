import { makeDoc } from '../case';
import { COUNTY_MORE, TCM } from '../hospitals';
import { handwritten, idBoxes } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { pastHistory } from './kit';
import { COUNTY5, type F5, flow, fmt, home, sane } from './blind5-kit';

const HERBS = ['黄芪30g', '党参15g', '麦冬12g', '五味子9g', '生地黄15g', '山药20g', '丹参20g', '川芎12g', '赤芍12g', '地龙10g',
  '天麻12g', '钩藤15g', '牛膝15g', '茯苓15g', '白术12g', '当归12g', '葛根20g', '瓜蒌15g', '薤白10g', '炙甘草6g', '石决明30g', '陈皮9g'];
const TONGUE = ['舌质暗红，苔薄白，脉弦细', '舌淡胖，边有齿痕，苔白腻，脉沉细', '舌红少苔，脉细数', '舌暗有瘀斑，苔薄，脉涩'];
const METHOD = ['益气养阴，活血通络', '平肝潜阳，滋养肝肾', '益气活血，化痰通络', '健脾益肾，利水化湿'];

/**
 * 中医门诊病历 of a county TCM hospital: dark-red heading and rules, the patient as name with sex and age in brackets,
 * the ID in eighteen printed boxes, 四诊 and 辨证 sections, 中医 and 西医 diagnoses on their own lines, an herbal
 * prescription in four columns, the doctor's signature by hand.
 */
export const blind5Outpatient2: Layout = {
  id: 'blind5-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'County TCM hospital 中医门诊病历: red heading, boxed ID, 四诊 sections, herbal prescription grid, serif 12 pt',
  exercises: ['name with sex and age in one cell', 'ID in boxes', 'TCM and western diagnoses on separate lines', 'visit date styles incl. weekday'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'outpatient', tcm: true, aliases: true, compoundSurnames: 0.1,
    hospitals: [...TCM, ...COUNTY5.filter((x) => x.name.includes('中医')), ...COUNTY_MORE.filter((x) => x.name.includes('中医'))],
    keys: ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT'] }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const red = rng.pick(['#8c1c13', '#7a1f1f', '#9b2226']);
    const face = rng.pick(['serif', 'serifLight'] as const);
    const pt = rng.pick([11.5, 12]);
    const f = st(face, pt);
    const b = st('serifSemi', pt);
    const lh = px(pt) * 1.6;
    const x0 = 140;
    const x1 = s.width - x0;
    const w = x1 - x0;

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 19, { align: 'center', color: red, spacing: 4 }));
    s.put(s.width / 2, 255, '中医门诊病历', st('serifBold', 16, { align: 'center', color: red, spacing: 14 }));
    s.line(x0, 290, x1, 290, 2.5, red);
    const no = `门诊号：${doc.recordNo}`;
    s.put(x1, 330, no, st(face, 10, { align: 'right' }));

    // The patient: name, sex and age in one cell.
    const who = rng.pick([`${p.name}（${p.sex}，${p.age}岁）`, `${p.name}  ${p.sex}  ${p.age}岁`, `${p.name}/${p.sex}/${p.age}岁`]);
    let y = 390;
    s.put(x0, y, `${rng.pick(['患者', '姓名'])}：${who}`, f);
    const vs: F5 = rng.pick(['week', 'cnShort', 'cn', 'dot', 'cnNumeralO'] as const);
    s.put(x1, y, `就诊日期：${fmt(doc.dates.visit, vs)}`, { ...f, align: 'right' });
    y += lh * 1.2;
    const lw = s.put(x0, y, '身份证号码：', f);
    idBoxes(s, x0 + lw + 6, y, p.idNumber, 40, st('sans', 11));
    y += lh * 1.2;
    s.put(x0, y, `住址：${home(doc, rng)}`, f);
    s.put(x1, y, `职业：${rng.pick(['农民', '退休', '无业', '个体'])}`, { ...f, align: 'right' });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, x1, y, 1, red);
    y += lh * 1.2;

    const section = (label: string, text: string): void => {
      const l = s.put(x0, y, label, b);
      y = flow(s, x0, y, w, text, f, lh, [], l + 6) + lh * 0.2;
    };
    section('主诉：', doc.complaint + '。');
    section('现病史：', `患者${rng.pick(['平素', '近来', '自发病以来'])}${rng.pick(['口干乏力', '头晕目眩', '胸闷气短', '肢体麻木', '腰膝酸软'])}，`
      + `${rng.pick(['纳可', '纳差', '纳眠可'])}，${rng.pick(['二便调', '小便频', '大便偏干'])}。${rng.pick(['曾服西药治疗', '长期口服西药', '间断中药调理'])}，`
      + `今来我科求中医治疗。`);
    section('既往史：', `${pastHistory(doc, rng)}。`);
    section('四诊摘要：', `神清，面色${rng.pick(['少华', '晦暗', '红润'])}，语声${rng.pick(['低微', '如常'])}。${rng.pick(TONGUE)}。`);
    section('辅助检查：', `血压${rng.int(128, 176)}/${rng.int(72, 100)}mmHg。${doc.labs[0]?.rows[0] ? `${doc.labs[0].rows[0].name}${doc.labs[0].rows[0].value}${doc.labs[0].rows[0].unit}。` : ''}`);

    // Diagnoses, TCM then western.
    const dl = s.put(x0, y, '诊断：', b);
    const keep = [...doc.dx.tcm, ...doc.dx.western].map((d) => d.text);
    y = flow(s, x0 + dl, y, w - dl, `中医诊断：${doc.dx.tcm.map((d) => d.text).join('；')}`, f, lh, keep);
    if (doc.dx.western.length > 0) y = flow(s, x0 + dl, y, w - dl, `西医诊断：${doc.dx.western.map((d) => d.text).join('；')}`, f, lh, keep);
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    y += lh * 0.2;
    section('治法：', rng.pick(METHOD) + '。');

    // Prescription, four herbs to a row.
    const herbs = rng.sample(HERBS, rng.int(8, 12));
    s.put(x0, y, '处方：', b);
    const cw = (w - px(pt) * 4) / 4;
    herbs.forEach((hb, i) => s.put(x0 + px(pt) * 4 + (i % 4) * cw, y + Math.floor(i / 4) * lh, hb, f));
    y += Math.ceil(herbs.length / 4) * lh;
    const days = rng.pick([5, 7, 7, 14]);
    y = flow(s, x0 + px(pt) * 4, y, w - px(pt) * 4, `共${days}剂，水煎服，日一剂，早晚分服。`, f, lh) + lh * 0.3;
    section('医嘱：', `${rng.pick(['清淡饮食', '低盐低脂饮食', '控制饮食'])}，调畅情志，西药照常服用，${days}天后复诊。`);

    y = Math.max(y + lh * 1.5, 1900);
    const sl = s.put(x1 - 400, y, '医师签名：', f);
    handwritten(s, x1 - 400 + sl + 6, y, doc.doctors.attending, pt * 1.35, rng);
    s.line(x0, 2170, x1, 2170, 1, red);
    s.put(s.width / 2, 2205, `${doc.hospital.address}  ${doc.hospital.phone}`, st(face, 9, { align: 'center', color: red }));
  },
};
