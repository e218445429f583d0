import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_COUNTY, B3_TOWNSHIP, countyOf, writeText } from './blind3-kit';
import { printedOn } from './kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'DIABETES',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];

const FINDINGS: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['左心室高电压', 'ST-T改变'], CORONARY_HEART_DISEASE: ['ST段压低', 'T波低平', 'ST-T改变'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['T波低平', 'ST-T改变'], DIABETES: ['T波低平'], CEREBROVASCULAR_DISEASE: ['ST-T改变', '电轴左偏'],
  URAEMIA_DIALYSIS: ['T波高尖', 'QT间期延长'],
};
const EXTRA = ['偶发房性早搏', '一度房室传导阻滞', '完全性右束支传导阻滞', '电轴左偏'];

/** Lead: P, Q, R, S, T amplitudes in mV. */
const LEADS: Record<string, readonly number[]> = {
  I: [0.08, -0.05, 0.7, -0.1, 0.22], II: [0.12, -0.08, 1.1, -0.2, 0.3], III: [0.05, -0.05, 0.45, -0.15, 0.1],
  aVR: [-0.1, 0.05, -0.85, 0.1, -0.25], aVL: [0.03, -0.04, 0.35, -0.08, 0.08], aVF: [0.09, -0.06, 0.75, -0.16, 0.2],
  V1: [0.06, 0, 0.25, -0.95, -0.05], V2: [0.07, 0, 0.45, -1.2, 0.35], V3: [0.07, -0.03, 0.85, -0.7, 0.4],
  V4: [0.08, -0.06, 1.35, -0.4, 0.42], V5: [0.08, -0.08, 1.5, -0.25, 0.35], V6: [0.08, -0.08, 1.2, -0.15, 0.28],
};
const GRID = [['I', 'aVR', 'V1', 'V4'], ['II', 'aVL', 'V2', 'V5'], ['III', 'aVF', 'V3', 'V6']];

type Trace = { hr: number; lvh: boolean; flatT: boolean; peakedT: boolean; wide: boolean };

const bump = (x: number, mu: number, sd: number, a: number): number => a * Math.exp(-((x - mu) ** 2) / (2 * sd * sd));

/** The voltage of `lead` at `t` seconds. */
function volts(lead: string, t: number, tr: Trace, wander: number): number {
  const [p, q, r, sAmp, tw] = LEADS[lead] ?? [0, 0, 1, 0, 0.2];
  const rr = 60 / tr.hr;
  const x = (((t + 0.1) % rr) + rr) % rr;
  const big = tr.lvh && ['V5', 'V6', 'I', 'aVL'].includes(lead) ? 1.55 : 1;
  const deep = tr.lvh && ['V1', 'V2'].includes(lead) ? 1.35 : 1;
  const tScale = tr.peakedT ? 1.9 : tr.flatT && ['I', 'aVL', 'V4', 'V5', 'V6'].includes(lead) ? -0.25 : 1;
  const w = tr.wide ? 1.6 : 1;
  return bump(x, 0.09, 0.022, p ?? 0) + bump(x, 0.225, 0.008 * w, q ?? 0) + bump(x, 0.25, 0.011 * w, (r ?? 0) * big)
    + bump(x, 0.275 + (w - 1) * 0.02, 0.009 * w, (sAmp ?? 0) * deep) + bump(x, 0.52, tr.peakedT ? 0.03 : 0.045, (tw ?? 0) * tScale)
    + 0.035 * Math.sin(2 * Math.PI * 0.27 * t + wander);
}

/** Pink ECG paper with the twelve leads in three rows of four and a lead II rhythm strip; lead names are text. */
function paper(s: Sheet, x: number, y: number, w: number, tr: Trace, rng: Rng): number {
  const mm = w / 250;
  const h = 160 * mm;
  const g = s.g;
  g.fillStyle = '#fff7f8';
  g.fillRect(x, y, w, h);
  for (let i = 0; i <= 250; i += 1) s.line(x + i * mm, y, x + i * mm, y + h, i % 5 === 0 ? 1.2 : 0.5, i % 5 === 0 ? '#eaa3ad' : '#f6d2d7');
  for (let j = 0; j <= 160; j += 1) s.line(x, y + j * mm, x + w, y + j * mm, j % 5 === 0 ? 1.2 : 0.5, j % 5 === 0 ? '#eaa3ad' : '#f6d2d7');
  const wander = rng.range(0, 6);
  const colW = 61 * mm;
  const label = st('sans', 9);
  const row = (base: number, leads: readonly string[], span: number): void => {
    // The 1 mV calibration pulse, then each lead for its share of the ten seconds.
    g.strokeStyle = '#111';
    g.lineWidth = 1.6;
    g.beginPath();
    g.moveTo(x, base);
    g.lineTo(x + mm, base);
    g.lineTo(x + mm, base - 10 * mm);
    g.lineTo(x + 4 * mm, base - 10 * mm);
    g.lineTo(x + 4 * mm, base);
    g.lineTo(x + 6 * mm, base);
    g.stroke();
    leads.forEach((lead, c) => {
      const left = x + 6 * mm + c * span;
      g.beginPath();
      for (let px0 = 0; px0 <= span; px0 += 1.5) {
        const t = (left - x - 6 * mm + px0) / (25 * mm);
        const yy = base - volts(lead, t, tr, wander) * 10 * mm + rng.gauss() * 0.35;
        if (px0 === 0) g.moveTo(left + px0, yy);
        else g.lineTo(left + px0, yy);
      }
      g.stroke();
      s.put(left + 2 * mm, base - 14 * mm, lead, label);
    });
  };
  GRID.forEach((leads, r) => row(y + (r * 40 + 24) * mm, leads, colW));
  row(y + (3 * 40 + 24) * mm, ['II'], 244 * mm);
  return y + h;
}

export const blind3Report1: Layout = {
  id: 'blind3-report-1',
  kind: 'report',
  split: 'blind',
  style: 'blind3 layout 5',
  exercises: ['blind'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...B3_COUNTY, ...B3_TOWNSHIP], keys: KEYS, aliases: true, compoundSurnames: 0.12 }),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 100;
    const x1 = s.width - 100;
    const w = x1 - x0;
    const remote = doc.hospital.name.includes('卫生院');
    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 15, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 192, remote ? '远程心电图诊断报告' : '常规十二导联心电图报告', st('sansMedium', 13, { align: 'center' }));

    const hr = rng.int(52, 104);
    const rhythm = hr < 60 ? '窦性心动过缓' : hr > 100 ? '窦性心动过速' : '窦性心律';
    const alternatives = doc.primary === 'CORONARY_HEART_DISEASE' || doc.primary === 'POST_ARTERIAL_STENT_ANTICOAGULATION';
    const own = rng.sample(FINDINGS[doc.primary] ?? ['ST-T改变'], alternatives ? 1 : rng.int(1, 2));
    const found = [rhythm, ...own, ...(rng.chance(0.3) ? [rng.pick(EXTRA.filter((e) => !own.includes(e)))] : [])];
    const tr: Trace = { hr, lvh: found.includes('左心室高电压'), flatT: found.some((f) => /T波低平|ST-T|ST段/u.test(f)),
      peakedT: found.includes('T波高尖'), wide: found.includes('完全性右束支传导阻滞') };

    const [sex, age] = sexAge(doc);
    const f = st('sans', 10);
    const cols = [x0, x0 + 330, x0 + 560, x0 + 800, x0 + 1110];
    const inpatient = rng.chance(0.4);
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `科别：${doc.department}`, inpatient ? `床号：${doc.bed}` : '病人类型：门诊'],
      [`检查号：${doc.dates.sample.slice(2, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`, '', `${inpatient ? '住院号' : '门诊号'}：${doc.recordNo}`,
        '', `申请医师：${doc.doctors.attending}`]]
      .forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 256 + i * 46, t, f)));
    let y = writeText(s, x0, 348, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('，')}`, f, px(10) * 1.6);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });

    const rr = 60 / hr;
    const qtc = rng.int(400, found.includes('QT间期延长') ? 488 : 452);
    const rv5 = (tr.lvh ? rng.range(2.6, 3.4) : rng.range(1.2, 2.2)).toFixed(2);
    const sv1 = (tr.lvh ? rng.range(1.3, 1.9) : rng.range(0.6, 1.2)).toFixed(2);
    const axis = found.includes('电轴左偏') ? rng.int(-48, -31) : rng.int(-10, 75);
    const meas = [`心率：${hr} bpm`, `PR间期：${found.includes('一度房室传导阻滞') ? rng.int(212, 248) : rng.int(128, 196)} ms`,
      `QRS时限：${tr.wide ? rng.int(122, 136) : rng.int(80, 106)} ms`, `QT/QTc：${Math.round(qtc * Math.sqrt(rr))}/${qtc} ms`,
      `P/QRS/T电轴：${rng.int(40, 72)}/${axis}/${rng.int(15, 70)} °`, `RV5/SV1：${rv5}/${sv1} mV`,
      `RV5+SV1：${(Number(rv5) + Number(sv1)).toFixed(2)} mV`, `P波时限：${rng.int(90, 112)} ms`];
    y = Math.max(y, 410);
    meas.forEach((m, i) => s.put(x0 + (i % 4) * 365, y + Math.floor(i / 4) * 44, m, st('sans', 9.5)));
    y = paper(s, x0, y + 76, w, tr, rng);
    const cap = st('sans', 9, { color: '#555' });
    s.put(x0, y + 34, '25mm/s  10mm/mV  0.05~150Hz  AC 50Hz', cap);
    s.put(x1, y + 34, `设备：${rng.pick(['ECG-1250', 'CardioTouch 3000', 'BeneHeart R12', 'ECG-3312'])}`, { ...cap, align: 'right' });

    y += 118;
    const hb = st('sansBold', 11);
    s.put(x0, y, '心电图诊断：', hb);
    found.forEach((t, i) => s.put(x0 + 40, y + (i + 1) * px(11) * 1.7, `${i + 1}.${t}`, st('sans', 11)));
    y += (found.length + 1) * px(11) * 1.7 + 40;
    s.line(x0, y, x1, y, 1);
    const when = (d: string, m: number): string => formatDate(d, 'isoSec', m);
    y += 56;
    s.put(x0, y, `采集时间：${when(doc.dates.sample, doc.times.sample)}`, f);
    if (remote) s.put(x0 + 520, y, `上传时间：${when(doc.dates.sample, doc.times.sample + rng.int(2, 9))}`, f);
    s.put(x1, y, `报告时间：${formatDate(doc.dates.report, 'slash')} ${clock(doc.times.report)}`, { ...f, align: 'right' });
    y += 56;
    s.put(x0, y, `报告医师：${doc.doctors.resident}`, f);
    s.put(x0 + 520, y, `审核医师：${doc.doctors.checker}`, f);
    if (remote) s.put(x1, y, `诊断中心：${/([^省市]+(?:县|市))$/u.exec(countyOf(doc))?.[1] ?? ''}人民医院心电诊断中心`, { ...f, align: 'right' });
    const foot = st('sansLight', 9, { color: '#444' });
    s.put(x0, y + 60, '注：本报告需结合临床综合分析，仅供临床医师参考。', foot);
    s.line(x0, 2196, x1, 2196, 1, '#888');
    s.put(x0, 2238, `打印：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, foot);
    s.put(x1, 2238, '第1页 共1页', { ...foot, align: 'right' });
  },
};
