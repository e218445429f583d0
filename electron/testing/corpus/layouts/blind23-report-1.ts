import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { countyWords } from './tune10-kit';
import { plausible } from './tune4-kit';
import { para, suited } from './tune6-kit';
import { NORTH23, PLACES23 } from './blind23-kit';

/**
 * 检验报告单 of a county hospital's 检验科 (Shaanxi, Shanxi, Chongqing, sometimes the southern ones): the hospital and
 * 检验报告单 centred, a specimen barcode at the top left, 打印日期 (later — decoy) at the top right, the patient in a
 * borderless four-column header (姓名 — truth; no ID number printed; 送检医生 — another name; 申请日期 — decoy), 临床诊断
 * wrapping under it (counted), both panels of the patient's tests in one three-line table with 序号 / 项目 / 代号 / 结果 /
 * 提示 / 参考区间 / 单位, a 备注 line, and at the foot 采集 / 接收 times (decoys) and the 报告日期 (truth), signers and the
 * 检验科 seal.
 */
export const blind23Report1: Layout = {
  id: 'blind23-report-1',
  kind: 'report',
  split: 'blind',
  style: 'county hospital 检验科 report: specimen barcode top left, 打印日期 top right, borderless four-column header with 送检医生 and '
    + '申请日期, wrapping 临床诊断, two panels in one three-line table, 采集 / 接收 / 报告 at the foot, seal; sans or serif 9.5–10.5 pt',
  exercises: ['no ID number printed', '打印日期 at the top right, later (decoy)', '申请日期 the day before (decoy)',
    '送检医生 and signers (other names)', '临床诊断 wrapping (counted)', '采集 / 接收 times (decoys), 报告日期 (truth) at the foot'],
  doc: (rng) => plausible(countyWords(suited(makeDoc(rng, { kind: 'report', hospitals: [...NORTH23, ...NORTH23, ...PLACES23],
    compoundSurnames: 0.05 })), rng, { outside: 0.2, near: 0.2 })),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const x0 = 100;
    const x1 = s.width - 100;
    const w = x1 - x0;
    const serif = rng.chance(0.3);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    const bw = barcode(s, x0, 60, doc.recordNo.slice(2), 50, 2);
    s.put(x0 + bw / 2, 132, doc.recordNo.slice(2), st('sans', 8, { align: 'center' }));
    const printed = addDays(doc.dates.report, rng.int(1, 30));
    s.put(x1, 90, `打印日期：${formatDate(printed, 'iso')}`, st('sans', 8.5, { align: 'right', color: '#444' }));
    s.put(x1, 125, `第1页/共1页`, st('sans', 8.5, { align: 'right', color: '#444' }));
    s.put(s.width / 2, 120, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 185, rng.pick(['检验报告单', '医学检验报告单', '临床检验报告']), st(serif ? 'serifBold' : 'sansBold', 14.5,
      { align: 'center', spacing: 6 }));

    const applied = addDays(doc.dates.sample, -rng.pick([0, 1, 1, 2]));
    const type = rng.pick(['门诊', '住院']);
    const header: [string, string][] = [
      ['姓　　名：', p.name], ['性　　别：', p.sex], ['年　　龄：', `${p.age}岁`], ['病人类型：', type],
      ['科　　室：', doc.department], ['床　　号：', type === '住院' ? doc.bed : ''], ['标本类型：', rng.pick(['血清', '血浆', '全血'])],
      ['标本编号：', String(rng.int(1, 480))],
      ['送检医生：', doc.doctors.resident], ['申请日期：', formatDate(applied, 'iso')], ['病 历 号：', doc.recordNo], ['', ''],
    ];
    let y = 250;
    s.line(x0, y - 12, x1, y - 12, 2);
    const col = w / 4;
    header.forEach(([l, v], i) => {
      if (l !== '') s.pair(x0 + (i % 4) * col, y + 30 + Math.floor(i / 4) * lh, l, v, b, f);
    });
    y += 30 + 3 * lh;
    const dl = s.put(x0, y, '临床诊断：', b);
    s.diagnoses(doc.dx.western);
    y = para(s, x0 + dl, y, w - dl, doc.dx.western.map((d) => d.text).join('，'), f, lh) - lh * 0.4;
    s.note({ name: p.name, reportDate: doc.dates.report });

    const cols = [70, 470, 200, 160, 90, 260, w - 1250];
    const heads = ['序号', '检验项目', '代号', '结果', '提示', '参考区间', '单位'];
    const rowH = lh * 1.05;
    s.line(x0, y, x1, y, 2.2);
    let cx = x0;
    heads.forEach((h, i) => {
      s.put(cx + (i === 1 ? 10 : (cols[i] ?? 0) / 2), y + rowH * 0.7, h, { ...b, align: i === 1 ? 'left' : 'center' });
      cx += cols[i] ?? 0;
    });
    y += rowH;
    s.line(x0, y, x1, y, 1);
    const rows = doc.labs.flatMap((panel) => panel.rows);
    rows.forEach((r, i) => {
      const cells = [String(i + 1), r.name, r.abbr, r.value, r.flag === '↑' ? '↑' : r.flag === '↓' ? '↓' : '', r.range, r.unit];
      let x = x0;
      cells.forEach((c, j) => {
        const bold = j === 3 && r.flag !== '';
        s.put(x + (j === 1 ? 10 : (cols[j] ?? 0) / 2), y + rowH * (i + 0.7), c, { ...(bold ? b : f), align: j === 1 ? 'left' : 'center' });
        x += cols[j] ?? 0;
      });
    });
    y += rows.length * rowH + 8;
    s.line(x0, y, x1, y, 2.2);
    y += lh * 1.2;
    s.put(x0, y, `备注：${rng.pick(['标本轻度溶血，结果仅供参考。', '结果请结合临床分析。', '危急值已电话通知临床。'])}`, f);

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const sample = doc.dates.sample;
    const foot = 2030;
    s.line(x0, foot - lh * 0.9, x1, foot - lh * 0.9, 1);
    s.put(x0, foot, `采集时间：${formatDate(sample, ds, doc.times.sample)}`, f);
    s.put(x0 + w * 0.34, foot, `接收时间：${formatDate(sample, ds, doc.times.received)}`, f);
    s.put(x0 + w * 0.68, foot, `报告时间：${formatDate(doc.dates.report, ds, doc.times.report)}`, f);
    s.put(x0, foot + lh * 1.4, `检验者：${doc.doctors.checker}`, f);
    s.put(x0 + w * 0.34, foot + lh * 1.4, `审核者：${doc.doctors.director}`, f);
    s.put(x0 + w * 0.68, foot + lh * 1.4, `审核时间：${clock(Math.min(doc.times.report + 6, 23 * 60 + 50))}`, f);
    seal(s, x0 + w * 0.86, foot - 50, 95, doc.hospital.name, '检验科', rng);
    s.put(s.width / 2, foot + lh * 3, '本报告仅对所检测标本负责，如有疑问请于7日内与检验科联系。', st(f.face, 8.5, { align: 'center', color: '#555' }));
  },
};
