import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { COUNTY_MORE, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { pastHistory } from './kit';
import { labelRowTable, localTo } from './tune3-kit';
import { maskedMobile } from './tune5-kit';
import { settled, suited, tcmDx, TCM_KEYS, type TcmJoin } from './tune6-kit';
import { ticks } from './tune7-kit';
import { sectionTable } from './tune8-kit';
import { runnable } from './tune9-kit';

/** A formula for the TCM disease, as the herbs and doses the doctor writes (the first matching name). */
const FORMULA: readonly [RegExp, string, readonly string[]][] = [
  [/眩晕/u, '平肝潜阳，息风止眩', ['天麻10g', '钩藤15g（后下）', '石决明30g（先煎）', '川牛膝15g', '杜仲12g', '桑寄生15g', '黄芩10g', '茯神15g']],
  [/消渴/u, '益气养阴，生津止渴', ['黄芪30g', '生地黄15g', '山药20g', '山茱萸12g', '天花粉15g', '葛根20g', '麦冬12g', '五味子6g']],
  [/中风/u, '益气活血，化痰通络', ['黄芪45g', '当归12g', '赤芍12g', '川芎10g', '地龙10g', '桃仁10g', '红花6g', '石菖蒲10g']],
  [/胸痹/u, '活血化瘀，通脉止痛', ['丹参20g', '川芎12g', '赤芍12g', '桃仁10g', '红花6g', '瓜蒌15g', '薤白10g', '炙甘草6g']],
  [/肾衰|关格/u, '温补脾肾，泄浊解毒', ['黄芪30g', '党参15g', '白术12g', '茯苓15g', '大黄6g（后下）', '丹参15g', '淫羊藿12g', '车前子15g（包煎）']],
];

/** 舌象 and 脉象 as the 四诊 line writes them. */
const TONGUE = ['舌质暗红，苔薄白，脉弦细', '舌红少苔，脉细数', '舌淡暗，苔白腻，脉弦滑', '舌淡胖，边有齿痕，苔白，脉沉细'];

/** The TCM and western diagnoses of the visit: TCM ones first (病名 + 证型), then the western ones. */
function diagnoses(doc: Doc, rng: Rng): { tcm: Dx[]; western: readonly Dx[] } {
  const join: TcmJoin = rng.pick([' ', '（）', '\u3000'] as const);
  return { tcm: tcmDx(doc, rng, join), western: doc.dx.western };
}

/**
 * 中医门诊病历 of a county TCM hospital: the patient in bordered tables whose labels sit in a shaded row over the values
 * (姓名 | 性别 | 年龄 | 科室 | 就诊日期, then 身份证号 | 联系电话 | 医保类型 | 初复诊), the note as a label-column table, and the
 * diagnoses run together in one bordered cell that wraps (中医诊断：眩晕病 肝阳上亢证；西医诊断：高血压病2级、2型糖尿病), then
 * 治则治法 and the herbs four to a row with 共7剂.
 */
export const tune9OutpatientTcmCellwrap: Layout = {
  id: 'tune9-outpatient-tcm-cellwrap',
  kind: 'outpatient',
  split: 'tune',
  style: 'County TCM hospital (Shandong and other provinces) 中医门诊病历: shaded label-over-value header tables, '
    + 'label-column note table, diagnoses wrapped in one cell, herbal prescription, serif or sans 10.5–11.5 pt',
  exercises: ['labels in a shaded row, values in the row under them: 姓名 | 性别 | 年龄 | 科室 | 就诊日期 (2025年03月04日 / 2025-03-04 09:12, truth)',
    'a second label row: 身份证号 | 联系电话 (masked) | 医保类型 | ☑复诊 □初诊',
    'the note as a bordered two-column table: 主诉 / 现病史 / 既往史 / 四诊摘要 / 体格检查 / 诊断 / 治则治法 / 处方 / 医嘱',
    'the diagnoses run together in the 诊断 cell and wrapping inside it: 中医诊断：眩晕病 肝阳上亢证；西医诊断：高血压病2级、2型糖尿病… '
      + 'or all joined by 、 (TCM items with 证型 and western items all counted; only 消渴病 / 中风病 carry a catalogue key)',
    'past illness, denials and family history in their cell (not counted)', 'herbs with doses four to a row, 共7剂 水煎服',
    '复诊 date in 医嘱 (not the visit)', '医师签名 handwritten'],
  doc: (rng) => settled(suited(localTo(runnable(makeDoc(rng, { kind: 'outpatient', keys: TCM_KEYS,
    hospitals: [...TCM, ...PROVINCES_TCM, ...COUNTY_MORE.filter((h) => h.name.includes('中医'))], compoundSurnames: 0.1 })), rng))),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const face = serif ? rng.pick(['serif', 'serifLight'] as const) : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.6;
    const shade = rng.pick(['#eeeeee', '#eef2ea', '#f3efe6']);

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 232, '中 医 门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));
    const small = st(face, 9.5);
    s.put(x0, 300, `门诊号：${doc.recordNo}`, small);
    s.put(right, 300, `就诊科室：${doc.department}门诊`, { ...small, align: 'right' });

    const [sex, age] = sexAge(doc);
    const timed = rng.chance(0.4);
    const ds: DateStyle = timed ? rng.pick(['isoTime', 'cnTime'] as const) : rng.pick(['cn', 'cnShort', 'iso'] as const);
    const visit = formatDate(doc.dates.visit, ds, doc.times.visit);
    const dw = Math.max(330, s.measure(visit, f) + 40);
    let y = labelRowTable(s, x0, 325, [
      { label: '姓名', value: doc.patient.name, w: 250 }, { label: '性别', value: sex, w: 150 }, { label: '年龄', value: age, w: 160 },
      { label: '科室', value: doc.department, w: w - 560 - dw }, { label: rng.pick(['就诊日期', '日期', '就诊时间']), value: visit, w: dw },
    ], b, f, { shade, border: 1.4 });
    const first = rng.chance(0.25);
    y = labelRowTable(s, x0, y, [
      { label: '身份证号', value: doc.patient.idNumber, w: 560 }, { label: '联系电话', value: maskedMobile(rng), w: 300 },
      { label: '医保类型', value: rng.pick(['居民医保', '职工医保', '自费']), w: 240 },
      { label: '初/复诊', value: ticks(['初诊', '复诊'], first ? '初诊' : '复诊'), w: w - 1100 },
    ], b, f, { shade, border: 1.4 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const { tcm, western } = diagnoses(doc, rng);
    s.diagnoses([...tcm, ...western]);
    const tcmT = tcm.map((d) => d.text);
    const wT = western.map((d) => d.text);
    const dxText = rng.chance(0.6) && tcmT.length > 0 ? `中医诊断：${tcmT.join('；')}；西医诊断：${wT.join(rng.pick(['、', '；']))}`
      : [...tcmT, ...wT].join('、');
    const formula = FORMULA.find(([re]) => re.test(tcmT[0] ?? '')) ?? FORMULA[0];
    const rule = formula?.[1] ?? '辨证施治';
    const herbs = formula?.[2] ?? [];
    const herbLines: string[] = [];
    for (let i = 0; i < herbs.length; i += 4) herbLines.push(herbs.slice(i, i + 4).join('\u3000\u3000'));
    herbLines.push(`共${rng.pick([7, 7, 14])}剂，水煎服，日一剂，早晚分服。`);
    const parts = doc.complaint.split('，');
    const next = formatDate(addDays(doc.dates.visit, rng.pick([7, 14])), 'cnShort');
    const labelW = 190;
    y = sectionTable(s, x0, y + lh * 0.8, w, labelW, [
      { label: '主诉', text: doc.complaint },
      { label: '现病史', text: `患者${parts[0] ?? ''}，${first ? '未系统诊治' : '曾在我院门诊中西医结合治疗'}，近${parts[parts.length - 1] ?? ''}，`
        + `${rng.pick(['伴口干口苦，心烦易怒', '伴神疲乏力，少气懒言', '伴腰膝酸软，夜尿频多'])}，纳可，眠差，二便调。` },
      { label: '既往史', text: `${pastHistory(doc, rng)}。家族史：${doc.history.family}。` },
      { label: '四诊摘要', text: `神志清，精神${rng.pick(['可', '欠佳'])}，面色${rng.pick(['少华', '晦暗', '红润'])}，${rng.pick(TONGUE)}。` },
      { label: '体格检查', text: `BP ${rng.int(124, 176)}/${rng.int(72, 104)}mmHg，心率${rng.int(62, 94)}次/分，律齐，双肺呼吸音清，双下肢无水肿。` },
      { label: '诊断', text: dxText, keep: [...tcmT, ...wT] },
      { label: '治则治法', text: rule },
      { label: '处方', lines: herbLines },
      { label: '医嘱', text: `继续口服${doc.medicines.slice(0, 2).join('，')}；清淡饮食，调畅情志；${next}复诊。`, keep: [next, ...doc.medicines] },
    ], f, b, lh, { shade, border: 1.4 });

    y = Math.max(y + lh * 2, 1960);
    const sw = s.put(x0 + w * 0.6, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.6 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2220, `地址：${doc.hospital.address}\u3000电话：${doc.hospital.phone}`, st(face, 9, { color: '#444' }));
  },
};
