import { makeDoc } from '../case';
import { COUNTY } from '../hospitals';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { COUNTY5, flow, masked, sane, seconds, tabs } from './blind5-kit';

const SAMPLE: Record<string, string> = { 糖代谢: '血清', 血脂: '血清', 肾功能: '血清', 血常规: '全血', 凝血功能: '血浆', 肝功能: '血清',
  肿瘤标志物: '血清', 氨基酸分析: '干血斑', 血药浓度: '全血' };

/**
 * 检验报告单 of a county hospital's LIS, printed on the top of an A4 sheet: title on one line, a barcode, particulars
 * spread on tab stops with the ID masked, the 临床诊断, an unruled results table (both panels), sample / receipt /
 * report times, the checker's and the auditor's names.
 */
export const blind5Report1: Layout = {
  id: 'blind5-report-1',
  kind: 'report',
  split: 'blind',
  style: 'County hospital LIS 检验报告单 on the upper part of A4: tab-stop particulars, masked ID, unruled results table, three times',
  exercises: ['masked ID (no ID stated)', 'sample, receipt and report times on one line', 'clinical diagnosis as the diagnosis',
    'H/L or arrows for flags'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'report', hospitals: [...COUNTY, ...COUNTY5], aliases: true, compoundSurnames: 0.1 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const lh = px(pt) * 1.6;
    const x0 = 110;
    const x1 = s.width - x0;
    const w = x1 - x0;

    const panels = doc.labs.filter((l) => l.rows.length > 0);
    const title = panels.map((l) => l.title).filter((t, i, a) => a.indexOf(t) === i).join('+');
    const bw = barcode(s, x0, 95, doc.recordNo.slice(2), 50, 2);
    s.put(x0 + bw / 2, 172, doc.recordNo.slice(2), st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 150, `${doc.hospital.name}检验报告单`, st(rng.pick(['sansBold', 'serifBold'] as const), 17, { align: 'center' }));
    s.put(s.width / 2, 205, title, st(face, 11.5, { align: 'center' }));
    s.put(x1, 205, `样本号：${rng.int(1, 480)}`, { ...st(face, 10), align: 'right' });
    s.line(x0, 228, x1, 228, 2.2);

    // Particulars on tab stops.
    const inpatient = rng.chance(0.45);
    const sp = (l: string): string => ([...l].length === 2 && rng.chance(0.5) ? `${l[0]} ${l[1]}` : l);
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.75];
    let y = 275;
    tabs(s, y, stops, [`${sp('姓名')}：${p.name}`, `${sp('性别')}：${p.sex}`, `${sp('年龄')}：${p.age}岁`,
      `标本类型：${SAMPLE[panels[0]?.title ?? ''] ?? '血清'}`], f);
    y += lh;
    tabs(s, y, stops, [`病人类型：${inpatient ? '住院' : '门诊'}`, `${sp('科室')}：${doc.department}`,
      inpatient ? `${sp('床号')}：${doc.bed}` : `${sp('床号')}：`, `${inpatient ? '住院号' : '门诊号'}：${doc.recordNo}`], f);
    y += lh;
    tabs(s, y, stops.slice(0, 3), [`证件号：${masked(p.idNumber, rng)}`, '', `送检医生：${doc.doctors.attending}`], f);
    y += lh;
    const dx = doc.dx.western.slice(0, rng.int(1, 3));
    const joiner = rng.pick(['，', '；', ' ']);
    y = flow(s, x0, y, w, `临床诊断：${dx.map((d) => d.text).join(joiner)}`, f, lh, dx.map((d) => d.text));
    s.diagnoses(dx);
    s.note({ name: p.name, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.45, x1, y - lh * 0.45, 1.6);

    // Results, no ruling between rows.
    const cols = [x0, x0 + w * 0.07, x0 + w * 0.37, x0 + w * 0.5, x0 + w * 0.62, x0 + w * 0.69, x0 + w * 0.83];
    const hl = rng.chance(0.5);
    const head = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    y += lh * 0.3;
    ['No', '项目名称', '代号', '结果', '', '单位', '参考区间'].forEach((t, i) => s.put(cols[i] ?? 0, y, t, head));
    s.line(x0, y + lh * 0.4, x1, y + lh * 0.4, 1);
    y += lh * 1.15;
    let n = 1;
    for (const panel of panels) {
      for (const r of panel.rows) {
        const flag = r.flag === '' ? '' : hl ? (r.flag === '↑' ? 'H' : 'L') : r.flag;
        const cells = [String(n), r.name, r.abbr, r.value, flag, r.unit, r.range];
        cells.forEach((t, i) => { if (t !== '') s.put(cols[i] ?? 0, y, t, i === 3 && flag ? st(head.face, pt) : f); });
        y += lh * 0.95;
        n += 1;
      }
    }
    s.line(x0, y - lh * 0.35, x1, y - lh * 0.35, 1.6);
    y += lh * 0.4;

    // Times and names.
    const sep = rng.pick(['-', '/']);
    const times = [`采样时间：${seconds(doc.dates.sample, doc.times.sample, sep)}`, `接收时间：${seconds(doc.dates.sample, doc.times.received, sep)}`,
      `报告时间：${seconds(doc.dates.report, doc.times.report, sep)}`];
    const small = st(face, pt - 1);
    tabs(s, y, [x0, x0 + w * 0.34, x0 + w * 0.67], times, small);
    y += lh * 1.3;
    const lw = s.put(x0, y, '检验者：', f);
    handwritten(s, x0 + lw + 6, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.34, y, `审核者：${doc.doctors.checker}`, f);
    s.put(x0 + w * 0.67, y, `打印：${seconds(doc.dates.print, doc.times.print, sep).slice(0, 16)}`, small);
    y += lh * 1.2;
    s.put(x0, y, '※本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st(face, 9, { color: '#333' }));
  },
};
