import { makeDoc } from '../case';
import { addDays, clock, formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { county20, local20, MONGOLIA20, nation20, NORTHEAST20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历 a Heilongjiang / Jilin / Liaoning county hospital or an Inner Mongolian banner hospital prints on the top half of an A4
 * sheet (二等分 paper, a perforation across the middle, the lower half blank): centred title, the patient at the left, and at the
 * right a column of 登记号 (ten digits with leading zeros), 就诊时间 (truth) and 费别. Decoys: a 登记号 and a 挂号序号, the last
 * visit's month and a 复诊 interval in the note, an 打印时间 minutes or days later. 诊断 numbered on one line (counted).
 */
export const tune20OutpatientHalfSlip: Layout = {
  id: 'tune20-outpatient-half-slip',
  kind: 'outpatient',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county or Inner Mongolia banner hospital 门诊病历 on the top half of an A4 sheet: centred title, '
    + 'patient at the left, 登记号 / 就诊时间 / 费别 column at the right, dense run-in note, perforation across the middle, '
    + 'sans or serif 9.5–10.5 pt',
  exercises: ['a half-page slip: everything above a perforation at mid-page, the lower half blank',
    '就诊时间 2025-03-04 09:12 / 2025年03月04日 09:12 in a right-hand column under a ten-digit 登记号 0000123456 (truth = the date)',
    '姓名 / 性别 / 年龄 / 民族 and the ID at the left; Mongolian, Manchu or Korean names',
    '现病史 naming the last visit by month (2025年1月) and 既往史 with denials', '诊断 numbered on one line (counted)',
    '处理 with drugs and a 复诊 interval (2周后复诊)', '打印时间 the same day later or days later (not truth)'],
  doc: (rng) => local20(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...NORTHEAST20, ...MONGOLIA20], compoundSurnames: 0.05 }))), rng, { outside: 0.3, near: 0.2, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);

    s.put(s.width / 2, 118, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 178, rng.pick(['门 诊 病 历', '门诊病历记录']), st(serif ? 'serifBold' : 'sansBold', 13, { align: 'center', spacing: 4 }));

    // Left: the patient; right: the registration column.
    const reg = `0000${doc.recordNo.slice(4)}`;
    const when = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const rx = x0 + w * 0.66;
    let y = 240;
    s.pair(x0, y, '姓名：', p.name, b, f);
    s.pair(x0 + w * 0.2, y, '性别：', sex, b, f);
    s.pair(x0 + w * 0.32, y, '年龄：', age, b, f);
    s.pair(x0 + w * 0.46, y, '民族：', nation20(doc, rng), b, f);
    s.pair(rx, y, '登记号：', reg, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.46, y, '科别：', doc.department, b, f);
    s.pair(rx, y, '就诊时间：', formatDate(doc.dates.visit, when, doc.times.visit), b, f);
    y += lh;
    s.pair(x0, y, '住址：', `${county20(doc.hospital)}${rng.pick(['城关镇', '新华乡', '胜利镇', '民主乡'])}`
      + `${rng.pick(['新华村', '胜利屯', '前进村', '永安屯'])}${rng.int(1, 99)}号`, b, f);
    s.pair(x0 + w * 0.46, y, '挂号序号：', `${rng.int(1, 86)}号`, b, f);
    s.pair(rx, y, '费别：', rng.pick(['职工医保', '居民医保', '自费', '门诊慢特病']), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.55;
    s.line(x0, y, right, y, 1.6);
    y += lh * 1.1;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep });
    };
    const [, m] = parts(doc.dates.visit);
    const last = addDays(doc.dates.visit, -rng.int(35, 120));
    const lastMonth = `${last.slice(0, 4)}年${parts(last)[1]}月`;
    run('主诉：', `${followUp(doc)}。`);
    run('现病史：', `患者${lastMonth}曾于我院门诊就诊，规律服用${doc.medicines.slice(0, 2).join('、')}，近${rng.int(3, 14)}天`
      + `${rng.pick(['症状较前加重', '自觉乏力', '夜间睡眠差', '偶有头晕'])}，今日来诊。`, [lastMonth, ...doc.medicines]);
    run('既往史：', `${denial(doc, rng)}。否认药物过敏史。`);
    const bp = `${rng.int(118, 176)}/${rng.int(66, 102)}mmHg`;
    run('查体：', `T ${(rng.int(361, 370) / 10).toFixed(1)}℃，BP ${bp}，神志清，心肺未闻及明显异常，双下肢${m > 10 || m < 4 ? '轻度' : '无'}水肿。`);
    const lab = doc.labs[0];
    if (lab && rng.chance(0.7)) {
      const values = lab.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`);
      run('辅助检查：', `${lab.title}：${values.join('，')}。`, values);
    }
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    run('诊断：', listed(doc.dx.western, how).join('  '), doc.dx.western.map((d) => d.text));
    s.diagnoses(doc.dx.western);
    run('处理：', `${doc.medicines.slice(0, 3).join('；')}。${rng.pick(['2周后复诊', '1个月后复诊', '定期监测，不适随诊'])}。`, doc.medicines);

    y += lh * 0.6;
    const sw = s.put(x0 + w * 0.55, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.55 + sw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    const later = rng.chance(0.6) ? doc.dates.visit : addDays(doc.dates.visit, rng.int(1, 12));
    const at = later === doc.dates.visit ? Math.min(doc.times.visit + rng.int(8, 40), 23 * 60) : doc.times.print;
    const fy = Math.max(y + lh * 1.6, 1100);
    const small = st(f.face, 8, { color: '#444' });
    s.line(x0, fy - 32, right, fy - 32, 0.8, '#777');
    s.put(x0, fy, `打印时间：${formatDate(later, 'iso')} ${clock(at)}`, small);
    s.put(right, fy, '请妥善保管，复诊时携带', { ...small, align: 'right' });

    // The perforation across the middle of the sheet.
    for (let x = 40; x < s.width - 40; x += 22) s.line(x, 1169, x + 11, 1169, 1.2, '#9a9a9a');
  },
};
