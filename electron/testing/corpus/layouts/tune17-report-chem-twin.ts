import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { later } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { chemistry17, GENERAL17, local17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 生化检验报告单 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital's LIS: a barcode and 样本号 at the top left,
 * the hospital and title centred, a borderless four-column header between two rules (姓名 — truth —, 身份证号 — truth —, 临床诊断
 * — counted —, 样本类型, 送检医生), and the 26 results of the 生化全项 in two halves side by side (No / 项目 / 结果 / 单位 / 参考值
 * twice, a double rule between them), ↑ / ↓ beside the results; the footer with 采样时间 and 接收时间 (not truth) and 报告时间
 * (truth), 检验者 handwritten, 审核者 printed, and the 检验专用章.
 */
export const tune17ReportChemTwin: Layout = {
  id: 'tune17-report-chem-twin',
  kind: 'report',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county LIS 生化检验报告单: barcode top left, borderless four-column header, '
    + '26 results in two halves side by side (项目 / 结果 / 单位 / 参考值 twice) with a double rule between, sans or serif 9.5–10.5 pt',
  exercises: ['two result columns on each printed row (ALT … | K …), read across the page', '↑ / ↓ beside values; ranges 7-40 and <5.18',
    '临床诊断 in the header (counted)', '采样时间 the day before or the same morning, 接收时间, 报告时间 (truth) in one footer row',
    'handwritten 检验者 and printed 审核者, 检验专用章 over the footer'],
  doc: (rng) => local17(settled(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: GENERAL17 }), rng,
    { outside: 0.2, avoid: /急性|不稳定/u }))), rng),
  draw(s, doc, rng) {
    const x0 = 115;
    const right = s.width - 115;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const sampleNo = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 899)).padStart(4, '0')}`;

    barcode(s, x0, 80, sampleNo, 56, 2.2);
    s.put(x0, 168, `样本号：${sampleNo}`, st('sans', 9));
    s.put(s.width / 2, 130, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '检 验 报 告 单', st(bold, 15, { align: 'center', spacing: 4 }));
    s.put(right, 200, `第1页/共1页`, { ...st(f.face, 9), align: 'right' });
    s.line(x0, 232, right, 232, 2.5);

    const stops = [x0, x0 + w * 0.27, x0 + w * 0.52, x0 + w * 0.75];
    let y = 232 + lh * 1.05;
    const header: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['样本类型：', '血清']],
      [['身份证号：', p.idNumber], ['', ''], ['科别：', doc.department], ['床号：', rng.chance(0.5) ? doc.bed : '门诊']],
      [['送检医生：', doc.doctors.attending], ['', ''], ['检验项目：', rng.pick(['生化全项', '肝功+肾功+血脂+血糖+电解质'])], ['', '']],
    ];
    for (const r of header) {
      r.forEach(([l, v], i) => { if (l) s.pair(stops[i] ?? x0, y, l, v, b, f); });
      y += lh;
    }
    const dl = s.put(x0, y, '临床诊断：', b);
    const named = doc.dx.western.map((d) => d.text);
    y = para(s, x0 + dl, y, w - dl, named.join('，'), f, lh, { keep: named }) - lh;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 0.55;
    s.line(x0, y, right, y, 1.5);

    // The results in two halves.
    const rows = chemistry17(doc, rng);
    const half = Math.ceil(rows.length / 2);
    const mid = x0 + w / 2;
    const col = (base: number): number[] => [base + 4, base + 46, base + 292, base + 414, base + 532];
    const heads = ['No', '项目', '结果', '单位', '参考值'];
    y += lh * 0.95;
    [x0, mid + 14].forEach((base) => heads.forEach((t, i) => s.put(col(base)[i] ?? base, y, t, b)));
    s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 1);
    const top = y + lh * 0.4;
    y += lh * 1.3;
    const rowH = lh * 1.08;
    for (let i = 0; i < half; i += 1) {
      [rows[i], rows[i + half]].forEach((r, k) => {
        if (!r) return;
        const c = col(k === 0 ? x0 : mid + 14);
        s.put(c[0] ?? 0, y, String(i + 1 + k * half), f);
        s.put(c[1] ?? 0, y, r.name, f);
        s.put(c[2] ?? 0, y, `${r.value}${r.flag ? ` ${r.flag}` : ''}`, r.flag ? b : f);
        s.put(c[3] ?? 0, y, r.unit, st(f.face, pt - 1));
        s.put(c[4] ?? 0, y, r.range, st(f.face, pt - 1));
      });
      y += rowH;
    }
    const bottom = y - rowH * 0.55;
    s.line(mid - 2, top, mid - 2, bottom, 1);
    s.line(mid + 4, top, mid + 4, bottom, 1);
    s.line(x0, bottom, right, bottom, 1.5);

    y = bottom + lh * 1.1;
    s.put(x0, y, '提示：↑ 高于参考值  ↓ 低于参考值；本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st(f.face, 9, { color: '#444' }));
    const fy = Math.max(y + lh * 3, 1900);
    const times: [string, string][] = [
      ['采样时间：', `${formatDate(doc.dates.sample, 'iso')} ${later(doc.times.sample, 0)}`],
      ['接收时间：', `${formatDate(doc.dates.sample, 'iso')} ${later(doc.times.received, 0)}`],
      ['报告时间：', formatDate(doc.dates.report, 'isoTime', doc.times.report)],
    ];
    s.line(x0, fy - lh, right, fy - lh, 1.2);
    times.forEach(([l, v], i) => s.pair(x0 + (w / 3) * i, fy, l, v, b, f));
    const ly = fy + lh * 1.6;
    const lw = s.put(x0, ly, '检验者：', b);
    handwritten(s, x0 + lw + 6, ly, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w / 3, ly, '审核者：', doc.doctors.checker, b, f);
    s.put(x0 + (2 * w) / 3, ly, `电话：${doc.hospital.phone}`, f);
    seal(s, right - 190, ly - 40, 92, doc.hospital.name, '检验专用章', rng);
  },
};
