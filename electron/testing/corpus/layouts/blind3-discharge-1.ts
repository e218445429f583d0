import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_TCM, pastOnly, writeText } from './blind3-kit';
import { icdOf } from './kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];

const TCM_CODE: readonly [RegExp, string][] = [[/消渴/u, 'BNV060'], [/中风/u, 'BNG080'], [/眩晕/u, 'BNG070'], [/胸痹/u, 'BNX020'],
  [/水肿/u, 'BNS010'], [/不寐/u, 'BNX050']];
const tcmCode = (d: Dx): string => TCM_CODE.find(([re]) => re.test(d.text))?.[1] ?? 'BNW000';

const TONGUE = ['舌质暗红，苔薄白，脉弦细', '舌淡红，苔白腻，脉弦滑', '舌红少苔，脉细数', '舌暗淡，边有瘀点，苔薄白，脉沉涩'];
const FORMULA = ['补阳还五汤', '天麻钩藤饮', '六味地黄丸', '血府逐瘀汤', '参芪地黄汤', '玉女煎', '半夏白术天麻汤'];

export const blind3Discharge1: Layout = {
  id: 'blind3-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'blind3 layout 1',
  exercises: ['blind'],
  doc: (rng) => plausible(makeDoc(rng, { kind: 'discharge', hospitals: B3_TCM, tcm: true, keys: KEYS, aliases: true, yearEnd: 0.08,
    compoundSurnames: 0.1 })),
  draw(s, doc, rng) {
    s.ink = '#1b1b1b';
    const x0 = 140;
    const x1 = s.width - 140;
    const w = x1 - x0;
    const small = st('serif', 9.5);
    s.put(x0, 112, `病案号：${doc.recordNo}`, small);
    s.put(x1, 112, `住院次数：第${rng.int(1, 4)}次`, { ...small, align: 'right' });
    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 8 }));
    s.put(s.width / 2, 262, '出院记录', st('serifBold', 14, { align: 'center', spacing: 16 }));

    const [sex, age] = sexAge(doc);
    const head = st('serif', 10.5);
    const job = doc.patient.age >= 62 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '工人', '个体', '教师', '职员']);
    const spread = (y: number, cells: readonly string[]): void => {
      const gap = (w - cells.reduce((n, c) => n + s.measure(c, head), 0)) / (cells.length - 1);
      let x = x0;
      for (const c of cells) x += s.put(x, y, c, head) + gap;
    };
    spread(340, [`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, '民族：汉族', `职业：${job}`, '婚姻：已婚']);
    spread(392, [`科别：${doc.department}`, `病区：${rng.pick(['一', '二', '三', '五'])}病区`, `床号：${doc.bed}床`,
      `医保类别：${rng.pick(['城乡居民', '城镇职工', '自费'])}`]);
    s.line(x0, 420, x1, 420, 2.5);
    s.line(x0, 427, x1, 427, 1);
    const hour = (d: string, m: number): string => formatDate(d, 'cnHour', m);
    spread(482, [`入院时间：${hour(doc.dates.admission, doc.times.admission)}`, `出院时间：${hour(doc.dates.discharge, doc.times.discharge)}`,
      `住院天数：${doc.stayDays}天`]);
    s.note({ name: doc.patient.name, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const body = st('serif', 11);
    const bold = st('serifBold', 11);
    const lh = px(11) * 1.75;
    const section = (y: number, label: string, text: string): number => {
      const lw = s.put(x0, y, label, bold);
      return writeText(s, x0, y, w, text, body, lh, lw) + 10;
    };
    const short = (d: string): string => formatDate(d, 'cnShort');
    const dot = (d: string): string => formatDate(d, 'dot');
    const bp = `${rng.int(138, 186)}/${rng.int(78, 108)}`;
    let y = section(560, '入院情况：', `患者因“${doc.complaint}”于${short(doc.dates.admission)}入院。既往史：${pastOnly(doc, rng)}。`
      + `家族史：${doc.history.family}。入院查体：T ${(36 + rng.int(2, 8) / 10).toFixed(1)}℃，BP ${bp}mmHg，神志清，精神可，${rng.pick(TONGUE)}。`);
    const tcmAdm = (doc.dx.tcm[0]?.text ?? '').replace(/（.*）/u, '');
    const adm = doc.dx.admission.map((d, i) => `${i + 1}.${d.text}`).join('  ');
    y = section(y, '入院诊断：', `中医：${tcmAdm}\u3000\u3000西医：${adm}`);
    const lab = doc.labs[0]?.rows[0];
    const labText = lab ? `${dot(addDays(doc.dates.admission, 1))}查${lab.name}${lab.value}${lab.unit}，` : '';
    y = section(y, '诊疗经过：', `入院后完善血常规、肝肾功能、心电图等检查，${labText}予${doc.course}等治疗；中医辨证施治，予${rng.pick(FORMULA)}加减，`
      + `每日1剂，水煎服，辅以针刺、耳穴压豆治疗。${dot(doc.dates.surgery)}行${doc.procedure}，过程顺利。经治疗患者症状明显减轻，病情好转出院。`);

    s.put(x0, y, '出院诊断：', bold);
    const tcm = doc.dx.tcm;
    const western = doc.dx.western;
    s.diagnoses([...tcm, ...western]);
    const cw = [160, 690, 190, 170, w - 1210];
    const cell = (text: string, i: number, label = false) => ({ text, w: cw[i] ?? 100, label, align: i === 1 ? ('left' as const) : ('center' as const) });
    const outcome = (d: Dx): string => (d.key ? rng.pick(['好转', '好转', '好转', '治愈']) : rng.pick(['好转', '未愈']));
    const onAdmit = (i: number): string => (i === 0 ? '有' : rng.pick(['有', '有', '有', '临床未确定']));
    const rows = [
      ['类别', '诊断名称', '疾病编码', '入院病情', '转归'].map((t, i) => cell(t, i, true)),
      ...tcm.map((d, i) => [cell(i === 0 ? '中医诊断' : '', 0), cell(d.text, 1), cell(tcmCode(d), 2), cell(onAdmit(i), 3), cell(outcome(d), 4)]),
      ...western.map((d, i) => [cell(i === 0 ? '主要诊断' : '其他诊断', 0), cell(d.text, 1), cell(icdOf(d, i), 2), cell(onAdmit(i), 3),
        cell(outcome(d), 4)]),
    ];
    y = s.grid(x0, y + 26, 54, rows, st('serif', 10.5), { label: st('serifSemi', 10.5), shade: '#efefef', border: 1.3 }) + 66;

    y = section(y, '出院情况：', `患者${rng.pick(['头晕', '乏力', '胸闷', '口干'])}等症状较前明显缓解，饮食、睡眠可，二便调。查体：BP ${rng.int(120, 142)}/${rng.int(70, 88)}mmHg，`
      + `${rng.pick(TONGUE)}。`);
    s.put(x0, y, '出院医嘱：', bold);
    const follow = addDays(doc.dates.discharge, 14);
    const orders = [
      `1.出院带药：${doc.medicines.join('；')}。`,
      '2.中药继服7剂，每日1剂，早晚温服。',
      `3.低盐低脂饮食，畅情志，适当活动；出院后2周（${short(follow)}）至${doc.department}门诊复诊。`,
      '4.如有不适，及时就诊。',
    ];
    y += lh;
    for (const o of orders) y = writeText(s, x0 + px(11) * 2, y, w - px(11) * 2, o, body, lh);

    const sy = Math.max(y + 70, 2020);
    const f = st('serif', 11);
    const a = s.put(x0, sy, '住院医师：', f);
    handwritten(s, x0 + a + 8, sy, doc.doctors.resident, 13, rng);
    const b = s.put(x0 + 470, sy, '主治医师：', f);
    handwritten(s, x0 + 470 + b + 8, sy, doc.doctors.attending, 13, rng);
    s.put(x1, sy, `记录日期：${formatDate(doc.dates.discharge, 'cn')}`, { ...f, align: 'right' });
    s.line(x0, 2196, x1, 2196, 1);
    s.put(x0, 2238, `${doc.hospital.name}住院病历`, st('serif', 9));
    s.put(x1, 2238, '第1页 共1页', st('serif', 9, { align: 'right' }));
  },
};
