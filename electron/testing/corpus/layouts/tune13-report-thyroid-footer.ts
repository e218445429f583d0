import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { barcode, logo, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { printedOn } from './kit';
import { suited, wrap } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { GENERAL13, local13, TCM13, thyroidRows } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS'];

/**
 * 检验报告单 of a Hebei, Henan or Jiangsu county hospital LIS for 甲状腺功能 (chemiluminescence) with the patient's own
 * biochemistry panel beside it: two result tables side by side under a borderless header (身份证号: truth; 临床诊断:
 * counted), and every time at the very foot of the page — 采样 / 接收 / 报告 on one line (报告时间: truth), sometimes
 * with 打印时间 after them (later, not truth) — over the 检验者 / 审核者 names.
 */
export const tune13ReportThyroidFooter: Layout = {
  id: 'tune13-report-thyroid-footer',
  kind: 'report',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county LIS 检验报告单 (甲状腺功能 + 生化): logo or plain letterhead, barcode, borderless header, '
    + 'two result tables side by side, all times on one footer line, sans or light sans 9.5–10.5 pt',
  exercises: ['采样时间 / 接收时间 / 报告时间 on one footer line at the bottom of the page (truth = 报告时间)',
    '打印时间 after them on some pages (not truth)', 'FT3 / FT4 / TSH / TPOAb with ↑ / ↓ beside glucose, lipid or renal results',
    'two tables side by side (a row holds two results)', '身份证号 and 临床诊断 (counted, wrapping) in the header', '检验方法：化学发光法'],
  doc: (rng) => local13(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...GENERAL13, ...GENERAL13, ...TCM13],
    compoundSurnames: 0.1 })), rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const t: Style = st(face, 9.5);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    if (rng.chance(0.5)) logo(s, x0 + 50, 125, 44, rng.pick(['#1d5fa8', '#1f7a4d', '#b3262d']), rng.pick(['cross', 'ring'] as const));
    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 200, '检 验 报 告 单', st('sansMedium', 14, { align: 'center', spacing: 4 }));
    const code = `${doc.recordNo.slice(3)}${rng.int(100, 999)}`;
    const bw = barcode(s, right - 300, 80, code, 50, 2);
    s.put(right - 300 + bw / 2, 158, code, st('sans', 8, { align: 'center' }));
    s.put(right, 205, `样本号：${rng.int(1, 600)}`, { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    s.line(x0, 235, right, 235, 2.2);
    let y = 235 + lh;
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.75];
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['病历号：', doc.recordNo]]);
    row([['科别：', doc.department], ['床号：', rng.chance(0.4) ? doc.bed : '--'], ['样本类型：', '血清'], ['送检医生：', doc.doctors.attending]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    const texts = doc.dx.western.map((d) => d.text);
    const dl = s.put(stops[2] ?? x0, y, '临床诊断：', b);
    const lines = wrap(s, texts.join('，'), w * 0.5 - dl - 10, f, { keep: texts });
    lines.forEach((line, i) => s.put((stops[2] ?? x0) + dl, y + i * lh, line, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.35);
    s.line(x0, y, right, y, 1.4);

    // Two tables side by side: thyroid at the left, the disease's own panel at the right.
    const other = doc.labs[0] ?? { title: '生化', rows: [] };
    const panels: readonly { title: string; rows: readonly LabRow[] }[] = [{ title: '甲状腺功能', rows: thyroidRows(rng) }, other];
    const half = w / 2;
    const cols = [0, 272, 372, 412, 592];
    const top = y;
    let bottom = y;
    panels.forEach((panel, k) => {
      const px0 = x0 + k * half + (k === 1 ? 16 : 0);
      let ty = top + lh * 0.95;
      s.put(px0 + 8, ty, `【${panel.title}】`, st('sansMedium', 10));
      ty += lh;
      ['项目', '结果', '', '参考区间', '单位'].forEach((h, i) => s.put(px0 + 8 + (cols[i] ?? 0), ty, h, st('sansMedium', 9.5)));
      ty += lh * 0.4;
      s.line(px0, ty, px0 + half - 24, ty, 0.8);
      ty += lh * 0.9;
      panel.rows.forEach((r) => {
        const name = s.measure(`${r.abbr} ${r.name}`, t) > 258 ? r.abbr : `${r.abbr} ${r.name}`;
        [name, r.value, r.flag, r.range, r.unit].forEach((c, i) => s.put(px0 + 8 + (cols[i] ?? 0), ty, c, t));
        ty += lh;
      });
      bottom = Math.max(bottom, ty);
    });
    s.line(x0 + half, top + lh * 0.3, x0 + half, bottom - lh * 0.6, 1);
    y = bottom;
    s.line(x0, y, right, y, 1.4);
    y += lh;
    s.put(x0, y, `检验方法：化学发光法（${rng.pick(['Cobas e601', 'Maglumi 4000', 'i2000SR'])}）；生化：速率法 / 酶法`, t);
    y += lh;
    s.put(x0, y, '备注：↑ 偏高  ↓ 偏低。结果仅对本次标本负责，如有疑问请于3日内与检验科联系。', st(face, 9, { color: '#444' }));

    // The foot: every time on one line, the names under it.
    const fy = 2130;
    s.line(x0, fy - lh, right, fy - lh, 1.2);
    const how = rng.pick(['iso', 'slash'] as const);
    const printed = rng.chance(0.45);
    const at = (iso: string, m: number, salt: number): string => (printed ? formatDate(iso, how === 'iso' ? 'isoTime' : 'slashTime', m)
      : stamp(iso, m, how, salt));
    const times: [string, string][] = [['采样时间：', at(doc.dates.sample, doc.times.sample, 1)],
      ['接收时间：', at(doc.dates.sample, doc.times.received, 2)], ['报告时间：', at(doc.dates.report, doc.times.report, 3)]];
    const gap = printed ? w / 4 : w / 3;
    times.forEach(([l, v], i) => s.pair(x0 + i * gap, fy, l, v, st('sansMedium', 9), st(face, 9)));
    const late = formatDate(printedOn(doc), how === 'iso' ? 'isoTime' : 'slashTime', doc.times.print);
    if (printed) s.pair(x0 + 3 * gap, fy, '打印时间：', late, st('sansMedium', 9), st(face, 9));
    s.pair(x0, fy + lh * 1.2, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w / 3, fy + lh * 1.2, '审核者：', doc.doctors.checker, b, f);
    s.put(right, fy + lh * 1.2, '第1页/共1页', { ...f, align: 'right' });
    if (rng.chance(0.5)) seal(s, x0 + w * rng.range(0.5, 0.7), fy - rng.range(10, 60), 95, doc.hospital.name, '检验专用章', rng);
  },
};
