import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, printedOn } from './kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { COUNTY12, TOWN12, townWard } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'HYPERTENSION', 'URAEMIA_DIALYSIS',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HEMOPHILIA', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const INSTRUMENT: Record<string, string> = { 血常规: 'XN-1000血细胞分析仪', 凝血功能: 'CS-5100凝血分析仪', 糖代谢: 'BS-800全自动生化分析仪',
  血脂: 'BS-800全自动生化分析仪', 肾功能: 'AU5800全自动生化分析仪', 肝功能: 'AU5800全自动生化分析仪' };

/**
 * 检验报告单 of a Liaocheng county hospital or 卫生院 LIS: barcode at the top left, the patient in three borderless rows (身份证号
 * — truth — and 临床诊断, counted, wrapping), the results ruled without verticals with H / L or ↑ / ↓, the instrument, and
 * at the bottom right the four times stacked in a column — 申请 (often the day before), 采样, 接收, 报告 (truth) — short
 * (03-04 08:12) or full, with 检验者 / 审核者 at the left and a later 打印时间 in the footer.
 */
export const tune12ReportLabTimeColumn: Layout = {
  id: 'tune12-report-lab-time-column',
  kind: 'report',
  split: 'tune',
  style: 'Liaocheng county hospital / 卫生院 LIS 检验报告单: barcode top left, borderless three-row header, ruled result table, '
    + '申请 / 采样 / 接收 / 报告 times stacked at the bottom right, sans or light sans 10–10.5 pt',
  exercises: ['申请时间 (the day before or the same morning), 采样时间, 接收时间 (not truth), 报告时间 (truth) in one column',
    'times as 03-04 08:12 without the year or full 2025-03-04 08:12(:35)', '身份证号 in the header (truth)',
    '临床诊断 comma-joined and wrapping (counted)', 'H / L or ↑ / ↓ flags, 检验仪器 line', '检验者 / 审核者 names, 打印时间 later (not truth)'],
  doc: (rng) => townWard(countyWords(suited(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...COUNTY12, ...COUNTY12, ...TOWN12], compoundSurnames: 0.1 }), rng, COUNTY12)), rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    const code = `${doc.recordNo.slice(2)}${rng.int(10, 99)}`;
    barcode(s, x0, 70, code, 56, 2.2);
    s.put(x0, 160, `条码号：${code}`, st('sans', 8.5));
    s.put(s.width / 2, 115, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 180, rng.pick(['检验报告单', '临床检验报告单']), st('sansMedium', 14, { align: 'center', spacing: 4 }));
    s.put(right, 115, `标本号：${rng.int(1, 480)}`, { ...f, align: 'right' });
    s.put(right, 160, '第1页/共1页', { ...f, align: 'right' });

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.45);
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.75];
    s.line(x0, 215, right, 215, 2.2);
    let y = 215 + lh;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    const panels = doc.labs.filter((q, i) => i === 0 || q.title !== doc.labs[0]?.title).slice(0, rng.chance(0.5) ? 1 : 2);
    const sample = panels.some((q) => q.title === '凝血功能') ? '血浆' : panels.some((q) => q.title === '血常规') ? '全血' : '血清';
    row([['姓名：', p.name], ['性别：', sex], ['年龄：', age], [inpatient ? '住院号：' : '门诊号：', doc.recordNo]]);
    row([['科室：', doc.department], ['床号：', inpatient ? doc.bed : ''], ['标本类型：', sample], ['申请医生：', doc.doctors.attending]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    const dxW = w * 0.5 - s.measure('临床诊断：', b) - 10;
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('，'), dxW, f, { keep: texts });
    const dw = s.put(stops[2] ?? x0, y, '临床诊断：', b);
    lines.forEach((t, i) => s.put((stops[2] ?? x0) + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.4);
    s.line(x0, y, right, y, 1.4);

    const cols = [0, 90, 560, 760, 850, 1110];
    const hy = y + lh * 0.85;
    ['No', '项目名称', '结果', '提示', '单位', '参考区间'].forEach((t, i) => s.put(x0 + 10 + (cols[i] ?? 0), hy, t, b));
    y += lh * 1.2;
    s.line(x0, y, right, y, 0.8);
    const arrows = rng.chance(0.5);
    const rows = panels.flatMap((q) => q.rows);
    rows.forEach((r, i) => {
      const flag = arrows ? r.flag : r.flag === '↑' ? 'H' : r.flag === '↓' ? 'L' : '';
      const ry = y + lh * (i + 0.85);
      [String(i + 1), `${r.name}(${r.abbr})`, r.value, flag, r.unit, r.range].forEach((t, j) => s.put(x0 + 10 + (cols[j] ?? 0), ry, t, f));
    });
    y += lh * (rows.length + 0.4);
    s.line(x0, y, right, y, 1.4);
    y += lh;
    s.put(x0, y, `检验仪器：${panels.map((q) => INSTRUMENT[q.title] ?? '全自动生化分析仪').filter((x, i, a) => a.indexOf(x) === i).join('、')}`, f);
    y += lh * 1.8;

    // Four times in a column at the right; 申请 often the evening before.
    const before = rng.chance(0.5);
    const asked = before ? addDays(doc.dates.sample, -1) : doc.dates.sample;
    const askedAt = before ? rng.int(15 * 60, 17 * 60 + 40) : Math.max(7 * 60, doc.times.sample - rng.int(10, 40));
    const short = rng.pick(['short', 'full', 'sec'] as const);
    const t = (iso: string, m: number, last = false): string => (short === 'short' && !last ? `${iso.slice(5)} ${clock(m)}`
      : short === 'sec' ? formatDate(iso, 'isoSec', m) : formatDate(iso, 'isoTime', m));
    const times: [string, string][] = [['申请时间：', t(asked, askedAt)], ['采样时间：', t(doc.dates.sample, doc.times.sample)],
      ['接收时间：', t(doc.dates.sample, doc.times.received)], ['报告时间：', t(doc.dates.report, doc.times.report, true)]];
    const tx = x0 + w * 0.58;
    times.forEach(([l, v], i) => s.pair(tx, y + i * lh * 1.1, l, v, b, f));
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0, y + lh * 1.1, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.45)) seal(s, x0 + w * 0.38, y + lh, 95, doc.hospital.name, '检验专用章', rng);
    y += lh * 5;
    s.put(x0, y, '*本报告仅对所检标本负责，如有疑问请在3日内与检验科联系。', st(face, 8.5, { color: '#444' }));
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2226, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2226, `检验科电话：${doc.hospital.phone}`, { ...small, align: 'right' });
  },
};
