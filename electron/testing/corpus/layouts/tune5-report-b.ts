import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { KEYS } from '../diseases';
import type { LabRow } from '../labs';
import { COUNTY, COUNTY_MORE, PROVINCES, TCM, TOWNSHIP } from '../hospitals';
import { barcode, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, reprinted } from './kit';
import { prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { earlierVisits } from './tune4-kit';
import { fitting } from './tune5-kit';

/** An earlier result of the same test, near this one (a patient's values drift, they do not jump). */
function before(rng: Rng, r: LabRow): string {
  const v = Number(r.value);
  if (!Number.isFinite(v)) return r.value;
  const digits = (r.value.split('.')[1] ?? '').length;
  return (v * rng.range(0.82, 1.15)).toFixed(digits);
}

/** Results the lab telephones to the ward (危急值): below the first or above the second bound. */
const CRITICAL: Record<string, readonly [number, number]> = {
  GLU: [2.8, 16.7], K: [2.8, 6.0], HGB: [60, 200], PLT: [30, 1000], WBC: [1.5, 30], INR: [0, 4], CREA: [0, 700], APTT: [0, 80],
};
const critical = (r: LabRow): boolean => {
  const [lo, hi] = CRITICAL[r.abbr] ?? [-Infinity, Infinity];
  return Number(r.value) < lo || Number(r.value) > hi;
};

const TITLE: Record<string, string> = { 糖代谢: '生化检验报告单', 血脂: '生化检验报告单', 肾功能: '生化检验报告单', 肝功能: '生化检验报告单',
  血常规: '血常规检验报告单', 凝血功能: '凝血功能检验报告单', 肿瘤标志物: '免疫检验报告单', 血药浓度: '血药浓度监测报告单' };

/**
 * LIS 检验报告单 of a county hospital with the patient's earlier results beside today's (上次结果 and 上上次结果, the
 * columns headed by their dates), half-width colons (病人姓名:张三), a barcode, a 危急值 call timed before the
 * report on some pages, and 采集 / 接收 / 报告 / 审核 times in a row (truth = 报告时间).
 */
export const tune5ReportLabHistory: Layout = {
  id: 'tune5-report-lab-history',
  kind: 'report',
  split: 'tune',
  style: 'County / TCM / township / other-province LIS 检验报告单 with 历史结果 columns: half-width colon labels, ruled table, serif or light sans 9.5–10.5 pt, barcode, 检验专用章',
  exercises: ['病人姓名:张三 with a half-width colon, 病 历 号 / 样本编号 / 条码号 digits', '身份证号 in the header', '临床诊断: naming the disease (counted)',
    'results with 上次结果 (2024-12-03) and 上上次结果 columns headed by earlier dates (not the report)', '↑ / ↓ flags beside 参考区间',
    '危急值 已电话通知 with a date and time before the report (some pages)', '采集时间 / 接收时间 / 报告时间 / 审核时间 in one ruled row (truth = 报告时间, up to three days after 采集)',
    '检验者 / 审核者 names, 检验专用章 seal over the times', '打印时间 and 第1页 共1页 footer (later)'],
  doc: (rng) => fitting(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM, ...TOWNSHIP, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.15 }),
  rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#121212';
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const face = serif ? 'serif' : 'sansLight';
    const bold = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.75;
    const panel = doc.labs[0] ?? { title: '血常规', rows: [] };

    const bw = barcode(s, right - 360, 70, doc.recordNo, 56, 2.4);
    s.put(right - 360 + bw / 2, 156, `条码号:${doc.recordNo}`, st('sans', 8, { align: 'center' }));
    s.put(x0 + 500, 125, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(x0 + 500, 195, TITLE[panel.title] ?? '检验报告单', st(serif ? 'serifBold' : 'sansBold', 14, { align: 'center', spacing: 2 }));

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.5);
    const col = [x0, x0 + 430, x0 + 780, x0 + 1110];
    const cells: (readonly [string, string])[][] = [
      [['病人姓名:', doc.patient.name], ['性    别:', sex], ['年    龄:', age], ['病人类型:', inpatient ? '住院' : '门诊']],
      [['病 历 号:', doc.recordNo], ['科    室:', doc.department], ['床    号:', inpatient ? doc.bed : ''],
        ['标本类型:', panel.title === '血常规' ? '全血' : rng.pick(['血清', '血清', '血浆'])]],
      [['身份证号:', doc.patient.idNumber], ['申请医生:', doc.doctors.attending], ['样本编号:', String(rng.int(1, 899))]],
    ];
    let y = 270;
    cells.forEach((row, r) => {
      row.forEach(([l, v], i) => {
        const at = r === 2 && i > 0 ? (col[i + 1] ?? x0) : (col[i] ?? x0);
        s.pair(at, y, l, v, b, r === 0 && i === 0 ? st(bold, pt + 1) : f);
      });
      y += lh;
    });
    const dw = s.put(x0, y, '临床诊断:', b);
    y = prose(s, x0, y, w, doc.dx.western.map((d) => d.text).join('，'), f, lh, { indent: dw, keep: doc.dx.western.map((d) => d.text) });
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    y -= lh * 0.45;
    s.line(x0, y, right, y, 2.2);

    const [older, last] = earlierVisits(rng, doc.dates.sample, 2);
    const hx = [x0 + 8, x0 + 80, x0 + 560, x0 + 700, x0 + 760, x0 + 960, x0 + 1130, x0 + 1300];
    y += lh;
    ['No', '检验项目', '结果', '', '参考区间', '单位', '上次结果', '上上次结果'].forEach((t, i) => s.put(hx[i] ?? x0, y, t, b));
    y += lh * 0.85;
    const dateStyle = st(face, pt - 1.5, { color: '#444' });
    s.put(hx[6] ?? x0, y, `(${formatDate(last ?? doc.dates.sample, 'iso')})`, dateStyle);
    s.put(hx[7] ?? x0, y, `(${formatDate(older ?? doc.dates.sample, 'iso')})`, dateStyle);
    y += lh * 0.4;
    s.line(x0, y, right, y, 1);
    for (const [i, r] of panel.rows.entries()) {
      y += lh;
      const flagged = r.flag !== '';
      [String(i + 1), `${r.name}(${r.abbr})`, r.value, r.flag, r.range, r.unit, before(rng, r), rng.chance(0.85) ? before(rng, r) : '']
        .forEach((t, j) => s.put(hx[j] ?? x0, y, t, flagged && (j === 2 || j === 3) ? b : f));
    }
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.6);

    const sampled = doc.times.sample;
    const alarm = panel.rows.find(critical);
    if (alarm && rng.chance(0.7)) {
      y += lh;
      const by = doc.dates.report === doc.dates.sample ? Math.min(doc.times.report - rng.int(20, 80), sampled + 150) : sampled + rng.int(60, 200);
      s.put(x0, y, `危急值：${alarm.name} ${alarm.value}${alarm.unit}，已于${formatDate(doc.dates.sample, 'isoTime', by)}电话通知临床（接听人：${doc.doctors.attending}）。`, f);
    }
    y += lh;
    s.put(x0, y, `备注：${rng.pick(['空腹采血', '标本无溶血、无脂血', '结果已复查'])}。`, f);

    const ty = Math.max(y + lh * 3, 1700);
    const ts = (d: string, m: number): string => formatDate(d, 'isoTime', m);
    s.line(x0, ty - lh, right, ty - lh, 1);
    s.pair(x0, ty, '采集时间:', ts(doc.dates.sample, sampled), b, f);
    s.pair(x0 + w / 2, ty, '接收时间:', ts(doc.dates.sample, doc.times.received), b, f);
    const rw = s.pair(x0, ty + lh, '报告时间:', ts(doc.dates.report, doc.times.report), b, f);
    s.pair(x0 + w / 2, ty + lh, '审核时间:', `${formatDate(doc.dates.report, 'iso')} ${clock(Math.min(doc.times.report + rng.int(2, 12), 23 * 60 + 50))}`, b, f);
    s.pair(x0, ty + lh * 2, '检验者:', doc.doctors.resident, b, f);
    s.pair(x0 + w / 2, ty + lh * 2, '审核者:', doc.doctors.checker, b, f);
    seal(s, x0 + rw * 0.7 + rng.range(-30, 30), ty + lh * 0.8 + rng.range(-20, 20), rng.range(100, 118), doc.hospital.name, '检验专用章', rng);
    s.put(x0, ty + lh * 3.4, '*本报告仅对所检标本负责，如有疑问请于3日内与检验科联系。', st(face, 8.5, { color: '#333' }));
    footer(s, reprinted({ ...doc, dates: { ...doc.dates, print: addDays(doc.dates.report, rng.int(0, 9)) } }),
      { y: 2240, style: st(face, 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
