import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { barcode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { printedOn } from './kit';
import { suited, wrap } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { bloodCount } from './tune14-kit';
import { fitted, GENERAL19, local19, TOWN19, urinalysis } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'HYPERTENSION',
  'HYPERTENSION', 'LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT', 'CORONARY_HEART_DISEASE'];
/** The counts a routine blood panel beside the urine prints (the five-part analyser's main ones). */
const BLOOD = ['WBC', 'NEUT%', 'LYMPH%', 'MONO%', 'EO%', 'BASO%', 'NEUT#', 'LYMPH#', 'RBC', 'HGB', 'HCT', 'MCV', 'MCH', 'MCHC', 'RDW-CV',
  'PLT', 'MPV', 'PCT'];

/**
 * 检验报告单 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital or 卫生院 LIS that prints 尿常规 and 血常规 of one visit on one
 * sheet: two narrow tables side by side (序 / 项目 / 结果 / a flag column a character wide / 参考值 / 单位), each read on its own,
 * flagged ↑ ↓ or H L, a diabetic's glucose and a kidney patient's protein graded 1+ to 4+. Borderless header with 身份证号 (truth)
 * and 临床诊断 (counted, wrapping); 采样 / 接收 (not truth) and 报告时间 (truth) ruled at the foot, 打印时间 later.
 */
export const tune19ReportUrineBlood: Layout = {
  id: 'tune19-report-urine-blood',
  kind: 'report',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county / 卫生院 LIS 检验报告单 with 尿常规 and 血常规 side by side: barcode, borderless header, '
    + 'two narrow ruled tables with a one-character flag column (↑ ↓ or H L), ruled time strip, sans or light sans 9–10 pt',
  exercises: ['two tables side by side, each read on its own: 尿液分析 (dry chemistry and sediment) and 血常规',
    'narrow flag columns: ↑ / ↓ or H / L beside the result; graded urine results 阴性(-) / ± / 1+ … 4+ with 阴性 ranges',
    'results that shrink to fit their narrow cells (平均红细胞血红蛋白浓度)', '身份证号 (truth) and 临床诊断 wrapping (counted)',
    '采样时间 / 接收时间 (not truth), 报告时间 (truth, the same day or the next morning)', '打印时间 later (not truth)'],
  doc: (rng) => {
    const doc = local19(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...GENERAL19, ...GENERAL19, ...TOWN19],
      compoundSurnames: 0.06 })), rng, { outside: 0.15, near: 0.1 }), rng);
    // Routine panels are out the same morning; a sample taken late is reported the next day.
    const late = rng.chance(0.2);
    const report = late ? addDays(doc.dates.sample, 1) : doc.dates.sample;
    const minutes = late ? rng.int(7 * 60 + 40, 9 * 60 + 20) : doc.times.received + rng.int(25, 120);
    return { ...doc, dates: { ...doc.dates, report }, times: { ...doc.times, report: minutes } };
  },
  draw(s, doc, rng) {
    s.ink = '#131313';
    const x0 = 96;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([9.5, 10]);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    const code = `${doc.recordNo.slice(3)}${rng.int(100, 999)}`;
    const bw = barcode(s, x0, 66, code, 54, 2);
    s.put(x0 + bw / 2, 144, code, st('sans', 8, { align: 'center' }));
    s.put(s.width / 2, 118, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 182, '检 验 报 告 单', st('sansMedium', 13.5, { align: 'center', spacing: 4 }));
    s.put(right, 118, `样本号：${rng.int(1, 600)}`, { ...f, align: 'right' });

    s.line(x0, 214, right, 214, 2);
    let y = 214 + lh;
    const stops = [0, 0.25, 0.5, 0.75].map((k) => x0 + k * w);
    const ward = rng.chance(0.4);
    const rows: (readonly [string, string])[][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['病人类型：', ward ? '住院' : '门诊']],
      [['科室：', doc.department], ['床号：', ward ? doc.bed : ''], ['病历号：', doc.recordNo], ['标本：', '尿液、全血']],
    ];
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    }
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[3] ?? x0, y, '送检医生：', doc.doctors.attending, b, f);
    y += lh;
    const texts = doc.dx.western.map((d) => d.text);
    const dw = s.put(x0, y, '临床诊断：', b);
    const lines = wrap(s, texts.join('，'), w - dw, f, { keep: texts });
    lines.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.35);
    s.line(x0, y, right, y, 1.4);

    // Two narrow tables, each read on its own.
    const letters = rng.chance(0.5);
    const flagOf = (r: LabRow): string => (letters ? { '↑': 'H', '↓': 'L', '': '' }[r.flag] : r.flag);
    const half = (w - 40) / 2;
    const cols = [0, 40, 0.4 * half, 0.56 * half, 0.62 * half, 0.84 * half];
    const small: Style = st(face, pt - 0.5);
    const top = y + lh * 0.95;
    const rowH = px(pt) * 1.6;
    const urine = urinalysis(doc, rng);
    const blood = bloodCount(rng, doc.primary, p.sex).filter((r) => BLOOD.includes(r.abbr));
    const panel = (x: number, title: string, items: readonly LabRow[]): number => {
      let py = top;
      s.block(() => {
        s.put(x, py, title, st('sansBold', pt));
        py += lh * 0.9;
        ['序', '项目', '结果', '', '参考值', '单位'].forEach((h, i) => s.put(x + (cols[i] ?? 0), py, h, b));
        s.line(x, py + rowH * 0.35, x + half, py + rowH * 0.35, 1);
        py += rowH * 1.15;
        items.forEach((r, i) => {
          const flag = flagOf(r);
          s.put(x, py, String(i + 1), small);
          fitted(s, x + (cols[1] ?? 0), py, r.name, small, (cols[2] ?? 0) - (cols[1] ?? 0) - 10);
          fitted(s, x + (cols[2] ?? 0), py, r.value, flag ? st('sansBold', pt - 0.5) : small, (cols[3] ?? 0) - (cols[2] ?? 0) - 4);
          if (flag) s.put(x + (cols[3] ?? 0), py, flag, st('sansBold', pt - 0.5));
          fitted(s, x + (cols[4] ?? 0), py, r.range, small, (cols[5] ?? 0) - (cols[4] ?? 0) - 10);
          fitted(s, x + (cols[5] ?? 0), py, r.unit, small, half - (cols[5] ?? 0));
          py += rowH;
        });
      });
      return py;
    };
    const end = Math.max(panel(x0, '尿液分析（干化学+有形成分）', urine), panel(x0 + half + 40, '血常规（五分类）', blood));
    s.line(x0 + half + 20, top - lh * 0.6, x0 + half + 20, end - rowH * 0.5, 1);
    y = end - rowH * 0.5;
    s.line(x0, y, right, y, 1.4);
    y += lh;
    s.put(x0, y, `备注：${letters ? 'H 偏高  L 偏低' : '↑ 偏高  ↓ 偏低'}；尿液标本请留取中段晨尿，本报告仅对所检标本负责。`,
      st(face, 8.5, { color: '#444' }));

    // The times and names, ruled.
    const fy = Math.max(y + lh * 2, 2060);
    const how = rng.pick(['iso', 'slash'] as const);
    const cells: [string, string][] = [['采样时间：', stamp(doc.dates.sample, doc.times.sample, how, 1)],
      ['接收时间：', stamp(doc.dates.sample, doc.times.received, how, 2)], ['报告时间：', stamp(doc.dates.report, doc.times.report, how, 3)],
      ['检验者：', doc.doctors.resident], ['审核者：', doc.doctors.checker],
      ['打印时间：', formatDate(printedOn(doc), how === 'iso' ? 'isoTime' : 'slashTime', doc.times.print)]];
    s.line(x0, fy - lh * 0.85, right, fy - lh * 0.85, 1.4);
    cells.forEach(([l, v], i) => s.pair(x0 + (i % 3) * (w / 3), fy + Math.floor(i / 3) * lh, l, v, st('sansMedium', 9), st(face, 9)));
    s.line(x0, fy + lh * 1.5, right, fy + lh * 1.5, 1.4);
    if (rng.chance(0.5)) seal(s, x0 + w * 0.8, fy - 50, 88, doc.hospital.name, '检验专用章', rng);
  },
};
