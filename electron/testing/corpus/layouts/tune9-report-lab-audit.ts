import { makeDoc } from '../case';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, printedOn } from './kit';
import { labelRowTable } from './tune3-kit';
import { suited, wrap } from './tune6-kit';
import { PRIVATE, spaced, stamp, type Stamp } from './tune9-kit';

/** Whose blood a county or private lab runs most: sugar, kidneys, lipids, clotting of the anticoagulated. */
const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'HYPERTENSION', 'URAEMIA_DIALYSIS', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA', 'HEMOPHILIA'];

/**
 * 检验报告单 of a county, township or private hospital LIS: the patient in a bordered table with its labels in a shaded row
 * over the values (姓  名 | 性  别 | 年  龄 | 科  别 | 床  号 | 标本类型 | 标本号), 临床诊断 in a wide cell, a combined panel
 * ruled without verticals, and four times under it — 采样 / 接收 / 检验 / 审核, to the second — with no 报告时间: the review
 * is when the report is released (truth), the test itself on the day of sampling.
 */
export const tune9ReportLabAudit: Layout = {
  id: 'tune9-report-lab-audit',
  kind: 'report',
  split: 'tune',
  style: 'County / township / private hospital LIS 检验报告单: label-over-value header table with spaced labels, '
    + 'combined panel ruled without verticals, 采样 / 接收 / 检验 / 审核 times with seconds, sans 9.5–10.5 pt',
  exercises: ['labels spread over their boxes in a shaded row over the values: 姓  名 | 性  别 | 年  龄 | 科  别 | 床  号 | 标本类型 | 标 本 号',
    '身份证号 | 病 历 号 | 送检医师 in a second label row', '临床诊断 in a wide bordered cell, wrapped (counted)',
    'a combined panel (血脂+肾功能, 凝血功能+血常规 …) with English abbreviations, ↑ ↓ flags and reference ranges',
    '采样时间 / 接收时间 / 检验时间 / 审核时间 with seconds in a 2 × 2 block, no 报告时间: 审核时间 is the report (truth); '
      + '检验 on the sampling day even when the review is days later',
    '检验者 and 审核者 names beside the times, 检验专用章 on some pages', '打印时间 (later) in the footer, barcode with 条码号'],
  doc: (rng) => suited(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP.filter((h) => h.name.includes('卫生院')), ...PRIVATE],
    compoundSurnames: 0.1 }), rng, COUNTY)),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const strong = st('sansBold', pt);
    const lh = px(pt) * 1.8;
    const wide = rng.chance(0.3);
    const sp = (l: string): string => spaced(l, wide);

    const code = `${doc.recordNo.slice(4)}${rng.int(100, 999)}`;
    const bw = barcode(s, right - 330, 70, code, 60, 2.4);
    s.put(right - 330 + bw / 2, 162, `条码号：${code}`, st('sans', 8.5, { align: 'center' }));
    s.put(x0, 120, doc.hospital.name, st('sansBold', 17, { spacing: 2 }));
    s.put(x0, 185, rng.pick(['检验报告单', '临床检验报告单', '检验科报告单']), st('sansMedium', 14, { spacing: 4 }));

    const [sex, age] = sexAge(doc);
    const shade = rng.pick(['#ececec', '#e9eef4']);
    const inpatient = rng.chance(0.6);
    const sample = doc.dx.keys.some((k) => k === 'HEMOPHILIA' || k === 'POST_ARTERIAL_STENT_ANTICOAGULATION') ? '静脉血（枸橼酸钠）' : '静脉血';
    let y = labelRowTable(s, x0, 225, [
      { label: sp('姓名'), value: doc.patient.name, w: 210 }, { label: sp('性别'), value: sex, w: 130 },
      { label: sp('年龄'), value: age, w: 140 },
      { label: sp('科别'), value: doc.department, w: 250 }, { label: sp('床号'), value: inpatient ? doc.bed : '', w: 130 },
      { label: '标本类型', value: sample, w: w - 1030 }, { label: spaced('标本号', false), value: String(rng.int(1, 560)), w: 170 },
    ], b, f, { shade, border: 1.4 });
    y = labelRowTable(s, x0, y, [
      { label: '身份证号', value: doc.patient.idNumber, w: 520 }, { label: spaced('病历号', false), value: doc.recordNo, w: 340 },
      { label: '送检医师', value: doc.doctors.attending, w: 260 }, { label: '就诊类型', value: inpatient ? '住院' : '门诊', w: w - 1120 },
    ], b, f, { shade, border: 1.4 });
    const texts = doc.dx.western.map((d) => d.text);
    const labelW = 200;
    const lines = wrap(s, texts.join('；'), w - labelW - 30, f, { keep: texts });
    const cellH = lines.length * lh + px(pt) * 0.9;
    s.g.fillStyle = shade;
    s.g.fillRect(x0, y, labelW, cellH);
    s.rect(x0, y, labelW, cellH, 1.4);
    s.rect(x0 + labelW, y, w - labelW, cellH, 1.4);
    s.put(x0 + labelW / 2, y + cellH / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + labelW + 15, y + px(pt) * 0.45 + lh * (i + 0.72), t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y += cellH + lh * 1.2;

    const panels = doc.labs.filter((p, i) => i === 0 || p.title !== doc.labs[0]?.title);
    s.pair(x0, y, '检验项目：', panels.map((p) => p.title).join('+'), b, f);
    y += lh * 0.6;
    const cols = [0, 80, 520, 760, 910, 990, 1240];
    s.line(x0, y, right, y, 1.8);
    const hy = y + lh * 0.8;
    ['序号', '检验项目', '英文缩写', '结果', '提示', '参考区间', '单位'].forEach((t, i) => s.put(x0 + 10 + (cols[i] ?? 0), hy, t, b));
    y += lh * 1.15;
    s.line(x0, y, right, y, 1);
    const rows = panels.flatMap((p) => p.rows);
    rows.forEach((r, i) => {
      const ry = y + lh * (i + 0.85);
      [String(i + 1), r.name, r.abbr, r.value, r.flag, r.range, r.unit]
        .forEach((t, j) => s.put(x0 + 10 + (cols[j] ?? 0), ry, t, r.flag && (j === 3 || j === 4) ? strong : f));
    });
    y += lh * (rows.length + 0.4);
    s.line(x0, y, right, y, 1.8);
    y += lh * 1.5;

    // 检验 on the sampling day (between receipt and review when they fall on the same day); 审核 the truth.
    const how: Stamp = rng.pick(['iso', 'iso', 'slash', 'cn'] as const);
    const same = doc.dates.report === doc.dates.sample;
    const tested = same ? doc.times.received + Math.max(5, Math.floor((doc.times.report - doc.times.received) * rng.range(0.2, 0.6)))
      : doc.times.received + rng.int(20, 90);
    const half = x0 + w / 2;
    s.pair(x0, y, '采样时间：', stamp(doc.dates.sample, doc.times.sample, how), b, f);
    s.pair(half, y, '接收时间：', stamp(doc.dates.sample, doc.times.received, how, 1), b, f);
    y += lh * 1.1;
    s.pair(x0, y, '检验时间：', stamp(doc.dates.sample, tested, how, 2), b, f);
    const rw = s.pair(half, y, rng.pick(['审核时间：', '审核日期：']), stamp(doc.dates.report, doc.times.report, how, 3), b, f);
    y += lh * 1.1;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(half, y, '审核者：', doc.doctors.checker, b, f);
    if (rng.chance(0.5)) seal(s, half + rw * 0.7 + rng.range(-20, 20), y - lh + rng.range(-10, 10), 95, doc.hospital.name, '检验专用章', rng);
    y += lh * 1.4;
    s.put(x0, y, '备注：本报告仅对所检标本负责，结果供临床参考。如有疑问请于3日内与检验科联系。', st(face, 8.5, { color: '#444' }));

    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2185, right, 2185, 1);
    s.put(x0, 2222, `打印时间：${stamp(printedOn(doc), doc.times.print, how === 'cn' ? 'iso' : how, 4)}`, small);
    s.put(right, 2222, `检验科电话：${doc.hospital.phone}\u3000第1页/共1页`, { ...small, align: 'right' });
  },
};
