import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { groupedId, countyWords, denial, followUp, kin } from './tune10-kit';
import { withCode, withWeekday } from './tune11-kit';
import { para, settled, suited } from './tune6-kit';
import { local20, MONGOLIA20, nation20, NORTHEAST20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'LEUKEMIA', 'TRANSPLANT_ANTI_REJECTION', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/**
 * 门诊电子病历 of a Heilongjiang / Jilin / Liaoning county hospital or an Inner Mongolian banner hospital for a 复诊 (return visit):
 * the hospital's name reversed out of a coloured band, 就诊日期 with its weekday under the title (truth), a shaded patient box with the
 * 门诊号 barcode, 【主诉】 【现病史】 … headings on lines of their own with the text indented under them, 诊断 with ICD codes one a
 * line (counted) and a boxed 复诊预约 with the next visit's date. Decoys: the first visit's date and the last visit's full date in
 * 现病史, the 复诊日期 weeks later, the 签名时间 minutes after the visit.
 */
export const tune20OutpatientEmrRevisit: Layout = {
  id: 'tune20-outpatient-emr-revisit',
  kind: 'outpatient',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county or Inner Mongolia banner hospital 门诊电子病历 (复诊): name reversed out of a coloured band, '
    + 'dated subtitle with weekday, shaded patient box with barcode, 【】 headings over indented text, boxed 复诊预约, '
    + 'light sans or serif 10–11 pt',
  exercises: ['就诊日期 with its weekday under the title: 就诊日期：2025年3月4日（星期二） (truth)', '初诊 / 复诊 marked 复诊',
    '现病史 with the first diagnosis year and the last visit\'s full date (not truth)',
    'ID grouped in fours or whole; Mongolian / Manchu / Korean names',
    '【诊断】 one a line with ICD codes in brackets (counted), non-catalogue diseases and look-alikes among them',
    'boxed 复诊预约: 复诊日期 2 to 8 weeks later with a 预约号 (not truth)', '签名时间 with seconds minutes after the visit (same day)'],
  doc: (rng) => local20(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...NORTHEAST20, ...MONGOLIA20], compoundSurnames: 0.05 }))), rng, { outside: 0.3, near: 0.25, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 112;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const), pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const colour = rng.pick(['#1f5f99', '#2a6e3f', '#6b2d7a']);

    s.g.fillStyle = colour;
    s.g.fillRect(x0, 80, w, 92);
    s.put(x0 + 28, 142, doc.hospital.name, st('sansBold', 19, { color: '#ffffff', spacing: 3 }));
    s.put(right - 28, 142, '门诊电子病历', st('sansMedium', 15, { color: '#ffffff', align: 'right', spacing: 4 }));
    const first = rng.chance(0.5);
    s.pair(x0, 230, '就诊日期：', withWeekday(doc.dates.visit, first ? 'cn' : 'iso'), b, f);
    s.pair(x0 + w * 0.42, 230, '就诊科室：', doc.department, b, f);
    s.put(right, 230, '就诊类型：复诊', { ...f, align: 'right' });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    // Shaded patient box with the barcode at the right.
    const top = 268;
    const boxH = lh * 3 + 30;
    s.g.fillStyle = '#f1f3f5';
    s.g.fillRect(x0, top, w, boxH);
    s.rect(x0, top, w, boxH, 1, '#9aa3ad');
    const no = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const bw = barcode(s, right - 330, top + 22, no, 62, 2.2);
    s.put(right - 330 + bw / 2, top + 114, `门诊号 ${no}`, st('sans', 8.5, { align: 'center' }));
    let y = top + lh * 0.95;
    const row: readonly (readonly [string, string, number])[] = [['姓名：', p.name, 0], ['性别：', sex, 0.22], ['年龄：', age, 0.36]];
    row.forEach(([l, v, at]) => s.pair(x0 + 24 + w * at, y, l, v, b, f));
    y += lh;
    s.pair(x0 + 24, y, '身份证号：', rng.chance(0.5) ? groupedId(p.idNumber, 'fours') : p.idNumber, b, f);
    y += lh;
    s.pair(x0 + 24, y, '民族：', nation20(doc, rng), b, f);
    s.pair(x0 + 24 + w * 0.22, y, '费别：', rng.pick(['城乡居民医保', '城镇职工医保', '门诊慢特病']), b, f);
    y = top + boxH + lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, `【${head}】`, b);
      y = para(s, x0 + 56, y + lh, w - 56, text, f, lh, { keep }) + lh * 0.25;
    };
    const sinceYear = doc.dates.firstVisit.slice(0, 4);
    const last = formatDate(addDays(doc.dates.visit, -rng.pick([28, 30, 56, 60, 90])), rng.pick(['cnShort', 'iso'] as const));
    section('主诉', `${followUp(doc)}，要求复诊。`);
    section('现病史', `患者${sinceYear}年于我院确诊，${last}末次复诊，予${doc.medicines.slice(0, 2).join('、')}治疗，`
      + `目前${rng.pick(['症状控制尚可', '偶有不适', '病情平稳'])}，饮食睡眠可，二便正常。`, [last, ...doc.medicines]);
    section('既往史', `${denial(doc, rng)}；${kin(rng)}。`);
    const bp = `${rng.int(118, 178)}/${rng.int(64, 102)}mmHg`;
    section('体格检查', `BP ${bp}，HR ${rng.int(62, 96)}次/分，神志清，精神可，心肺听诊未闻及异常，双下肢无水肿。`);
    const lab = doc.labs[0];
    if (lab) {
      const values = lab.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`);
      section('辅助检查', `${lab.title}（本次）：${values.join('，')}。`, values);
    }
    s.put(x0, y, '【诊断】', b);
    const how = rng.pick(['（）', '[]'] as const);
    doc.dx.western.forEach((d, i) => s.put(x0 + 56, y + lh * (i + 1), `${i + 1}. ${withCode(d, i, how)}`, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 1.25);
    section('处理意见', `继续${doc.medicines.slice(0, 3).join('，')}；定期监测，按时复诊。`, doc.medicines);

    // The booked return visit, boxed.
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30, 42, 56]));
    const by = y + lh * 0.4;
    s.rect(x0, by, w * 0.62, lh * 2.4, 1.4, colour);
    s.put(x0 + 20, by + lh * 0.95, '复诊预约', st(b.face, pt, { color: colour }));
    s.pair(x0 + 20, by + lh * 1.95, '复诊日期：', `${formatDate(back, rng.pick(['cn', 'iso'] as const))} ${rng.pick(['上午', '下午'])}`, b, f);
    s.pair(x0 + 20 + w * 0.34, by + lh * 1.95, '预约号：', `${rng.pick(['A', 'B'])}${String(rng.int(1, 60)).padStart(3, '0')}`, b, f);

    const sy = by + lh * 4;
    const sw = s.put(x0 + w * 0.55, sy, '接诊医师：', b);
    handwritten(s, x0 + w * 0.55 + sw + 10, sy, doc.doctors.attending, pt * 1.35, rng);
    const signed = Math.min(doc.times.visit + rng.int(6, 35), 23 * 60 + 50);
    const seconds = String(rng.int(0, 59)).padStart(2, '0');
    s.pair(x0 + w * 0.55, sy + lh * 1.3, '签名时间：', `${formatDate(doc.dates.visit, 'iso')} ${clock(signed)}:${seconds}`, b, f);
  },
};
