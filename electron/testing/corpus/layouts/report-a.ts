import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY, TOWNSHIP } from '../hospitals';
import type { LabRow } from '../labs';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';

/** A full-width space, as LIS headers pad two-character labels: “姓 名” (U+3000 between). */
const SP = '\u3000';

const dxLine = (items: readonly { text: string }[]): string => items.map((d) => d.text).join('，');

/** City LIS 检验报告单: barcode, three-column header, ruled result table, 采样/接收/报告时间. */
export const reportLabCity: Layout = {
  id: 'report-lab-city',
  kind: 'report',
  split: 'tune',
  style: 'City / county hospital LIS print, ruled table without verticals, sans 10.5 pt',
  exercises: ['multi-column lab table (序号/项目/缩写/结果/提示/单位/参考范围)', '↑ ↓ flags', '采样时间 and 接收时间 before 报告时间 (truth = 报告时间)',
    '2025-06-03 09:12 times', '打印时间 footer', 'barcode with caption', '姓　名 with a full-width space', '送检医生 beside the patient',
    '临床诊断 as the diagnosis'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...CITY, ...COUNTY] }),
  draw(s, doc, rng) {
    const x0 = 110;
    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 18, { align: 'center' }));
    s.put(s.width / 2, 215, `${doc.labs[0]?.title ?? ''}检验报告单`, st('sansMedium', 15, { align: 'center' }));
    const bw = barcode(s, s.width - x0 - 300, 60, doc.recordNo, 56, 2.8);
    s.put(s.width - x0 - 300 + bw / 2, 148, `条码号：${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    const f = st('sans', 10.5);
    const [sex, age] = sexAge(doc);
    const cols = [x0 + 10, x0 + 500, x0 + 960];
    const rows: string[][] = [
      [`姓${SP}名：${doc.patient.name}`, `性${SP}别：${sex}`, `年${SP}龄：${age}`],
      [`科${SP}室：${doc.department}`, `床${SP}号：${doc.bed}`, `标本类型：${rng.pick(['血清', '全血', '血浆'])}`],
      [`送检医生：${doc.doctors.attending}`, `病人类型：${rng.pick(['门诊', '住院'])}`, `样本编号：${rng.int(1, 400)}`],
    ];
    rows.forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 290 + i * 50, t, f)));
    // A long clinical diagnosis wraps and pushes the table down.
    const dy = s.para(cols[0] ?? x0, 440, s.width - 2 * x0 - 20, `临床诊断：${dxLine(doc.dx.western)}`, f, 44) - 484;
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });
    s.line(x0, 475 + dy, s.width - x0, 475 + dy, 3);
    const tx = [x0 + 10, x0 + 90, x0 + 560, x0 + 760, x0 + 900, x0 + 990, x0 + 1200];
    const head = ['序号', '项目名称', '缩写', '结果', '提示', '单位', '参考范围'];
    const hf = st('sansMedium', 10.5);
    head.forEach((h, i) => s.put(tx[i] ?? x0, 525 + dy, h, hf));
    s.line(x0, 548 + dy, s.width - x0, 548 + dy, 1.5);
    const lab: LabRow[] = [...(doc.labs[0]?.rows ?? []), ...(doc.labs[1]?.rows ?? [])].slice(0, 12);
    const lh = px(10.5) * 1.85;
    lab.forEach((r, i) => {
      const y = 600 + dy + i * lh;
      [String(i + 1), r.name, r.abbr, r.value, r.flag, r.unit, r.range].forEach((t, j) => s.put(tx[j] ?? x0, y, t, f));
    });
    const end = 600 + dy + lab.length * lh;
    s.line(x0, end - lh / 2 + 10, s.width - x0, end - lh / 2 + 10, 1.5);
    const iso = (d: string, m: number): string => formatDate(d, 'isoTime', m);
    const by = Math.max(end + 80, 1900);
    s.put(x0 + 10, by, `采样时间：${iso(doc.dates.sample, doc.times.sample)}`, f);
    s.put(x0 + 560, by, `接收时间：${iso(doc.dates.sample, doc.times.received)}`, f);
    s.put(x0 + 10, by + 55, `报告时间：${iso(doc.dates.report, doc.times.report)}`, f);
    s.put(x0 + 560, by + 55, `检验者：${doc.doctors.resident}`, f);
    s.put(x0 + 960, by + 55, `审核者：${doc.doctors.checker}`, f);
    s.put(x0 + 10, by + 120, '*本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st('sans', 9));
    footer(s, doc, { y: 2240, style: st('sans', 9), page: '第1页 共1页', print: 'isoTime', x0, x1: s.width - x0 });
  },
};

/** County lab sheet in 宋体: bordered header grid, two result panels side by side, seal on 报告日期. */
export const reportLabTwinPanel: Layout = {
  id: 'report-lab-twinpanel-county',
  kind: 'report',
  split: 'tune',
  style: 'County hospital / township lab, serif, fully bordered two-panel result table, red seal',
  exercises: ['bordered grid header', 'two result panels side by side (项目/结果/单位/参考范围 ×2)', '送检日期 2025.3.4 vs 报告日期 2025.3.5',
    'red 检验报告专用章 over 报告日期', '住院号 in a cell', '临床诊断 under the table', 'no ID number'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...COUNTY, ...TOWNSHIP] }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 160, `${doc.hospital.name}检验报告单`, st('serifBold', 19, { align: 'center' }));
    const f = st('serif', 10.5);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const [sex, age] = sexAge(doc);
    const top = s.grid(x0, 230, 58, [
      [L('姓名', 130), V(doc.patient.name, 290), L('性别', 130), V(sex, 130), L('年龄', 130), V(age, 150), L('住院号', 150), V(doc.recordNo, w - 1110)],
      [L('科别', 130), V(doc.department, 290), L('床号', 130), V(doc.bed, 130), L('标本', 130), V('血清', 150),
        L('送检医师', 150), V(doc.doctors.attending, w - 1110)],
    ], f, { label: st('serifSemi', 10.5) });
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });
    const a = doc.labs[0]?.rows ?? [];
    const b = doc.labs[1]?.rows ?? [];
    const cell = (r: LabRow | undefined): { text: string; w: number }[] => [
      V(r ? (r.name.length > 8 ? r.abbr : r.name) : '', 270), V(r ? `${r.value}${r.flag}` : '', 130),
      V(r?.unit ?? '', 140), V(r?.range ?? '', w / 2 - 540),
    ];
    const head = [L('项目', 270), L('结果', 130), L('单位', 140), L('参考范围', w / 2 - 540)];
    const rows = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [...cell(a[i]), ...cell(b[i])]);
    const bottom = s.grid(x0, top + 30, 60, [[...head, ...head], ...rows], st('serif', 10), { label: st('serifSemi', 10), shade: '#f3f3f3' });
    const lh = px(10.5) * 1.8;
    let y = bottom + 70;
    y = s.para(x0, y, w, `临床诊断：${dxLine(doc.dx.western)}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.put(x0, y + 10, '备注：危急值已电话通知临床。', f);
    y = Math.max(y + 200, 1850);
    const dot = (d: string): string => formatDate(d, 'dot');
    s.put(x0, y, `送检日期：${dot(doc.dates.sample)}`, f);
    const rx = x0 + 520;
    const rw = s.put(rx, y, `报告日期：${dot(doc.dates.report)}`, f);
    s.put(x0 + 1000, y, `检验：${doc.doctors.resident}`, f);
    s.put(x0 + 1000, y + 60, `审核：${doc.doctors.checker}`, f);
    seal(s, rx + rw * 0.6 + rng.range(-30, 30), y - 15 + rng.range(-25, 25), rng.range(120, 140), doc.hospital.name, '检验报告专用章', rng);
  },
};
