import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { qrCode } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, reprinted } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';

/**
 * LIS 检验报告单 with every time a lab records: 申请时间 (often the day before), 采样时间, 接收时间 and 报告时间 in a 2×2
 * block under the results, the patient in a shaded-label header grid with the ID, two panels under 【】 headings.
 */
export const tune3ReportFourTimes: Layout = {
  id: 'tune3-report-four-times',
  kind: 'report',
  split: 'tune',
  style: 'County / city / far-province LIS 检验报告单: shaded-label header grid with the ID, two panels stacked under 【】 headings, four times in a 2×2 block, sans 10–10.5 pt, H / L flags',
  exercises: ['姓名 label and value in a shaded header grid, with 身份证号 / 病历号 / 床号', '送检医生 in the header, 检验者 and 审核者 beside the times (three doctor names)',
    '申请时间 (the day before on some pages) / 采样时间 / 接收时间 / 报告时间 (truth = 报告时间, sometimes days after sampling)',
    'times 2025-03-04 09:12, 2025/03/04 09:12 or 2025-03-04 09:12:31', '临床诊断 in the grid (or under it when long)',
    'two result panels each under a 【肾功能】-style heading, H / L flags, abnormal results in bold', 'QR code on some pages', '打印时间 footer',
    'compound surnames (often)'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'report', hospitals: [...COUNTY_MORE, ...CITY_MORE, ...FAR_PROVINCES, ...PROVINCES],
    aliases: true, compoundSurnames: 0.3 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    const x0 = 100;
    const w = s.width - 2 * x0;
    if (rng.chance(0.5)) qrCode(s, s.width - x0 - 110, 62, 110, rng);
    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 205, rng.pick(['临床检验报告单', '检验报告单', '检 验 报 告 单']), st('sansMedium', 15, { align: 'center' }));
    s.put(x0, 205, `样本号：${rng.int(1, 600)}`, st('sans', 9.5));

    const pt = rng.pick([10, 10.5]);
    const f = st('sans', pt);
    const lab = st('sansMedium', pt);
    const [sex, age] = sexAge(doc);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const dxText = doc.dx.western.map((d) => d.text).join('，');
    const fits = s.measure(dxText, f) < w - 140 - 30;
    const shade = rng.pick(['#e9e9e9', '#e6eef6']);
    let y = s.grid(x0, 240, px(pt) * 1.9, [
      [L('姓名', 140), V(doc.patient.name, 250), L('性别', 140), V(sex, 130), L('年龄', 140), V(age, 150), L('病历号', 140), V(doc.recordNo, w - 1090)],
      [L('科室', 140), V(doc.department, 250), L('床号', 140), V(doc.bed, 130), L('标本', 140), V(rng.pick(['血清', '全血', '血浆']), 150),
        L('送检医生', 140), V(doc.doctors.attending, w - 1090)],
      [L('身份证号', 140), V(doc.patient.idNumber, 520), L('标本状态', 140), V('合格', 150), L('执行科室', 140), V('检验科', w - 1090)],
      ...(fits ? [[L('临床诊断', 140), V(dxText, w - 140)]] : []),
    ], f, { label: lab, shade, border: 1.3 });
    if (!fits) y = s.para(x0, y + 55, w, `临床诊断：${dxText}`, f, px(pt) * 1.7) - px(pt) * 1.7;
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });

    const tx = [x0 + 10, x0 + 90, x0 + 640, x0 + 820, x0 + 920, x0 + 1170];
    const lh = px(pt) * 1.6;
    for (const panel of doc.labs) {
      y += 70;
      s.put(x0, y, `【${panel.title}】`, st('sansMedium', pt + 0.5));
      y += 24;
      s.line(x0, y, s.width - x0, y, 2);
      y += lh * 0.85;
      ['序号', '检验项目', '结果', '提示', '单位', '参考区间'].forEach((t, i) => s.put(tx[i] ?? x0, y, t, lab));
      s.line(x0, y + lh * 0.35, s.width - x0, y + lh * 0.35, 1);
      panel.rows.forEach((r, i) => {
        y += lh;
        const flag = r.flag === '↑' ? 'H' : r.flag === '↓' ? 'L' : '';
        [String(i + 1), `${r.name}(${r.abbr})`, r.value, flag, r.unit, r.range].forEach((t, j) =>
          s.put(tx[j] ?? x0, y, t, flag && (j === 2 || j === 3) ? st('sansBold', pt) : f));
      });
      y += lh * 0.45;
      s.line(x0, y, s.width - x0, y, 1.5);
    }

    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const ahead = rng.pick([0, 0, 1]);
    const applied = addDays(doc.dates.sample, -ahead);
    const appliedAt = ahead === 0 ? doc.times.sample - rng.int(30, 150) : rng.int(14 * 60, 17 * 60 + 40);
    const ty = Math.max(y + 90, 1750);
    const times: [string, string][] = [
      ['申请时间：', formatDate(applied, ts, appliedAt)], ['采样时间：', formatDate(doc.dates.sample, ts, doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, ts, doc.times.received)], ['报告时间：', formatDate(doc.dates.report, ts, doc.times.report)],
    ];
    times.forEach(([l, v], i) => s.pair(x0 + 10 + (i % 2) * 560, ty + Math.floor(i / 2) * 55, l, v, lab, f));
    s.pair(x0 + 1140, ty, '检验者：', doc.doctors.resident, lab, f);
    s.pair(x0 + 1140, ty + 55, '审核者：', doc.doctors.checker, lab, f);
    s.put(x0 + 10, ty + 130, '*本报告仅对所检标本负责。结果如有疑问，请于收到报告后3日内与检验科联系。', st('sans', 9, { color: '#333' }));
    footer(s, reprinted(doc), { y: 2240, style: st('sans', 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: s.width - x0 });
  },
};
