import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, nameStamp } from '../marks';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, maskedId, reprinted, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, denial } from './tune10-kit';
import { suspected } from './tune11-kit';
import { tickBoxes, vitalsOf } from './tune19-kit';
import { countyB18, GENERAL_B18, localB18 } from './blind18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历 of a Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county hospital HIS: centred serif letterhead, barcode of the 门诊号
 * at the top right, a borderless two-column patient block whose 身份证号 is masked (no ID in the truth), 预约时间 (the day the
 * appointment was booked, earlier) beside 就诊时间 (truth); the body with hanging labels in the left margin. Decoys: the last visit's
 * day and its lab result, a suspicion at the end of 诊断 (not counted), the 复诊 day, a later 打印时间.
 */
export const blind18Outpatient1: Layout = {
  id: 'blind18-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county HIS 门诊病历: serif letterhead, 门诊号 barcode, borderless '
    + 'two-column patient block with masked ID, hanging margin labels, serif body and sans labels 10.5–11.5 pt, name stamp',
  exercises: ['就诊时间 beside an earlier 预约时间 (truth: 就诊)', 'masked 身份证号 (no ID)', 'last visit\'s date and result in 辅助检查',
    '诊断 with a suspicion at the end (not counted)', '复诊 day and 打印时间 (not truth)', '□初诊 ☑复诊 boxes'],
  doc: (rng) => localB18(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: GENERAL_B18,
    compoundSurnames: 0.08 }))), rng, { outside: 0.25 }), rng),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 130;
    const right = s.width - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(rng.pick(['serif', 'serifLight'] as const), pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.put(s.width / 2, 135, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, '门 诊 病 历', st('serifSemi', 16, { align: 'center', spacing: 4 }));
    const no = `${doc.recordNo.slice(2)}${rng.int(0, 9)}`;
    const bw = barcode(s, right - 290, 90, no, 60, 2.2);
    s.put(right - 290 + bw / 2, 178, no, st('sans', 8.5, { align: 'center' }));
    tickBoxes(s, x0, 205, ['初诊', '复诊'], ['复诊'], st('sans', pt - 0.5));

    const booked = addDays(doc.dates.visit, -rng.int(1, 6));
    const rows: [string, string][][] = [
      [['姓　　名：', p.name], ['性别/年龄：', `${p.sex} / ${p.age}岁`]],
      [['身份证号：', maskedId(p.idNumber)], ['联系电话：', maskedMobile(rng)]],
      [['就诊科室：', doc.department], ['费　　别：', rng.pick(['城乡居民医保', '职工医保', '门诊慢特病'])]],
      [['预约时间：', formatDate(booked, 'isoTime', rng.int(8 * 60, 20 * 60))],
        ['就诊时间：', formatDate(doc.dates.visit, 'isoTime', doc.times.visit)]],
      [['现 住 址：', `${countyB18(doc.hospital)}${rng.pick(['城关镇', '东关街道', '新城街道', '桥头镇'])}${rng.int(1, 99)}号`],
        ['门 诊 号：', no]],
    ];
    s.line(x0, 235, right, 235, 2);
    let y = 235 + lh;
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(x0 + i * (right - x0) * 0.52, y, l, v, b, f));
      y += lh;
    }
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1.2);
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });

    const labelW = 170;
    const w = right - x0 - labelW;
    y += lh * 0.5;
    const section = (label: string, text: string, keep: string[] = []): void => {
      s.put(x0, y, label, b);
      y = para(s, x0 + labelW, y, w, text, f, lh, { keep }) + lh * 0.35;
    };
    const v = vitalsOf(doc, rng);
    const last = addDays(doc.dates.visit, -rng.int(25, 60));
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const lastText = formatDate(last, 'cnShort');
    section('主　诉', doc.complaint.replace(/，.*/u, '') + (rng.chance(0.5) ? '，复诊取药' : '，要求复查'));
    section('现病史', `患者${lastText}来我院复诊，病情平稳，规律服用${doc.medicines.slice(0, 2).join('、')}，近期无明显不适。`, [lastText]);
    section('既往史', `${doc.history.past}。${denial(doc, rng)}。`);
    section('体格检查', `T ${v.t}℃，P ${v.p}次/分，R ${v.r}次/分，BP ${v.sbp}/${v.dbp}mmHg，神清，心肺听诊未闻及明显异常，双下肢无水肿。`);
    const prior = `${formatDate(last, 'iso')} 本院：${lab ? `${lab.name}${lab.value}${lab.unit}${lab.flag}` : '血常规未见异常'}`;
    section('辅助检查', prior, [prior]);

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.diagnoses(doc.dx.western);
    const doubt = rng.chance(0.6) ? listed([...doc.dx.western, suspected(doc, rng)], how).slice(-1) : [];
    const items = [...listed(doc.dx.western, how), ...doubt];
    s.put(x0, y, '诊　断', b);
    items.forEach((t) => { s.put(x0 + labelW, y, t, f); y += lh; });
    y += lh * 0.35;
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    section('处　理', doc.medicines.map((m, i) => `${i + 1}.${m}`).join('；') + '。');
    section('医　嘱', `低盐低脂饮食，规律服药，监测血压血糖；${formatDate(back, 'cnShort')}复诊，不适随诊。`, [formatDate(back, 'cnShort')]);

    y += lh;
    const dw = s.put(right - 520, y, '医师签名：', f);
    handwritten(s, right - 520 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    nameStamp(s, right - 120, y - 20, doc.doctors.attending, rng);
    footer(s, reprinted(doc), { y: 2225, style: st('sans', 8.5, { color: '#444' }), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
