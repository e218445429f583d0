import { makeDoc, type Doc } from '../case';
import { formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { barcode, handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { sexAge, st } from './common';
import { forPatient, listed } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { earlierVisits, handLines, pastedSlip } from './tune4-kit';
import { ruling, suited } from './tune6-kit';

/** Chronic diseases patients come back to the clinic for month after month. */
const RETURNING: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION',
  'DIABETES', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/** What a follow-up measures, in a doctor's shorthand. */
function measured(doc: Doc, rng: Rng): string {
  const bp = `BP ${rng.int(124, 168)}/${rng.int(70, 98)}mmHg`;
  if (doc.dx.keys.includes('DIABETES')) return `${bp}，空腹血糖${(rng.int(62, 118) / 10).toFixed(1)}mmol/L`;
  if (doc.primary === 'SEVERE_MENTAL_DISORDER') return `${rng.pick(['情绪稳定', '睡眠可', '无幻听'])}，自知力部分恢复`;
  return `${bp}，心率${rng.int(60, 88)}次/分`;
}

/** The date as one hand writes it at the head of every entry. */
type Hand = 'dot' | 'dash' | 'cn';
const handDate = (iso: string, how: Hand): string => {
  const [y, m, d] = parts(iso);
  return how === 'dot' ? `${y}.${m}.${d}` : how === 'dash' ? `${y}-${m}-${d}` : `${y}年${m}月${d}日`;
};

/**
 * A continuation page (续页) of the patient's 门诊病历本: the HIS label pasted at the top with the ID and a 建档日期, then
 * the visits written one after another in ballpoint, each beginning with its date and department on a line of its
 * own; the last entry is today's visit (the record), the earlier ones say 诊断同前 or name the same disease.
 */
export const tune6OutpatientBookletVisits: Layout = {
  id: 'tune6-outpatient-booklet-visits',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / township 门诊病历本 续页 (cream paper, coloured ruling, page number) with two or three handwritten visit entries in ballpoint 12.5–13.5 pt and a printed HIS label pasted at the top',
  exercises: ['printed HIS label pasted on: 姓名 / 性别 / 年龄, full 身份证号, 就诊卡号 with a barcode, 建档日期 years earlier (not a visit)',
    'two or three dated entries on one page, oldest first, each opening with a date line 2025.3.4 / 2025-3-4 / 2025年3月4日 and the department',
    'the last entry is the visit (truth); the earlier ones (weeks or months before) are not',
    'earlier entries: 复诊 notes with BP or 空腹血糖 values, 诊断同前 / 诊断：the same disease, 继续原方案 and a signature',
    'the last entry: 主诉, 现病史 with the year first found, 既往史 and 家族史, 查体, 诊断 numbered 1. / 1、 (counted), 处理 lines, signature',
    'ruling and a red margin line (not text), pre-printed 第 N 页 and hospital name in coloured ink'],
  doc: (rng) => suited(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...TOWNSHIP, ...COUNTY_MORE, ...FAR_PROVINCES],
    keys: RETURNING, outside: 0.1, compoundSurnames: 0.12 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.g.fillStyle = '#fbf8ef';
    s.g.fillRect(0, 0, s.width, s.height);
    const ink = rng.pick(['#2f6b4f', '#2a4f8f', '#8a4b24']);
    const x0 = 130;
    const right = s.width - x0;
    s.put(x0, 130, doc.hospital.name, st('serifSemi', 12, { color: ink }));
    s.put(s.width / 2, 130, '门 诊 病 历（续页）', st('serifBold', 14, { color: ink, spacing: 2, align: 'center' }));
    s.put(right, 130, `第 ${rng.int(3, 14)} 页`, st('serif', 11, { color: ink, align: 'right' }));
    s.line(x0, 155, right, 155, 2, ink);

    // The HIS label, pasted a little askew of the ruling.
    const [lx, ly, lw, lh0] = [x0 + rng.int(0, 40), 190, 760, 250];
    pastedSlip(s, lx, ly, lw, lh0);
    const lab = st('sans', 10, { color: '#1e1e1e' });
    const [sex, age] = sexAge(doc);
    const card = `${rng.int(1000, 9999)}${doc.recordNo.slice(4)}`;
    s.put(lx + 24, ly + 48, `${doc.patient.name}\u3000${sex}\u3000${age}`, st('sansBold', 12, { color: '#1e1e1e' }));
    s.put(lx + 24, ly + 98, `身份证号：${doc.patient.idNumber}`, lab);
    s.put(lx + 24, ly + 142, `就诊卡号：${card}`, lab);
    s.put(lx + 24, ly + 186, `建档日期：${formatDate(doc.dates.firstVisit, 'iso')}`, lab);
    barcode(s, lx + 440, ly + 118, card, 60, 2);
    s.put(lx + 24, ly + 228, doc.hospital.name, st('sans', 8.5, { color: '#444' }));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = 70;
    const top = 520;
    ruling(s, x0, right, top + 14, 2240, lh, `${ink}70`);
    s.line(x0 + 110, 470, x0 + 110, 2260, 1.5, '#d9848480');
    const hp = rng.pick([12.5, 13, 13.5]);
    const how: Hand = rng.pick(['dot', 'dash', 'cn'] as const);
    const main = doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0];
    const signers = [doc.doctors.attending, doc.doctors.resident];
    const tx = x0 + 130;
    const width = right - tx - 20;
    let y = top;
    const write = (text: string): void => {
      y = handLines(s, tx, y, width, text, hp, rng, lh);
    };
    const head = (iso: string, again: boolean): void => {
      const dw = handwritten(s, x0 + 10, y, handDate(iso, how), hp, rng);
      handwritten(s, x0 + 10 + dw + 60, y, `${doc.department}${again ? '  复诊' : ''}`, hp, rng);
      y += lh;
    };
    const sign = (name: string): void => {
      handwritten(s, right - 220, y, name, hp, rng);
      y += lh;
    };

    const earlier = earlierVisits(rng, doc.dates.visit, rng.int(1, 2));
    for (const v of earlier) {
      head(v, true);
      write(`${rng.pick(['无明显不适', '偶有头晕', '自觉症状平稳', '睡眠欠佳'])}，${measured(doc, rng)}。`);
      write(rng.chance(0.5) || !main ? '诊断同前' : `诊断：${main.text}`);
      write(`${rng.pick(['继续原方案治疗', '药物同前', '原方案不变'])}，${rng.pick(['1月后复诊', '2周后复诊', '不适随诊'])}`);
      sign(rng.pick(signers));
    }
    head(doc.dates.visit, true);
    const years = /(\d+)年/u.exec(doc.complaint)?.[1];
    write(`主诉：${doc.complaint}`);
    write(`现病史：${years ? `${parts(doc.dates.visit)[0] - Number(years)}年确诊，` : ''}${rng.pick(['规律服药', '间断服药'])}，`
      + `近${rng.int(3, 10)}天${rng.pick(['症状加重', '症状反复', '自觉不适'])}`);
    write(`既往史：${doc.history.negated}。家族史：${doc.history.family}`);
    write(`查体：${measured(doc, rng)}，心肺(-)`);
    const dl = rng.pick(['诊断：', '诊断：', 'Dx：']);
    const ix = tx + handwritten(s, tx, y, dl, hp, rng) + 14;
    listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t, i) => handwritten(s, ix, y + i * lh, t, hp, rng));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh;
    write(`处理：${[...new Set(doc.medicines)].slice(0, 2).join('；')}`);
    write(`${rng.pick([2, 4])}周后复诊`);
    sign(doc.doctors.attending);
  },
};
