import { makeDoc } from '../case';
import { addDays, clock, formatDate, parts } from '../dates';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { para, suited, wrap } from './tune6-kit';
import { countyWords, groupedId } from './tune10-kit';

/** Hospitals with an endocrinology ward (not the brain hospital). */
const HOSPITALS = [...CITY, ...CITY_MORE.filter((h) => !h.name.includes('脑科')), ...COUNTY];

/** The sensors county and city endocrinology wards put on, and how long each records. */
const DEVICES: readonly (readonly [string, number])[] = [['雅培 FreeStyle Libre H（瞬感）', 14], ['美敦力 iPro2 回顾式动态血糖仪', 6],
  ['硅基动感 GS1 动态血糖监测系统', 14], ['鱼跃 Anytime CT3 持续葡萄糖监测系统', 14]];

const pad = (n: number): string => String(n).padStart(2, '0');
const md = (iso: string): string => `${pad(parts(iso)[1])}-${pad(parts(iso)[2])}`;

/** The ambulatory glucose profile: target band, 5–95 % and 25–75 % bands, the median; hour captions under it (not values). */
function profile(s: Sheet, x: number, y: number, w: number, h: number, mean: number, rng: Rng, cap: Style): void {
  const g = s.g;
  const top = 22;
  const yOf = (v: number): number => y + h - (v / top) * h;
  g.fillStyle = 'rgba(60, 160, 90, 0.10)';
  g.fillRect(x, yOf(10), w, yOf(3.9) - yOf(10));
  s.rect(x, y, w, h, 1.2, '#555');
  for (const v of [3.9, 10]) s.line(x, yOf(v), x + w, yOf(v), 1.4, '#3a9a5a');
  const n = 48;
  const curve = Array.from({ length: n + 1 }, (_, i) => {
    const t = (i / n) * 24;
    const meals = [7.5, 12, 18.5].reduce((a, m) => a + 3.2 * Math.exp(-((t - m - 1) ** 2) / 1.2), 0);
    return Math.max(3, mean - 1.8 + meals + rng.range(-0.3, 0.3));
  });
  const band = (lo: number, hi: number, color: string): void => {
    g.beginPath();
    curve.forEach((v, i) => (i === 0 ? g.moveTo(x, yOf(v + hi)) : g.lineTo(x + (i / n) * w, yOf(v + hi))));
    [...curve].reverse().forEach((v, i) => g.lineTo(x + ((n - i) / n) * w, yOf(Math.max(1.5, v - lo))));
    g.closePath();
    g.fillStyle = color;
    g.fill();
  };
  band(3.2, 5.5, 'rgba(70, 110, 200, 0.18)');
  band(1.5, 2.4, 'rgba(70, 110, 200, 0.38)');
  g.strokeStyle = '#1d3f8f';
  g.lineWidth = 3;
  g.beginPath();
  curve.forEach((v, i) => (i === 0 ? g.moveTo(x, yOf(v)) : g.lineTo(x + (i / n) * w, yOf(v))));
  g.stroke();
  for (let hr = 0; hr <= 24; hr += 6) s.put(x + (hr / 24) * w, y + h + px(cap.pt) * 1.3, `${pad(hr)}:00`, { ...cap, align: 'center' });
  s.put(x - 12, yOf(10) + 8, '10.0', { ...cap, align: 'right' });
  s.put(x - 12, yOf(3.9) + 8, '3.9', { ...cap, align: 'right' });
}

/**
 * 动态血糖监测报告 of a city or county hospital's endocrinology department: a logo letterhead, the patient in a bordered grid
 * with 临床诊断 (counted), the sensor and 监测时间 2025-02-18 09:30 至 2025-03-03 09:30（14天）(not the report), the standard
 * metrics (平均葡萄糖, GMI, CV, TIR / TAR / TBR), the lowest reading with its month-day and time, an ambulatory glucose profile,
 * a row of daily means labelled 02-25 …, the 分析意见, and 报告日期 beside the signing doctor (truth, 0–2 days after removal).
 */
export const tune10ReportCgm: Layout = {
  id: 'tune10-report-cgm',
  kind: 'report',
  split: 'tune',
  style: 'City / county hospital 内分泌科 动态血糖监测（CGM）报告: logo letterhead, bordered patient grid, metrics table, ambulatory glucose '
    + 'profile chart with percentile bands, daily-means strip, sans or serif 10–11 pt, handwritten signature',
  exercises: ['临床诊断 in the patient grid: 2型糖尿病伴多个并发症 / 2型糖尿病（胰岛素治疗） … with hypertension or coronary disease (counted)',
    '监测时间 2025-02-18 09:30 至 2025-03-03 09:30（14天） / 6天 (not the report)', '传感器 serial with letters and digits, 佩戴部位',
    'metrics: 平均葡萄糖 / GMI % / CV % / SD, TIR 3.9–10.0 / TAR / TBR percentages, 最低值 2.9mmol/L（03-01 03:15）with a month-day',
    'AGP chart with percentile bands and hour captions (not values)', 'daily means under month-day labels 02-25 … (not the report)',
    '分析意见 paragraph with 2周后复查 (not a date)', '报告日期 beside 报告医师 (handwritten) and 审核医师 (truth)', 'ID in groups or whole'],
  doc: (rng) => countyWords(suited(forPatient(makeDoc(rng, { kind: 'report', keys: ['DIABETES'],
    hospitals: HOSPITALS, compoundSurnames: 0.1 }), rng, COUNTY)), rng, { outside: 0.15, near: 0 }),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const cap: Style = st(face, 8.5, { color: '#333' });
    const lh = px(pt) * 1.75;
    const tone = rng.pick(['#1b4f8f', '#0f6b5a', '#8a1f2b']);

    logo(s, x0 + 40, 122, 38, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 98, 138, doc.hospital.name, st(bold, 17, { color: tone, spacing: 2 }));
    s.put(right, 138, rng.pick(['内分泌科', '内分泌代谢科', '糖尿病诊疗中心']), st(face, 11, { align: 'right', color: tone }));
    s.line(x0, 180, right, 180, 2.4, tone);
    s.put(s.width / 2, 250, rng.pick(['动态血糖监测报告', '持续葡萄糖监测（CGM）报告', '动态血糖图谱（AGP）报告']),
      st(bold, 15, { align: 'center', spacing: 3 }));

    const [sex, age] = sexAge(doc);
    const rh = px(pt) * 2.1;
    const cell = (x: number, y: number, cw: number, t: string, label: boolean): void => {
      if (label) {
        s.g.fillStyle = '#f0f2f5';
        s.g.fillRect(x, y, cw, rh);
      }
      s.rect(x, y, cw, rh, 1.2);
      s.put(label ? x + cw / 2 : x + 12, y + rh / 2 + px(pt) * 0.36, t, label ? { ...b, align: 'center' } : f);
    };
    const row = (y: number, cells: readonly (readonly [string, number, boolean])[]): number => {
      let x = x0;
      for (const [t, cw, label] of cells) {
        cell(x, y, cw, t, label);
        x += cw;
      }
      return y + rh;
    };
    const inpatient = rng.chance(0.5);
    const id = rng.chance(0.5) ? groupedId(doc.patient.idNumber, 'six-fours') : doc.patient.idNumber;
    let y = row(290, [['姓名', 150, true], [doc.patient.name, 240, false], ['性别', 110, true], [sex, 100, false], ['年龄', 110, true],
      [age, 130, false], [inpatient ? '住院号' : '门诊号', 150, true], [doc.recordNo, w - 990, false]]);
    y = row(y, [['身份证号', 150, true], [id, 560, false], ['科室', 110, true], [doc.department, 240, false],
      [inpatient ? '床号' : '医保', 150, true], [inpatient ? doc.bed : rng.pick(['居民医保', '职工医保']), w - 1210, false]]);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - 150 - 30, f, { keep: texts });
    const dh = Math.max(rh, lines.length * lh + px(pt) * 0.8);
    s.g.fillStyle = '#f0f2f5';
    s.g.fillRect(x0, y, 150, dh);
    s.rect(x0, y, 150, dh, 1.2);
    s.rect(x0 + 150, y, w - 150, dh, 1.2);
    s.put(x0 + 75, y + dh / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + 165, y + px(pt) * 0.4 + lh * (i + 0.72), t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y += dh + lh * 1.2;

    const [device, days] = rng.pick(DEVICES);
    const end = addDays(doc.dates.report, -rng.int(0, 2));
    const begin = addDays(end, -days);
    const at = rng.int(8 * 60, 11 * 60 + 30);
    s.pair(x0, y, '监测设备：', device, b, f);
    s.pair(x0 + w * 0.62, y, '传感器编号：', `${rng.pick(['0M', '3K', 'GS'])}${rng.int(10_000_000, 99_999_999)}`, b, f);
    y += lh;
    s.pair(x0, y, '监测时间：', `${formatDate(begin, 'isoTime', at)} 至 ${formatDate(end, 'isoTime', at)}（${days}天）`, b, f);
    s.pair(x0 + w * 0.62, y, '佩戴部位：', rng.pick(['左上臂背侧', '右上臂背侧', '腹部']), b, f);
    y += lh * 1.5;

    // The metrics, two key–value columns in a ruled table.
    const mean = rng.int(72, 128) / 10;
    const tbr = rng.int(0, 6);
    const tar = Math.min(60, Math.round((mean - 6.5) * 8) + rng.int(0, 8));
    const tir = 100 - tar - tbr;
    const lowest = (tbr > 0 ? rng.int(24, 38) : rng.int(40, 52)) / 10;
    const low = `${lowest.toFixed(1)}（${md(addDays(begin, rng.int(1, days - 1)))} ${clock(rng.int(60, 330))}）`;
    // Left and right columns of key–value pairs, each column's values lined up after its widest key.
    const metrics: readonly (readonly [string, string])[] = [
      ['平均葡萄糖（MG）', `${mean.toFixed(1)} mmol/L`], ['TIR（3.9–10.0 mmol/L）', `${tir}%`],
      ['葡萄糖管理指标（GMI）', `${(3.31 + 0.43 * mean).toFixed(1)}%`], ['TAR（>10.0 mmol/L）', `${tar}%`],
      ['标准差（SDBG）', `${(mean * rng.range(0.25, 0.42)).toFixed(2)} mmol/L`], ['TBR（<3.9 mmol/L）', `${tbr}%`],
      ['变异系数（CV）', `${(rng.int(240, 440) / 10).toFixed(1)}%`], ['数据采集率', `${rng.int(88, 99)}%`],
      ['最低值（mmol/L）', low], ['最高值（mmol/L）', (mean + rng.int(60, 110) / 10).toFixed(1)],
    ];
    const half = w / 2;
    const kw = [0, 1].map((c) => Math.max(...metrics.filter((_, i) => i % 2 === c).map(([k]) => s.measure(k, b))) + 36);
    s.line(x0, y - lh * 0.75, right, y - lh * 0.75, 1.6);
    metrics.forEach(([k, v], i) => {
      const mx = x0 + (i % 2) * half;
      const my = y + Math.floor(i / 2) * lh;
      s.put(mx + 10, my, k, b);
      s.put(mx + 10 + (kw[i % 2] ?? 0), my, v, f);
    });
    y += Math.ceil(metrics.length / 2) * lh - lh * 0.4;
    s.line(x0, y, right, y, 1.6);
    y += lh * 1.3;

    s.put(x0, y, '动态葡萄糖图谱（AGP）', b);
    s.put(right, y, '单位：mmol/L　深色 25%–75%　浅色 5%–95%　绿线 目标范围', { ...cap, align: 'right' });
    y += lh * 0.6;
    profile(s, x0 + 70, y, w - 70, 360, mean, rng, cap);
    y += 360 + lh * 1.8;

    // Daily means for the last week of the recording, under month-day labels.
    s.put(x0, y, '每日平均葡萄糖（mmol/L）', b);
    y += lh * 0.5;
    const cw = w / 7;
    for (let i = 0; i < 7; i += 1) {
      const d = addDays(end, i - 6);
      s.rect(x0 + i * cw, y, cw, rh * 1.8, 1.1, '#777');
      s.put(x0 + i * cw + cw / 2, y + rh * 0.7, md(d), { ...cap, align: 'center' });
      s.put(x0 + i * cw + cw / 2, y + rh * 1.5, (mean + rng.range(-1.6, 1.6)).toFixed(1), { ...f, align: 'center' });
    }
    y += rh * 1.8 + lh * 1.3;

    const when = rng.pick(['夜间0:00–3:00', '凌晨', '午餐前']);
    const hypo = tbr > 2 ? `，${when}存在低血糖` : '';
    const advice = tir >= 70 ? '血糖控制基本达标，建议维持当前治疗方案' : '血糖控制欠佳，建议调整降糖方案，控制饮食，加强运动';
    const sw = s.put(x0, y, '分析意见：', b);
    y = para(s, x0, y, w, `监测期间平均葡萄糖${mean.toFixed(1)}mmol/L，TIR ${tir}%（目标>70%），TAR ${tar}%，TBR ${tbr}%${hypo}。`
      + `${advice}，${rng.pick(['2周后', '1个月后', '3个月后'])}复查糖化血红蛋白。`, f, lh, { indent: sw, keep: [when] });

    y = Math.max(y + lh * 1.4, 1980);
    const rw = s.put(x0 + w * 0.05, y, '报告医师：', b);
    handwritten(s, x0 + w * 0.05 + rw + 12, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.38, y, '审核医师：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.68, y, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'slash'] as const)), b, f);
    s.put(s.width / 2, 2220, '本报告仅供临床参考', st(face, 8.5, { align: 'center', color: '#555' }));
  },
};
