import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { countyWords } from './tune10-kit';
import { vitalsOf } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION'];
const COLS = 4;

/**
 * 高血压患者随访服务记录表 of the 国家基本公共卫生服务规范 (第三版), printed from a township 卫生院's 基本公卫 system for a
 * 家庭医生签约 resident: 姓名 (truth), 身份证号 (truth) and 编号 over a ruled grid whose four follow-up columns carry 随访日期, 随访方式, 症状, 体征
 * (血压, 体重, 心率), 生活方式指导, 服药依从性, 此次随访分类, 用药情况 and 下次随访日期; two to four columns are filled, oldest left.
 * The last filled column's 随访日期 is the visit (truth); the earlier columns' dates, every 下次随访日期 and the 建档日期 are decoys.
 * A 签约诊断 line above the grid names the managed diseases (counted). 随访医生签名 is written by hand in each filled column.
 */
export const tune25OutpatientHtnFollowup: Layout = {
  id: 'tune25-outpatient-htn-followup',
  kind: 'outpatient',
  split: 'tune',
  style: 'township 卫生院 基本公卫 高血压患者随访服务记录表: ruled grid, label column and four dated follow-up columns (2–4 filled), '
    + 'sans 9–9.5 pt, handwritten 随访医生签名 per column',
  exercises: ['随访日期 in the last filled column (truth) among earlier columns\' dates', '下次随访日期 in every column (decoy)',
    'blank columns to the right of the visit', '编号 / 建档日期 in the header (not truth)', '签约诊断 line (counted)',
    'values one column each: 血压 146/88mmHg, 体重, 心率', 'handwritten doctor names in the grid'],
  doc: (rng) => countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...TOWNSHIP, ...COUNTY], compoundSurnames: 0.05 }),
    rng, { outside: 0.1, avoid: /急性|不稳定/u }),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const pt = rng.pick([9, 9.5]);
    const f: Style = st('sans', pt);
    const lab: Style = st('sansMedium', pt);
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'dotPad', 'slash'] as const);
    const filled = rng.int(2, COLS);
    // Oldest left: quarterly, so the last filled column is the visit.
    const dates: string[] = [doc.dates.visit];
    while (dates.length < filled) dates.unshift(addDays(dates[0] ?? doc.dates.visit, -rng.int(80, 95)));
    const next = dates.map((d, i) => dates[i + 1] ?? addDays(d, rng.int(85, 92)));
    const vit = dates.map(() => vitalsOf(doc, rng));
    const tall = rng.range(1.55, 1.78);
    const kg = dates.map(() => rng.int(0, 3));
    const base = rng.int(55, 84);
    const bmi = (k: number): string => (k / tall / tall).toFixed(1);
    const meds = doc.medicines.filter((m) => /片|胶囊/u.test(m)).slice(0, 2);

    s.put(s.width / 2, 150, '高血压患者随访服务记录表', st('sansBold', 15, { align: 'center', spacing: 2 }));
    let y = 230;
    s.pair(x0, y, '姓名：', p.name, lab, st('sans', 10.5));
    s.pair(x0 + w * 0.3, y, '身份证号：', p.idNumber, lab, f);
    s.put(x0 + w, y, `编号 ${doc.recordNo.slice(-3)}-${String(rng.int(10000, 99999))}`, { ...f, align: 'right' });
    y += px(pt) * 2;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    const dx = doc.dx.western.filter((d) => d.key);
    s.diagnoses(dx);
    s.put(x0, y, `签约诊断：${dx.map((d) => d.text).join('，')}`, f);
    s.put(x0 + w, y, `建档日期：${formatDate(addDays(dates[0] ?? doc.dates.visit, -rng.int(300, 1500)), ds)}`, { ...f, align: 'right' });
    y += px(pt) * 1.2;

    const labW = 330;
    const cw = (w - labW) / COLS;
    const rowH = px(pt) * 2.05;
    const row = (label: string, vals: (i: number) => string, sub = ''): void => {
      s.rect(x0, y, labW, rowH, 1.6);
      const base = y + rowH / 2 + px(pt) * 0.36;
      if (sub) s.put(x0 + 14, base, sub, f);
      s.put(x0 + (sub ? labW - 14 : labW / 2), base, label, { ...lab, align: sub ? 'right' : 'center' });
      for (let i = 0; i < COLS; i += 1) {
        const cx = x0 + labW + cw * i;
        s.rect(cx, y, cw, rowH, 1.6);
        if (i < filled) s.put(cx + cw / 2, base, vals(i), { ...f, align: 'center' });
      }
      y += rowH;
    };
    row('随访日期', (i) => formatDate(dates[i] ?? '', ds));
    row('随访方式', (i) => (i === filled - 1 ? '1门诊' : rng.pick(['1门诊', '2家庭', '3电话'])));
    row('症状', () => rng.pick(['1无症状', '2头痛头晕', '1无症状', '3恶心呕吐']));
    row('血压(mmHg)', (i) => `${vit[i]?.sbp ?? 140}/${vit[i]?.dbp ?? 85}`, '体征');
    row('体重(kg)', (i) => `${base + (kg[i] ?? 0)}/${base - 3}`);
    row('体质指数', (i) => `${bmi(base + (kg[i] ?? 0))}/${bmi(base - 3)}`);
    row('心率(次/分)', (i) => `${vit[i]?.p ?? 76}`);
    row('日吸烟量(支)', () => `${rng.pick([0, 0, 5, 10])}/0`, '生活方式');
    row('运动', () => `${rng.pick([3, 5, 7])}次/周 ${rng.pick([20, 30])}分钟/次`);
    row('摄盐情况', () => rng.pick(['中/轻', '重/中', '轻/轻']));
    row('服药依从性', () => rng.pick(['1规律', '1规律', '2间断']));
    row('药物不良反应', () => '1无');
    row('此次随访分类', (i) => ((vit[i]?.sbp ?? 0) >= 140 ? '2控制不满意' : '1控制满意'));
    meds.forEach((m, k) => {
      const [name, ...dose] = m.split(' ');
      row(`药物名称${k + 1}`, () => name ?? '', k === 0 ? '用药情况' : '');
      row('用法用量', () => dose.join(' '));
    });
    row('转诊', () => '无');
    row('下次随访日期', (i) => formatDate(next[i] ?? '', ds));
    s.rect(x0, y, labW, rowH * 1.4, 1.6);
    s.put(x0 + labW / 2, y + rowH * 0.7 + px(pt) * 0.36, '随访医生签名', { ...lab, align: 'center' });
    for (let i = 0; i < COLS; i += 1) {
      const cx = x0 + labW + cw * i;
      s.rect(cx, y, cw, rowH * 1.4, 1.6);
      const who = i === filled - 1 ? doc.doctors.attending : rng.pick([doc.doctors.attending, doc.doctors.resident]);
      if (i < filled) handwritten(s, cx + cw / 2 - 50, y + rowH * 0.95, who, 11, rng);
    }
    y += rowH * 1.4 + px(8.5) * 2;
    const notes = ['填表说明：1.本表为高血压患者在接受随访服务时由医生填写。', '2.体征：体重斜线前填写目前情况，斜线后填写下次随访时应调整到的目标。',
      '3.下次随访日期：根据患者此次随访分类，确定下次随访日期，并告知患者。'];
    for (const n of notes) {
      s.put(x0, y, n, st('sans', 8.5, { color: '#444' }));
      y += px(8.5) * 1.6;
    }
    s.put(x0 + w, s.height - 120, `${doc.hospital.name}  基本公共卫生服务`, st('sans', 8.5, { color: '#444', align: 'right' }));
  },
};
