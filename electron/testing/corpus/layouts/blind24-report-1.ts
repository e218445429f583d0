import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { local24, pairRow, WEST24 } from './blind24-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS',
  'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'TRANSPLANT_ANTI_REJECTION', 'LEUKEMIA'];

/**
 * 检验报告单 of a county or city hospital in the northwest, north or Hainan, from its LIS: barcode and 标本号 at the top left, a
 * four-column header of pairs with the ID (truth) and 临床诊断 (counted), one table with a 上次结果 column headed by that
 * earlier day (not truth) and the 检测方法, then three times across the foot — 采集时间, 接收时间 (not truth), 报告时间 (truth) —
 * the 检验者 / 审核者 and a small red 检验专用章.
 */
export const blind24Report1: Layout = {
  id: 'blind24-report-1',
  kind: 'report',
  split: 'blind',
  style: 'northwest / north / Hainan LIS 检验报告单: barcode top left, four-column header, 上次结果 column, three times in the foot',
  exercises: ['上次结果 column headed with an earlier date (not truth)', '采集 / 接收 / 报告时间 across the foot (报告 is truth)',
    '临床诊断 in the header (counted)', '身份证号 in the header (truth)', 'red 检验专用章 over the signers'],
  doc: (rng) => local24(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: WEST24, compoundSurnames: 0.08 }), rng),
  draw(s, doc, rng) {
    const x0 = rng.pick([90, 105, 120]);
    const right = s.width - x0;
    const p = doc.patient;
    const face = rng.chance(0.5) ? 'sans' : 'serif';
    const lab = st(face, rng.pick([10.5, 11]));
    const val = st(face === 'sans' ? 'sansMedium' : 'serifSemi', lab.pt);

    const bw = barcode(s, x0, 100, doc.recordNo.slice(2), 56, 2);
    s.put(x0 + bw / 2, 190, `标本号：${doc.recordNo.slice(-5)}`, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', rng.pick([18, 19, 20]), { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 210, rng.pick(['检验报告单', '检 验 报 告 单', '临床检验报告']), st('sansBold', 15, { align: 'center', spacing: 4 }));
    s.put(right, 190, '第1页 共1页', st('sans', 9, { align: 'right' }));
    s.line(x0, 240, right, 240, 2.5);

    const w4 = (right - x0) / 4;
    const stops = [x0, x0 + w4, x0 + 2 * w4, x0 + 3 * w4];
    const rl = px(lab.pt) * 1.8;
    let y = 290;
    y = pairRow(s, stops, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['门诊/住院号：', doc.recordNo]], lab, val, rl);
    y = pairRow(s, stops, right, y, [['科室：', doc.department], ['床号：', rng.chance(0.5) ? doc.bed : ''], ['标本：', '血清'],
      ['送检医师：', doc.doctors.attending]], lab, val, rl);
    y = pairRow(s, [x0, x0 + 2 * w4], right, y, [['身份证号：', p.idNumber], ['临床诊断：', doc.dx.western.map((d) => d.text).join('，')]],
      lab, val, rl);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.diagnoses(doc.dx.western);

    const tb = y - rl * 0.4;
    s.line(x0, tb, right, tb, 2);
    const prior = addDays(doc.dates.sample, -rng.int(25, 120));
    const cols = [0, 0.05, 0.31, 0.41, 0.52, 0.59, 0.71, 0.86].map((f) => x0 + f * (right - x0));
    const hs = st('sansBold', lab.pt - 0.5);
    const heads = ['No', '项目名称', '代号', '结果', '提示', `上次(${formatDate(prior, 'iso').slice(5)})`, '参考区间', '单位'];
    y = tb + rl * 0.95;
    heads.forEach((h, i) => s.put(cols[i] ?? x0, y, h, hs));
    s.line(x0, y + rl * 0.4, right, y + rl * 0.4, 1);
    y += rl * 1.1;
    const cell = st(face, lab.pt);
    const rows = doc.labs.flatMap((l) => l.rows);
    rows.forEach((r, i) => {
      const before = (Number(r.value) * rng.range(0.85, 1.15)).toFixed(r.value.includes('.') ? r.value.split('.')[1]?.length ?? 0 : 0);
      const vals = [String(i + 1), r.name, r.abbr, r.value, r.flag === '↑' ? 'H' : r.flag === '↓' ? 'L' : '', before, r.range, r.unit];
      vals.forEach((v, k) => {
        const room = (cols[k + 1] ?? right) - (cols[k] ?? x0) - 10;
        let pt = cell.pt;
        while (pt > 8 && s.measure(v, { ...cell, pt }) > room) pt -= 0.5;
        s.put(cols[k] ?? x0, y, v, { ...cell, pt, ...(k === 4 && v ? { color: '#c01818' } : {}) });
      });
      y += rl * 0.95;
    });
    s.line(x0, y - rl * 0.45, right, y - rl * 0.45, 2);
    y += rl * 0.3;
    s.put(x0, y, `检测方法：${rng.pick(['酶法', '己糖激酶法', '速率法'])}  仪器：${rng.pick(['迈瑞BS-800', '贝克曼AU5800', '日立7600'])}`, st(face, 9.5));
    y += rl * 1.2;

    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const foot = st(face, rng.pick([9.5, 10]));
    const thirds = [x0, x0 + (right - x0) / 3, x0 + (2 * (right - x0)) / 3];
    pairRow(s, thirds, right, y, [['采集时间：', formatDate(doc.dates.sample, ts, doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, ts, doc.times.received)], ['报告时间：', formatDate(doc.dates.report, ts, doc.times.report)]],
    foot, foot, rl);
    y += rl;
    pairRow(s, thirds, right, y, [['检验者：', doc.doctors.resident], ['审核者：', doc.doctors.checker], ['', '']], foot, foot, rl);
    seal(s, (thirds[1] ?? x0) + rng.range(180, 260), y - rng.range(0, 30), 95, doc.hospital.name, '检验专用章', rng);
    y += rl * 1.2;
    s.put(x0, y, '※ 本报告仅对所检标本负责，如有疑问请在收到报告后7日内与检验科联系。', st(face, 9, { color: '#444' }));
  },
};
