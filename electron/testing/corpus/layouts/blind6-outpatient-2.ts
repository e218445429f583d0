import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { TCM } from '../hospitals';
import { handwritten, signature } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId } from './kit';
import { deny, reword, TCM6 } from './blind6-kit';

const HERBS = ['黄芪', '党参', '白术', '茯苓', '山药', '生地黄', '麦冬', '五味子', '丹参', '川芎', '天麻', '钩藤', '葛根', '石决明',
  '牛膝', '赤芍', '当归', '地龙', '半夏', '陈皮', '枸杞子', '山茱萸', '甘草', '桑寄生'];
const TONGUE = ['舌淡红，苔薄白，脉弦细', '舌暗红，苔薄黄，脉弦', '舌淡胖，边有齿痕，苔白腻，脉沉细', '舌红少苔，脉细数', '舌紫暗，苔白，脉涩'];
const METHOD = ['益气养阴，活血通络', '平肝潜阳，滋养肝肾', '健脾化痰，祛瘀通络', '补益肝肾，活血化瘀'];

/** County TCM hospital 中医门诊病历 on the upper half of a sheet: underlined fill-ins, 舌脉, two diagnosis lines, a herb grid. */
export const blind6Outpatient2: Layout = {
  id: 'blind6-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'County TCM hospital half-sheet outpatient record with herbs',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'outpatient', hospitals: [...TCM6, ...TCM], tcm: true, compoundSurnames: 0.08 }), rng,
    { tcm: true, near: 0.15 }),
  draw(s, doc, rng) {
    const face = rng.pick(['serif', 'serifMedium', 'sans'] as const);
    const bold = face === 'sans' ? 'sansBold' : 'serifBold';
    const pt = rng.pick([12, 12.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.8;
    const x0 = 140;
    const w = s.width - 2 * x0;
    const p = doc.patient;
    const red = '#a3262a';

    s.put(s.width / 2, 170, doc.hospital.name, st(bold, 20, { align: 'center', color: red, spacing: 6 }));
    s.put(s.width / 2, 240, rng.pick(['中医门诊病历', '门诊病历（中医）', '中医科门诊记录']), st(bold, 15, { align: 'center', spacing: 4 }));
    s.put(x0 + w, 240, `No.${doc.recordNo.slice(-7)}`, st('sans', 10, { align: 'right', color: red }));

    const small = st(face, pt - 0.5);
    const y1 = 320;
    const fill = (x: number, y: number, label: string, value: string, lineW: number): void => {
      const lw = s.put(x, y, label, small, false);
      s.line(x + lw, y + 10, x + lw + lineW, y + 10, 1.2, '#555');
      s.put(x + lw + 10, y, value, small, false);
      s.record(x, y, label + value, x + lw + 10 + s.measure(value, small));
    };
    fill(x0, y1, '姓名', p.name, 180);
    fill(x0 + w * 0.26, y1, '性别', p.sex, 70);
    fill(x0 + w * 0.42, y1, '年龄', `${p.age}岁`, 110);
    const hand = rng.chance(0.45);
    const ds: DateStyle = rng.pick(['cnNumeralO', 'cnShort', 'dot', 'cn'] as const);
    const dl = s.put(x0 + w * 0.62, y1, rng.pick(['就诊日期', '日期']), small);
    const dateText = formatDate(doc.dates.visit, hand ? rng.pick(['dot', 'cnShort'] as const) : ds);
    s.line(x0 + w * 0.62 + dl, y1 + 10, x0 + w, y1 + 10, 1.2, '#555');
    if (hand) handwritten(s, x0 + w * 0.62 + dl + 14, y1 - 2, dateText, pt * 1.15, rng);
    else s.put(x0 + w * 0.62 + dl + 10, y1, dateText, small);
    const y2 = y1 + lh * 1.1;
    fill(x0, y2, rng.pick(['医保卡号', '社保卡号', '身份证号']), maskedId(p.idNumber), 430);
    fill(x0 + w * 0.62, y2, '科室', doc.department, 200);
    s.note({ name: p.name, visitDate: doc.dates.visit });

    let y = y2 + lh * 1.4;
    const para = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = s.para(x0, y, w, text, f, lh, lw);
    };
    para('主诉：', `${doc.complaint}。`);
    para('病史：', `${doc.history.past}，${deny(doc, rng)}。`);
    para('舌脉：', `${rng.pick(TONGUE)}。`);
    const tcm = doc.dx.tcm;
    para('中医诊断：', tcm.map((d) => d.text).join('，'));
    s.diagnoses(tcm);
    const west = doc.dx.western;
    para(rng.pick(['西医诊断：', '西医：']), west.map((d) => d.text).join('，'));
    s.diagnoses(west);
    para('治法：', `${rng.pick(METHOD)}。`);

    const herbs = rng.sample(HERBS, rng.pick([8, 12]));
    s.put(x0, y, 'Rp：', b);
    herbs.forEach((hb, i) => {
      const cx = x0 + 120 + (i % 4) * ((w - 120) / 4);
      s.put(cx, y + Math.floor(i / 4) * lh, `${hb} ${rng.pick([6, 9, 10, 12, 15, 20, 30])}g`, f);
    });
    y += Math.ceil(herbs.length / 4) * lh;
    s.put(x0 + 120, y, `共${rng.pick(['七', '五', '十四'])}剂，水煎服，日一剂，早晚分服。`, f);
    y = Math.max(y + lh * 1.3, 1120);
    const sw = s.put(x0 + w * 0.6, y, '医师：', f);
    signature(s, x0 + w * 0.6 + sw + 10, y, 170, rng);
    const bottom = Math.max(1210, y + 90);
    s.rect(100, 80, s.width - 200, bottom - 80, 3, red);
    s.g.setLineDash([14, 10]);
    s.line(60, bottom + 90, s.width - 60, bottom + 90, 1.2, '#999');
    s.g.setLineDash([]);
  },
};
