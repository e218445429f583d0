import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { pastHistory, printedOn } from './kit';
import { drug } from './tune3-kit';
import { para, suited } from './tune6-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { HAINAN_B15, localB15, SHANGHAI_B15 } from './blind15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS'];

/**
 * 出院小结 / DISCHARGE SUMMARY of a Shanghai outer-district or Hainan city hospital that prints for foreign and island visitors:
 * logo with the Chinese and English names, the patient in four borderless columns with English captions under the Chinese
 * labels (姓名 Name … 身份证号 ID No. — truth —; 入院日期 Admission Date and 出院日期 Discharge Date — truth — beside the
 * 手术日期 Operation Date, not truth), bilingual section bars, 入院诊断 (not counted), 出院诊断 with ICD-10 (counted), a
 * 出院带药 table, 随访 date and 打印时间 (not truth).
 */
export const blind15Discharge1: Layout = {
  id: 'blind15-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Shanghai district / Hainan city hospital bilingual 出院小结 DISCHARGE SUMMARY: logo with English name, four borderless '
    + 'columns with English captions, bilingual section bars, drug table, sans or light sans 10–10.5 pt',
  exercises: ['bilingual labels (入院日期 Admission Date) with the English caption under the Chinese',
    '手术日期 Operation Date beside the stay (not truth)', '入院诊断 vs 出院诊断 with ICD-10', '出院带药 table and 随访 date',
    '打印时间 later (not truth)'],
  doc: (rng) => localB15(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...SHANGHAI_B15, ...HAINAN_B15],
    compoundSurnames: 0.06, yearEnd: 0.08 })), rng, { outside: 0.3, near: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const en: Style = st('sans', 7.5, { color: '#666' });
    const lh = px(pt) * 1.55;
    const tone = rng.pick(['#14507a', '#0d6b62', '#6b1f3a']);
    const p = doc.patient;

    logo(s, x0 + 44, 132, 44, tone, 'ring');
    s.put(x0 + 110, 128, doc.hospital.name, st('sansBold', 17, { color: tone, spacing: 1 }));
    s.put(x0 + 110, 170, doc.hospital.en ?? '', st('sansMedium', 8.5, { color: tone }));
    s.put(right, 128, '出院小结', st('sansBold', 18, { align: 'right', spacing: 4 }));
    s.put(right, 170, 'DISCHARGE SUMMARY', st('sans', 8.5, { align: 'right', color: '#444' }));
    s.line(x0, 200, right, 200, 3, tone);
    s.line(x0, 208, right, 208, 1, tone);

    const ds: DateStyle = rng.pick(['iso', 'isoTime', 'cn', 'slash'] as const);
    const op = doc.procedure !== '胃镜检查';
    const rows: (readonly [string, string, string])[][] = [
      [['姓名：', p.name, 'Name'], ['性别：', p.sex, 'Sex'], ['年龄：', `${p.age}岁`, 'Age'], ['住院号：', doc.recordNo, 'Inpatient No.']],
      [['科室：', doc.department, 'Department'], ['床号：', `${doc.bed}床`, 'Bed No.'], ['身份证号：', p.idNumber, 'ID No.']],
      [['入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission), 'Admission Date'],
        ['出院日期：', formatDate(doc.dates.discharge, ds, doc.times.discharge), 'Discharge Date'],
        ['住院天数：', `${doc.stayDays}天`, 'Length of Stay'],
        ...(op ? [['手术日期：', formatDate(doc.dates.surgery, ds === 'isoTime' ? 'iso' : ds), 'Operation Date'] as const] : [])],
    ];
    let y = 262;
    // Each row's cells spaced evenly (at most 120 px apart), the English captions under the labels.
    for (const row of rows) {
      const widths = row.map(([l, v]) => s.measure(l, b) + s.measure(v, f));
      const gap = (w - widths.reduce((a, c) => a + c, 0)) / Math.max(1, row.length - 1);
      let x = x0;
      row.forEach(([l, v, e], i) => {
        s.pair(x, y, l, v, b, f);
        s.put(x, y + px(pt) * 1.2, e, en);
        x += (widths[i] ?? 0) + Math.min(gap, 120);
      });
      y += lh * 1.85;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const bar = (zh: string, eng: string): void => {
      y += lh * 0.4;
      s.g.fillStyle = tone;
      s.g.fillRect(x0, y - px(pt) * 1.05, 10, px(pt) * 1.4);
      const zw = s.put(x0 + 24, y, zh, st('sansBold', pt + 0.5));
      s.put(x0 + 24 + zw + 18, y, eng, st('sans', 8.5, { color: '#555' }));
      s.line(x0, y + px(pt) * 0.55, right, y + px(pt) * 0.55, 0.8, '#9aa');
      y += lh * 1.2;
    };
    const text = (t: string, keep: readonly string[] = []): void => {
      y = para(s, x0 + 24, y, w - 24, t, f, lh, { keep }) + lh * 0.2;
    };
    const list = (items: readonly string[]): void => {
      items.forEach((t) => {
        s.put(x0 + 24, y, t, f);
        y += lh;
      });
      y += lh * 0.2;
    };
    bar('入院情况', 'Condition on Admission');
    text(`患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`);
    bar('入院诊断', 'Admission Diagnosis');
    list(doc.dx.admission.map((d, i) => `${i + 1}. ${d.text}`));
    bar('诊疗经过', 'Hospital Course');
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? '';
    const opDay = formatDate(doc.dates.surgery, 'cnShort');
    text(`入院后完善检查：${lab}。${op ? `${opDay}在局麻下行${doc.procedure}，术程顺利。` : ''}予${doc.course}等治疗，症状好转。`, [opDay]);
    bar('出院诊断', 'Discharge Diagnosis');
    list(doc.dx.western.map((d, i) => `${i + 1}. ${d.text}\u3000${codeOf(d, i)}`));
    s.diagnoses(doc.dx.western);
    bar('出院医嘱', 'Discharge Instructions');
    const rowH = px(pt) * 1.9;
    const tw = [w * 0.45, w * 0.35, w * 0.2 - 24];
    const meds = doc.medicines.slice(0, 3).map(drug);
    s.grid(x0 + 24, y - lh * 0.7, rowH, [
      [['药品名称 Drug', tw[0]!], ['用法 Usage', tw[1]!], ['数量 Qty', tw[2]!]].map(([t, cw]) => ({ text: t as string, w: cw as number,
        label: true })),
      ...meds.map((m) => [{ text: m.name, w: tw[0]! }, { text: m.use, w: tw[1]! }, { text: `${rng.int(1, 4)}盒`, w: tw[2]! }]),
    ], f, { shade: '#eef2f4', label: b, border: 1 });
    y += rowH * (meds.length + 1) + lh * 0.2;
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    text(`${rng.pick(['低盐低脂饮食，适当活动。', '注意休息，监测血压血糖。'])}于${formatDate(back, 'cnShort')}至${doc.department}门诊随访，如有不适及时就诊。`,
      [formatDate(back, 'cnShort')]);

    y = Math.max(y + lh * 0.8, 1960);
    const sw = s.put(x0, y, '主治医师 Attending：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const rw = s.put(x0 + w * 0.45, y, '住院医师 Resident：', f);
    handwritten(s, x0 + w * 0.45 + rw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.line(x0, 2170, right, 2170, 1, '#888');
    const small = st(face, 8.5, { color: '#444' });
    s.put(x0, 2205, `打印时间 Printed：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, small);
    s.put(right, 2205, '第1页/共1页  Page 1 of 1', { ...small, align: 'right' });
  },
};
