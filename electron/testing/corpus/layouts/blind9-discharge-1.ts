import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { handWidth } from './tune4-kit';
import { suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { md } from './tune11-kit';
import { fixedPitch, local9, NORTH_EAST9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];
const JOBS = ['退休', '退休职工', '矿工', '农民', '工人', '无业', '个体', '林业职工'];
const TIMED: readonly DateStyle[] = ['isoTime', 'slashTime', 'isoTime'];
const DAYS: readonly DateStyle[] = ['iso', 'dotPad', 'slash'];

/** `text` padded with spaces to `cols` columns (at least two spaces after it). */
const padTo = (text: string, cols: number): string => text + ' '.repeat(Math.max(2, cols - DotMatrix.width(text)));

/**
 * 出院记录 of a north-eastern city, county or mining-group hospital printed from an old text-mode HIS on a laser printer: every
 * line in one fixed pitch (宋体 or 黑体 10–10.5 pt, a CJK character two columns), half-width colons, rules of = and -, the
 * title printed double size. Truth: 姓名, 身份证号 and 入院时间 / 出院时间 on the header lines, 出院诊断 (one per line). Decoys:
 * 门诊诊断 and 入院诊断 (superseded), the past illness and a relative's disease in 入院情况, the procedure's day in 诊疗经过,
 * the 复查 day in the orders, 记录日期 and 打印日期 after the discharge, the doctors' names.
 */
export const blind9Discharge1: Layout = {
  id: 'blind9-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'North-eastern city / county / mining-group hospital 出院记录 from a text-mode HIS: fixed-pitch 宋体 or 黑体 10–10.5 pt, '
    + 'half-width colons, = and - rules, double-size title, handwritten signature',
  exercises: ['fixed-pitch columns with spaces between the fields (姓名:张三      性别:男 …)', '入院时间 / 出院时间 with times (truth)',
    '门诊诊断 / 入院诊断 (not counted) over 出院诊断 one a line (counted)', 'procedure day, 复查 day, 记录日期, 打印日期 (not truth)'],
  doc: (rng) => local9(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: NORTH_EAST9, compoundSurnames: 0.04,
    yearEnd: 0.12 })), rng, { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const pt = rng.pick([10, 10.5]);
    const f = st(rng.chance(0.7) ? 'serif' : 'sans', pt);
    const col = px(pt) * 0.55;
    const x0 = 120;
    const W = Math.min(90, Math.floor((s.width - 2 * x0) / col));
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    let y = 190;
    const out = (text: string, indent = 0): void => {
      fixedPitch(s, x0 + indent * col, y, text, col, f);
      y += lh;
    };
    const big = { ...f, pt: pt * 1.7, face: f.face === 'serif' ? 'serifBold' as const : 'sansBold' as const };
    const centred = (text: string): void => {
      fixedPitch(s, x0 + ((W - DotMatrix.width(text) * 1.7) / 2) * col, y, text, col * 1.7, big);
      y += lh * 1.9;
    };
    centred(doc.hospital.name);
    centred(rng.pick(['出 院 记 录', '出院记录', '出 院 小 结']));
    const no = `病案号:${doc.recordNo}`;
    out(padTo(`第${rng.int(1, 4)}次住院`, W - DotMatrix.width(no)) + no);
    out('='.repeat(W));
    const timed = rng.chance(0.6);
    const ds = rng.pick(timed ? TIMED : DAYS);
    const word = timed ? '时间' : '日期';
    out([padTo(`姓名:${p.name}`, 18), padTo(`性别:${p.sex}`, 10), padTo(`年龄:${p.age}岁`, 12), padTo(`科室:${doc.department}`, 24),
      `床号:${doc.bed}`].join(''));
    out(padTo(`身份证号:${p.idNumber}`, 40) + padTo(`职业:${rng.pick(JOBS)}`, 22) + `婚姻:${rng.pick(['已婚', '已婚', '丧偶'])}`);
    out(padTo(`入院${word}:${formatDate(doc.dates.admission, ds, doc.times.admission)}`, 40)
      + padTo(`出院${word}:${formatDate(doc.dates.discharge, ds, doc.times.discharge)}`, 40) + `住院:${doc.stayDays}天`);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    out('-'.repeat(W));

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const list = (label: string, lines: readonly string[]): void =>
      lines.forEach((t, i) => out(i === 0 ? `${label}:${t}` : t, i === 0 ? 0 : 9));
    out(`门诊诊断:${doc.dx.admission[0]?.text ?? ''}`);
    list('入院诊断', listed(doc.dx.admission, how));
    list('出院诊断', listed(doc.dx.western, how));
    s.diagnoses(doc.dx.western);
    out('-'.repeat(W));

    const prose = (label: string, text: string): void => {
      DotMatrix.wrap(text, W - 9).forEach((t, i) => out(i === 0 ? `${label}:${t}` : t, i === 0 ? 0 : 9));
      y += lh * 0.3;
    };
    prose('入院情况', `患者因${doc.complaint}入院。既往史:${pastHistory(doc, rng)}。家族史:${kin(rng)}。查体:BP ${rng.int(128, 176)}/`
      + `${rng.int(72, 104)}mmHg,神志清,双肺呼吸音清,心律齐。`);
    const procedure = doc.primary === 'HYPERTENSION' || doc.primary === 'DIABETES' ? '' : `${md(doc.dates.surgery)}行${doc.procedure}。`;
    const lab = doc.labs[0]?.rows[1];
    prose('诊疗经过', `入院后完善相关检查,${lab ? `${lab.name}${lab.value}${lab.unit}${lab.flag},` : ''}予${doc.course}等治疗。`
      + `${procedure}经治疗病情好转,准予出院。`);
    prose('出院情况', '一般状态可,无明显不适,生命体征平稳。');
    const review = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 14, 30])), 'iso');
    const orders = [`1.继续口服${doc.medicines.slice(0, 2).join(',')}`, '2.低盐低脂饮食,适当活动,监测血压血糖',
      `3.${review}门诊复查,不适随诊`];
    orders.forEach((t, i) => out(i === 0 ? `出院医嘱:${t}` : t, i === 0 ? 0 : 9));
    out('-'.repeat(W));

    y += lh * 0.6;
    const sign = x0 + DotMatrix.width('经治医师:') * col;
    fixedPitch(s, x0, y, '经治医师:', col, f);
    const hw = handWidth(s, doc.doctors.resident, pt * 1.3);
    handwritten(s, sign + 10, y, doc.doctors.resident, pt * 1.3, rng);
    fixedPitch(s, Math.max(sign + hw + 40, x0 + 40 * col), y, `主治医师:${doc.doctors.attending}`, col, f);
    y += lh * 1.6;
    out(`记录日期:${formatDate(doc.dates.discharge, 'iso')}`, 40);
    const printed = formatDate(printedOn(doc), 'isoSec', doc.times.print);
    y = Math.max(y + lh, 2160);
    out(padTo(`打印日期:${printed}`, 46) + padTo(`操作员:${String(rng.int(1001, 1999))}`, 20) + '第1页/共1页');
  },
};
