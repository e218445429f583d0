import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { pastHistory } from './kit';
import { para, suited, tcmDx, TCM_KEYS } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { codeOf, countyWords, followUp } from './tune10-kit';
import { besideTcm, homeIn, local15, nationOf, TCM15, tcmSplit } from './tune15-kit';

/** The formula a county TCM clinic writes for the first TCM diagnosis, with its 治法 and eight herbs. */
const FORMULA: readonly (readonly [RegExp, string, string, readonly string[]])[] = [
  [/消渴/u, '益气养阴，清热生津', '玉液汤加减', ['黄芪30g', '山药20g', '知母12g', '葛根20g', '天花粉15g', '五味子9g', '鸡内金12g', '麦冬12g']],
  [/中风/u, '益气活血，化瘀通络', '补阳还五汤加减', ['黄芪45g', '当归12g', '赤芍12g', '川芎10g', '地龙10g', '桃仁10g', '红花6g', '牛膝15g']],
  [/眩晕/u, '平肝潜阳，清火息风', '天麻钩藤饮加减', ['天麻12g', '钩藤15g', '石决明30g', '栀子10g', '黄芩10g', '杜仲15g', '桑寄生15g', '夜交藤20g']],
  [/胸痹/u, '活血化瘀，通脉止痛', '血府逐瘀汤加减', ['桃仁10g', '红花9g', '当归12g', '生地15g', '川芎10g', '赤芍12g', '柴胡9g', '枳壳10g']],
  [/肾衰|关格/u, '温补脾肾，泄浊化瘀', '温脾汤加减', ['制附子9g', '大黄6g', '党参15g', '干姜6g', '黄芪30g', '丹参15g', '茯苓15g', '甘草6g']],
];
const TONGUE = ['舌质淡红，苔薄白', '舌质暗红，苔薄黄', '舌红少苔', '舌淡胖，边有齿痕，苔白腻', '舌质紫暗，有瘀斑'];
const PULSE = ['脉弦细', '脉细数', '脉弦滑', '脉沉细', '脉细涩'];
/** The clinic a disease is seen in and what the patient tells of it (问诊). */
const CLINIC: Partial<Record<DiseaseKey, readonly [string, string]>> = { DIABETES: ['内分泌科', '口干多饮，乏力'],
  CEREBROVASCULAR_DISEASE: ['脑病科', '肢体麻木，乏力'], HYPERTENSION: ['心病科', '头晕目眩，耳鸣'], CORONARY_HEART_DISEASE: ['心病科', '胸闷气短，心悸'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['心病科', '胸闷气短，心悸'], URAEMIA_DIALYSIS: ['肾病科', '腰膝酸软，畏寒乏力'] };

/**
 * 中医门诊病历 of a Shanxi, Shaanxi, Gansu, Ningxia county 中医院 or an Inner Mongolia 中蒙医院: barcode top right, the
 * patient on three underlined lines (姓名, 民族, 身份证号 — truth — 就诊日期 — truth — 住址), 主诉 / 现病史 with the month the
 * illness began / 既往史, a bordered 四诊摘要 table (望 / 闻 / 问 / 切 with tongue and pulse), and the diagnoses in a bordered
 * table of 类别 | 诊断名称 | 证候 | 编码: 中医诊断 rows with the 病名 and its 证 in separate cells (消渴病 / 中风病 count; 眩晕病,
 * 胸痹心痛病 do not), 西医诊断 rows with ICD codes (counted). Then 治法, the formula and eight herbs, 7剂, a 复诊 date.
 */
export const tune15OutpatientTcmSizhen: Layout = {
  id: 'tune15-outpatient-tcm-sizhen',
  kind: 'outpatient',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia county 中医院 or Inner Mongolia 中蒙医院 中医门诊病历: barcode, underlined patient lines, '
    + 'bordered 四诊摘要 table, 类别 | 诊断名称 | 证候 | 编码 diagnosis table, herbal formula, serif 10.5–11.5 pt',
  exercises: ['就诊日期 2025年03月04日 / 2025-03-04 / 2025.03.04 in the underlined header (truth)', '民族 回族 / 蒙古族, 住址 with a 村 or 嘎查',
    '现病史 naming the month the illness began and 既往史 with an old illness (not truth, not counted)',
    '四诊摘要 as a bordered label-column table (望诊 / 闻诊 / 问诊 / 切诊, 舌质 / 苔 / 脉)',
    '中医诊断 with 病名 and 证候 in separate cells: 消渴病 | 气阴两虚证 (counts), 眩晕病 | 肝阳上亢证 (does not)',
    '西医诊断 rows with ICD-10 codes (counted), sometimes without the western name of 消渴病 / 中风病',
    '处方 of eight herbs, 7剂, and a 复诊 date a week on (not truth)'],
  doc: (rng) => local15(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: TCM_KEYS, hospitals: TCM15, compoundSurnames: 0.05 })),
    rng, { outside: 0.2, near: 0.1, avoid: /急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.put(x0, 140, doc.hospital.name, st('serifBold', 18, { spacing: 3 }));
    s.put(x0, 205, '中 医 门 诊 病 历', st('serifBold', 14, { spacing: 5 }));
    const bw = barcode(s, right - 330, 88, doc.recordNo, 64, 2.4);
    s.put(right - 330 + bw / 2, 186, `门诊号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 232, right, 232, 2.5);

    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    let y = 295;
    const lineOf = (cells: readonly (readonly [string, string, number])[]): void => {
      cells.forEach(([l, v, at]) => s.pair(x0 + w * at, y, l, v, b, f));
      s.line(x0, y + 14, right, y + 14, 1, '#666');
      y += lh * 1.3;
    };
    lineOf([['姓名：', p.name, 0], ['性别：', p.sex, 0.22], ['年龄：', `${p.age}岁`, 0.36], ['民族：', nationOf(doc, rng), 0.52],
      ['就诊日期：', formatDate(doc.dates.visit, ds), 0.7]]);
    lineOf([['身份证号：', p.idNumber, 0], ['科别：', CLINIC[doc.primary]?.[0] ?? '中医内科', 0.52],
      ['', rng.chance(0.7) ? '复诊' : '初诊', 0.9]]);
    lineOf([['住址：', homeIn(doc, rng), 0]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.25;
    };
    const began = addDays(doc.dates.visit, -rng.int(40, 400));
    const since = `${began.slice(0, 4)}年${Number(began.slice(5, 7))}月`;
    run('主诉：', `${followUp(doc)}。`);
    run('现病史：', `患者自${since}起症状加重，曾于当地诊所服药，效果欠佳，今为求中医调理来诊。`, [since]);
    run('既往史：', `${pastHistory(doc, rng)}。`);
    y += lh * 0.2;
    const tongue = rng.pick(TONGUE);
    y = sectionTable(s, x0, y, w, 170, [
      { label: '望诊', text: `神志清，精神${rng.pick(['可', '欠佳'])}，面色${rng.pick(['少华', '晦暗', '红润'])}，`
        + `形体${rng.pick(['适中', '偏胖', '偏瘦'])}；${tongue}。` },
      { label: '闻诊', text: '语声清晰，气息平和，未闻及异常气味。' },
      { label: '问诊', text: `${CLINIC[doc.primary]?.[1] ?? '乏力'}，纳${rng.pick(['可', '差'])}，`
        + `夜寐${rng.pick(['尚可', '欠安'])}，二便调。` },
      { label: '切诊', text: `${rng.pick(PULSE)}。BP ${rng.int(122, 168)}/${rng.int(70, 98)}mmHg。` },
    ], f, b, lh, { border: 1.3, shade: '#f1eee6' }) + lh * 0.9;

    // The diagnosis table: TCM rows (病名 | 证候) then western rows (name | ICD code).
    const tcm = tcmDx(doc, rng, ' ');
    const western = besideTcm(doc.dx.western, tcm, rng);
    const counted: Dx[] = tcm.map((d) => ({ text: tcmSplit(d)[0], key: d.key }));
    s.diagnoses([...counted, ...western]);
    const cw = [170, w - 170 - 330 - 190, 330, 190];
    let tf = pt;
    const names = [...counted, ...western].map((d) => d.text);
    while (tf > 9 && Math.max(...names.map((t) => s.measure(t, { ...f, pt: tf }))) > (cw[1] ?? 0) - 28) tf -= 0.5;
    const cell = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 0, label, align: i === 1 ? 'left' : 'center' });
    const rows: Cell[][] = [['类别', '诊断名称', '证候', '编码'].map((t, i) => cell(t, i, true)),
      ...tcm.map((d, i) => [cell(i === 0 ? '中医诊断' : '', 0), cell(tcmSplit(d)[0], 1), cell(tcmSplit(d)[1], 2), cell('', 3)]),
      ...western.map((d, i) => [cell(i === 0 ? '西医诊断' : '', 0), cell(d.text, 1), cell('', 2), cell(codeOf(d, i), 3)])];
    y = s.grid(x0, y, px(tf) * 2.1, rows, { ...f, pt: tf }, { label: b, shade: '#f1eee6', border: 1.3 }) + lh * 1.1;

    const [, method, name, herbs] = FORMULA.find(([re]) => re.test(tcm[0]?.text ?? '')) ?? FORMULA[0] ?? [/x/u, '', '', []];
    run('治法：', `${method}。`);
    run('处方：', `${name}`);
    herbs.forEach((h, i) => s.put(x0 + px(pt) * 3 + (i % 4) * 300, y + Math.floor(i / 4) * lh, h, f));
    y += lh * 2;
    s.put(x0 + px(pt) * 3, y, `共${rng.pick(['7', '7', '10', '14'])}剂，水煎400ml，日一剂，早晚温服。`, f);
    y += lh * 1.3;
    const back = formatDate(addDays(doc.dates.visit, 7), ds);
    run('医嘱：', `忌食辛辣油腻，畅情志，适劳逸；${back}复诊。`, [back]);
    y = Math.max(y + lh, 2050);
    const sw = s.put(x0 + w * 0.58, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.58 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
  },
};
