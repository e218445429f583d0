import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { labPanel } from '../labs';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, printedOn } from './kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { townWard } from './tune12-kit';
import { HOSPITALS28, sideTable } from './tune28-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];
const SPECIMEN: Record<string, string> = { 血常规: '全血', 凝血功能: '血浆' };

/**
 * 检查检验报告单 of a Liaocheng city / county hospital or 卫生院 LIS on A4 portrait: barcode at the top right, a borderless
 * three-row patient block (身份证号 — truth — and 临床诊断, counted), then TWO bordered result tables side by side, each
 * with its own caption (【血常规】 标本：全血) and its own 项目 / 结果 / 单位 / 参考值 header — read each down on its own, not
 * across. Below: 采样时间 / 接收时间 (decoys) and 报告日期 (truth) in one ruled row, 检验者 / 审核者 names, the 检验专用章,
 * and a later 打印时间 in the footer (decoy).
 */
export const tune28ReportSideTables: Layout = {
  id: 'tune28-report-side-tables',
  kind: 'report',
  split: 'tune',
  style: 'Liaocheng city / county / 卫生院 LIS 检验报告单, A4 portrait: barcode top right, borderless patient block, two bordered '
    + 'result tables side by side each with its own caption and 项目/结果/单位/参考值 header, sans or serif 9–10 pt',
  exercises: ['two tables side by side read each down on its own (a block per table), not across the page',
    '↑ / ↓ or H / L after the values', '采样时间 and 接收时间 (not truth) beside 报告日期 (truth) on one row',
    '身份证号 in the header (truth)', '临床诊断 comma-joined (counted)', '检验者 / 审核者 names and a later 打印时间 (decoys)'],
  doc: (rng) => townWard(countyWords(suited(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: HOSPITALS28,
    compoundSurnames: 0.1 }), rng, HOSPITALS28)), rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 96;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'serif', 'sansLight'] as const);
    const pt = rng.pick([9, 9.5, 10]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    const code = `${doc.recordNo.slice(3)}${rng.int(100, 999)}`;
    barcode(s, right - 330, 64, code, 54, 2.2);
    s.put(right - 330, 150, code, st('sans', 8.5));
    s.put(s.width / 2, 112, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 178, rng.pick(['检验报告单', '临床检验报告单', '检查检验报告单']), st('sansMedium', 13.5, { align: 'center', spacing: 5 }));
    s.put(x0, 150, `样本号：${rng.int(1, 600)}`, f);

    const [sex, age] = sexAge(doc);
    const stops = [x0, x0 + w * 0.26, x0 + w * 0.5, x0 + w * 0.74];
    s.line(x0, 214, right, 214, 2);
    let y = 214 + lh;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    const inpatient = rng.chance(0.4);
    row([['姓　名：', p.name], ['性　别：', sex], ['年　龄：', age], [inpatient ? '住院号：' : '门诊号：', doc.recordNo]]);
    row([['科　室：', doc.department], ['床　号：', inpatient ? doc.bed : '—'], ['申请医生：', doc.doctors.attending],
      ['类　别：', rng.pick(['常规', '急诊', '门诊慢特病'])]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    const dl = s.put(stops[2] ?? x0, y, '临床诊断：', b);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('，'), w * 0.5 - dl - 10, f, { keep: texts });
    lines.forEach((t, i) => s.put((stops[2] ?? x0) + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.3);
    s.line(x0, y, right, y, 1.2);

    // Two panels side by side, each its own table.
    const first = doc.labs[0] ?? labPanel(rng, doc.primary, 0);
    const other = doc.labs.find((q) => q.title !== first.title) ?? labPanel(rng, rng.pick(['DIABETES', 'URAEMIA_DIALYSIS'] as const), 1);
    const panels = rng.chance(0.5) ? [first, other] : [other, first];
    const gap = 34;
    const tw = (w - gap) / 2;
    const cols = [tw * 0.41, tw * 0.16, tw * 0.19, tw * 0.24] as const;
    const rowH = px(pt) * 1.75;
    const arrows = rng.chance(0.55);
    const shade = rng.pick(['#ececec', '#e4ecf4', '#f0ede4']);
    const top = y + lh * 1.2;
    const bottoms = panels.map((q, i) => sideTable(s, x0 + i * (tw + gap), top, cols,
      `【${q.title}】  标本：${SPECIMEN[q.title] ?? '血清'}`, q.rows, f, b, { rowH, arrows, shade }));
    y = Math.max(...bottoms) + lh * 1.3;
    s.put(x0, y, rng.pick(['备注：↑表示高于参考值，↓表示低于参考值。', '备注：H 偏高，L 偏低；结果仅供临床参考。']), st(face, 8.5, { color: '#444' }));
    y += lh * 1.5;

    // Times in one ruled row: 采样, 接收 (decoys) and the 报告日期 (truth).
    s.line(x0, y - lh * 0.8, right, y - lh * 0.8, 1);
    const full = rng.chance(0.5);
    const t = (iso: string, m: number): string => (full ? formatDate(iso, 'isoTime', m) : `${iso.slice(5)} ${clock(m)}`);
    s.pair(x0, y, '采样时间：', t(doc.dates.sample, doc.times.sample), b, f);
    s.pair(x0 + w * 0.34, y, '接收时间：', t(doc.dates.sample, doc.times.received), b, f);
    s.pair(x0 + w * 0.68, y, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'slash'] as const)), b, f);
    y += lh * 1.4;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.34, y, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.5)) s.pair(x0 + w * 0.68, y, '复核日期：', formatDate(addDays(doc.dates.report, rng.int(0, 1)), 'iso'), b, f);
    seal(s, x0 + w * 0.56, y - lh * 1.3, 92, doc.hospital.name, '检验专用章', rng);
    y += lh * 1.6;
    s.put(x0, y, '*本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st(face, 8.5, { color: '#444' }));
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2196, right, 2196, 1);
    s.put(x0, 2232, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2232, '第1页/共1页', { ...small, align: 'right' });
  },
};
