import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, qrCode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { suspected } from './tune11-kit';
import { townWard } from './tune12-kit';
import { thyroidRows } from './tune13-kit';
import { local21, place21, TOWN21 } from './tune21-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'SEVERE_MENTAL_DISORDER', 'SEVERE_MENTAL_DISORDER',
  'CORONARY_HEART_DISEASE'];
/** The independent laboratories a 卫生院 sends its thyroid samples to, by province (their names are not the hospital's). */
const LABS: Record<string, readonly string[]> = { 上海: ['上海迪安医学检验所', '上海金域医学检验所'], 江苏: ['南京金域医学检验所', '南京艾迪康医学检验所'],
  河南: ['郑州金域临床检验中心', '郑州艾迪康医学检验所'], 湖北: ['武汉金域医学检验所', '武汉迪安医学检验所'] };

/**
 * 检验报告单 of an independent laboratory (金域 / 迪安 / 艾迪康) for a Shanghai 社区卫生服务中心 or a Jiangsu, Henan or Hubei 卫生院
 * that sent it the serum: the laboratory's name is the letterhead, the hospital only the 送检单位 (its name must be taken from
 * there); 姓名 and 身份证号 (truth) in a borderless header, 临床诊断 (counted, with a 待排 item not counted), then a three-line
 * table of 甲状腺功能 whose two result columns stand side by side — 本次结果 and 上次结果 with the earlier day under its heading
 * (not truth) — and at the foot 采集时间 and 接收时间 (a day or two before, not truth) beside 报告时间 (truth), the laboratory's seal.
 */
export const tune21ReportThyroidPrior: Layout = {
  id: 'tune21-report-thyroid-prior',
  kind: 'report',
  split: 'tune',
  style: 'Independent laboratory (金域 / 迪安 / 艾迪康 of Shanghai, Nanjing, Zhengzhou, Wuhan) 甲状腺功能 report for a 卫生院 / 社区卫生服务中心: '
    + 'lab letterhead with QR and barcode, borderless header with 送检单位, three-line table with 本次 / 上次 columns, sans 10–10.5 pt',
  exercises: ['the laboratory\'s name as the letterhead, the hospital only as 送检单位', '姓名 and 身份证号 in a borderless header (truth)',
    '临床诊断 with a 待排 item (not counted)', 'three-line table: 本次结果 | 上次结果 side by side, each with ↑ / ↓',
    'the 上次 day printed under the column heading and in a note (not truth)', 'FT3 / FT4 / TSH / TT3 / TT4 / TPOAb / TgAb',
    '采集时间 and 接收时间 a day or more before the 报告时间 (truth)', 'the laboratory\'s 检验报告专用章 over the signatures'],
  doc: (rng) => {
    const doc = local21(townWard(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: TOWN21,
      compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0.1 }), rng), rng);
    const report = addDays(doc.dates.sample, rng.int(1, 3));
    const times = { ...doc.times, received: rng.int(19 * 60, 23 * 60), report: rng.int(9 * 60, 17 * 60) };
    return { ...doc, dates: { ...doc.dates, report }, times };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const labName = rng.pick(LABS[place21(doc.hospital)] ?? ['武汉金域医学检验所']);
    const tone = rng.pick(['#0d5aa7', '#b3262d', '#1c7c54']);

    s.put(x0, 140, labName, st('sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0, 190, '临床检验报告单', st('sansBold', 13));
    qrCode(s, right - 120, 70, 120, rng);
    const code = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    const bw = barcode(s, right - 520, 84, code, 56, 2.2);
    s.put(right - 520 + bw / 2, 168, code, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 222, right, 222, 3, tone);

    const stops = [0, 0.25, 0.5, 0.75].map((k) => x0 + k * w);
    let y = 222 + lh * 1.1;
    const row = (cells: readonly (readonly [string, string, number])[]): void => {
      cells.forEach(([l, v, at]) => s.pair(stops[at] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name, 0], ['性别：', sex, 1], ['年龄：', age, 2], ['条码号：', code, 3]]);
    row([['送检单位：', doc.hospital.name, 0], ['送检科室：', doc.department, 2], ['送检医生：', doc.doctors.attending, 3]]);
    row([['身份证号：', p.idNumber, 0], ['标本类型：', '血清', 2], ['标本状态：', '合格', 3]]);
    const dl = s.put(x0, y, '临床诊断：', b);
    const extra = suspected(doc, rng);
    const said = [...doc.dx.western, extra].map((d) => d.text);
    const lines = wrap(s, said.join('；'), w - dl, f, { keep: said });
    lines.forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lines.length * lh;

    // The three-line table: heavy rules above and below, a thin one under the heading; 本次 and 上次 side by side.
    const before = addDays(doc.dates.sample, -rng.int(60, 300));
    const now = thyroidRows(rng);
    const then = thyroidRows(rng);
    const cols = [0, 0.06, 0.36, 0.47, 0.6, 0.73, 0.84].map((k) => x0 + k * w);
    y += lh * 0.4;
    s.line(x0, y, right, y, 2.6);
    const headY = y + lh * 0.95;
    ['序号', '检验项目', '缩写', '本次结果', '上次结果', '单位', '参考区间'].forEach((t, i) => s.put((cols[i] ?? x0) + 8, headY, t, b));
    s.put((cols[4] ?? x0) + 8, headY + lh * 0.8, `(${formatDate(before, 'iso')})`, st('sans', 8.5, { color: '#444' }));
    y = headY + lh * 1.25;
    s.line(x0, y, right, y, 1.2);
    y += lh * 0.95;
    now.forEach((r, i) => {
      const old = then[i];
      const cells = [String(i + 1), r.name, r.abbr, `${r.value} ${r.flag}`, old ? `${old.value} ${old.flag}` : '', r.unit, r.range];
      cells.forEach((t, k) => {
        const style = (k === 3 && r.flag) || (k === 4 && old?.flag) ? st('sansBold', pt) : f;
        if (t.trim() !== '') s.put((cols[k] ?? x0) + 8, y, t.trim(), k === 4 ? { ...style, color: '#555' } : style);
      });
      y += lh;
    });
    y -= lh * 0.55;
    s.line(x0, y, right, y, 2.6);
    y += lh;
    s.put(x0, y, `检测方法：${rng.pick(['电化学发光法（Roche cobas e 801）', '电化学发光法（Roche cobas e 601）',
      '化学发光微粒子免疫分析法（Abbott ARCHITECT i2000SR）'])}`, f);
    y += lh;
    s.put(x0, y, `备注：上次结果为本实验室${formatDate(before, 'cnShort')}检测结果，仅供对照参考。`, f);

    y = Math.max(y + lh * 2, 1830);
    const when = (iso: string, m: number): string => formatDate(iso, 'isoTime', m);
    s.pair(x0, y, '采集时间：', when(doc.dates.sample, doc.times.sample), b, f);
    s.pair(x0 + w * 0.34, y, '接收时间：', when(addDays(doc.dates.sample, doc.dates.report > addDays(doc.dates.sample, 1) ? 1 : 0),
      doc.times.received), b, f);
    s.pair(x0 + w * 0.67, y, '报告时间：', when(doc.dates.report, doc.times.report), b, f);
    y += lh * 1.4;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.34, y, '审核者：', doc.doctors.checker, b, f);
    seal(s, x0 + w * 0.74, y - 40, 100, labName, '检验报告专用章', rng);
    const small = st('sans', 8.5, { color: '#555' });
    s.line(x0, 2180, right, 2180, 1);
    s.put(x0, 2216, '本报告仅对本次送检标本负责，如有疑问请于收到报告后7日内与本实验室联系。', small);
    s.put(right, 2216, '第1页/共1页', { ...small, align: 'right' });
  },
};
