import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, nameStamp } from '../marks';
import { physician } from '../people';
import type { LabRow } from '../labs';
import type { Layout } from '../types';
import { px, st } from './common';
import { HIS24 } from './tune24-kit';

/** The value that trips the critical-value rule, by disease. */
const CRITICAL: Partial<Record<DiseaseKey, LabRow>> = {
  DIABETES: { name: '葡萄糖', abbr: 'GLU', value: '28.64', flag: '↑', unit: 'mmol/L', range: '3.90-6.10' },
  URAEMIA_DIALYSIS: { name: '钾', abbr: 'K', value: '6.82', flag: '↑', unit: 'mmol/L', range: '3.50-5.30' },
  LEUKEMIA: { name: '血小板计数', abbr: 'PLT', value: '18', flag: '↓', unit: '×10^9/L', range: '125-350' },
  POST_ARTERIAL_STENT_ANTICOAGULATION: { name: '国际标准化比值', abbr: 'INR', value: '5.12', flag: '↑', unit: '', range: '0.80-1.20' },
};
const SPECIMEN: Record<string, string> = { PLT: '全血', INR: '血浆' };
const OTHER: LabRow = { name: '钾', abbr: 'K', value: '2.61', flag: '↓', unit: 'mmol/L', range: '3.50-5.30' };

/**
 * 检验报告单 of a city or county hospital's LIS with a critical value: sans 9.5–10.5 pt, a ruled table 序号 / 项目 / 缩写 / 结果 /
 * 提示 / 单位 / 参考区间 with the critical row marked 危, and under it the boxed 危急值 note — 已于 HH:MM 电话通知 the ward's nurse
 * (another person's name) — with its call time (decoy: the call goes out on the day of sampling, before the report is
 * signed). The foot holds 采样时间, 接收时间, 报告时间 (truth reportDate); 临床诊断 (counted: the main diagnosis only) is in the head.
 */
export const tune24ReportCriticalCall: Layout = {
  id: 'tune24-report-critical-call',
  kind: 'report',
  split: 'tune',
  style: 'city / county LIS 检验报告单 with a 危急值 row and a boxed 危急值 call note (call time, nurse who took it), sans ruled table, '
    + '采样 / 接收 / 报告 times at the foot',
  exercises: ['报告时间 among 采样 / 接收 times and the 危急值 通知时间 (truth reportDate)', '危 flag in a result row',
    'the nurse who took the call and the 报告人 (names that are not the patient)', '临床诊断 one line (counted)', '身份证号 beside it (truth)'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: HIS24, keys: ['DIABETES', 'DIABETES', 'URAEMIA_DIALYSIS', 'LEUKEMIA',
    'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HYPERTENSION'] }),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const f = st('sans', rng.pick([9.5, 10, 10.5]));
    const fb = st('sansBold', f.pt);
    const lh = px(f.pt) * 1.75;
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 16, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 230, '检 验 报 告 单', st('sansBold', 14, { align: 'center', spacing: 4 }));
    barcode(s, right - 330, 120, doc.recordNo.slice(2), 60, 2.5);
    let y = 310;
    const critical = CRITICAL[doc.primary] ?? OTHER;
    const cols = [0, 0.25, 0.5, 0.75].map((r) => x0 + w * r);
    const cells: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['标本：', SPECIMEN[critical.abbr] ?? '血清']],
      [['科室：', doc.department], ['床号：', `${doc.bed}床`], ['病历号：', doc.recordNo], ['送检医生：', doc.doctors.resident]],
    ];
    for (const row of cells) {
      row.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, f));
      y += lh;
    }
    s.put(x0, y, `临床诊断：${doc.dx.western[0]?.text ?? ''}`, f);
    s.pair(cols[2] ?? x0, y, '身份证号：', p.idNumber, f);
    s.diagnoses(doc.dx.western.slice(0, 1));
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 0.6;
    s.line(x0, y, right, y, 2.4);

    const panel = doc.labs[0];
    const rows = [...(panel?.rows ?? []).filter((r) => r.abbr !== critical.abbr)];
    rows.splice(rng.int(0, Math.min(2, rows.length)), 0, critical);
    const xs = [0, 0.07, 0.36, 0.5, 0.63, 0.69, 0.82].map((r) => x0 + w * r);
    y += lh;
    ['序号', '检验项目', '缩写', '结果', '提示', '单位', '参考区间'].forEach((t, i) => s.put(xs[i] ?? x0, y, t, fb));
    y += lh * 0.45;
    s.line(x0, y, right, y, 1.2);
    y += lh;
    rows.forEach((r, i) => {
      const hit = r === critical;
      const vals = [String(i + 1), r.name, r.abbr, r.value, hit ? `${r.flag}危` : r.flag, r.unit, r.range];
      vals.forEach((t, j) => s.put(xs[j] ?? x0, y, t, hit && (j === 3 || j === 4) ? fb : f));
      y += lh;
    });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1.2);

    // The critical-value note: called to the ward on the day of sampling, before the report was signed.
    const call = doc.times.received + rng.int(12, 40);
    const nurse = physician(rng, [p.name, doc.doctors.checker, doc.doctors.attending]);
    const boxTop = y + 10;
    s.rect(x0, boxTop, w, lh * 2.6, 2, '#b02020');
    const red = st('sansMedium', f.pt, { color: '#b02020' });
    s.put(x0 + 20, boxTop + lh, `危急值报告：${critical.name}（${critical.abbr}）${critical.value}${critical.unit}，已复查确认。`, red);
    s.put(x0 + 20, boxTop + lh * 2.1, `已于${formatDate(doc.dates.sample, rng.pick(['isoTime', 'cnTime'] as const), call)}电话通知临床，`
      + `接听人：${nurse}（护士）  报告人：${doc.doctors.checker}`, red);
    y = boxTop + lh * 2.6 + lh * 1.4;

    s.put(x0, y, '备注：本报告仅对所检标本负责，结果异常请结合临床。', st('sans', f.pt - 1, { color: '#444' }));
    y = Math.max(y + lh * 2, s.height - 380);
    s.line(x0, y - lh * 0.7, right, y - lh * 0.7, 1.6);
    const times: [string, string][] = [
      ['采样时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.received)],
      ['报告时间：', `${formatDate(doc.dates.report, 'iso')} ${clock(doc.times.report)}`],
    ];
    times.forEach(([l, v], i) => s.pair(x0 + i * w * 0.34, y, l, v, f));
    y += lh * 1.3;
    const cw = s.pair(x0, y, '检验者：', doc.doctors.checker, f);
    s.pair(x0 + w * 0.34, y, '审核者：', doc.doctors.director, f);
    nameStamp(s, x0 + cw + 120, y - 20, doc.doctors.checker, rng);
    s.put(x0 + w * 0.68, y, '（电子签名）', st('sans', f.pt - 1, { color: '#555' }));
  },
};
