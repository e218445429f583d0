import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { barcode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para } from './tune6-kit';
import { CHEST23, local23 } from './tune23-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'URAEMIA_DIALYSIS', 'CEREBROVASCULAR_DISEASE'];
const TB = ['继发性肺结核', '继发性肺结核 涂阴', '肺结核（初治）', '结核性胸膜炎', '肺结核（复治）'];

/**
 * 结核病检验报告单 of a Henan / Hebei / Shandong city 传染病医院: barcode left, the hospital and 检验科 title centred, a borderless
 * four-column header (姓名 — truth —, 身份证号 — truth —, 结核科 ward and bed, 标本), 临床诊断 naming the tuberculosis first and the
 * patient's chronic diseases after it (all truth; only the catalogue ones counted), a ruled result table (T-SPOT.TB spots,
 * 抗酸染色, Xpert MTB/RIF, ESR, CRP, 血糖), and along the foot 采样 / 接收 / 报告时间 (报告 truth) with 检验者 / 审核者.
 */
export const tune23ReportTbLab: Layout = {
  id: 'tune23-report-tb-lab',
  kind: 'report',
  split: 'tune',
  style: 'Henan / Hebei / Shandong city 传染病医院 检验科 结核病检验报告单: barcode, borderless four-column header, 临床诊断 with the '
    + 'tuberculosis before the chronic diseases, ruled result table (T-SPOT, 抗酸染色, Xpert, ESR), times at the foot, sans 9.5–10.5 pt',
  exercises: ['临床诊断 mixing a non-catalogue disease (肺结核) with catalogue ones (counted)', '采样 / 接收 / 报告 times at the foot '
    + '(报告 truth)', 'qualitative results (阴性 / 阳性, 未检出) and spot counts', '结核科 ward and bed in the header'],
  doc: (rng) => local23(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: CHEST23 }), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const positive = rng.chance(0.6);
    const tb: Dx = { text: rng.pick(TB), key: null };
    const dx = [tb, ...doc.dx.western];

    barcode(s, x0, 80, doc.recordNo, 60, 2.5);
    s.put(x0, 172, doc.recordNo, st('sans', 9));
    s.put(s.width / 2, 130, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 200, '结核病检验报告单', st('sansBold', 14, { align: 'center', spacing: 4 }));
    s.put(right, 200, `No.${rng.int(1000, 9999)}`, { ...f, align: 'right' });
    s.line(x0, 235, right, 235, 2);

    let y = 235 + lh;
    const col = [0, 0.25, 0.5, 0.75].map((k) => x0 + k * w);
    const cells: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['住院号：', doc.recordNo]],
      [['科室：', `结核${rng.pick(['一', '二'])}科`], ['床号：', `${doc.bed}床`], ['标本：', rng.pick(['静脉血+痰', '痰+全血'])],
        ['送检医师：', doc.doctors.resident]],
    ];
    for (const row of cells) {
      row.forEach(([l, v], i) => s.pair(col[i]!, y, l, v, b, f));
      y += lh;
    }
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    y += lh;
    const dl = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0, y, w, dx.map((d) => d.text).join('；'), f, lh, { indent: dl }) - lh;
    s.diagnoses(dx);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 0.5;
    s.line(x0, y, right, y, 1.5);

    y += lh * 0.9;
    const cw = [0.07, 0.33, 0.26, 0.18, 0.16].map((k) => k * w);
    const colX = cw.map((_, i) => x0 + cw.slice(0, i).reduce((a, c) => a + c, 0));
    ['序号', '检验项目', '结果', '参考范围', '单位'].forEach((t, i) => s.put(colX[i]! + 8, y, t, b));
    s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 1);
    const spots = (): string => String(positive ? rng.int(12, 60) : rng.int(0, 5));
    const rows: [string, string, string, string][] = [
      ['结核感染T细胞检测 抗原A(ESAT-6)', spots(), '<6', 'SFCs/2.5×10^5'],
      ['结核感染T细胞检测 抗原B(CFP-10)', spots(), '<6', 'SFCs/2.5×10^5'],
      ['T-SPOT.TB 结论', positive ? '阳性' : '阴性', '阴性', ''],
      ['痰涂片抗酸染色', positive && rng.chance(0.5) ? `阳性（${rng.pick(['1+', '2+'])}）` : '阴性', '阴性', ''],
      ['结核分枝杆菌核酸(Xpert MTB/RIF)', positive ? '检出，利福平耐药未检出' : '未检出', '未检出', ''],
      ['红细胞沉降率(ESR)', `${rng.int(positive ? 30 : 8, positive ? 80 : 20)}`, '0-20', 'mm/h'],
      ['C反应蛋白(CRP)', rng.range(positive ? 12 : 1, positive ? 60 : 8).toFixed(1), '0-10', 'mg/L'],
      ['空腹血糖(GLU)', rng.range(doc.dx.keys.includes('DIABETES') ? 7.2 : 4.4, doc.dx.keys.includes('DIABETES') ? 13 : 6.1).toFixed(2),
        '3.9-6.1', 'mmol/L'],
    ];
    y += lh * 1.1;
    rows.forEach((r, i) => {
      [`${i + 1}`, ...r].forEach((t, j) => { if (t) s.put(colX[j]! + 8, y, t, j === 2 ? b : f); });
      y += lh;
    });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1);
    s.put(x0, y + lh * 0.2, '备注：T-SPOT.TB阳性提示结核感染，需结合临床；本报告仅对所检标本负责。', st('sans', pt - 1, { color: '#444' }));

    const by = Math.max(y + lh * 3, 1500);
    s.line(x0, by - lh, right, by - lh, 1.5);
    const times: [string, string, number][] = [
      ['采样时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample), 0],
      ['接收时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.received), 0.34],
      ['报告时间：', formatDate(doc.dates.report, 'isoTime', doc.times.report), 0.67],
    ];
    for (const [l, v, k] of times) s.pair(x0 + w * k, by, l, v, f);
    s.pair(x0, by + lh, '检验者：', doc.doctors.checker, f);
    s.pair(x0 + w * 0.34, by + lh, '审核者：', doc.doctors.director, f);
  },
};
