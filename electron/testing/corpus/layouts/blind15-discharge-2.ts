import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, idBoxes } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, pastHistory } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, denial, kin } from './tune10-kit';
import { boundMargin, localB15, placeB15, WEST_B15 } from './blind15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

const yuan = (v: number): string => v.toFixed(2);

/**
 * 出院记录 of a Xinjiang or Qinghai county hospital, taken out of the bound 住院病历 (punched holes and a dashed binding rule at
 * the left): the 住院号 in boxed digits at the top right, the patient on underlined fill-in lines (身份证号 — truth —; 民族 回族 /
 * 土族; 入院时间 / 出院时间 with the hour — truth), run-in sections with the first examination's day, 入院诊断 on one line (not
 * counted), 出院诊断 split into 主要诊断 and 其他诊断 (all counted), the 医保 settlement box with its 结算日期 and sums (not
 * truth), 记录日期 beside the signatures.
 */
export const blind15Discharge2: Layout = {
  id: 'blind15-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Xinjiang / Qinghai county hospital 出院记录 out of the bound record: punched margin, boxed 住院号, underlined fill-in header, '
    + 'run-in sections, 主要诊断 / 其他诊断, 医保结算 box, serif or sans 11–12 pt',
  exercises: ['binding holes and a dashed rule in the left margin', '住院号 in boxed digits (not an ID)', '入院时间 / 出院时间 with 时 分',
    '主要诊断 and 其他诊断 (counted) after a one-line 入院诊断', '结算日期 and money sums in a bordered box (not truth)', '记录日期'],
  doc: (rng) => localB15(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: WEST_B15, compoundSurnames: 0.04,
    yearEnd: 0.12 })), rng, { outside: 0.3, near: 0.25 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    boundMargin(s, 170, rng);
    const x0 = 230;
    const right = s.width - 110;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const val: Style = st(serif ? 'sans' : 'serif', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const qinghai = placeB15(doc.hospital) === '青海';

    s.put(x0, 110, '住院病历', st(f.face, 9, { color: '#555' }));
    s.put(x0 + w / 2, 170, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(x0 + w / 2, 245, '出 院 记 录', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 8 }));
    const nw = s.put(right - 10 * 34 - 8, 110, '住院号', st(f.face, 9.5), false);
    s.record(right - 10 * 34 - 8, 110, '住院号', right - 10 * 34 - 8 + nw);
    idBoxes(s, right - 10 * 34, 150, doc.recordNo, 34, st('sans', 11));

    const ds: DateStyle = rng.pick(['cnHour', 'cnHour', 'cnTime', 'isoTime'] as const);
    const nation = rng.pick(qinghai ? ['汉族', '汉族', '回族', '土族'] : ['汉族', '汉族', '回族']);
    let y = 330;
    const row = (cells: readonly (readonly [string, string, number])[]): void => {
      let x = x0;
      for (const [l, v, lw] of cells) x = fillIn(s, x, y, l, v, lw, f, val) + 26;
      y += lh * 1.25;
    };
    row([['姓名', p.name, 190], ['性别', p.sex, 80], ['年龄', `${p.age}岁`, 110], ['民族', nation, 110],
      ['职业', p.age >= 60 ? '退休' : rng.pick(['农民', '牧民', '个体', '职员']), 110]]);
    row([['身份证号', p.idNumber, 430], ['婚姻', rng.pick(['已婚', '已婚', '丧偶']), 100], ['病区', `${rng.pick(['一', '二', '三'])}病区${doc.bed}床`, 180]]);
    row([['入院时间', formatDate(doc.dates.admission, ds, doc.times.admission), 400],
      ['出院时间', formatDate(doc.dates.discharge, ds, doc.times.discharge), 400]]);
    row([['住院天数', `${doc.stayDays}天`, 110], ['离院方式', '医嘱离院', 180], ['科室', doc.department, 230]]);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.2;

    const run = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { indent: hw, keep }) + lh * 0.15;
    };
    const firstExam = formatDate(addDays(doc.dates.admission, 1), 'cnShort').slice(5);
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    run('入院时情况：', `患者因“${doc.complaint}”入院。既往史：${rng.chance(0.5) ? pastHistory(doc, rng) : `${doc.history.past}；${denial(doc, rng)}`}。`
      + `家族史：${kin(rng)}。`);
    run('入院诊断：', doc.dx.admission.map((d) => d.text).join('；'));
    run('诊疗经过：', `入院后予完善相关检查，${firstExam}查${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规未见明显异常'}。`
      + `予${doc.course}等对症治疗，病情平稳。`, [firstExam]);
    run('出院时情况：', rng.pick(['神志清，精神可，饮食睡眠可，生命体征平稳。', '症状较前明显缓解，无明显不适，查体未见新发阳性体征。']));
    const [main, ...others] = doc.dx.western;
    s.put(x0, y, '出院诊断：', b);
    y += lh;
    const indent = px(pt) * 2;
    s.put(x0 + indent, y, `主要诊断：${main?.text ?? ''}`, f);
    y += lh;
    if (others.length > 0) {
      const ow = s.put(x0 + indent, y, '其他诊断：', f);
      others.forEach((d, i) => s.put(x0 + indent + ow, y + i * lh, `${i + 1}.${d.text}`, f));
      y += others.length * lh;
    }
    s.diagnoses(doc.dx.western);
    y += lh * 0.15;
    run('出院医嘱：', `1.继续口服${doc.medicines.slice(0, 2).join('、')}；2.低盐低脂饮食，戒烟限酒；3.出院后2周门诊复查，不适随诊。`);

    // The 医保 settlement box.
    y += lh * 0.2;
    const total = rng.range(4200, 26000);
    const fund = total * rng.range(0.55, 0.72);
    const big = total > 15000 ? (total - fund) * rng.range(0.1, 0.3) : 0;
    const settled = formatDate(addDays(doc.dates.discharge, rng.pick([0, 0, 1])), 'iso');
    const cw = [w * 0.2, w * 0.3, w * 0.2, w * 0.3];
    const cell = (t: string, i: number, label = false) => ({ text: t, w: cw[i] ?? 0, label });
    s.put(x0, y, '住院费用结算信息', b);
    y = s.grid(x0, y + lh * 0.45, px(pt) * 1.9, [
      [cell('医保类型', 0, true), cell(rng.pick(['城乡居民基本医疗保险', '职工基本医疗保险']), 1), cell('结算日期', 2, true), cell(settled, 3)],
      [cell('医疗总费用', 0, true), cell(`${yuan(total)}元`, 1), cell('统筹基金支付', 2, true), cell(`${yuan(fund)}元`, 3)],
      [cell('大病保险支付', 0, true), cell(`${yuan(big)}元`, 1), cell('个人自付', 2, true), cell(`${yuan(total - fund - big)}元`, 3)],
    ], st(f.face, pt - 1), { shade: '#f0f0f0', label: st(b.face, pt - 1), border: 1.2 }) + lh * 1.2;

    const sw = s.put(x0, y, '医师签名：', f);
    handwritten(s, x0 + sw + 8, y, doc.doctors.resident, pt * 1.25, rng);
    const aw = s.put(x0 + w * 0.36, y, '上级医师：', f);
    handwritten(s, x0 + w * 0.36 + aw + 8, y, doc.doctors.attending, pt * 1.25, rng);
    s.put(right, y, `记录日期：${formatDate(doc.dates.discharge, 'cn')}`, { ...f, align: 'right' });
    s.put(x0 + w / 2, 2240, `第 ${rng.int(2, 9)} 页`, st(f.face, 9, { align: 'center', color: '#444' }));
  },
};
