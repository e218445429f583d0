import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { earlierVisits } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords, denial, followUp, kin } from './tune10-kit';
import { GENERAL13, local13, TCM13 } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];
const ACUTE = ['急性上呼吸道感染', '急性胃肠炎', '腰肌劳损', '失眠', '急性支气管炎', '皮肤瘙痒症'];

/**
 * 门诊电子病历 printed from a Hebei, Henan or Jiangsu county hospital's EMR screen: a tinted title bar, and down the left a
 * 历次就诊 sidebar — the current visit marked 本次 on top, then five earlier visits newest first, each with its date,
 * department, first diagnosis and doctor (dates and diagnoses that are history, not this page's), sometimes a 预约 date
 * to come. The main panel holds the patient (身份证号: truth), 就诊时间 to the second (truth), the record and the
 * numbered 诊断 (counted). Decoys: the sidebar, the 复诊 advice, the 打印时间 and the 打印人.
 */
export const tune13OutpatientHistorySidebar: Layout = {
  id: 'tune13-outpatient-history-sidebar',
  kind: 'outpatient',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county EMR 门诊电子病历 screen print: tinted title bar, 历次就诊 sidebar at the left with dates, '
    + 'departments and diagnoses of earlier visits, two-column patient block, sans or light sans 10–10.5 pt',
  exercises: ['就诊时间 2025-03-04 09:12:35 in the patient block (truth) and again as 本次 at the top of the sidebar',
    'five earlier visits in the sidebar, newest first, with their own diagnoses (not counted, not the visit)',
    'a 预约 date in the sidebar and a 复诊 date in the orders (not the visit)', '诊断 numbered 1. / 1、 (counted)',
    '打印人 (another name) and 打印时间 at the foot (not truth)'],
  doc: (rng) => {
    const d = local13(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...GENERAL13, ...GENERAL13, ...TCM13],
      compoundSurnames: 0.1 })), rng, { outside: 0.3, near: 0.15, avoid: /急性|不稳定|恢复期/u }), rng);
    return { ...settled(d), complaint: followUp(d) };
  },
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const tint = rng.pick(['#dfe9f5', '#e2f0ea', '#ece6f3']);

    // The title bar.
    s.g.fillStyle = tint;
    s.g.fillRect(80, 80, s.width - 160, 120);
    s.put(110, 158, doc.hospital.name, st('sansBold', 17, { spacing: 2 }));
    s.put(s.width - 110, 158, '门诊电子病历', st('sansBold', 15, { align: 'right', spacing: 3 }));

    // The sidebar of visits.
    const [sx, sw, top] = [80, 400, 230];
    const foot = 2140;
    s.g.fillStyle = '#f3f3f3';
    s.g.fillRect(sx, top, sw, foot - top);
    s.rect(sx, top, sw, foot - top, 1.2, '#9a9a9a');
    const small = st(face, 9);
    const sl = px(9) * 1.7;
    const earlier = earlierVisits(rng, doc.dates.visit, 5).reverse();
    let y = top + 110;
    const cut = (t: string): string => ([...t].length > 12 ? `${[...t].slice(0, 11).join('')}…` : t);
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'iso');
    s.block(() => {
      s.put(sx + 20, top + 50, `历次就诊（${earlier.length + 1}）`, st('sansBold', 10.5));
      if (rng.chance(0.5)) {
        s.put(sx + 20, y, `预约：${back} ${doc.department}`, small);
        y += sl * 1.6;
      }
      const doctors = [doc.doctors.attending, physician(rng, [p.name, doc.doctors.attending])];
      const entries = [{ date: doc.dates.visit, dept: doc.department, dx: doc.dx.western[0]?.text ?? '', doctor: doctors[0] ?? '' },
        ...earlier.map((d) => {
          const other = rng.chance(0.3);
          return { date: d, dept: other ? rng.pick(['全科医学科', '急诊内科', '呼吸内科']) : doc.department,
            dx: other ? rng.pick(ACUTE) : rng.pick(doc.dx.western).text, doctor: rng.pick(doctors) };
        })];
      entries.forEach((e, i) => {
        if (i === 0) {
          s.g.fillStyle = tint;
          s.g.fillRect(sx + 8, y - sl * 0.95, sw - 16, sl * 3.5);
        }
        s.put(sx + 20, y, `${formatDate(e.date, 'iso')}${i === 0 ? '  本次' : ''}`, i === 0 ? st('sansBold', 9) : st('sansMedium', 9));
        s.put(sx + 20, y + sl, `${e.dept}  ${e.doctor}`, small);
        s.put(sx + 20, y + sl * 2, cut(e.dx), small);
        y += sl * 4.2;
      });
    });

    // The main panel.
    const x0 = sx + sw + 50;
    const right = s.width - 90;
    const w = right - x0;
    y = top + 50;
    const half = x0 + w * 0.5;
    const pairs: readonly (readonly [string, string, string, string])[] = [
      ['姓名：', p.name, '性别/年龄：', `${p.sex} / ${p.age}岁`],
      ['门诊号：', doc.recordNo, '费别：', rng.pick(['城乡居民医保', '职工医保', '门诊慢特病'])],
      ['就诊科室：', doc.department, '接诊医生：', doc.doctors.attending],
    ];
    pairs.forEach(([l1, v1, l2, v2]) => {
      s.pair(x0, y, l1, v1, b, f);
      s.pair(half, y, l2, v2, b, f);
      y += lh;
    });
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    y += lh;
    s.pair(x0, y, '就诊时间：', stamp(doc.dates.visit, doc.times.visit, rng.pick(['iso', 'slash'] as const)), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.4);
    y += lh * 1.2;

    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, label, b);
      y = para(s, x0, y + lh, w, text, f, lh, { keep }) + lh * 0.35;
    };
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    section('【主诉】', `${doc.complaint}。`);
    section('【现病史】', `患者${doc.complaint}，长期本院门诊随诊，规律服药，近期无明显不适加重，今来复诊开药。`);
    section('【既往史】', `${doc.history.past}；${denial(doc, rng)}。家族史：${kin(rng)}。`);
    section('【体格检查】', `BP ${rng.int(120, 176)}/${rng.int(68, 102)}mmHg，P ${rng.int(62, 94)}次/分，神志清，心肺未闻及明显异常，双下肢无水肿。`);
    const last = earlier[0] ?? doc.dates.visit;
    if (lab !== '') section('【辅助检查】', `${formatDate(last, 'iso')}本院${doc.labs[0]?.title ?? ''}：${lab}。`, [formatDate(last, 'iso')]);
    s.put(x0, y, '【诊断】', b);
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => s.put(x0 + px(pt) * 2, y + lh * (i + 1), t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 1.35);
    section('【处理】', `1.${doc.medicines.join('；')}。2.监测血压、血糖，低盐低脂饮食。3.${back}复诊，不适随诊。`, [back, ...doc.medicines]);
    y += lh * 0.8;
    const dw = s.put(x0 + w * 0.5, y, '医生签名：', b);
    handwritten(s, x0 + w * 0.5 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);

    const printer = physician(rng, [p.name, doc.doctors.attending]);
    s.line(80, foot + 40, s.width - 80, foot + 40, 1);
    s.put(90, foot + 90, `打印人：${printer}`, small);
    const printed = stamp(addDays(doc.dates.visit, rng.int(1, 30)), doc.times.print, 'iso', 3);
    s.put(s.width - 90, foot + 90, `打印时间：${printed}`, { ...small, align: 'right' });
  },
};
