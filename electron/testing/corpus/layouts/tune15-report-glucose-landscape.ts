import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL15, glycaemia, local15, TCM15 } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE'];

/**
 * 糖代谢 检验报告单 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county LIS, printed on an A5 sheet in landscape and
 * scanned on the A4 glass (the sheet's edge and shadow across the page, white below): barcode and 标本号, a borderless header
 * of four columns (姓名, 病历号, 身份证号 — truth), 临床诊断 (counted), and the results laid across — one column per test
 * (空腹血糖, 餐后2小时血糖, HbA1c in NGSP % and IFCC mmol/mol, 估算平均血糖, 糖化白蛋白) with rows 项目 / 缩写 / 结果 / 提示 /
 * 单位 / 参考区间 — under ruled lines; the method note; 采集 / 接收 / 报告时间 on one line (报告: truth), 检验者 and 审核者.
 */
export const tune15ReportGlucoseLandscape: Layout = {
  id: 'tune15-report-glucose-landscape',
  kind: 'report',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county LIS 糖代谢 report on an A5 landscape sheet scanned on A4: barcode, '
    + 'borderless four-column header, results laid across (one column per test, rows down to 参考区间), sans or serif 10–10.5 pt',
  exercises: ['a transposed result table: tests as columns, 结果 / 提示 / 单位 / 参考区间 as rows', 'HbA1c twice (6.8 % and 51 mmol/mol)',
    '参考区间 with ranges and <7.80, ↑ / ↓ in a 提示 row', 'an A5 sheet\'s edge and shadow on the A4 scan, the lower half blank',
    '采集时间, 接收时间 and 报告时间 (truth) on one line, with the time', '临床诊断 (counted), 身份证号 in the header',
    '送检医生, 检验者 and 审核者 (three other names)'],
  doc: (rng) => {
    const doc = local15(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...GENERAL15, ...TCM15.slice(0, 4)],
      compoundSurnames: 0.05 })), rng, { outside: 0.1, near: 0.1, avoid: /急性/u }), rng);
    return doc.dates.report === doc.dates.sample ? doc : { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, 1) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const sheetH = 1169;
    s.g.fillStyle = 'rgba(0, 0, 0, 0.07)';
    s.g.fillRect(0, sheetH, s.width, 10);
    s.line(0, sheetH, s.width, sheetH, 1.5, '#b9b9b9');
    const x0 = 90;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.put(s.width / 2, 120, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 180, '检 验 报 告 单', st(serif ? 'serifBold' : 'sansBold', 14, { align: 'center', spacing: 5 }));
    const bw = barcode(s, x0, 80, doc.recordNo.slice(2) + String(doc.times.sample), 58, 2.2);
    s.put(x0 + bw / 2, 165, `标本号：${doc.bed}${doc.recordNo.slice(-3)}`, st('sans', 8.5, { align: 'center' }));
    s.put(right, 165, `检验项目：${rng.pick(['糖代谢', '血糖+糖化血红蛋白', '糖尿病监测'])}`, st(f.face, 9, { align: 'right' }));
    s.line(x0, 200, right, 200, 2);

    const ward = rng.chance(0.5);
    const cols = [0, 0.25, 0.5, 0.75].map((k) => x0 + k * w);
    let y = 250;
    const line = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    line([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], [ward ? '住院号：' : '门诊号：', doc.recordNo]]);
    line([['科室：', doc.department], ['床号：', ward ? doc.bed : '--'], ['标本：', rng.pick(['静脉血', '血清+EDTA全血'])],
      ['送检医生：', doc.doctors.attending]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh;
    const dl = s.put(x0, y, '临床诊断：', b);
    const texts = doc.dx.western.map((d) => d.text);
    y = para(s, x0, y, w, texts.join('；'), f, lh, { indent: dl, keep: texts });
    s.diagnoses(doc.dx.western);

    // The results laid across: a column per test, rows down to 参考区间, ruled above, under the heads and below.
    const rows = glycaemia(rng, doc.dx.keys.includes('DIABETES'));
    const head = 190;
    const cw = (w - head) / rows.length;
    let tf = pt;
    const shown = rows.flatMap((r) => [r.name, r.abbr, r.range]);
    const widest = (size: number): number => Math.max(...shown.map((t) => s.measure(t, { ...f, pt: size })));
    while (tf > 8.5 && widest(tf) > cw - 12) tf -= 0.5;
    const tfs: Style = { ...f, pt: tf, align: 'center' };
    const rh = px(tf) * 2.1;
    const lines: readonly (readonly [string, (i: number) => string])[] = [['检验项目', (i) => rows[i]?.name ?? ''],
      ['英文缩写', (i) => rows[i]?.abbr ?? ''], ['结    果', (i) => rows[i]?.value ?? ''], ['提    示', (i) => rows[i]?.flag ?? ''],
      ['单    位', (i) => rows[i]?.unit ?? ''], ['参考区间', (i) => rows[i]?.range ?? '']];
    const top = y + lh * 0.2;
    s.line(x0, top, right, top, 2.5);
    lines.forEach(([label, at], r) => {
      const base = top + rh * (r + 0.5) + px(tf) * 0.36;
      s.put(x0 + 14, base, label, { ...b, pt: tf });
      rows.forEach((row, i) => {
        const bold = r === 2 && row.flag !== '';
        s.put(x0 + head + cw * (i + 0.5), base, at(i), bold ? { ...tfs, face: serif ? 'serifBold' : 'sansBold' } : tfs);
      });
      if (r === 0) s.line(x0, top + rh, right, top + rh, 1.2);
    });
    y = top + rh * lines.length;
    s.line(x0, y, right, y, 2.5);
    s.put(x0, y + lh, '注：糖化血红蛋白采用高效液相色谱法（HPLC）检测，已通过NGSP认证；估算平均血糖 eAG=1.59×HbA1c-2.59。', st(f.face, 8.5));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    y += lh * 2.6;
    s.pair(x0, y, '采集时间：', formatDate(doc.dates.sample, ds, doc.times.sample), b, f);
    s.pair(x0 + w * 0.34, y, '接收时间：', formatDate(doc.dates.sample, ds, doc.times.received), b, f);
    const reported = doc.times.report;
    s.pair(x0 + w * 0.68, y, '报告时间：', formatDate(doc.dates.report, ds, reported), b, f);
    y += lh * 1.4;
    const tw = s.put(x0 + w * 0.34, y, '检验者：', f);
    handwritten(s, x0 + w * 0.34 + tw + 6, y, doc.doctors.resident, pt * 1.25, rng);
    s.pair(x0 + w * 0.68, y, '审核者：', doc.doctors.checker, f);
    seal(s, x0 + w * 0.9, y + 10, 95, doc.hospital.name, '检验专用章', rng);
    const printed = clock(Math.min(reported + 40, 23 * 60));
    s.put(s.width / 2, sheetH - 40, `本结果仅对所检标本负责\u3000打印：${printed}`, st(f.face, 8, { align: 'center', color: '#555' }));
  },
};
