import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId } from './kit';
import { suited } from './tune6-kit';
import { FAR19, local19, threeLine } from './blind19-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS',
  'URAEMIA_DIALYSIS', 'CEREBROVASCULAR_DISEASE', 'TRANSPLANT_ANTI_REJECTION', 'LEUKEMIA'];

/**
 * 检验报告单 of a far-province county or city laboratory (LIS): the name and 检验报告单 centred in serif with the panel in
 * brackets, a barcode at the right, the patient in three unruled rows of four (姓名 truth; the ID masked, so null, or left
 * out; 临床诊断 — counted), the results as a 三线表 with H / L letters, two panels one after the other, and a foot row of
 * 申请时间 / 采集时间 / 接收时间 (decoys) and 报告时间 (truth), 检验者 and 审核者 by hand, a 打印 line (decoy).
 */
export const blind19Report1: Layout = {
  id: 'blind19-report-1',
  kind: 'report',
  split: 'blind',
  style: 'far-province LIS 检验报告单: serif title, unruled 3×4 header, results as a 三线表 with H/L, four times at the foot, 9.5–11 pt',
  exercises: ['临床诊断 in the header (counted)', 'masked or absent ID (null)', 'two panels in one 三线表 with H / L flags',
    '申请 / 采集 / 接收 / 报告时间 in one foot row (报告时间 truth)', '检验者 / 审核者 handwritten', '打印时间 (not truth)'],
  doc: (rng) => local19(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: FAR19, compoundSurnames: 0.1 })), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const pt = rng.pick([9.5, 10, 10.5, 11]);
    const serifBody = rng.chance(0.35);
    const f = st(serifBody ? 'serif' : 'sans', pt);
    const b = st(serifBody ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const panels = doc.labs.filter((l) => l.rows.length > 0);
    const title = panels.map((l) => l.title).join('+') || '生化';

    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', rng.pick([18, 20]), { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 215, `检验报告单（${title}）`, st('serifBold', 15, { align: 'center' }));
    const bw = barcode(s, x0 + w - 290, 80, doc.recordNo.slice(2), 55, 2.2);
    s.put(x0 + w - 290 + bw / 2, 160, doc.recordNo.slice(2), st('sans', 8.5, { align: 'center' }));
    s.put(x0, 215, `No.${rng.int(1, 380)}`, st('sans', 9.5));

    const idShown = rng.chance(0.6);
    const two = doc.dx.western.slice(0, 2);
    const fits = s.measure(`临床诊断：${two.map((d) => d.text).join('，')}`, f) < 950;
    const dx = fits ? two : two.slice(0, 1);
    s.diagnoses(dx);
    const grid: (readonly [string, string])[][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['标本类型：', rng.pick(['血清', '静脉血'])]],
      [['科别：', doc.department], ['床号：', rng.chance(0.5) ? doc.bed : '门诊'], ['病历号：', doc.recordNo],
        ['送检医师：', doc.doctors.attending]],
    ];
    const cols = [x0, x0 + 360, x0 + 660, x0 + 980];
    let y = 300;
    for (const r of grid) {
      r.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, f));
      y += lh;
    }
    s.pair(x0, y, '临床诊断：', dx.map((d) => d.text).join('，'), f);
    if (idShown) s.pair(cols[3] ?? x0, y, '证件号：', maskedId(p.idNumber), f);
    y += lh * 0.5;
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });

    const flag = (v: '' | '↑' | '↓'): string => (v === '↑' ? 'H' : v === '↓' ? 'L' : '');
    const rows = panels.flatMap((l) => l.rows).map((r, i) => [String(i + 1), r.name, r.abbr, r.value, flag(r.flag), r.unit, r.range]);
    y = threeLine(s, x0, y, [{ head: '序号', w: 100, center: true }, { head: '项目名称', w: 420 }, { head: '英文缩写', w: 200 },
      { head: '结果', w: 170, center: true }, { head: '提示', w: 110, center: true }, { head: '单位', w: 190 },
      { head: '参考区间', w: w - 1190 }], rows, b, f, lh);
    y += lh;
    s.put(x0, y, rng.pick(['备注：H 偏高  L 偏低', '备注：结果异常请结合临床。']), st(f.face, pt - 1, { color: '#333' }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);
    const apply = addDays(doc.dates.sample, rng.chance(0.5) ? 0 : -1);
    const fy = Math.max(y + lh * 2, 1960);
    s.line(x0, fy - lh * 0.8, x0 + w, fy - lh * 0.8, 1.6);
    const small = st(f.face, pt - 0.5);
    const times: [string, string, number][] = [['申请时间：', apply, doc.times.sample - 40], ['采集时间：', doc.dates.sample, doc.times.sample],
      ['接收时间：', doc.dates.sample, doc.times.received], ['报告时间：', doc.dates.report, doc.times.report]];
    times.forEach(([l, d, m], i) => s.put(x0 + (i % 2) * 720, fy + Math.floor(i / 2) * lh, l + formatDate(d, ds, Math.max(m, 0)), small));
    const sy = fy + lh * 2.2;
    s.put(x0, sy, '检验者：', small);
    handwritten(s, x0 + s.measure('检验者：', small) + 8, sy, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + 720, sy, '审核者：', small);
    handwritten(s, x0 + 720 + s.measure('审核者：', small) + 8, sy, doc.doctors.checker, pt * 1.3, rng);
    const note = st('sans', 8.5, { color: '#555' });
    s.put(x0, 2220, '* 本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', note);
    s.put(x0 + w, 2220, `打印：${formatDate(addDays(doc.dates.report, rng.int(0, 6)), 'slash')}`, { ...note, align: 'right' });
  },
};
