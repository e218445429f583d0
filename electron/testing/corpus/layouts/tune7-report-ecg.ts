import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { suited, wrap } from './tune6-kit';

/** Whose resting ECG a county hospital reads: hearts, pressures, strokes, diabetics before surgery, kidneys. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'CEREBROVASCULAR_DISEASE', 'DIABETES', 'URAEMIA_DIALYSIS'];
const FINDINGS: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['左心室高电压', 'ST-T改变'], CORONARY_HEART_DISEASE: ['ST段压低（Ⅱ、Ⅲ、aVF、V4-V6）', 'T波低平'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['T波改变', '完全性右束支传导阻滞'], URAEMIA_DIALYSIS: ['T波高尖', 'QT间期延长'],
};
const LEADS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];

/** Twelve leads on pink grid paper, three rows of four plus a rhythm strip (not text, but the lead names are printed). */
function trace(s: Sheet, x: number, y: number, w: number, h: number, rate: number, rng: Rng): void {
  const g = s.g;
  g.fillStyle = '#fff3f3';
  g.fillRect(x, y, w, h);
  for (let gx = 0; gx <= w; gx += 10) s.line(x + gx, y, x + gx, y + h, gx % 50 === 0 ? 1.2 : 0.5, '#f2b8b8');
  for (let gy = 0; gy <= h; gy += 10) s.line(x, y + gy, x + w, y + gy, gy % 50 === 0 ? 1.2 : 0.5, '#f2b8b8');
  const rowH = h / 4;
  const beat = (60 / rate) * 250;
  g.strokeStyle = '#222';
  g.lineWidth = 1.6;
  for (let r = 0; r < 4; r += 1) {
    const base = y + rowH * r + rowH * 0.62;
    g.beginPath();
    g.moveTo(x, base);
    for (let px0 = 0; px0 < w; px0 += 2) {
      const t = (px0 + r * 17) % beat;
      const amp = r === 3 ? 1 : 0.6 + ((px0 * 7) % 5) / 10;
      const v = t > 40 && t < 52 ? -8 : t > 60 && t < 66 ? 10 : t > 66 && t < 72 ? -rowH * 0.45 * amp : t > 72 && t < 78 ? 14 : t > 120 && t < 160 ? -9 * Math.sin(((t - 120) / 40) * Math.PI) : rng.range(-0.8, 0.8);
      g.lineTo(x + px0, base + v);
    }
    g.stroke();
  }
  const lab = st('sans', 8.5, { color: '#333' });
  for (let i = 0; i < 12; i += 1) s.put(x + (i % 4) * (w / 4) + 8, y + rowH * Math.floor(i / 4) + 28, LEADS[i] ?? '', lab);
  s.put(x + 8, y + rowH * 3 + 28, 'Ⅱ', lab);
}

/**
 * 常规十二导联心电图报告: the cart's acquisition line across the top (2025-03-04 09:12:35 25mm/s 10mm/mV …, not the
 * report), the patient as a bordered vertical key–value column at the left beside the measurements, the twelve-lead
 * trace, the ECG conclusion (not a diagnosis of the patient) and the reading physician's date at the bottom (truth; the
 * same day or the next).
 */
export const tune7ReportEcg: Layout = {
  id: 'tune7-report-ecg',
  kind: 'report',
  split: 'tune',
  style: 'County / city / other-province 心电图室 常规十二导联心电图报告: machine acquisition line on top, vertical key–value patient column at the left, measurements at the right, pink-grid trace, sans 9.5–10.5 pt',
  exercises: ['the cart\'s acquisition timestamp 2025-03-04 09:12:35 with 25mm/s 10mm/mV 0.05-150Hz on the first line (not the report date)',
    'patient facts in a bordered two-column table at the left (姓名 / 性别 / 年龄 / 身份证号 / 门诊/住院号 / 科室 / 床号 / 申请医师 / 临床诊断), results at the right on the same rows',
    '临床诊断 wrapped inside its cell (counted)', 'measurements: HR 72 bpm, PR / QRS / QT / QTc ms, 电轴 +45°, RV5/SV1 mV (numbers that are not dates)',
    '心电图诊断 numbered: 窦性心律, ST-T改变 … (not counted)', '诊断医师 handwritten and 报告日期 at the bottom (truth; the next day on some pages)',
    'twelve-lead trace with lead names'],
  doc: (rng) => {
    const doc = suited(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], compoundSurnames: 0.12 }), rng, COUNTY), rng));
    return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.pick([0, 0, 1])) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const mono = st('sans', 8.5, { color: '#333' });
    const rate = rng.int(58, 96);

    // The cart's line, printed with the trace.
    const cart = rng.pick(['GE MAC 2000', 'Nihon Kohden ECG-2350', '理邦 SE-1201', '光电 ECG-1350P']);
    s.put(x0, 95, `${formatDate(doc.dates.sample, 'isoSec', doc.times.sample)}    ${cart}    25mm/s    10mm/mV    0.05-150Hz    AC50    F60`, mono);
    s.put(s.width / 2, 175, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 240, '常规十二导联心电图报告', st('sansMedium', 14, { align: 'center', spacing: 3 }));
    s.put(right, 240, `心电图号：ECG${doc.recordNo.slice(3)}`, { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.5);
    const dxText = doc.dx.western.map((d) => d.text).join('，');
    const [lw, vw] = [170, 470];
    const dxLines = wrap(s, dxText, vw - 24, f, { keep: doc.dx.western.map((d) => d.text) });
    const rows: [string, string][] = [['姓名', doc.patient.name], ['性别', sex], ['年龄', age], ['身份证号', doc.patient.idNumber],
      [inpatient ? '住院号' : '门诊号', doc.recordNo], ['科室', doc.department], ['床号', inpatient ? doc.bed : '—'], ['申请医师', doc.doctors.attending]];
    const rh = px(pt) * 2.1;
    const top = 290;
    const cells: Cell[][] = rows.map(([l, v]) => [{ text: l, w: lw, label: true }, { text: v, w: vw }]);
    let y = s.grid(x0, top, rh, cells, f, { label: b, shade: '#f1f1f1', border: 1.2 });
    // 临床诊断: its label cell as tall as the wrapped value.
    const dh = Math.max(rh, dxLines.length * px(pt) * 1.6 + 24);
    s.rect(x0, y, lw, dh, 1.2);
    s.rect(x0 + lw, y, vw, dh, 1.2);
    s.put(x0 + lw / 2, y + dh / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    dxLines.forEach((t, i) => s.put(x0 + lw + 12, y + 24 + px(pt) * 0.9 + i * px(pt) * 1.6, t, f));
    y += dh;
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });

    // Measurements on the right, one a row, level with the patient rows.
    const mx = x0 + lw + vw + 80;
    const pr = rng.int(130, 200);
    const qrs = rng.int(80, 118);
    const qt = rng.int(360, 420);
    const meas: [string, string][] = [['心率（HR）', `${rate} bpm`], ['P-R间期', `${pr} ms`], ['QRS时限', `${qrs} ms`], ['QT/QTc', `${qt}/${qt + rng.int(10, 40)} ms`],
      ['P/QRS/T电轴', `${rng.int(30, 70)}/${rng.int(-10, 75)}/${rng.int(20, 80)}°`], ['RV5/SV1', `${rng.range(1.2, 3.4).toFixed(2)}/${rng.range(0.5, 1.5).toFixed(2)} mV`],
      ['RV5+SV1', `${rng.range(2.0, 4.6).toFixed(2)} mV`], ['走纸速度', '25 mm/s']];
    meas.forEach(([l, v], i) => {
      const by = top + rh * i + rh / 2 + px(pt) * 0.36;
      s.put(mx, by, l, b);
      s.put(right, by, v, { ...f, align: 'right' });
      s.line(mx, top + rh * (i + 1), right, top + rh * (i + 1), 0.8, '#bbbbbb');
    });

    const ty = y + 50;
    trace(s, x0, ty, w, 760, rate, rng);
    y = ty + 760 + 80;
    s.put(x0, y, '心电图诊断：', st('sansBold', pt + 0.5));
    const found = [rate < 60 ? '窦性心动过缓' : '窦性心律', ...(FINDINGS[doc.primary] ?? (rng.chance(0.5) ? ['大致正常心电图'] : ['T波改变']))];
    found.forEach((t, i) => s.put(x0 + 60, y + (i + 1) * px(pt) * 1.8, `${i + 1}.${t}`, f));
    y += (found.length + 1) * px(pt) * 1.8 + 60;

    const sw = s.put(x0 + w * 0.45, y, '诊断医师：', b);
    handwritten(s, x0 + w * 0.45 + sw + 8, y, doc.doctors.checker, pt * 1.35, rng);
    s.pair(right - 420, y, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'slash'] as const)), b, f);
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2220, '本报告仅供临床参考，请结合临床', st(face, 8.5, { color: '#555' }));
  },
};
