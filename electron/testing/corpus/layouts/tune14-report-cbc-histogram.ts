import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { printedOn } from './kit';
import { suited, wrap } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { bloodCount, local14, mono, NORTHEAST14, SOUTH14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT',
  'MALIGNANT_TUMOR_OUTPATIENT', 'HEMOPHILIA', 'SEVERE_MENTAL_DISORDER', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE'];

/** One analyser plot: a DIFF scattergram of coloured clusters, or a RBC / PLT volume histogram. The caption is text, the plot is not. */
function plot(s: Sheet, x: number, y: number, w: number, h: number, kind: 'DIFF' | 'RBC' | 'PLT', rng: Rng, cap: Style): void {
  const g = s.g;
  s.rect(x, y, w, h, 1.2, '#555');
  s.put(x + 10, y + px(cap.pt) * 1.1, kind, cap);
  if (kind === 'DIFF') {
    const clusters = [[0.3, 0.7, '#2c6fd1'], [0.45, 0.45, '#1f9e4a'], [0.7, 0.35, '#d13b2c'], [0.82, 0.2, '#8a4fc0']] as const;
    for (const [cx, cy, colour] of clusters) {
      g.fillStyle = colour;
      for (let i = 0; i < 160; i += 1) g.fillRect(x + w * (cx + rng.gauss() * 0.05), y + h * (cy + rng.gauss() * 0.05), 2, 2);
    }
    return;
  }
  const [peak, spread] = kind === 'RBC' ? [0.42 + rng.range(-0.05, 0.05), 0.09] : [0.22, 0.11];
  const base = y + h - 28;
  g.beginPath();
  g.moveTo(x + 8, base);
  for (let i = 0; i <= 100; i += 1) {
    const t = i / 100;
    const skew = kind === 'PLT' && t > peak ? 1.9 : 1;
    const v = Math.exp(-(((t - peak) / (spread * skew)) ** 2));
    g.lineTo(x + 8 + t * (w - 16), base - v * (h - 70));
  }
  g.lineTo(x + w - 8, base);
  g.closePath();
  g.fillStyle = 'rgba(60, 60, 60, 0.18)';
  g.fill();
  g.strokeStyle = '#222';
  g.lineWidth = 1.6;
  g.stroke();
  const small = { ...cap, pt: cap.pt - 1.5 };
  const aligns = ['left', 'center', 'center', 'right'] as const;
  (kind === 'RBC' ? ['0', '100', '200', '300fL'] : ['0', '10', '20', '30fL'])
    .forEach((t, i) => s.put(x + 8 + (i / 3) * (w - 16), y + h - 6, t, { ...small, align: aligns[i] }));
}

/**
 * 血常规（五分类）/ 血细胞分析 report of a Guangdong, Fujian, Zhejiang or Northeast county LIS: a borderless four-column header
 * (身份证号 — truth; 临床诊断 wrapping in two cells — counted), a long ruled table of the analyser's 24 counts with results and
 * ranges at a fixed pitch and ↑ / ↓, a DIFF scattergram and RBC / PLT histograms down the right, then a ruled block of
 * 采样 / 接收 / 报告 (truth) / 打印 times (打印 later, not truth) with 检验者 and 审核者.
 */
export const tune14ReportCbcHistogram: Layout = {
  id: 'tune14-report-cbc-histogram',
  kind: 'report',
  split: 'tune',
  style: 'Guangdong / Fujian / Zhejiang / Northeast county LIS 血常规（五分类）检验报告单: barcode, borderless four-column header, '
    + '24-row ruled table with fixed-pitch results, DIFF scattergram and RBC / PLT histograms, ruled time block, sans 9–10.5 pt',
  exercises: ['a long table of 24 counts (WBC … P-LCR) with ↑ / ↓, numbers at a fixed pitch, ranges written 3.50--9.50',
    '报告时间 in a ruled block with 采样时间 / 接收时间 (not truth) and 打印时间 later (not truth)',
    '临床诊断 wrapping in the header (counted): leukaemia, dialysis, tumour under chemotherapy, haemophilia …',
    '身份证号 with Guangdong / Fujian / Zhejiang / Northeast codes', 'analyser plots (DIFF scattergram, RBC / PLT histograms) at the right'],
  doc: (rng) => {
    const doc = local14(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...SOUTH14, ...NORTHEAST14],
      compoundSurnames: 0.06 })), rng, { outside: 0.15, near: 0.1 }), rng);
    // A blood count is out within hours; a sample drawn late is reported the next morning.
    const late = rng.chance(0.25);
    const report = late ? addDays(doc.dates.sample, 1) : doc.dates.sample;
    const minutes = late ? rng.int(7 * 60 + 30, 9 * 60 + 30) : doc.times.received + rng.int(30, 150);
    return { ...doc, dates: { ...doc.dates, report }, times: { ...doc.times, report: minutes } };
  },
  draw(s, doc, rng) {
    s.ink = '#121212';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const t: Style = st(face, 9.5);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 198, rng.pick(['血常规（五分类）检验报告单', '血细胞分析报告单', '血常规检验报告单']), st('sansMedium', 13.5, { align: 'center', spacing: 2 }));
    const code = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const bw = barcode(s, x0, 74, code, 52, 2);
    s.put(x0 + bw / 2, 150, code, st('sans', 8, { align: 'center' }));
    s.put(right, 130, `样本号：${rng.int(1, 900)}`, { ...f, align: 'right' });

    // The header: four borderless columns, the diagnosis wrapping over the last two.
    s.line(x0, 230, right, 230, 2);
    let y = 230 + lh;
    const stops = [0, 0.25, 0.5, 0.75].map((k) => x0 + k * w);
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    const ward = rng.chance(0.5);
    row([['姓    名：', p.name], ['性    别：', p.sex], ['年    龄：', `${p.age}岁`], ['病人类型：', ward ? '住院' : '门诊']]);
    row([['科    室：', doc.department], ['床    号：', ward ? doc.bed : '--'], ['病 历 号：', doc.recordNo], ['样本类型：', '全血（EDTA-K2）']]);
    row([['送检医生：', doc.doctors.attending], ['仪    器：', rng.pick(['BC-6800', 'XN-1000', 'BC-5390'])], ['检测方法：', '流式+阻抗法'], ['', '']]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    const texts = doc.dx.western.map((d) => d.text);
    const dl = s.put(stops[2] ?? x0, y, '临床诊断：', b);
    const lines = wrap(s, texts.join('；'), w * 0.5 - dl, f, { keep: texts });
    lines.forEach((line, i) => s.put((stops[2] ?? x0) + dl, y + i * lh, line, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.4);
    s.line(x0, y, right, y, 1.4);

    // The long table at the left, the analyser's plots at the right.
    const cols = [0, 52, 372, 500, 610, 650, 770];
    const pitch = px(t.pt) * 0.55;
    y += lh * 0.9;
    ['No', '检验项目', '缩写', '结果', '', '单位', '参考区间'].forEach((h, i) => s.put(x0 + (cols[i] ?? 0), y, h, st('sansMedium', 9.5)));
    const top = y + lh * 0.4;
    s.line(x0, top, x0 + 920, top, 1);
    y = top + lh * 0.85;
    const rows = bloodCount(rng, doc.primary, p.sex);
    rows.forEach((r, i) => {
      s.put(x0 + 4, y, String(i + 1).padStart(2, '0'), t);
      s.put(x0 + (cols[1] ?? 0), y, r.name, t);
      s.put(x0 + (cols[2] ?? 0), y, r.abbr, t);
      mono(s, x0 + (cols[3] ?? 0), y, r.value.padStart(6, ' '), t, pitch);
      if (r.flag) s.put(x0 + (cols[4] ?? 0), y, r.flag, st('sansBold', 9.5));
      s.put(x0 + (cols[5] ?? 0), y, r.unit, t);
      mono(s, x0 + (cols[6] ?? 0), y, r.range, t, pitch);
      y += px(t.pt) * 1.55;
    });
    s.line(x0, y - px(t.pt) * 0.9, x0 + 920, y - px(t.pt) * 0.9, 1);
    const px0 = x0 + 960;
    const pw = right - px0;
    const ph = Math.min(300, (y - top - 60) / 3);
    (['DIFF', 'RBC', 'PLT'] as const).forEach((k, i) => plot(s, px0, top + i * (ph + 30), pw, ph, k, rng, st('sansMedium', 9.5)));

    y += lh * 0.4;
    const blasts = doc.primary === 'LEUKEMIA' ? '外周血涂片镜检可见原始细胞，请结合骨髓检查。' : '';
    s.put(x0, y, `备注：↑ 偏高  ↓ 偏低。${blasts}本结果仅对所检标本负责。`, st(face, 9, { color: '#444' }));

    // The ruled block of names and times.
    const fy = Math.max(y + lh * 1.6, 2020);
    const how = rng.pick(['iso', 'slash'] as const);
    const cells: [string, string][] = [['采样时间：', stamp(doc.dates.sample, doc.times.sample, how, 1)],
      ['接收时间：', stamp(doc.dates.sample, doc.times.received, how, 2)], ['报告时间：', stamp(doc.dates.report, doc.times.report, how, 3)],
      ['检 验 者：', doc.doctors.resident], ['审 核 者：', doc.doctors.checker],
      ['打印时间：', formatDate(printedOn(doc), how === 'iso' ? 'isoTime' : 'slashTime', doc.times.print)]];
    s.line(x0, fy - lh * 0.85, right, fy - lh * 0.85, 1.6);
    cells.forEach(([l, v], i) => s.pair(x0 + (i % 3) * (w / 3), fy + Math.floor(i / 3) * lh, l, v, st('sansMedium', 9), st(face, 9)));
    s.line(x0, fy + lh * 1.5, right, fy + lh * 1.5, 1.6);
    if (rng.chance(0.55)) seal(s, x0 + w * 0.78, fy - 40, 90, doc.hospital.name, '检验专用章', rng);
  },
};
