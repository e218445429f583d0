import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, nameStamp } from '../marks';
import { PROVINCES } from '../hospitals';
import type { Layout } from '../types';
import { px, st } from './common';
import { wrap } from './tune6-kit';

/**
 * 检验报告单 of a county 人民医院 in another province (Hebei, Henan, Sichuan, Guangdong, Gansu, Jilin, Anhui, Hunan, Guangxi,
 * Shandong), printed by its LIS on the upper two thirds of the sheet: coloured header strip with the specimen barcode, a
 * borderless three-row header with 临床诊断 (counted), results of two panels side by side, and a footer with 采样时间,
 * 接收时间 (decoys: the sample may be taken days earlier) and 报告时间 (truth), the technician's and checker's names.
 */
export const blind20Report1: Layout = {
  id: 'blind20-report-1',
  kind: 'report',
  split: 'blind',
  style: 'out-of-province county 人民医院 LIS 检验报告单: coloured strip, barcode, two panels side by side, three stamps in the footer',
  exercises: ['报告时间 among 采样时间 / 接收时间 in the footer (truth only the report)', 'two result panels side by side',
    '临床诊断 in the header (counted)', '检验者 / 审核者 names (not the patient)'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: PROVINCES }),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st(rng.chance(0.5) ? 'sans' : 'serif', pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ink = rng.pick(['#1e4f8c', '#2b6b3f', '#7a2431']);

    s.g.fillStyle = ink;
    s.g.fillRect(x0, 70, w, 10);
    s.put(x0, 170, doc.hospital.name, st('serifBold', 17, { color: ink }));
    s.put(x0, 235, `${rng.pick(['临床检验', '生化免疫', '检验科'])}报告单`, st('sansMedium', 14));
    const bw = barcode(s, right - 360, 105, doc.recordNo + String(rng.int(10, 99)), 80, 3);
    s.put(right - 360 + bw / 2, 215, `标本号：${doc.recordNo.slice(-6)}`, st('sans', 9, { align: 'center' }));
    let y = 300;
    s.line(x0, y - 30, right, y - 30, 2, ink);

    const stops = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.75];
    const sample = doc.labs[0]?.title === '血常规' ? '全血' : '血清';
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['标本：', sample]]);
    row([['科别：', doc.department], ['床号：', doc.bed], ['病历号：', doc.recordNo], ['送检：', doc.doctors.attending]]);
    s.pair(x0, y, '身份证：', p.idNumber, b, f);
    const dxLabel = '临床诊断：';
    const dw = s.put(stops[2] ?? x0, y, dxLabel, b);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w * 0.5 - dw - 10, f, { keep: texts });
    lines.forEach((t, i) => s.put((stops[2] ?? x0) + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.4);
    s.line(x0, y, right, y, 1.4, ink);

    const half = w / 2;
    const cols = [0, 60, 330, 450, 530];
    const panels = doc.labs.slice(0, 2);
    const head = y + lh * 0.9;
    panels.forEach((q, k) => {
      const hx = x0 + k * half;
      s.block(() => {
        s.put(hx + 10, head, `【${q.title}】`, b);
        ['No', '项目', '结果', '', '参考值'].forEach((t, i) => s.put(hx + 10 + (cols[i] ?? 0), head + lh, t, b));
        q.rows.slice(0, 14).forEach((r, i) => {
          const ry = head + lh * (i + 2);
          s.put(hx + 10, ry, String(i + 1), f);
          s.put(hx + 10 + (cols[1] ?? 0), ry, r.name.length > 8 ? r.abbr : r.name, f);
          s.put(hx + 10 + (cols[2] ?? 0), ry, r.value, f);
          s.put(hx + 10 + (cols[3] ?? 0), ry, r.flag, st(f.face, pt, { color: r.flag ? '#b01818' : s.ink }));
          s.put(hx + 10 + (cols[4] ?? 0), ry, r.range, st(f.face, pt - 1));
        });
      });
    });
    const n = Math.max(...panels.map((q) => Math.min(q.rows.length, 14)));
    if (panels.length > 1) s.line(x0 + half, head - lh * 0.7, x0 + half, head + lh * (n + 1.7), 1, '#999');
    y = head + lh * (n + 2.6);
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 1.4, ink);

    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    s.put(x0, y, `采样时间：${formatDate(doc.dates.sample, ts, doc.times.sample)}`, f);
    s.put(x0 + w * 0.5, y, `接收时间：${formatDate(doc.dates.sample, ts, doc.times.received)}`, f);
    y += lh;
    s.put(x0, y, `报告时间：${formatDate(doc.dates.report, ts, doc.times.report)}`, f);
    const tw = s.put(x0 + w * 0.5, y, '检验者：', f);
    handwritten(s, x0 + w * 0.5 + tw + 6, y, doc.doctors.resident, pt * 1.1, rng);
    const cw = s.put(x0 + w * 0.76, y, '审核者：', f);
    s.put(x0 + w * 0.76 + cw, y, doc.doctors.checker, f);
    nameStamp(s, x0 + w * 0.76 + cw + 180, y - 50, doc.doctors.checker, rng);
    y += lh * 1.2;
    s.put(x0, y, '*本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st(f.face, pt - 1.5, { color: '#444' }));
  },
};
