import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { mono } from './tune14-kit';
import { a1cRun, chromatogram, hospitalsB16, localB16 } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];
const ANALYSERS = ['Bio-Rad D-10', 'TOSOH HLC-723G8', 'ARKRAY HA-8180', 'Lifotronic H9'];

/**
 * 糖化血红蛋白检测报告单 of a Xinjiang / 兵团 / Hainan / Qinghai hospital lab whose HPLC analyser prints its run: barcode and 样本号,
 * borderless header with the 临床诊断 (counted), a ruled result table (NGSP %, IFCC mmol/mol, eAG), the chromatogram at the left
 * with the analyser's peak table beside it (a column read on its own), 上次结果 with its date (not truth), and 采样 / 接收 / 报告时间
 * at the foot (the 报告时间 is truth). No ID number.
 */
export const blind16Report1: Layout = {
  id: 'blind16-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / 兵团 / Hainan / Qinghai hospital 检验科 糖化血红蛋白 (HPLC) report: barcode, borderless header, ruled three-row '
    + 'result table, chromatogram beside a fixed-pitch peak table, times at the foot, sans or light sans 10–10.5 pt',
  exercises: ['报告时间 after 采样时间 and 接收时间 on one footer line (truth: 报告)', '上次结果 with an earlier date (not truth)',
    '临床诊断 run on one line (counted)', 'a chromatogram with axis numbers and peak names', 'peak table in fixed pitch as a side block',
    'no ID number'],
  doc: (rng) => localB16(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: hospitalsB16(['city', 'county'], ['新疆', '海南', '青海']), compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const run = a1cRun(doc.dx.keys.includes('DIABETES'), rng);
    const analyser = rng.pick(ANALYSERS);

    const sample = String(rng.int(1, 480)).padStart(4, '0');
    const bw = barcode(s, x0, 70, doc.recordNo, 56, 2.2);
    s.put(x0 + bw / 2, 150, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.put(right, 110, `样本号：${sample}`, st('sansMedium', 11, { align: 'right' }));
    s.put(s.width / 2, 215, `${doc.hospital.name}检验报告单`, st('sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 270, '糖化血红蛋白（HbA1c）测定 — 高效液相色谱法', st(face, 12, { align: 'center' }));
    s.line(x0, 300, right, 300, 2);

    const stops = [x0, x0 + w * 0.25, x0 + w * 0.47, x0 + w * 0.75];
    let y = 300 + lh * 1.05;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l, v, b, f));
      y += lh;
    };
    const outpatient = rng.chance(0.5);
    row([['姓　名：', p.name], ['性　别：', p.sex], ['年　龄：', `${p.age}岁`], [outpatient ? '门诊号：' : '住院号：', doc.recordNo]]);
    row([['科　室：', doc.department], ['床　号：', outpatient ? '—' : `${doc.bed}`], ['标本类型：', '全血(EDTA)'],
      ['送检医生：', doc.doctors.attending]]);
    const diag = doc.dx.western.map((d) => d.text).join('，');
    const dl = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0, y, w, diag, f, lh, { indent: dl, keep: doc.dx.western.map((d) => d.text) }) - lh * 0.5;
    s.diagnoses(doc.dx.western);
    s.line(x0, y, right, y, 1.2);
    y += lh;

    const cols = [0, 0.36, 0.52, 0.66, 0.86].map((k) => x0 + k * w);
    const line = (cells: readonly string[], style: Style): void => {
      cells.forEach((t, i) => s.put((cols[i] ?? x0) + 10, y, t, style));
      y += lh;
    };
    line(['检验项目', '结果', '提示', '单位', '参考区间'], b);
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 0.8);
    const high = run.a1c > 6;
    const ifcc = Math.round((run.a1c - 2.15) * 10.929);
    line(['糖化血红蛋白（HbA1c，NGSP）', run.a1c.toFixed(1), high ? '↑' : '', '%', '4.0-6.0'], f);
    line(['糖化血红蛋白（IFCC）', `${ifcc}`, ifcc > 42 ? '↑' : '', 'mmol/mol', '20-42'], f);
    line(['估算平均血糖（eAG）', (1.59 * run.a1c - 2.59).toFixed(1), '', 'mmol/L', '—'], f);
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2);
    const before = addDays(doc.dates.sample, -rng.int(60, 150));
    const last = (run.a1c + rng.range(-1.4, 1.2)).toFixed(1);
    s.put(x0 + 10, y + lh * 0.2, `上次结果：${last} %（${formatDate(before, 'iso')}）`, st(face, pt - 0.5, { color: '#333' }));
    y += lh * 1.6;

    s.put(x0, y, `色谱图（${analyser}）`, b);
    const cw = w * 0.58;
    const top = y + lh * 0.6;
    chromatogram(s, x0, top, cw, 560, run, st('sans', 8.5));
    s.block(() => {
      const tx = x0 + cw + 60;
      const pitch = 15;
      let ty = top + lh * 0.4;
      mono(s, tx, ty, 'Peak   R.T.   Area%', st('sansMedium', 9.5), pitch);
      ty += lh;
      for (const [name, time, area] of run.peaks) {
        mono(s, tx, ty, `${name.padEnd(6)} ${time.toFixed(2).padStart(5)}  ${area.toFixed(1).padStart(5)}`, st('sans', 9.5), pitch);
        ty += lh;
      }
      mono(s, tx, ty + lh * 0.3, `Total Area ${run.total}`, st('sans', 9.5), pitch);
      mono(s, tx, ty + lh * 1.3, `HbA1c  ${run.a1c.toFixed(1)} %`, st('sansMedium', 9.5), pitch);
    });
    y = top + 560 + lh * 2.6;
    s.put(x0, y, '备注：HbA1c反映近2～3个月平均血糖水平；血红蛋白变异体、贫血或近期输血可影响结果，请结合临床。', st(face, pt - 0.5));

    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const fy = 2080;
    s.line(x0, fy - lh, right, fy - lh, 1.2);
    const times: [string, string, number][] = [['采样时间：', doc.dates.sample, doc.times.sample],
      ['接收时间：', doc.dates.sample, doc.times.received], ['报告时间：', doc.dates.report, doc.times.report]];
    times.forEach(([l, d, m], i) => s.pair(x0 + (i * w) / 3, fy, l, formatDate(d, ts, m), b, f));
    s.note({ name: p.name, reportDate: doc.dates.report });
    const cwid = s.put(x0, fy + lh * 1.4, '检验者：', b);
    handwritten(s, x0 + cwid + 8, fy + lh * 1.4, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w / 3, fy + lh * 1.4, '审核者：', doc.doctors.checker, b, f);
    s.put(right, fy + lh * 1.4, '本报告仅对所检测标本负责', st(face, 9, { align: 'right', color: '#444' }));
  },
};
