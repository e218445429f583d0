import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { COUNTY, TOWNSHIP } from '../hospitals';
import { barcode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { COUNTY6, reword, TOWNS6 } from './blind6-kit';

/** County / township LIS 检验报告单: header facts in three columns, a ruled results table, the three times along the foot. */
export const blind6Report1: Layout = {
  id: 'blind6-report-1',
  kind: 'report',
  split: 'blind',
  style: 'County / township LIS lab report, no ID',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'report', hospitals: [...COUNTY6, ...COUNTY, ...TOWNS6, ...TOWNSHIP], compoundSurnames: 0.1 }), rng,
    { near: 0.2 }),
  draw(s, doc, rng) {
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const bold = face === 'serif' ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const lh = px(pt) * 1.75;
    const x0 = 120;
    const w = s.width - 2 * x0;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(bold, 18, { align: 'center', spacing: 3 }));
    const which = rng.int(0, 1);
    const panel = doc.labs[which] ?? doc.labs[0];
    const title = rng.pick([`${panel?.title ?? ''}检验报告单`, '检验报告单', '临床检验报告', '检 验 报 告 单']);
    s.put(s.width / 2, 225, title, st(bold, 15, { align: 'center' }));
    const bc = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    barcode(s, x0, 95, bc, 60, 2);
    s.put(x0, 180, bc, st('sans', 8));
    s.put(x0 + w, 180, `${rng.pick(['样本号', '标本号', '流水号'])}：${rng.int(1, 480)}`, st(face, pt - 1, { align: 'right' }));

    const cols = [x0, x0 + w * 0.34, x0 + w * 0.66];
    const y0 = 290;
    const cells = [
      [`姓  名：${p.name}`, `性  别：${p.sex}`, `年  龄：${p.age}岁`],
      [`科  别：${doc.department}`, `床  号：${rng.chance(0.5) ? doc.bed : '门诊'}`, `标本类型：${rng.pick(['血清', '静脉血', '全血', '血浆'])}`],
      [`${rng.pick(['门诊/住院号', '病历号', 'ID号'])}：${doc.recordNo}`, `送检医生：${doc.doctors.attending}`,
        `${rng.pick(['备注', '标本状态'])}：${rng.pick(['正常', '无溶血', '——'])}`],
    ];
    cells.forEach((row, r) => row.forEach((t, c) => s.put(cols[c] ?? x0, y0 + r * lh, t, f)));
    const k = rng.int(1, doc.dx.western.length);
    const dx = doc.dx.western.slice(0, k);
    const sep = rng.pick(['，', '；', ' ']);
    s.put(x0, y0 + 3 * lh, `${rng.pick(['临床诊断', '诊  断', '临床印象'])}：${dx.map((d) => d.text).join(sep)}`, f);
    s.diagnoses(dx);
    s.note({ name: p.name, reportDate: doc.dates.report });

    let y = y0 + 3.6 * lh;
    s.line(x0, y, x0 + w, y, 2.5);
    const heads = ['No', '项目名称', '缩写', '结果', '', '单位', '参考区间'];
    const xs = [x0 + 10, x0 + 80, x0 + w * 0.38, x0 + w * 0.52, x0 + w * 0.64, x0 + w * 0.69, x0 + w * 0.83];
    y += lh * 0.9;
    heads.forEach((t, i) => s.put(xs[i] ?? x0, y, t, st(bold, pt)));
    y += lh * 0.45;
    s.line(x0, y, x0 + w, y, 1.2);
    y += lh * 0.9;
    const other = doc.labs[1 - which];
    const rows = [...(panel?.rows ?? []), ...(rng.chance(0.4) && other && other.title !== panel?.title ? other.rows : [])];
    rows.forEach((r, i) => {
      const vals = [String(i + 1), r.name, r.abbr, r.value, r.flag === '↑' ? rng.pick(['↑', 'H']) : r.flag === '↓' ? rng.pick(['↓', 'L']) : '', r.unit, r.range];
      vals.forEach((t, j) => s.put(xs[j] ?? x0, y, t, j === 3 && r.flag ? st(bold, pt) : f));
      y += lh * 0.95;
    });
    s.line(x0, y - lh * 0.4, x0 + w, y - lh * 0.4, 1.2);
    y += lh * 0.4;
    s.put(x0, y, rng.pick(['*本结果仅对所检标本负责，如有疑问请于三日内联系检验科。', '提示：H/↑偏高，L/↓偏低。', '（以下空白）']), st(face, pt - 1.5, { color: '#444' }));

    const ts: DateStyle = rng.pick(['isoTime', 'isoSec', 'slashTime', 'cnTime'] as const);
    const foot = 2060;
    s.line(x0, foot - lh, x0 + w, foot - lh, 2);
    s.put(x0, foot, `采样时间：${formatDate(doc.dates.sample, ts, doc.times.sample)}`, f);
    s.put(x0 + w * 0.52, foot, `接收时间：${formatDate(doc.dates.sample, ts, doc.times.received)}`, f);
    s.put(x0, foot + lh, `${rng.pick(['报告时间', '报告日期', '审核时间'])}：${formatDate(doc.dates.report, ts, doc.times.report)}`, f);
    s.put(x0 + w * 0.52, foot + lh, `检验者：${doc.doctors.resident}    审核者：${doc.doctors.checker}`, f);
    s.put(x0 + w / 2, foot + lh * 2.3, `${doc.hospital.name}检验科  电话：${doc.hospital.phone}`, st(face, 8.5, { align: 'center', color: '#555' }));
  },
};
