import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { LabRow } from '../labs';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { FAR21, farDoc } from './blind21-kit';

/**
 * 检验报告单 of a far-off city hospital's laboratory, two panels side by side without cell borders (each read on its own):
 * the hospital and title on one line, a sample barcode, a header between two heavy rules with 姓名 (truth), 就诊卡号 and no
 * ID number (null), 临床诊断 (counted); under the tables 申请时间, 采样时间 and 接收时间 (decoys) in a row with 报告时间
 * (truth), the 检验者 and 审核者 names (decoys), and a disclaimer line.
 */
export const blind21Report1: Layout = {
  id: 'blind21-report-1',
  kind: 'report',
  split: 'blind',
  style: 'laboratory 检验报告单 of a city hospital outside Shandong: two borderless panels side by side, heavy rules, time row footer',
  exercises: ['two result panels side by side, each read on its own', '临床诊断 in the header (counted)',
    '申请 / 采样 / 接收 / 报告时间 in one footer row (报告时间 truth)', 'no ID number (null), 就诊卡号 instead', '检验者 / 审核者 names (decoys)'],
  doc: (rng) => farDoc(makeDoc(rng, { kind: 'report', hospitals: FAR21, compoundSurnames: 0.1 }), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    const pt = rng.pick([9.5, 10]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    const serif = rng.chance(0.5);
    s.put(s.width / 2, 150, `${doc.hospital.name}${rng.pick(['检验报告单', '检验科报告单', '临床检验报告'])}`,
      st(serif ? 'serifBold' : 'sansBold', rng.pick([16, 17]), { align: 'center', spacing: 3 }));
    const bw = barcode(s, x1 - 300, 196, `${doc.recordNo.slice(2)}${rng.int(10, 99)}`, 46, 2);
    s.put(x1 - 300 + bw / 2, 270, `样本号：${rng.int(1, 480)}`, st('sans', 8.5, { align: 'center' }));
    s.put(x0, 232, `${rng.pick(['生化', '免疫', '临检'])}组\u3000仪器：${rng.pick(['AU5800', 'cobas 8000', 'BS-2000M', 'XN-1000'])}`,
      st('sans', 8.5, { color: '#333' }));

    s.line(x0, 292, x1, 292, 3.5);
    const cx = [x0, x0 + 360, x0 + 680, x0 + 1040];
    const row = (y: number, cells: readonly string[]): void => cells.forEach((t, i) => s.put(cx[i] ?? x0, y, t, f));
    let y = 292 + lh;
    row(y, [`姓\u3000名：${p.name}`, `性\u3000别：${p.sex}`, `年\u3000龄：${p.age}岁`, `标本类型：${rng.pick(['血清', '血浆', '全血'])}`]);
    y += lh;
    row(y, [`就诊卡号：${doc.recordNo}`, `科\u3000别：${doc.department}`, `床\u3000号：${rng.chance(0.5) ? doc.bed : '门诊'}`,
      `申请医生：${doc.doctors.attending}`]);
    y += lh;
    const dx = doc.dx.western.slice(0, 2);
    s.diagnoses(dx);
    s.put(x0, y, `临床诊断：${dx.map((d) => d.text).join('；')}`, f);
    y += lh * 0.55;
    s.line(x0, y, x1, y, 3.5);
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });

    const half = (w - 24) / 2;
    const cols = [0, 288, 392, 424, 560];
    const panel = (x: number, title: string, rows: readonly LabRow[]): number => {
      let py = y + lh * 1.1;
      s.block(() => {
        s.put(x, py, title, b);
        py += lh;
        ['项目', '结果', '', '单位', '参考区间'].forEach((t, i) => s.put(x + (cols[i] ?? 0), py, t, b));
        s.line(x, py + lh * 0.35, x + half, py + lh * 0.35, 1.2);
        py += lh * 1.1;
        for (const r of rows) {
          s.put(x, py, r.name, f);
          s.put(x + (cols[1] ?? 0), py, r.value, f);
          if (r.flag) s.put(x + (cols[2] ?? 0), py, r.flag, b);
          s.put(x + (cols[3] ?? 0), py, r.unit, f);
          s.put(x + (cols[4] ?? 0), py, r.range, f);
          py += lh;
        }
      });
      return py;
    };
    const [first, second] = [doc.labs[0], doc.labs[1]];
    const bottom = Math.max(panel(x0, first?.title ?? '检验结果', first?.rows ?? []),
      panel(x0 + half + 24, second?.title ?? '检验结果', second?.rows ?? []));
    s.line(x0 + half + 12, y + lh * 0.4, x0 + half + 12, bottom - lh * 0.5, 1, '#999');
    y = bottom;
    s.line(x0, y, x1, y, 2);
    y += lh;
    s.put(x0, y, `备注：${rng.pick(['标本无溶血、无脂血。', '结果已复查。', '↑偏高 ↓偏低，仅供临床参考。'])}`, st('sans', pt - 0.5, { color: '#333' }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoTime'] as const);
    const asked = addDays(doc.dates.sample, -rng.int(0, 2));
    const fy = rng.chance(0.5) ? 2110 : y + lh * 2.6;
    s.line(x0, fy - lh, x1, fy - lh, 1.5);
    const t = st('sans', 8.5);
    const tw = w / 4;
    s.put(x0, fy, `申请时间：${formatDate(asked, ds, doc.times.sample - 40)}`, t);
    s.put(x0 + tw, fy, `采样时间：${formatDate(doc.dates.sample, ds, doc.times.sample)}`, t);
    s.put(x0 + 2 * tw, fy, `接收时间：${formatDate(doc.dates.sample, ds, doc.times.received)}`, t);
    s.put(x0 + 3 * tw, fy, `报告时间：${formatDate(doc.dates.report, ds, doc.times.report)}`, t);
    const sy = fy + lh * 1.3;
    s.put(x0, sy, '检验者：', f);
    handwritten(s, x0 + s.measure('检验者：', f) + 6, sy, doc.doctors.resident, pt * 1.2, rng);
    s.put(x0 + 2 * tw, sy, '审核者：', f);
    handwritten(s, x0 + 2 * tw + s.measure('审核者：', f) + 6, sy, doc.doctors.checker, pt * 1.2, rng);
    s.put(s.width / 2, 2260, `本报告仅对所检标本负责，如有疑问请于${clock(17 * 60)}前与检验科联系（${doc.hospital.phone}）`,
      st('sans', 8, { align: 'center', color: '#444' }));
  },
};
