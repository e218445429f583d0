import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { chemistry17 } from './tune17-kit';
import { CITY18, COUNTY18, local18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 生化检验报告单 of a Hebei / Shandong county or city hospital or a Tianjin / Beijing district hospital LIS: barcode, the hospital and
 * title, a bordered three-row header grid (姓名 — truth —, 病历号, 送检医生, 身份证号 — truth —, 申请时间 the day before or the same
 * morning, not truth), 临床诊断 under it (counted), and the 26 results of the 生化全项 in a three-column grid — 项目 / 结果 / 单位 / 参考值
 * three times across, each column read down on its own, long names as their codes (GGT, HDL-C) — with ↑ / ↓ or H / L; a bordered
 * footer grid of 采集时间 and 接收时间 (not truth) beside 报告时间 (truth), 检验者 handwritten and 审核者 printed.
 */
export const tune18ReportChemThreeCol: Layout = {
  id: 'tune18-report-chem-three-col',
  kind: 'report',
  split: 'tune',
  style: 'Hebei / Shandong county or city / Tianjin / Beijing district LIS 生化检验报告单: barcode, bordered header grid, 26 results in '
    + 'three column groups across the page (项目 / 结果 / 单位 / 参考值 ×3), bordered footer grid of times and names, sans 9 / 10 pt',
  exercises: ['three result groups side by side, each read down on its own (ALT … | 尿素 … | 钾 …)', '↑ / ↓ or H / L beside the value',
    '申请时间 in the header the day before or the same morning (not truth)', '临床诊断 comma-joined under the grid (counted)',
    'footer grid: 采集时间 / 接收时间 (not truth) and 报告时间 (truth) in one row, 检验者 / 审核者 / 电话 in the next',
    'local IDs of Hebei, Shandong, Tianjin and Beijing'],
  doc: (rng) => local18(settled(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...COUNTY18, ...CITY18] }), rng,
    { outside: 0.2, avoid: /急性|不稳定/u }))), rng),
  draw(s, doc, rng) {
    const x0 = 75;
    const right = s.width - 75;
    const w = right - x0;
    const pt = 9;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const hp = 10;
    const hf: Style = st(face, hp);
    const hb: Style = st('sansMedium', hp);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    const no = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 9999)).padStart(4, '0')}`;
    barcode(s, x0, 70, no, 54, 2.1);
    s.put(x0, 152, no, st('sans', 8.5));
    s.put(s.width / 2, 118, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 185, rng.pick(['生化检验报告单', '临床生化检验报告']), st('sansMedium', 14, { align: 'center', spacing: 3 }));
    s.put(right, 118, `标本号：${rng.int(1, 600)}`, { ...hf, align: 'right' });
    s.put(right, 185, '第1页/共1页', { ...hf, align: 'right' });

    const [sex, age] = sexAge(doc);
    const before = rng.chance(0.5);
    const asked = formatDate(before ? addDays(doc.dates.sample, -1) : doc.dates.sample, 'isoTime',
      before ? rng.int(15 * 60, 18 * 60) : Math.max(7 * 60, doc.times.sample - rng.int(15, 50)));
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const inpatient = rng.chance(0.5);
    let y = s.grid(x0, 215, px(hp) * 2, [
      [c('姓名', 0.09, true), c(p.name, 0.15), c('性别', 0.09, true), c(sex, 0.1), c('年龄', 0.09, true), c(age, 0.12),
        c('标本类型', 0.12, true), c('血清', 0.24)],
      [c(inpatient ? '住院号' : '门诊号', 0.09, true), c(doc.recordNo, 0.15), c('科别', 0.09, true), c(doc.department, 0.19),
        c('床号', 0.09, true), c(inpatient ? doc.bed : '', 0.06), c('送检医生', 0.12, true), c(doc.doctors.attending, 0.21)],
      [c('身份证号', 0.09, true), c(p.idNumber, 0.27), c('申请时间', 0.09, true), c(asked, 0.21), c('检验项目', 0.1, true),
        c(rng.pick(['生化全项', '肝肾功+血脂+血糖+电解质']), 0.24)],
    ], hf, { label: hb, shade: '#eeeeee', border: 1.3 });
    y += lh * 1.1;
    const dl = s.put(x0, y, '临床诊断：', hb);
    const named = doc.dx.western.map((d) => d.text);
    y = para(s, x0 + dl, y, w - dl, named.join('，'), hf, lh, { keep: named }) - lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    // The results: three groups across, each its own column to read down.
    // A long name is printed as its code (GGT, HDL-C), as narrow LIS grids do.
    const rows = chemistry17(doc, rng).map((r) => ([...r.name].length > 5 ? { ...r, name: r.abbr } : r));
    const per = Math.ceil(rows.length / 3);
    const letters = rng.chance(0.4);
    const gw = w / 3;
    const widest = (texts: readonly string[], st2: Style): number => Math.max(...texts.map((t) => s.measure(t, st2)));
    const cols = [widest(['项目', ...rows.map((r) => r.name)], f), widest(['结果', ...rows.map((r) => `${r.value} ↑`)], f),
      widest(['单位', ...rows.map((r) => r.unit)], f), widest(['参考值', ...rows.map((r) => r.range)], f)];
    const pad = (gw - 24 - cols.reduce((a, v) => a + v, 0)) / 3;
    if (pad < 6) throw new Error('result columns too wide');
    const at = [0, cols[0]! + pad, cols[0]! + cols[1]! + 2 * pad, cols[0]! + cols[1]! + cols[2]! + 3 * pad].map((v) => v + 12);
    const top = y + lh * 0.6;
    const headY = top + lh * 0.95;
    const rowH = lh * 1.12;
    const bottom = headY + lh * 0.5 + per * rowH;
    s.rect(x0, top, w, bottom - top, 1.4);
    s.line(x0, headY + lh * 0.45, right, headY + lh * 0.45, 1);
    for (const k of [1, 2]) {
      s.line(x0 + gw * k - 3, top, x0 + gw * k - 3, bottom, 1);
      s.line(x0 + gw * k + 3, top, x0 + gw * k + 3, bottom, 1);
    }
    for (let g = 0; g < 3; g += 1) {
      const gx = x0 + g * gw;
      s.block(() => {
        ['项目', '结果', '单位', '参考值'].forEach((t, i) => s.put(gx + (at[i] ?? 0), headY, t, b));
        rows.slice(g * per, (g + 1) * per).forEach((r, i) => {
          const ry = headY + lh * 0.5 + rowH * (i + 0.78);
          const flag = letters ? (r.flag === '↑' ? 'H' : r.flag === '↓' ? 'L' : '') : r.flag;
          s.put(gx + (at[0] ?? 0), ry, r.name, f);
          s.put(gx + (at[1] ?? 0), ry, flag ? `${r.value} ${flag}` : r.value, flag ? b : f);
          s.put(gx + (at[2] ?? 0), ry, r.unit, f);
          s.put(gx + (at[3] ?? 0), ry, r.range, f);
        });
      });
    }

    y = bottom + lh * 1.1;
    s.put(x0, y, `备注：${rng.pick(['标本无溶血、无脂血', '标本轻度脂血，结果仅供参考', '已复核'])}。本报告仅对所检标本负责。`, st(face, 9, { color: '#444' }));
    y = Math.max(y + lh * 1.2, 1880);
    const t = (iso: string, m: number): string => formatDate(iso, 'isoTime', m);
    const fy = s.grid(x0, y, px(hp) * 2, [
      [c('采集时间', 0.1, true), c(t(doc.dates.sample, doc.times.sample), 0.233), c('接收时间', 0.1, true),
        c(t(doc.dates.sample, doc.times.received), 0.233), c('报告时间', 0.1, true), c(t(doc.dates.report, doc.times.report), 0.234)],
      [c('检验者', 0.1, true), c('', 0.233), c('审核者', 0.1, true), c(doc.doctors.checker, 0.233), c('科室电话', 0.1, true),
        c(doc.hospital.phone, 0.234)],
    ], hf, { label: hb, shade: '#eeeeee', border: 1.3 });
    handwritten(s, x0 + w * 0.1 + 16, fy - px(hp) * 0.62, doc.doctors.resident, hp * 1.2, rng);
  },
};
