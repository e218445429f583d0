import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { barcode } from '../marks';
import type { LabRow } from '../labs';
import type { Layout } from '../types';
import { px, st } from './common';
import { CENTRAL, rehome } from './blind17-kit';

/**
 * 检验报告单 of a central or southern city hospital's 检验科 (Hunan, Guangxi, Hubei) printed A5 on the top half of an A4
 * sheet, the lower half blank below a dashed tear line: a two-column header (hospital and title at the left, barcode
 * and 样本号 at the right), the patient in three columns with 临床诊断 (counted), two panels' results in two side-by-side
 * tables, and the times in one row: 采样时间 and 接收时间 (decoys), 报告时间 (the truth), then 打印时间 (decoy). No 身份证号.
 */
export const blind17Report1: Layout = {
  id: 'blind17-report-1',
  kind: 'report',
  split: 'blind',
  style: 'central/southern city hospital 检验报告单 printed A5 on half an A4 sheet: two result tables side by side, times in a row',
  exercises: ['A5 report on the top half of the page', 'results in two side-by-side tables', '临床诊断 (counted)',
    '采样时间 / 接收时间 / 报告时间 in one row (report time is the truth)', '打印时间 below (decoy)', 'no 身份证号'],
  doc: (rng) => rehome(makeDoc(rng, { kind: 'report', hospitals: CENTRAL }), rng),
  draw(s, doc, rng) {
    const sans = rng.chance(0.6);
    const pt = rng.pick([9, 9.5, 10]);
    const f = st(sans ? 'sans' : 'serif', pt);
    const b = st(sans ? 'sansMedium' : 'serifSemi', pt);
    const lh = px(pt) * 1.5;
    const x0 = 100;
    const x1 = s.width - 100;
    const w = x1 - x0;
    const p = doc.patient;

    s.put(x0, 120, doc.hospital.name, st(sans ? 'sansBold' : 'serifBold', 15));
    const title = `${doc.labs.map((l) => l.title).filter((t) => t !== '').join('、') || '生化'}检验报告单`;
    s.put(x0, 180, title, st(sans ? 'sansBold' : 'serifBold', 13, { spacing: 2 }));
    const bw = barcode(s, x1 - 340, 72, doc.recordNo, 56, 2.2);
    s.put(x1 - 340 + bw / 2, 156, doc.recordNo, st('sans', 8, { align: 'center' }));
    s.put(x1, 190, `样本号：${rng.int(1, 899)}`, { ...f, align: 'right' });
    s.line(x0, 210, x1, 210, 2.5);

    const cols = [x0, x0 + w * 0.34, x0 + w * 0.64];
    const specimen = rng.pick(['血清', '静脉血', '血浆']);
    const rows = [
      [`姓  名：${p.name}`, `性  别：${p.sex}`, `年  龄：${p.age}岁`],
      [`科  室：${doc.department}`, `床  号：${rng.chance(0.5) ? doc.bed : '门诊'}`, `病历号：${doc.recordNo}`],
      [`送检医生：${doc.doctors.attending}`, `样本类型：${specimen}`, `申请单号：${doc.recordNo.slice(2)}${rng.int(10, 99)}`],
    ];
    let y = 255;
    for (const r of rows) {
      r.forEach((t, i) => s.put(cols[i] ?? x0, y, t, f));
      y += lh;
    }
    s.diagnoses(doc.dx.western);
    y = s.para(x0, y, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}`, f, lh);
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.55, x1, y - lh * 0.55, 1.2);
    y += lh * 0.3;

    const all: LabRow[] = doc.labs.flatMap((l) => l.rows);
    const half = Math.ceil(all.length / 2);
    const tw = (w - 40) / 2;
    const head = ['No', '项目名称', '结果', '', '单位', '参考区间'];
    const at = [0, 50, 280, 372, 415, 560];
    const table = (x: number, rowsOf: readonly LabRow[], start: number): void => {
      head.forEach((h, i) => s.put(x + (at[i] ?? 0), y, h, b));
      s.line(x, y + lh * 0.35, x + tw, y + lh * 0.35, 1);
      rowsOf.forEach((r, i) => {
        const ry = y + (i + 1) * lh * 1.05;
        const cells = [String(start + i + 1), r.name, r.value, r.flag, r.unit, r.range];
        const nf = st(f.face, Math.min(pt, Math.floor((2 * pt * 224) / s.measure(r.name, f)) / 2));
        cells.forEach((c, k) => s.put(x + (at[k] ?? 0), ry, c, k === 1 ? nf : f));
      });
    };
    table(x0, all.slice(0, half), 0);
    table(x0 + tw + 40, all.slice(half), half);
    s.line(x0 + tw + 20, y - lh * 0.8, x0 + tw + 20, y + half * lh * 1.05 + lh * 0.2, 1);
    y += (half + 1) * lh * 1.05 + lh * 0.2;
    s.line(x0, y - lh * 0.55, x1, y - lh * 0.55, 1.2);
    y += lh * 0.3;

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    s.put(x0, y, `采样时间：${formatDate(doc.dates.sample, ds, doc.times.sample)}`, f);
    s.put(x0 + w * 0.34, y, `接收时间：${formatDate(doc.dates.sample, ds, doc.times.received)}`, f);
    s.put(x0 + w * 0.67, y, `报告时间：${formatDate(doc.dates.report, ds, doc.times.report)}`, f);
    y += lh;
    s.put(x0, y, `检验者：${doc.doctors.resident}`, f);
    s.put(x0 + w * 0.34, y, `审核者：${doc.doctors.checker}`, f);
    s.put(x0 + w * 0.67, y, `打印时间：${formatDate(doc.dates.print, 'isoTime', doc.times.print)}`, f);
    y += lh;
    s.put(x0, y, '※ 本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。↑偏高 ↓偏低', st(f.face, 8, { color: '#444' }));
    for (let x = x0 - 40; x < x1 + 40; x += 28) s.line(x, 1170, x + 14, 1170, 1.2, '#999');
  },
};
