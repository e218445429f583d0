import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE } from '../hospitals';
import { seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { carbonCopy } from './tune27-kit';

/**
 * 检验报告单, the second sheet (第二联 病人留存) of a county hospital's pre-printed multi-part lab form: the frame, labels and
 * title are printed on the tinted copy sheet itself in the print shop's pink, green or blue (crisp), while everything the
 * lab's impact printer typed — name, 身份证号 (truth), 临床诊断 (counted), the results and the three times at the foot —
 * reached it through the carbon: faint blue-black, patchy, a little off the frame's cells, with a weaker second impression a
 * few pixels aside where the sheets slipped. 采样时间 and 接收时间 are decoys, 报告时间 the truth; 申请日期 in the header is a
 * decoy too. The 检验科 seal is stamped on the copy itself in red.
 */
export const tune27ReportCarbonCopy: Layout = {
  id: 'tune27-report-carbon-copy',
  kind: 'report',
  split: 'tune',
  style: 'county hospital multi-part lab form, 第二联 on yellow / pink / green copy paper: crisp coloured pre-printed frame, the typed '
    + 'data arriving through carbon (faint blue-black, doubled, slightly off register), red 检验科 seal',
  exercises: ['carbon-copy text: faint, patchy and doubled by a slipped second impression', 'typed values off register with the '
    + 'pre-printed cells', '申请日期 / 采样时间 / 接收时间 (decoys) vs 报告时间 (truth)', '临床诊断 across the form (counted)',
    '身份证号 in the header grid (truth)'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...COUNTY, ...COUNTY_MORE], compoundSurnames: 0.1 }),
  draw(s, doc, rng) {
    const [paper, form] = rng.pick([
      [[252, 246, 214], '#b0305a'], [[250, 232, 236], '#2f6f45'], [[234, 244, 232], '#2b4f9a'], [[252, 246, 214], '#2b4f9a'],
    ] as const);
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5]);
    const typed: Style = st(rng.pick(['serif', 'serifMedium', 'sans'] as const), pt);
    const lab: Style = st('sans', 10.5, { color: form, align: 'center' });
    const rowH = px(pt) * 2.1;
    const p = doc.patient;
    // The printer's register against the pre-printed frame.
    const [ox, oy] = [rng.range(-8, 14), rng.range(-5, 5)];
    const base = (top: number): number => top + rowH / 2 + px(pt) * 0.36 + oy;
    const typedAt = (x: number, top: number, t: string): void => void s.put(x + 12 + ox, base(top), t, typed);

    const top0 = 380;
    const lw = w * 0.1;
    const vw = w * 0.15;
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime'] as const);
    const asked = addDays(doc.dates.sample, -rng.int(0, 1));
    const rows: (readonly [string, string, number])[][] = [
      [['姓 名', p.name, vw], ['性 别', p.sex, vw], ['年 龄', `${p.age}岁`, vw], ['科 别', doc.department, vw]],
      [['病 历 号', doc.recordNo, vw], ['床 号', rng.chance(0.5) ? `${doc.bed}` : '', vw],
        ['标本种类', rng.pick(['血清', '静脉血', '全血']), vw], ['样 本 号', `${rng.int(1, 600)}`, vw]],
      [['身份证号', p.idNumber, w * 0.4], ['送检医生', doc.doctors.attending, vw], ['申请日期', formatDate(asked, 'iso'), vw]],
    ];
    rows.forEach((r, i) => {
      let x = x0;
      for (const [, v, vW] of r) {
        typedAt(x + lw, top0 + i * rowH, v);
        x += lw + vW;
      }
    });
    const dxTop = top0 + rowH * 3;
    // The 临床诊断 runs across the form, onto a second typed line when it is long.
    const dxLines: string[] = [''];
    doc.dx.western.forEach((d, i) => {
      const cur = dxLines[dxLines.length - 1] ?? '';
      const next = `${cur}${d.text}${i < doc.dx.western.length - 1 ? '，' : ''}`;
      if (cur !== '' && s.measure(next, typed) > w - lw - 60) dxLines.push(`${d.text}${i < doc.dx.western.length - 1 ? '，' : ''}`);
      else dxLines[dxLines.length - 1] = next;
    });
    const dxH = rowH + (dxLines.length - 1) * px(pt) * 1.5;
    dxLines.forEach((l, i) => s.put(x0 + lw + 12 + ox, base(dxTop) + i * px(pt) * 1.5 - (dxH - rowH) / 2, l, typed));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    // The results: one table, its header band pre-printed.
    const tableTop = dxTop + dxH + 60;
    const cols = [0, 0.07, 0.38, 0.53, 0.6, 0.76].map((c) => x0 + c * w);
    const heads = ['No.', '检验项目', '结果', '', '单位', '参考范围'];
    const tests = doc.labs.flatMap((l) => l.rows).slice(0, 16);
    const lh = px(pt) * 1.9;
    tests.forEach((r, i) => {
      const y = tableTop + rowH + lh * (i + 0.9) + oy;
      const cells = [String(i + 1), `${r.name}  ${r.abbr}`, r.value, r.flag, r.unit, r.range];
      cells.forEach((t, c) => t && s.put((cols[c] ?? x0) + 10 + ox, y, t, typed));
    });
    const tableEnd = tableTop + rowH + lh * (tests.length + 0.6);
    const footTop = tableEnd + 40;
    const times = [formatDate(doc.dates.sample, ds, doc.times.sample), formatDate(doc.dates.sample, ds, doc.times.received),
      formatDate(doc.dates.report, ds, doc.times.report)];
    const fw = w / 3;
    times.forEach((t, i) => typedAt(x0 + i * fw + w * 0.11, footTop, t));
    typedAt(x0 + w * 0.11, footTop + rowH, doc.doctors.resident);
    typedAt(x0 + fw + w * 0.11, footTop + rowH, doc.doctors.checker);

    carbonCopy(s, rng, paper);

    // The pre-printed form, crisp on the copy sheet.
    const title = st('serifBold', 18, { color: form, align: 'center', spacing: 4 });
    s.put(s.width / 2, 170, doc.hospital.name, title);
    s.put(s.width / 2, 250, '检 验 报 告 单', st('serifBold', 15, { color: form, align: 'center', spacing: 8 }));
    s.put(right, 320, '第二联  病人留存', st('sans', 10, { color: form, align: 'right' }));
    s.put(x0, 320, `No. ${String(rng.int(0, 9999999)).padStart(7, '0')}`, st('sans', 10, { color: form }));
    const line = (x1: number, y1: number, x2: number, y2: number, wd = 1.6): void => s.line(x1, y1, x2, y2, wd, form);
    rows.forEach((r, i) => {
      let x = x0;
      const y = top0 + i * rowH;
      for (const [l, , vW] of r) {
        s.put(x + lw / 2, y + rowH / 2 + px(10.5) * 0.36, l, lab);
        line(x + lw, y, x + lw, y + rowH, 1.2);
        x += lw + vW;
        if (x < right - 1) line(x, y, x, y + rowH, 1.2);
      }
      line(x0, y, right, y, 1.2);
    });
    s.put(x0 + lw / 2, dxTop + dxH / 2 + px(10.5) * 0.36, '临床诊断', lab);
    line(x0 + lw, dxTop, x0 + lw, dxTop + dxH, 1.2);
    line(x0, dxTop, right, dxTop, 1.2);
    s.rect(x0, top0, w, rowH * 3 + dxH, 2.4, form);
    s.g.fillStyle = form;
    s.g.globalAlpha = 0.12;
    s.g.fillRect(x0, tableTop, w, rowH);
    s.g.globalAlpha = 1;
    heads.forEach((t, c) => t && s.put((cols[c] ?? x0) + 10, tableTop + rowH / 2 + px(10.5) * 0.36, t, { ...lab, align: 'left' }));
    line(x0, tableTop, right, tableTop, 2.4);
    line(x0, tableTop + rowH, right, tableTop + rowH, 1.2);
    line(x0, tableEnd, right, tableEnd, 2.4);
    ['采样时间', '接收时间', '报告时间'].forEach((t, i) => s.put(x0 + i * fw + w * 0.05, base(footTop) - oy, t, lab));
    ['检 验 者', '审 核 者'].forEach((t, i) => s.put(x0 + i * fw + w * 0.05, base(footTop + rowH) - oy, t, lab));
    s.put(x0, footTop + rowH * 2 + 50, '注：本报告仅对所检标本负责，如有疑问请于七日内与检验科联系。',
      st('sans', 9.5, { color: form }));
    s.put(x0, footTop + rowH * 2 + 50 + px(9.5) * 1.8, `${doc.hospital.name}检验科  电话：${doc.hospital.phone}`,
      st('sans', 9.5, { color: form }));
    seal(s, x0 + fw * 2 + rng.range(120, 300), footTop + rowH * 1.2 + rng.range(-20, 40), rng.range(105, 120), doc.hospital.name,
      '检验科', rng);
  },
};
