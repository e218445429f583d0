import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, nameStamp } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { examOf, para, suited } from './tune6-kit';
import { countyWords, denial, kin } from './tune10-kit';
import { md } from './tune11-kit';
import { spread } from './tune18-kit';
import { GENERAL19, local19, TCM19 } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/** The height of one logical page: the sheet holds two, one above the other. */
const HALF = 2339 / 2;

/**
 * 出院小结 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital printed two pages to a sheet: the HIS's A5 landscape pages one
 * above the other on one A4, each with its own frame and 第1页 / 第2页 footer. The first carries the letterhead, the patient rows
 * with 身份证号 and the stay (入院日期 / 出院日期 — truth), 入院情况, 入院诊断 (not counted), 诊疗经过 with an examination day and
 * 辅助检查 dated inside the stay; the second, under a running header (姓名 / 住院号 again), carries 出院情况, 出院诊断 (counted),
 * 出院医嘱 with a 复诊 date (not truth), the signatures and the 打印时间 (later, not truth).
 */
export const tune19DischargeTwoUp: Layout = {
  id: 'tune19-discharge-two-up',
  kind: 'discharge',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county hospital 出院小结 printed two A5 pages to an A4 sheet: page frames, running header '
    + 'on the second half, the diagnoses only there, borderless label rows, light sans, sans or serif 9.5–10.5 pt',
  exercises: ['two logical pages on one sheet, each with its 第1页 / 第2页 footer and frame', 'the stay on the first half (truth), '
    + 'the 出院诊断 only on the second half (counted)', 'running header 姓名 / 住院号 / 科室 repeated on the second half',
    '入院诊断 with a ？ suspicion on the first half (not counted)', '辅助检查 and an examination day dated inside the stay (not truth)',
    '复诊 date in 出院医嘱 and 打印时间 under the second page (not truth)', 'red name stamp beside the handwritten 主治医师 (some pages)'],
  doc: (rng) => local19(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...GENERAL19, ...GENERAL19, ...TCM19],
    yearEnd: 0.1, compoundSurnames: 0.06 })), rng, { outside: 0.3, near: 0.15, avoid: /后遗症|恢复期/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(face, pt);
    const b: Style = st(face === 'serif' ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const frames = rng.chance(0.6);
    for (const top of [0, HALF]) {
      if (frames) s.rect(70, top + 45, s.width - 140, HALF - 90, 1, '#9a9a9a');
      s.put(s.width / 2, top + HALF - 78, `第 ${top === 0 ? 1 : 2} 页  共 2 页`, st(face, 8.5, { align: 'center', color: '#333' }));
    }
    for (let x = 40; x < s.width - 40; x += 26) s.line(x, HALF, x + 12, HALF, 1, '#b0b0b0');

    // The first page: letterhead, patient rows with the stay, the course.
    s.put(s.width / 2, 140, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '出院小结', st(face === 'serif' ? 'serifBold' : 'sansBold', 13, { align: 'center', spacing: 6 }));
    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(pt > 10 ? ['iso', 'slash', 'dotPad'] as const : ['iso', 'cn', 'slash'] as const);
    spread(s, x0, right, 262, [['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['科室：', doc.department], ['床号：', `${doc.bed}`],
      ['住院号：', doc.recordNo]], b, f);
    spread(s, x0, right, 262 + lh, [['身份证号：', p.idNumber], ['入院日期：', formatDate(doc.dates.admission, ds)],
      ['出院日期：', formatDate(doc.dates.discharge, ds)], ['住院天数：', `${doc.stayDays}天`]], b, f);
    s.line(x0, 262 + lh * 1.55, right, 262 + lh * 1.55, 1.6);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = 262 + lh * 2.6;
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.25;
    };
    section('入院情况：', `患者因“${doc.complaint}”入院。既往${doc.history.past}；${denial(doc, rng)}。${kin(rng)}。`
      + `查体：T ${(rng.int(362, 372) / 10).toFixed(1)}℃，BP ${rng.int(118, 178)}/${rng.int(66, 104)}mmHg，神志清，心肺未见明显异常。`);
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    section('入院诊断：', listed(doc.dx.admission, mk).join('  '), doc.dx.admission.map((d) => d.text));
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    const results = doc.labs.map((q, i) => {
      const day = formatDate(addDays(doc.dates.admission, i + 1), 'iso');
      const items = q.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}`);
      return { text: `${day} ${q.title}：${items.join('，')}`, keep: [day, ...items] };
    });
    section('诊疗经过：', `入院后予${doc.course}等治疗，于${md(exam)}行${examOf(doc)}，住院期间病情平稳，症状逐渐缓解。`, [md(exam)]);
    section('辅助检查：', `${results.map((r) => r.text).join('；')}。`, results.flatMap((r) => r.keep));
    if (y > HALF - 130) throw new Error(`the first page runs over: ${y}`);

    // The second page: running header, the diagnoses, the orders, the signatures.
    const top = HALF + 120;
    const hs: Style = st(face, pt - 0.5, { color: '#333' });
    spread(s, x0, right, top, [['姓名：', p.name], ['住院号：', doc.recordNo], ['科室：', doc.department],
      ['', `${doc.hospital.name}  出院小结（续）`]], hs, hs);
    s.line(x0, top + px(pt) * 0.6, right, top + px(pt) * 0.6, 1.2);
    y = top + lh * 1.6;
    section('出院情况：', rng.pick(['患者精神、饮食可，无明显不适，生命体征平稳，予今日出院。', '症状明显好转，查体较入院时无新发阳性体征，准予出院。']));
    const hw = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, mk).forEach((t, i) => s.put(x0 + hw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.25;
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    section('出院医嘱：', `1.规律服药：${doc.medicines.slice(0, 3).join('，')}；2.监测血压、血糖，低盐低脂饮食；3.${back}门诊复查，不适随诊。`,
      [...doc.medicines, back]);

    y += lh * 1.2;
    const aw = s.put(x0, y, '主治医师：', b);
    handwritten(s, x0 + aw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    if (rng.chance(0.5)) nameStamp(s, x0 + aw + 300, y - 14, doc.doctors.attending, rng);
    const rw = s.put(x0 + w * 0.4, y, '住院医师：', b);
    handwritten(s, x0 + w * 0.4 + rw + 10, y, doc.doctors.resident, pt * 1.35, rng);
    s.pair(x0 + w * 0.72, y, '日期：', formatDate(doc.dates.discharge, ds), b, f);
    const printed = `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`;
    s.put(right, 2339 - 78, printed, st(face, 8.5, { align: 'right', color: '#333' }));
  },
};
