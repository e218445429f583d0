import { makeDoc, type Doc } from '../case';
import { clock, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { seal } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { para, suited } from './tune6-kit';

/** Minutes after the glucose drink (or the steamed-bread meal) at which blood is drawn. */
const POINTS = [0, 30, 60, 120, 180] as const;

type Curves = { readonly glucose: number[]; readonly insulin: number[]; readonly cpeptide: number[] };

/** Curves that fit the diabetes the page names: a late, blunted insulin peak in type 2, flat and low in type 1. */
function curves(doc: Doc, rng: Rng): Curves {
  const type1 = doc.dx.western.some((d) => /1型/u.test(d.text));
  const g0 = type1 ? rng.range(8, 13) : rng.range(6.4, 10.5);
  const rise = [0, rng.range(3, 5), rng.range(6, 9), rng.range(6.5, 10), rng.range(4, 7.5)];
  const glucose = rise.map((r) => g0 + r);
  const i0 = type1 ? rng.range(0.8, 3.5) : rng.range(5, 16);
  const insulin = (type1 ? [1, 1.2, 1.3, 1.4, 1.2] : [1, rng.range(1.6, 2.6), rng.range(2.8, 4.2), rng.range(4, 6.5), rng.range(3, 5)]).map((k) => i0 * k);
  const c0 = type1 ? rng.range(0.05, 0.45) : rng.range(1.1, 2.8);
  const cpeptide = (type1 ? [1, 1.1, 1.2, 1.25, 1.15] : [1, rng.range(1.4, 1.9), rng.range(2, 2.8), rng.range(2.6, 3.6), rng.range(2.2, 3)]).map((k) => c0 * k);
  return { glucose, insulin, cpeptide };
}

/** The three curves over the five times (not text), with the time axis captioned under them. */
function chart(s: Sheet, x: number, y: number, w: number, h: number, c: Curves, face: 'sans' | 'serif'): void {
  s.rect(x, y, w, h, 1, '#999');
  for (let k = 1; k < 4; k += 1) s.line(x, y + (h * k) / 4, x + w, y + (h * k) / 4, 1, '#e2e2e2');
  const at = (i: number): number => x + 40 + ((POINTS[i] ?? 0) / 180) * (w - 80);
  const plot = (vals: readonly number[], color: string): void => {
    const top = Math.max(...vals) * 1.15;
    s.g.strokeStyle = color;
    s.g.lineWidth = 3;
    s.g.beginPath();
    vals.forEach((v, i) => (i === 0 ? s.g.moveTo(at(i), y + h - (v / top) * h) : s.g.lineTo(at(i), y + h - (v / top) * h)));
    s.g.stroke();
    s.g.fillStyle = color;
    vals.forEach((v, i) => s.g.fillRect(at(i) - 5, y + h - (v / top) * h - 5, 10, 10));
  };
  plot(c.glucose, '#c62828');
  plot(c.insulin, '#1565c0');
  plot(c.cpeptide, '#2e7d32');
  const small = st(face, 8.5, { color: '#444' });
  POINTS.forEach((p, i) => s.put(at(i), y + h + 34, `${p}`, { ...small, align: 'center' }));
  s.put(x + w, y + h + 72, '时间（min）', { ...small, align: 'right' });
  [['葡萄糖', '#c62828'], ['胰岛素', '#1565c0'], ['C肽', '#2e7d32']].forEach(([t, color], i) => {
    const ly = y + 40 + i * 44;
    s.line(x + w + 40, ly - 10, x + w + 90, ly - 10, 3, color);
    s.put(x + w + 104, ly, t ?? '', small);
  });
}

/**
 * LIS report of an OGTT (or a steamed-bread meal test) with insulin and C-peptide release: five blood draws in one
 * table (空腹 / 30 / 60 / 120 / 180 min with their clock times), the three curves drawn beside a legend, the ordering,
 * testing and checking doctors named beside the patient, and the 报告日期 only in the footer under the seal.
 */
export const tune6ReportOgtt: Layout = {
  id: 'tune6-report-ogtt',
  kind: 'report',
  split: 'tune',
  style: 'County / city / other-province LIS 糖耐量试验 + 胰岛素 / C肽释放试验 report: multi-time-point bordered table, curve chart, sans or serif 10–11 pt, date only in the footer',
  exercises: ['title 口服葡萄糖耐量试验（OGTT）+胰岛素释放试验+C肽释放试验 / 馒头餐试验', '申请医生 / 检验者 / 审核者 named in the header rows beside the patient (three doctors)',
    '身份证号, 病历号, 条码号 digits in the header', '临床诊断 naming diabetes (counted), sometimes with hypertension or coronary disease',
    'results in a table with time points across (空腹 0min / 30min / 60min / 120min / 180min) and a 采血时间 row of clock times only',
    '↑ flags on glucose, reference ranges per time point, insulin and C-peptide ranges in a note', 'curve chart with axis captions and a legend (not values)',
    '报告日期 only in the footer (truth), under a 检验专用章; a 采集日期 in the header on some pages (the sample day, not always the report day)'],
  doc: (rng) => {
    const doc = suited(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: ['DIABETES'],
      hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY, ...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.15 }),
    rng, COUNTY), rng));
    // A glucose tolerance test is done when nothing acute is going on.
    return { ...doc, dx: { ...doc.dx, western: doc.dx.western.filter((d) => !/感染/u.test(d.text)) } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.9;

    s.put(s.width / 2, 140, `${doc.hospital.name}检验报告单`, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 2 }));
    const bread = rng.chance(0.35);
    s.put(s.width / 2, 205, bread ? '馒头餐试验（血糖+胰岛素+C肽）' : '口服葡萄糖耐量试验（OGTT）+胰岛素释放试验+C肽释放试验',
      st(semi, 12, { align: 'center' }));
    s.line(x0, 240, right, 240, 2.4);

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.5);
    const cols = [0, 420, 760, 1140];
    let y = 295;
    const row = (cells: readonly (readonly [string, string] | null)[]): void => {
      cells.forEach((c, i) => c && s.pair(x0 + (cols[i] ?? 0), y, c[0], c[1], b, c[0] === '姓名：' ? st(semi, pt + 1) : f));
      y += lh;
    };
    row([['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], [inpatient ? '床号：' : '类别：', inpatient ? doc.bed : '门诊']]);
    row([['科室：', doc.department], ['申请医生：', doc.doctors.attending], ['检验者：', doc.doctors.resident], ['审核者：', doc.doctors.checker]]);
    const barcodeNo = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const dated = rng.chance(0.5);
    row([['身份证号：', doc.patient.idNumber], null, dated ? ['采集日期：', formatDate(doc.dates.sample, rng.pick(['iso', 'cn'] as const))] : ['标本：', '血清'],
      ['条码号：', barcodeNo]]);
    row([[inpatient ? '住院号：' : '门诊号：', doc.recordNo]]);
    y -= lh;
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber });
    const dl = s.put(x0 + (cols[1] ?? 0), y, '临床诊断：', b);
    const dx = doc.dx.western.map((d) => d.text);
    y = para(s, x0 + (cols[1] ?? 0) + dl, y, w - (cols[1] ?? 0) - dl, dx.join('；'), f, lh, { keep: dx });
    s.diagnoses(doc.dx.western);
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1.4);

    const c = curves(doc, rng);
    // The fasting draw early in the morning, the others at their minutes after it.
    const drawn = 7 * 60 + 15 + (doc.times.sample % 75);
    const glucoseRange = ['3.9-6.1', '<11.1', '<11.1', '<7.8', '3.9-6.1'];
    const limit = [6.1, 11.1, 11.1, 7.8, 6.1];
    const [nameW, timeW] = [300, 185];
    const unitW = w - nameW - POINTS.length * timeW;
    const head: Cell[] = [{ text: '项目', w: nameW, label: true }, ...POINTS.map((p): Cell => ({ text: p === 0 ? '空腹 0min' : `${p}min`, w: timeW, label: true })),
      { text: '单位', w: unitW, label: true }];
    const line = (name: string, vals: readonly string[], unit: string): Cell[] =>
      [{ text: name, w: nameW }, ...vals.map((v): Cell => ({ text: v, w: timeW, align: 'center' })), { text: unit, w: unitW, align: 'center' }];
    const tf = st(face, pt - 0.5);
    y = s.grid(x0, y + 20, px(pt) * 2.2, [
      head,
      line('采血时间', POINTS.map((p) => clock(drawn + p + (p === 0 ? 0 : rng.int(0, 3)))), ''),
      line('葡萄糖（GLU）', c.glucose.map((v, i) => `${v.toFixed(2)}${v > (limit[i] ?? 99) ? '↑' : ''}`), 'mmol/L'),
      line('胰岛素（INS）', c.insulin.map((v) => v.toFixed(2)), 'μIU/mL'),
      line('C肽（C-P）', c.cpeptide.map((v) => v.toFixed(2)), 'ng/mL'),
      line('血糖参考范围', glucoseRange, 'mmol/L'),
    ], tf, { label: st(semi, pt - 0.5), shade: '#eeeeee', border: 1.3 });
    y += lh;
    y = para(s, x0, y, w, '备注：空腹胰岛素参考范围2.6-24.9μIU/mL，空腹C肽参考范围1.1-4.4ng/mL；服糖（进餐）后胰岛素及C肽峰值一般为空腹的5-10倍，'
      + '高峰出现在30-60min。', st(face, pt - 1, { color: '#333' }), lh * 0.9);
    const peak = c.insulin.indexOf(Math.max(...c.insulin));
    const ratio = (Math.max(...c.insulin) / (c.insulin[0] ?? 1)).toFixed(1);
    y = para(s, x0, y + lh * 0.4, w, `结果提示：餐后血糖升高，胰岛素释放${peak >= 3 ? '高峰延迟' : '曲线低平'}，峰值为空腹的${ratio}倍。`, b, lh);

    chart(s, x0 + 60, y + 40, 900, 420, c, serif ? 'serif' : 'sans');

    // The report date: only here, at the foot, under the laboratory's seal.
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const fy = 2150;
    s.line(x0, fy - 50, right, fy - 50, 1.2);
    s.pair(x0, fy, '报告日期：', formatDate(doc.dates.report, ds), b, f);
    s.note({ reportDate: doc.dates.report });
    seal(s, x0 + 330 + rng.range(-30, 30), fy - 40 + rng.range(-20, 20), 105, doc.hospital.name, '检验专用章', rng);
    const small = st(face, 8.5, { color: '#444' });
    s.put(s.width / 2 + 120, fy, '本报告仅对所检标本负责，如有疑问请于7日内联系检验科。', { ...small, align: 'center' });
    s.put(right, fy, '第1页/共1页', { ...small, align: 'right' });
  },
};
