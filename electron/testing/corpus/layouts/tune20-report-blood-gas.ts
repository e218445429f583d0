import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { barcode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { printedOn } from './kit';
import { lungTumour, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { mono } from './tune14-kit';
import { bloodGas, local20, MONGOLIA20, NORTHEAST20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'MALIGNANT_TUMOR_OUTPATIENT', 'HYPERTENSION', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 血气分析报告单 of a Heilongjiang / Jilin / Liaoning county hospital's or an Inner Mongolian banner hospital's ICU or 急诊科 LIS: the
 * patient in borderless rows (身份证号 — truth — and 临床诊断, counted, wrapping), the analyser's entered temperature and FiO2, and a
 * bordered four-column table 项目 | 结果 | 单位 | 参考范围 split into 测定值 and 计算值, the results at the analyser's fixed pitch
 * with ↑ / ↓. A row of three times — 采样, 检测 (minutes later, not truth) and 报告 (truth, the same day) — 检验者 / 审核者, a later
 * 打印时间 in the footer (not truth).
 */
export const tune20ReportBloodGas: Layout = {
  id: 'tune20-report-blood-gas',
  kind: 'report',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county or Inner Mongolia banner hospital ICU / 急诊 血气分析报告单: centred letterhead, barcode, '
    + 'borderless header, entered-parameters line, bordered four-column table (reference range in the fourth) with 测定值 / 计算值 bands, '
    + 'fixed-pitch results, sans or serif 10–10.5 pt',
  exercises: ['arterial blood gas and electrolytes: pH, pCO2, pO2, Na+, K+, Ca++, Glu, Lac, HCO3-act, BE(B), SO2, AG, pO2/FiO2',
    'bordered four-column table 项目 | 结果 | 单位 | 参考范围 with 测定值 / 计算值 bands; ranges 7.35-7.45, -3.0~+3.0, >300',
    'results at a fixed pitch with ↑ / ↓', '体温 37.0℃ / FiO2 29% / 采血部位 entered line (numbers that are not dates)',
    '采样时间 and 检测时间 minutes before the 报告时间 (truth), the same day', '身份证号 in the header; 临床诊断 comma-run (counted)',
    '检验者 / 审核者 names, 打印时间 later in the footer (not truth)'],
  doc: (rng) => {
    const doc = local20(lungTumour(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...NORTHEAST20, ...MONGOLIA20],
      compoundSurnames: 0.05 })), rng, { outside: 0.25, near: 0.1 }), rng), rng);
    const ward = rng.pick(['重症医学科', '急诊科', doc.department]);
    return { ...doc, department: ward, dates: { ...doc.dates, report: doc.dates.sample },
      times: { ...doc.times, received: doc.times.sample + rng.int(3, 12), report: doc.times.sample + rng.int(15, 45) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const [sex, age] = sexAge(doc);

    const code = `${doc.recordNo.slice(3)}${rng.int(100, 999)}`;
    const bw = barcode(s, right - 320, 70, code, 54, 2.2);
    s.put(right - 320 + bw / 2, 150, code, st('sans', 8.5, { align: 'center' }));
    s.put(x0, 110, `标本号：${rng.int(1, 60)}`, f);
    s.put(s.width / 2, 205, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 268, rng.pick(['血气分析报告单', '动脉血气分析检验报告单']), st(serif ? 'serifBold' : 'sansBold', 14,
      { align: 'center', spacing: 3 }));
    s.line(x0, 300, right, 300, 2);

    const stops = [0, 0.27, 0.5, 0.74].map((k) => x0 + k * w);
    let y = 300 + lh;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['病历号：', doc.recordNo]]);
    row([['科室：', doc.department], ['床号：', `${doc.bed}`], ['标本：', '动脉血'], ['送检医生：', doc.doctors.attending]]);
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    const dl = s.put(stops[2] ?? x0, y, '临床诊断：', b);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('，'), right - (stops[2] ?? x0) - dl, f, { keep: texts });
    lines.forEach((t, i) => s.put((stops[2] ?? x0) + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.35);
    s.line(x0, y, right, y, 1.2);

    const gas = bloodGas(doc, rng);
    y += lh;
    gas.entered.forEach(([l, v], i) => s.pair(x0 + i * w * 0.25, y, `${l}：`, v, b, f));
    y += lh * 0.6;

    // The four-column table, 测定值 and 计算值 in bands.
    const cols = [w * 0.38, w * 0.2, w * 0.17, w * 0.25];
    const rh = px(pt) * 1.85;
    const pitch = px(pt) * 0.62;
    const cellText = (x: number, cy: number, text: string): number => s.put(x + 16, cy + rh / 2 + px(pt) * 0.36, text, f);
    const line = (cy: number, r: LabRow): void => {
      let cx = x0;
      cols.forEach((cw) => {
        s.rect(cx, cy, cw, rh, 1.2);
        cx += cw;
      });
      cellText(x0, cy, `${r.name}(${r.abbr})`);
      mono(s, x0 + (cols[0] ?? 0) + 16, cy + rh / 2 + px(pt) * 0.36, `${r.value.padStart(7)} ${r.flag || ' '}`, f, pitch);
      cellText(x0 + (cols[0] ?? 0) + (cols[1] ?? 0), cy, r.unit);
      cellText(x0 + (cols[0] ?? 0) + (cols[1] ?? 0) + (cols[2] ?? 0), cy, r.range);
    };
    const shade = rng.pick(['#ececec', '#e8eef4']);
    y = s.grid(x0, y, rh, [[{ text: '项目', w: cols[0] ?? 0, label: true }, { text: '结果', w: cols[1] ?? 0, label: true },
      { text: '单位', w: cols[2] ?? 0, label: true }, { text: '参考范围', w: cols[3] ?? 0, label: true }]], f, { shade, label: b, border: 1.2 });
    for (const [band, rows] of [['测定值', gas.measured], ['计算值', gas.calculated]] as const) {
      s.g.fillStyle = '#f6f6f6';
      s.g.fillRect(x0, y, w, rh);
      s.rect(x0, y, w, rh, 1.2);
      s.put(x0 + 16, y + rh / 2 + px(pt) * 0.36, `【${band}】`, b);
      y += rh;
      for (const r of rows) {
        line(y, r);
        y += rh;
      }
    }

    y += lh * 1.2;
    const when = (m: number): string => `${formatDate(doc.dates.sample, 'iso')} ${clock(Math.min(m, 23 * 60 + 59))}`;
    s.pair(x0, y, '采样时间：', when(doc.times.sample), b, f);
    s.pair(x0 + w * 0.34, y, '检测时间：', when(doc.times.received), b, f);
    s.pair(x0 + w * 0.67, y, '报告时间：', when(doc.times.report), b, f);
    y += lh * 1.4;
    s.pair(x0, y, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.34, y, '审核者：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.67, y, '仪器：', rng.pick(['GEM Premier 3500', 'ABL90 FLEX', 'i-STAT 300']), b, f);
    if (rng.chance(0.4)) seal(s, x0 + w * 0.5, y - lh * 0.4, 92, doc.hospital.name, '检验专用章', rng);
    y += lh * 1.5;
    s.put(x0, y, '备注：结果仅对本次标本负责，请结合临床；标本采集后请于30分钟内送检。', st(f.face, 9, { color: '#444' }));

    const small = st(f.face, 8.5, { color: '#444' });
    const printed = rng.chance(0.5) ? printedOn(doc) : addDays(doc.dates.report, rng.int(1, 6));
    s.line(x0, 2190, right, 2190, 1);
    s.put(x0, 2226, `打印时间：${formatDate(printed, 'isoTime', doc.times.print)}`, small);
    s.put(right, 2226, '第1页/共1页', { ...small, align: 'right' });
  },
};
