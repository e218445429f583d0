import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { suited, wrap } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { chromatogram, CITY10, COUNTY10, fractions, local10 } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES'];

/**
 * 糖化血红蛋白测定报告单 of a county or city hospital lab in Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan, Hainan, Anhui,
 * Guangxi, Qinghai, Tianjin or Shanghai, printed with the HPLC analyser's chromatogram: a patient block without an ID number
 * (就诊卡号 only), 临床诊断 (counted) on a row of its own, the result table (HbA1c NGSP %, IFCC mmol/mol, eAG), the chromatogram
 * with the analyser's run line (its date and time — not truth) and the peak table, earlier results with their dates (not truth),
 * then 采集 / 接收 / 报告时间 (报告时间: truth) and the two signatures.
 */
export const blind10Report1: Layout = {
  id: 'blind10-report-1',
  kind: 'report',
  split: 'blind',
  style: 'County / city hospital lab 糖化血红蛋白测定报告单 with the HPLC chromatogram: centred letterhead, ruled patient block, '
    + 'result table, framed chromatogram with run line and peak table, 历史结果 strip, times row, sans or serif 10–10.5 pt',
  exercises: ['HbA1c 8.6 % with IFCC mmol/mol and eAG', 'chromatogram peaks named A1A … A0 and a peak table (numbers, not dates)',
    'the analyser run line 2025/03/04 10:21 (not truth)', '历史结果 with two or three earlier dates (not truth)',
    '临床诊断 on its own row (counted)', '采集时间 / 接收时间 / 报告时间 (truth = 报告时间)', 'no ID number, 就诊卡号 only'],
  doc: (rng) => local10(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...COUNTY10, ...CITY10],
    compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st('sansMedium', pt);
    const small: Style = st('sans', 8.5);
    const lh = px(pt) * 1.65;
    const p = doc.patient;
    const a1c = Math.round(rng.range(6.6, 11.8) * 10) / 10;

    s.put(s.width / 2, 135, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, '糖化血红蛋白测定报告单', st(serif ? 'serifBold' : 'sansBold', 14.5, { align: 'center', spacing: 3 }));
    s.put(right, 205, `标本号：${rng.int(1, 400)}`, { ...f, align: 'right' });
    s.line(x0, 240, right, 240, 2.4);
    const [sex, age] = sexAge(doc);
    let y = 240 + lh;
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.47, x0 + w * 0.7];
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['就诊卡号：', `${rng.int(10, 99)}${doc.recordNo.slice(2)}`]]);
    row([['科别：', doc.department], ['床号：', rng.chance(0.5) ? doc.bed : ''], ['送检医生：', doc.doctors.attending],
      ['标本类型：', '全血（EDTA-K2）']]);
    const texts = doc.dx.western.map((d) => d.text);
    const dl = s.put(x0, y, '临床诊断：', b);
    wrap(s, texts.join('；'), w - dl, f, { keep: texts }).forEach((t) => {
      s.put(x0 + dl, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2);

    // Results.
    const cols = [x0, x0 + 560, x0 + 800, x0 + 1000, x0 + 1200];
    ['检验项目', '结果', '提示', '单位', '参考区间'].forEach((t, i) => s.put(cols[i] ?? x0, y + lh * 0.2, t, b));
    y += lh * 0.6;
    s.line(x0, y, right, y, 1);
    y += lh;
    const ifcc = Math.round((a1c - 2.15) * 10.929);
    const eag = (1.59 * a1c - 2.59).toFixed(1);
    const results: readonly (readonly string[])[] = [['糖化血红蛋白（HbA1c，NGSP）', a1c.toFixed(1), a1c > 6 ? '↑' : '', '%', '4.0-6.0'],
      ['糖化血红蛋白（IFCC）', String(ifcc), ifcc > 42 ? '↑' : '', 'mmol/mol', '20-42'], ['估算平均血糖（eAG）', eag, '', 'mmol/L', '--']];
    results.forEach((r) => {
      r.forEach((t, i) => s.put(cols[i] ?? x0, y, t, i === 1 && r[2] ? b : f));
      y += lh;
    });
    y += lh * 0.2;
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1);

    // The analyser's print: run line, chromatogram, peak table.
    const run = stamp(doc.dates.sample, doc.times.received + rng.int(10, 60), 'slash', 5).slice(0, 16);
    const analyser = rng.pick(['TOSOH HLC-723G11', 'Bio-Rad D-10', 'ARKRAY HA-8180', 'Lifotronic H9']);
    y += lh * 0.5;
    s.put(x0, y, `${analyser}  No.${String(rng.int(1, 120)).padStart(4, '0')}  ${run}  变异模式`, st('sans', 9));
    y += lh * 0.5;
    const peaks = fractions(rng, a1c);
    chromatogram(s, x0, y, w * 0.55, 360, peaks, small);
    const px0 = x0 + w * 0.6;
    let ty = y + lh * 0.8;
    ['峰名', '保留时间', '面积', '面积%'].forEach((t, i) => s.put(px0 + i * 140, ty, t, st('sansMedium', 9)));
    ty += lh * 0.95;
    const total = rng.int(1400, 2600);
    peaks.forEach((pk) => {
      [pk.name, pk.time.toFixed(2), (total * pk.share / 100).toFixed(1), pk.share.toFixed(1)]
        .forEach((t, i) => s.put(px0 + i * 140, ty, t, st('sans', 9)));
      ty += lh * 0.85;
    });
    s.put(px0, ty, `TOTAL AREA  ${total}`, st('sans', 9));
    y += 360 + lh * 1.2;
    s.put(x0 + w * 0.275, y - lh * 0.45, '时间（min）', { ...small, align: 'center' });
    y += lh * 0.4;

    // Earlier results, then the method and the times.
    const earlier = [rng.int(80, 110), rng.int(170, 220), rng.int(260, 330)].slice(0, rng.int(2, 3))
      .map((d) => `${formatDate(addDays(doc.dates.sample, -d), 'iso')}  ${(a1c + rng.range(-1.2, 1.8)).toFixed(1)}%`);
    s.put(x0, y, `历史结果：${earlier.join('；  ')}`, f);
    y += lh;
    s.put(x0, y, '检测方法：高效液相色谱法（HPLC）。HbA1c反映近2～3个月平均血糖水平，控制目标一般＜7.0%。', st(f.face, 9.5, { color: '#333' }));
    y += lh;
    s.put(x0, y, '备注：本结果仅对所检标本负责。如有疑问请于收到报告后3日内与检验科联系。', st(f.face, 9.5, { color: '#333' }));

    const fy = Math.max(y + lh * 2, 1950);
    s.line(x0, fy - lh, right, fy - lh, 1.2);
    const how = rng.pick(['iso', 'slash'] as const);
    const times: readonly (readonly [string, string])[] = [['采集时间：', stamp(doc.dates.sample, doc.times.sample, how, 1)],
      ['接收时间：', stamp(doc.dates.sample, doc.times.received, how, 2)], ['报告时间：', stamp(doc.dates.report, doc.times.report, how, 3)]];
    times.forEach(([l, v], i) => s.pair(x0 + (i * w) / 3, fy, l, v, st('sansMedium', 9.5), st(f.face, 9.5)));
    const ty2 = fy + lh * 1.4;
    const cw = s.put(x0, ty2, '检验者：', b);
    handwritten(s, x0 + cw + 6, ty2, doc.doctors.resident, pt * 1.25, rng);
    s.pair(x0 + w / 3, ty2, '审核者：', doc.doctors.checker, b, f);
    s.put(right, ty2, '第1页/共1页', { ...f, align: 'right' });
    if (rng.chance(0.6)) seal(s, x0 + w * rng.range(0.62, 0.75), fy - rng.range(20, 70), 92, doc.hospital.name, '检验专用章', rng);
  },
};
