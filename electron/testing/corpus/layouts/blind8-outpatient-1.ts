import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE } from '../hospitals';
import { DotMatrix } from '../dotmatrix';
import { barcode } from '../marks';
import type { Layout } from '../types';
import { st } from './common';
import { maskedId, printedOn } from './kit';
import { earlierVisits } from './tune4-kit';
import { suited, settled } from './tune6-kit';
import { countyWords, denial, followUp, kin } from './tune10-kit';
import { stamp } from './tune9-kit';
import { mono, monoLines, NATION_CITY, native } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT', 'TRANSPLANT_ANTI_REJECTION'];
const SIGNS: Partial<Record<DiseaseKey, string>> = {
  DIABETES: '空腹指尖血糖', URAEMIA_DIALYSIS: '双下肢轻度水肿', CEREBROVASCULAR_DISEASE: '左侧肢体肌力4级',
};

/**
 * 门诊病历 printed by a self-service kiosk (自助机) of a city hospital (ten provinces and Liaocheng's neighbours) on 80 mm thermal
 * paper, laid on the scanner glass: a narrow curled strip with fading grey print in a fixed-pitch face, half-width colons, dashed
 * rules, the ID masked (no full ID: null), 就诊时间 (truth) after 挂号时间 the same morning, an earlier visit named in the history,
 * 诊断 one per line (counted), 处理 lines that wrap mid-word, and at the bottom 打印时间 days later with the kiosk's number and a
 * barcode of the card number.
 */
export const blind8Outpatient1: Layout = {
  id: 'blind8-outpatient-kiosk-thermal',
  kind: 'outpatient',
  split: 'blind',
  style: 'City hospital self-service kiosk 门诊病历 on an 80 mm thermal strip on A4 glass: fixed-pitch grey print 9–9.5 pt, dashed rules, '
    + 'masked ID, barcode, 打印时间 later',
  exercises: ['a narrow strip in the middle of an empty page', 'fixed-pitch text with half-width colons (姓名:张三)',
    '就诊时间 (truth) beside 挂号时间 and 打印时间 (not truth)', 'masked ID only (truth null)', '上次就诊 date in the history (not truth)',
    '诊断 lines (counted); long lines wrapped by character'],
  doc: (rng) => native(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...NATION_CITY, ...NATION_CITY, ...CITY, ...CITY_MORE], compoundSurnames: 0.1 }))), rng,
  { outside: 0.15, near: 0.15 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const col = rng.pick([12.5, 13]);
    const cols = 46;
    const pt = col >= 13 ? 9.5 : 9;
    const lh = col * 2.7;
    const f = st(rng.pick(['sans', 'sansMedium'] as const), pt);
    const last = earlierVisits(rng, doc.dates.visit, 1)[0] ?? doc.dates.firstVisit;
    const booked = Math.max(7 * 60 + 30, doc.times.visit - rng.int(20, 90));
    const card = `${rng.int(1, 9)}${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const lab = (l: string, v: string): string => `${l}:${v}`;
    const pair = (a: string, b: string): string => `${a}${' '.repeat(Math.max(1, 24 - DotMatrix.width(a)))}${b}`;
    const bp = `${rng.int(128, 168)}/${rng.int(78, 98)}mmHg`;
    const sign = SIGNS[doc.primary];
    const found = sign ? `，${sign}${sign.includes('血糖') ? `${rng.int(68, 132) / 10}mmol/L` : ''}` : '';
    const lines: (string | null)[] = [
      lab('姓名', p.name), pair(lab('性别', p.sex), lab('年龄', `${p.age}岁`)), lab('就诊卡号', card), lab('证件号', maskedId(p.idNumber)),
      pair(lab('科室', doc.department), lab('医生', doc.doctors.attending)),
      lab('挂号时间', `${formatDate(doc.dates.visit, 'iso')} ${clock(booked)}`),
      lab('就诊时间', `${formatDate(doc.dates.visit, 'iso')} ${clock(doc.times.visit)}`), null,
      lab('主诉', `${followUp(doc)}。`),
      ...monoLines(lab('现病史', `患者${followUp(doc)}，${formatDate(last, 'iso')}曾于我院门诊复诊，规律服药，今为复查及续方来诊。`), cols),
      ...monoLines(lab('既往史', `${denial(doc, rng)}。家族史:${kin(rng)}。`), cols),
      ...monoLines(lab('体格检查', `BP ${bp}，神清，心肺听诊未闻及明显异常${found}。`), cols),
      '诊断:', ...doc.dx.western.flatMap((d, i) => monoLines(` ${i + 1}.${d.text}`, cols)),
      '处理:', ...doc.medicines.slice(0, 4).flatMap((m, i) => monoLines(` ${i + 1}.${m}`, cols)),
      ...monoLines(lab('医嘱', `按时服药，监测血压血糖，${rng.pick(['2周', '1个月', '4周'])}后复诊，不适随诊。`), cols),
      lab('医生签名', doc.doctors.attending), null,
      lab('打印时间', stamp(printedOn(doc), doc.times.print, 'iso')), pair(lab('终端号', `ZZJ-${String(rng.int(1, 32)).padStart(3, '0')}`),
        lab('流水号', `${rng.int(100000, 999999)}`)),
    ];
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });
    s.diagnoses(doc.dx.western);

    const sw = cols * col + 60;
    const x = Math.round((s.width - sw) / 2 + rng.range(-180, 180));
    const top = rng.int(80, 150);
    const height = 250 + lines.length * lh + 290;
    // The strip on the lid: off-white paper, a soft shadow, a curl at the ends, a serrated tear at the bottom.
    const g = s.g;
    g.fillStyle = '#f3f3f1';
    g.fillRect(0, 0, s.width, s.height);
    g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    g.fillRect(x + 8, top + 8, sw, height);
    g.fillStyle = '#fdfdfa';
    g.beginPath();
    g.moveTo(x, top);
    g.lineTo(x + sw, top);
    for (let i = 0; i <= 40; i += 1) g.lineTo(x + sw - (i * sw) / 40, top + height + (i % 2 === 0 ? 0 : 9));
    g.closePath();
    g.fill();
    const left = x + 30;
    const ink = (): string => `rgba(30, 30, 30, ${rng.range(0.62, 0.9).toFixed(2)})`;
    s.put(x + sw / 2, top + 78, doc.hospital.name, st('sansBold', 12, { align: 'center', color: ink() }));
    s.put(x + sw / 2, top + 138, '门诊病历（自助打印）', st('sansMedium', 10.5, { align: 'center', color: ink() }));
    const dashes = (yy: number): void => {
      for (let c = 0; c < cols; c += 1) g.fillRect(left + c * col + 2, yy, col - 5, 2);
    };
    let y = top + 200 + lh * 0.3;
    dashes(y - lh * 0.85);
    for (const l of lines) {
      if (l === null) dashes(y - lh * 0.45);
      else mono(s, left, y, l, { ...f, color: ink() }, col);
      y += l === null ? lh * 0.6 : lh;
    }
    dashes(y - lh * 0.45);
    const bw = barcode(s, left + 40, y + 10, card, 90, 2.6);
    mono(s, left + 40 + (bw - card.length * col) / 2, y + 140, card, { ...f, color: ink() }, col);
    s.put(x + sw / 2, y + 200, '*本凭条仅供参考，以医院存档病历为准*', st(f.face, 9, { align: 'center', color: ink() }));
  },
};
