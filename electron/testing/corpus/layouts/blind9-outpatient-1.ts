import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { drug } from './tune3-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { withCode } from './tune11-kit';
import { EAST9, local9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION'];
const PAIRS: readonly [DateStyle, DateStyle][] = [['isoTime', 'iso'], ['slashTime', 'slash'], ['cnTime', 'cn']];

/**
 * 门诊病历 printed from the EMR of a Zhejiang, Jiangsu or Fujian county-level city hospital: name at the left, 门诊病历 and a
 * 就诊号 barcode at the right, a borderless three-column header under a double rule (姓名, 就诊日期 with the time — truth —,
 * 身份证号 — truth —, 医保类型), then labels in a column of their own with the text wrapping beside them. Decoys: an earlier
 * 复查 date inside 现病史, a small 辅助检查 table of results dated days or weeks before the visit, the 预约复诊 date, the 打印时间,
 * the 病历号 and 就诊号 digits. 诊断 with ICD codes (counted). Light serif, serif or sans 10–10.5 pt.
 */
export const blind9Outpatient1: Layout = {
  id: 'blind9-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Zhejiang / Jiangsu / Fujian county-level city hospital EMR 门诊病历: barcode at the right, borderless three-column header, '
    + 'label column with wrapped text, dated 辅助检查 table, light serif / serif / sans 10–10.5 pt',
  exercises: ['就诊日期 with the time in a borderless header (truth)', 'earlier dates in 现病史 and the 辅助检查 table (not the visit)',
    '预约复诊 date and 打印时间 (not the visit)', '诊断 with ICD codes in brackets (counted)'],
  doc: (rng) => {
    const d = local9(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: EAST9, compoundSurnames: 0.05 })), rng,
      { outside: 0.3, near: 0.2, avoid: /急性|不稳定|恢复期/u }), rng);
    return { ...settled(d), complaint: followUp(d) };
  },
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['serifLight', 'serif', 'sans'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st(face === 'sans' ? 'sansMedium' : 'serifSemi', pt);
    const grey = st(face, pt, { color: '#555' });
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const [timed, day] = rng.pick(PAIRS);

    s.put(x0, 150, doc.hospital.name, st('serifBold', 19, { spacing: 2 }));
    s.put(x0, 205, doc.hospital.address, st(face, 9.5, { color: '#444' }));
    s.put(right, 120, '门 诊 病 历', st('serifBold', 16, { align: 'right', spacing: 4 }));
    const no = `${doc.dates.visit.slice(2, 4)}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    const bw = barcode(s, right - 290, 145, no, 46, 2);
    s.put(right - 290 + bw / 2, 222, `就诊号：${no}`, st('sans', 9, { align: 'center' }));
    s.line(x0, 245, right, 245, 2.6);
    s.line(x0, 252, right, 252, 1);

    const cols = [x0, x0 + w * 0.36, x0 + w * 0.7];
    const cell = (i: number, y: number, label: string, value: string): number => s.pair(cols[i] ?? x0, y, label, value, grey, f);
    let y = 310;
    cell(0, y, '姓　　名：', p.name);
    cell(1, y, '性　　别：', p.sex);
    cell(2, y, '年　　龄：', `${p.age}岁`);
    y += lh;
    cell(0, y, '就诊科室：', doc.department);
    cell(1, y, '就诊日期：', formatDate(doc.dates.visit, timed, doc.times.visit));
    cell(2, y, '就诊类型：', rng.pick(['复诊', '慢病复诊']));
    y += lh;
    cell(0, y, '身份证号：', p.idNumber);
    cell(1, y, '医保类型：', rng.pick(['职工医保', '城乡居民医保', '职工医保（省内异地）']));
    cell(2, y, '病 历 号：', doc.recordNo);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y + lh * 0.6, right, y + lh * 0.6, 1.2, '#666');
    y += lh * 1.8;

    const lw = s.measure('体格检查：', b) + 20;
    const row = (label: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, label, b);
      y = para(s, x0 + lw, y, w - lw, text, f, lh, { keep }) + lh * 0.3;
    };
    const seen = addDays(doc.dates.visit, -rng.int(20, 120));
    const seenText = formatDate(seen, day);
    const lab = doc.labs[0]?.rows[0];
    row('主　　诉：', `${doc.complaint}。`);
    row('现 病 史：', `患者长期于我科门诊随访，规律服用${doc.medicines.slice(0, 2).join('、')}。${seenText}复查${lab ? `${lab.name}${lab.value}${lab.unit}`
      : '相关指标'}，${rng.pick(['控制欠佳', '较前好转', '波动明显'])}。近期无胸痛、晕厥，饮食睡眠可，二便无殊。`, [seenText]);
    row('既 往 史：', `${doc.history.past}；${denial(doc, rng)}。`);
    row('过 敏 史：', rng.pick(['否认药物及食物过敏史。', '青霉素过敏。', '磺胺类药物过敏。']));
    row('体格检查：', `T ${(36.2 + rng.int(0, 6) / 10).toFixed(1)}℃，P ${rng.int(62, 92)}次/分，BP ${rng.int(122, 168)}/${rng.int(70, 98)}mmHg。`
      + '神清，心肺听诊无殊，双下肢无浮肿。');

    s.put(x0, y, '辅助检查：', b);
    const tests = [...(doc.labs[0]?.rows.slice(1, 3) ?? []), ...(doc.labs[1]?.rows.slice(0, 1) ?? [])];
    const tcols = [250, 470, 300];
    const back = [rng.int(3, 15), rng.int(16, 60), rng.int(3, 60)].sort((a, c) => a - c);
    y = s.grid(x0 + lw, y - lh * 0.7, px(pt) * 1.8, [
      ['检查日期', '项目', '结果'].map((text, i) => ({ text, w: tcols[i] ?? 0, label: true })),
      ...tests.map((r, k) => [formatDate(addDays(doc.dates.visit, -(back[k] ?? 7)), day), r.name, `${r.value} ${r.unit} ${r.flag}`.trim()]
        .map((text, i) => ({ text, w: tcols[i] ?? 0 }))),
    ], st(face, pt - 0.5), { shade: '#f0f0f0', label: st(b.face, pt - 0.5), border: 1 }) + lh * 0.9;

    const how: Mark = rng.pick(['1.', '1、'] as const);
    s.put(x0, y, '诊　　断：', b);
    listed(doc.dx.western.map((d, i) => ({ text: withCode(d, i, rng.chance(0.5) ? '[]' : '（）'), key: null })), how)
      .forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    s.put(x0, y, '处　　理：', b);
    doc.medicines.slice(0, 4).forEach((m, i) => {
      const { name, use } = drug(m);
      s.put(x0 + lw, y + i * lh, `${i + 1}. ${name}  ${use}  ×${rng.pick([14, 28, 30])}天`, f);
    });
    y += lh * (Math.min(4, doc.medicines.length) + 0.3);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), day);
    row('医　　嘱：', `低盐低脂饮食，监测血压、血糖，不适随诊。预约复诊：${next} ${rng.pick(['上午', '下午'])}。`, [next]);

    y = Math.max(y + lh, 1960);
    const sw = s.put(right - 520, y, '医师签名：', f);
    handwritten(s, right - 520 + sw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(right - 520, y + lh * 1.1, `工号：${rng.int(10000, 39999)}`, grey);
    s.line(x0, 2180, right, 2180, 1, '#888');
    s.put(x0, 2220, '第1页 共1页', st(face, 9));
    s.put(right, 2220, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, st(face, 9, { align: 'right' }));
  },
};
