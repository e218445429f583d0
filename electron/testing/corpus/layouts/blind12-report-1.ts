import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { earlierVisits } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local12, TROPICS12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];
const ANALYSER = ['TOSOH HLC-723G8', 'Bio-Rad D-10', 'Lifotronic H9', 'ARKRAY HA-8180'];

type Peak = { readonly name: string; readonly time: number; readonly pct: number };

/** The separation trace of an HPLC run: the sum of the peaks drawn over time axes with the peak names above them (a block of its own). */
function trace(s: Sheet, x: number, y: number, w: number, h: number, peaks: readonly Peak[], f: Style): void {
  s.rect(x, y, w, h, 1.2);
  const span = 1.6;
  const at = (t: number): number => x + (t / span) * w;
  const g = s.g;
  g.strokeStyle = '#1b1b1b';
  g.lineWidth = 2;
  g.beginPath();
  const top = Math.max(...peaks.map((p) => p.pct));
  for (let i = 0; i <= 400; i += 1) {
    const t = (i / 400) * span;
    const v = peaks.reduce((a, p) => a + (p.pct / top) * Math.exp(-(((t - p.time) / (p.name === 'A0' ? 0.07 : 0.025)) ** 2)), 0);
    const py = y + h - 10 - Math.min(1, v) * (h - 60);
    if (i === 0) g.moveTo(at(t), py);
    else g.lineTo(at(t), py);
  }
  g.stroke();
  const small: Style = { ...f, pt: f.pt - 2 };
  peaks.forEach((p, i) => s.put(at(p.time), y + 30 + (i % 2) * 28, p.name, { ...small, align: 'center' }));
  for (let t = 0; t <= span + 0.001; t += 0.4) s.put(at(t), y + h + px(small.pt) * 1.1, t.toFixed(1), { ...small, align: 'center' });
  s.put(x + w, y + h + px(small.pt) * 2.3, 'min', { ...small, align: 'right' });
}

/** 8.6 % as IFCC mmol/mol and as the estimated average glucose (mmol/L). */
const ifcc = (a: number): string => Math.round((a - 2.15) * 10.929).toString();
const eag = (a: number): string => (1.59 * a - 2.59).toFixed(1);

function peaksFor(a1c: number, hbf: number, rng: Rng): Peak[] {
  const peaks: Peak[] = [{ name: 'A1a', time: 0.2, pct: rng.range(0.5, 1) }, { name: 'A1b', time: 0.29, pct: rng.range(0.7, 1.4) },
    { name: 'F', time: 0.4, pct: hbf }, { name: 'LA1c', time: 0.52, pct: rng.range(1.2, 2.4) },
    { name: 'SA1c', time: 0.64, pct: a1c * 0.86 }];
  return [...peaks, { name: 'A0', time: 0.95, pct: 100 - peaks.reduce((n, p) => n + p.pct, 0) }];
}

/**
 * 糖化血红蛋白测定报告 from the HPLC analyser of a Yunnan, Guangxi or Hainan hospital lab: barcode, borderless header with 病人ID
 * and 临床诊断 (counted) but no ID number, a box of three times at the top right — 采集, 接收, 报告 (truth), the analyser's trace
 * (peak names, a block of its own) beside its peak table, the result large in NGSP % with IFCC mmol/mol and eAG, a note on a high
 * HbF (thalassaemia is common there), 检验者 / 审核者 and an analyser run time in the footer (not truth).
 */
export const blind12Report1: Layout = {
  id: 'blind12-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Yunnan / Guangxi / Hainan hospital lab 糖化血红蛋白 HPLC report: barcode, borderless header, boxed three-time block top right, '
    + 'chromatogram beside the peak table, boxed large result, HbF note, sans or light sans 9.5–10.5 pt',
  exercises: ['报告时间 inside a boxed time block (truth) under 采集时间 / 接收时间, 进样时间 in the footer (not truth)',
    '临床诊断 wrapping in the header (counted), no ID number (病人ID digits)', 'chromatogram peak names read as a block',
    'result in % with mmol/mol and eAG; a variant / HbF remark'],
  doc: (rng) => local12(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: TROPICS12 })), rng, { outside: 0.15 }),
    rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(rng.pick(['sans', 'sansLight'] as const), pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const diabetic = doc.dx.keys.includes('DIABETES');
    const a1c = diabetic ? rng.range(6.6, 12.5) : rng.range(4.8, 6.3);
    const hbf = rng.chance(0.35) ? rng.range(2.5, 9) : rng.range(0.3, 1.2);

    s.put(s.width / 2, 125, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 190, '糖化血红蛋白测定报告单', st('sansMedium', 14, { align: 'center', spacing: 3 }));
    const code = `${doc.recordNo.slice(4)}${rng.int(100, 999)}`;
    barcode(s, right - 300, 70, code, 60, 2.1);
    s.put(right - 150, 160, code, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 220, right, 220, 2);

    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + w * 0.2, x0 + w * 0.41];
    let y = 220 + lh;
    const rows: readonly (readonly (readonly [string, string])[])[] = [
      [['姓名：', p.name], ['性别：', sex], ['年龄：', age]],
      [['病人ID：', `${rng.int(100, 999)}${doc.recordNo.slice(5)}`], ['科室：', doc.department], ['床号：', rng.chance(0.5) ? doc.bed : '']],
      [['标本：', 'EDTA抗凝全血'], ['样本号：', String(rng.int(1, 600))], ['送检医生：', doc.doctors.attending]],
    ];
    rows.forEach((r) => {
      r.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, b, f));
      y += lh;
    });
    const texts = doc.dx.western.map((d) => d.text);
    const dw = s.put(x0, y, '临床诊断：', b);
    const lines = wrap(s, texts.join('；'), w * 0.6 - dw, f, { keep: texts });
    lines.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    const bx = x0 + w * 0.64;
    const run = doc.times.received + rng.int(10, 50);
    const fmt = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const times: readonly (readonly [string, string])[] = [['采集时间：', formatDate(doc.dates.sample, fmt, doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, fmt, doc.times.received)], ['报告时间：', formatDate(doc.dates.report, fmt, doc.times.report)]];
    s.rect(bx - 20, 220 + lh * 0.25, right - bx + 20, lh * 3.2, 1.2);
    times.forEach(([l, v], i) => s.pair(bx, 220 + lh * (i + 1.05), l, v, b, f));
    s.note({ name: p.name, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.3);
    s.line(x0, y, right, y, 1.2);
    y += lh;

    const peaks = peaksFor(a1c, hbf, rng);
    const cw = w * 0.52;
    s.put(x0, y, '色谱图：', b);
    s.block(() => trace(s, x0, y + lh * 0.5, cw, 430, peaks, f));
    const tx = x0 + cw + 60;
    const tcols = [0, 150, 330, 500];
    ['峰名', '保留时间', '面积', '面积%'].forEach((t, i) => s.put(tx + (tcols[i] ?? 0), y, t, b));
    s.line(tx, y + lh * 0.35, right, y + lh * 0.35, 1);
    const total = rng.int(1_200_000, 2_400_000);
    peaks.forEach((pk, i) => [pk.name, pk.time.toFixed(2), Math.round((total * pk.pct) / 100).toString(), pk.pct.toFixed(1)]
      .forEach((t, j) => s.put(tx + (tcols[j] ?? 0), y + lh * (i + 1.1), t, f)));
    s.put(tx, y + lh * (peaks.length + 1.3), `总面积：${total}`, f);
    y += 430 + lh * 3;

    const flag = Number(a1c.toFixed(1)) > 6 ? '↑' : '';
    s.rect(x0, y - lh * 0.9, w, lh * 3.4, 2);
    s.put(x0 + 30, y + lh * 0.2, `糖化血红蛋白（HbA1c）：${a1c.toFixed(1)} % ${flag}`, st('sansBold', pt + 3));
    s.put(x0 + w * 0.62, y + lh * 0.2, '参考区间：4.0–6.0 %', f);
    s.put(x0 + 30, y + lh * 1.6, `IFCC：${ifcc(a1c)} mmol/mol\u3000\u3000估算平均血糖（eAG）：${eag(a1c)} mmol/L`, f);
    s.put(x0 + w * 0.62, y + lh * 1.6, `HbF：${hbf.toFixed(1)} %${hbf > 2 ? ' ↑' : ''}`, f);
    y += lh * 3.6;
    const note = hbf > 2
      ? `备注：HbF 增高（${hbf.toFixed(1)}%），提示可能存在β-地中海贫血或异常血红蛋白，HbA1c 结果仅供参考，建议结合血红蛋白电泳及地贫基因检测。`
      : '备注：HbA1c 反映近2～3个月平均血糖水平，贫血、溶血及异常血红蛋白可影响结果。';
    wrap(s, note, w, f).forEach((t) => {
      s.put(x0, y, t, f);
      y += lh;
    });
    y += lh * 0.6;
    if (rng.chance(0.7)) {
      s.put(x0, y, '历史结果：', b);
      const past = earlierVisits(rng, doc.dates.sample, rng.int(2, 4));
      ['检测日期', ...past.map((d) => formatDate(d, 'iso'))].forEach((t, i) => s.put(x0 + 170 + i * 260, y, t, i === 0 ? b : f));
      const was = past.map(() => (diabetic ? a1c + rng.range(-1.5, 1.8) : a1c + rng.range(-0.4, 0.4)).toFixed(1));
      ['HbA1c（%）', ...was].forEach((t, i) => s.put(x0 + 170 + i * 260, y + lh, t, i === 0 ? b : f));
      y += lh * 2.6;
    }
    s.put(x0, y, `检测方法：高效液相色谱法（HPLC）\u3000\u3000检测仪器：${rng.pick(ANALYSER)}`, f);
    y += lh * 1.6;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.3, y, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.5)) seal(s, x0 + w * 0.75, y - 30, 95, doc.hospital.name, '检验专用章', rng);
    const small = st('sans', 8.5, { color: '#444' });
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2218, `进样时间：${doc.dates.sample.slice(5)} ${clock(run)}\u3000\u3000本结果仅对该标本负责`, small);
    s.put(right, 2218, `第1页 共1页\u3000电话：${doc.hospital.phone}`, { ...small, align: 'right' });
  },
};
