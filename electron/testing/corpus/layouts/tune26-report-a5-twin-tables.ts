import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { LabRow } from '../labs';
import { barcode, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { printedOn } from './kit';
import { COUNTY26, sheetOnGlass } from './tune26-kit';

/** One result table: its own header row (项目 结果 单位 参考值) and rows under it, read down on its own. */
function table(s: Sheet, x: number, y: number, cols: readonly number[], rows: readonly LabRow[], f: Style, b: Style, lh: number): number {
  const w = cols[cols.length - 1] ?? 0;
  s.block(() => {
    s.line(x, y, x + w, y, 1.6);
    ['项目', '结果', '单位', '参考值'].forEach((t, i) => s.put(x + 8 + (cols[i] ?? 0), y + lh * 0.72, t, b));
    s.line(x, y + lh, x + w, y + lh, 1);
    rows.forEach((r, i) => {
      const base = y + lh * (i + 1.72);
      const cells = [r.name, `${r.value}${r.flag === '' ? '' : ` ${r.flag}`}`, r.unit, r.range];
      cells.forEach((t, j) => s.put(x + 8 + (cols[j] ?? 0), base, t, f));
    });
  });
  const bottom = y + lh * (rows.length + 1.2);
  s.line(x, bottom, x + w, bottom, 1.6);
  return bottom;
}

/**
 * County hospital LIS 检验报告单 printed on an A5 landscape sheet and scanned on A4 glass (the sheet's edge shows, the lower
 * half is blank): barcode and 样本号 at the top right, a borderless header (姓名, 身份证号 — truth — 科别, 床号, 标本), 临床诊断
 * (counted), then two result tables side by side, each with its own 项目 结果 单位 参考值 header, each read down on its own.
 * 采样时间 and 接收时间 (decoys, with the clock), 报告时间 (truth) on one footer row, 检验者 / 审核者 (other people),
 * 打印时间 (a later day, decoy).
 */
export const tune26ReportA5TwinTables: Layout = {
  id: 'tune26-report-a5-twin-tables',
  kind: 'report',
  split: 'tune',
  style: 'County hospital LIS 检验报告单 on an A5 landscape sheet scanned on A4: barcode top right, borderless header, two result '
    + 'tables side by side each with its own header row (项目 结果 单位 参考值 | 项目 结果 单位 参考值), sans or serif 9–10 pt',
  exercises: ['two tables side by side read each down on its own (a block per table), not across', '↑ / ↓ after the values',
    '身份证号 in the header (truth)', '临床诊断 in the header (counted)', '采样时间 / 接收时间 (decoys) before 报告时间 (truth) on one row',
    'the A5 sheet\'s edge and shadow, the lower half of the A4 blank', '打印时间 a later day'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: COUNTY26 }),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const [sx, sy, sw, sh] = [70, rng.int(70, 90), 1514, 1110];
    sheetOnGlass(s, sx, sy, sw, sh);
    const x0 = sx + 60;
    const right = sx + sw - 60;
    const serif = rng.chance(0.4);
    const pt = rng.pick([9, 9.5, 10]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.62;
    const p = doc.patient;

    const top = sy + 80;
    s.put(sx + sw / 2, top, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 3 }));
    const title = rng.pick(['检验报告单', '临床检验报告单', `${doc.labs[0]?.title ?? ''}检验报告单`]);
    s.put(sx + sw / 2, top + 62, title, st(b.face, 12, { align: 'center', spacing: 4 }));
    const bw = barcode(s, right - 300, sy + 28, doc.recordNo, 46, 2);
    s.put(right - 300 + bw / 2, sy + 100, `样本号：${doc.recordNo.slice(-5)}`, st('sans', 8.5, { align: 'center' }));

    let y = top + 120;
    const w = right - x0;
    const stops = [x0, x0 + w * 0.22, x0 + w * 0.38, x0 + w * 0.54, x0 + w * 0.76];
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => { if (l !== '') s.pair(stops[i] ?? x0, y, l, v, b, f); });
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科别：', doc.department], ['床号：', rng.chance(0.5) ? `${doc.bed}床` : '门诊']]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[3] ?? x0, y, '标本：', rng.pick(['静脉血', '血清', '全血']), b, f);
    s.pair(stops[4] ?? x0, y, '送检医生：', doc.doctors.attending, b, f);
    y += lh;
    const dxText = doc.dx.western.map((d) => d.text).join('，');
    y = s.para(x0, y, w, `临床诊断：${dxText}`, f, lh) - lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 0.5;

    const half = (w - 40) / 2;
    const [left, second] = [doc.labs[0]?.rows ?? [], doc.labs[1]?.rows ?? []];
    // Columns as wide as their widest entry in either table, the slack shared out between them.
    const widest = [(r: LabRow) => r.name, (r: LabRow) => `${r.value} ↑`, (r: LabRow) => r.unit, (r: LabRow) => r.range]
      .map((get) => Math.max(...[...left, ...second].map((r) => s.measure(get(r), f)), s.measure('参考值', b)) + 16);
    const gap = Math.max(0, (half - widest.reduce((a, c) => a + c, 0)) / 4);
    const cols = widest.reduce<number[]>((acc, c) => [...acc, (acc[acc.length - 1] ?? 0) + c + gap], [0]).map(Math.round);
    cols[4] = Math.round(half);
    const both = left.length + second.length;
    const cut = second.length === 0 ? Math.ceil(both / 2) : left.length;
    const all = [...left, ...second];
    const bottom = Math.max(table(s, x0, y, cols, all.slice(0, cut), f, b, lh),
      table(s, x0 + half + 40, y, cols, all.slice(cut), f, b, lh));

    y = Math.max(bottom + lh * 1.3, sy + sh - 200);
    seal(s, right - 150, y - lh * 2.6, 84, doc.hospital.name, '检验专用章', rng);
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const t = doc.times;
    const fs = st(f.face, pt - 0.5);
    s.put(x0, y, `采样时间：${formatDate(doc.dates.sample, ds, t.sample)}`, fs);
    s.put(x0 + w * 0.34, y, `接收时间：${formatDate(doc.dates.sample, ds, t.received)}`, fs);
    s.put(x0 + w * 0.67, y, `报告时间：${formatDate(doc.dates.report, ds, t.report)}`, fs);
    y += lh;
    s.put(x0, y, `检验者：${doc.doctors.resident}`, fs);
    s.put(x0 + w * 0.34, y, `审核者：${doc.doctors.checker}`, fs);
    s.put(x0 + w * 0.67, y, `打印时间：${formatDate(printedOn(doc), 'isoTime', t.print)}`, fs);
    y += lh;
    s.put(sx + sw / 2, y, '本报告仅对所检测标本负责，结果如有疑问请于三日内与检验科联系。', st(f.face, 8.5, { color: '#444', align: 'center' }));
  },
};
