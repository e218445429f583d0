import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory } from './kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { ALL22, local22, nation22, scriptLine, scriptOf } from './tune22-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历 of a county hospital's 慢病 clinic in Xinjiang, Qinghai, 甘孜 / 阿坝, Guangxi or Hainan written in SOAP blocks: the name
 * (under a line of Uyghur or Tibetan script where the paper is bilingual) and a 门诊号 barcode, a header of 姓名 (truth) 性别 年龄
 * 民族 and 身份证号 (truth) with 就诊时间 and the hour (truth visitDate); then four blocks with big S / O / A / P letters in a shaded
 * gutter: S (complaint, past history with its diseases: not counted), O (vitals, exam, a 检验 result dated weeks before: decoy),
 * A (the numbered assessment: counted), P (drugs, a 复诊 date: decoy); the physician's hand and a later 打印时间 (decoy).
 */
export const tune22OutpatientSoapGutter: Layout = {
  id: 'tune22-outpatient-soap-gutter',
  kind: 'outpatient',
  split: 'tune',
  style: 'western / southern county hospital 慢病 clinic EMR 门诊病历 in SOAP blocks with big letters in a shaded gutter, script line '
    + 'under the name on bilingual paper, 就诊时间 with the hour, 打印时间 later; sans 10.5–11 pt',
  exercises: ['S / O / A / P blocks with letters in a gutter', '就诊时间 with the hour (truth) vs 打印时间 (decoy)',
    'past history naming diseases (not counted)', 'an earlier 检验 date in O (decoy)', 'A numbered (counted)', '复诊 date in P (decoy)',
    'Uyghur / Tibetan script line (not text)'],
  doc: (rng) => local22(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: ALL22 }))), rng,
    { outside: 0.3, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const script = scriptOf(doc.hospital);

    s.put(x0, 150, doc.hospital.name, st('sansBold', 18));
    scriptLine(s, x0, 205, s.measure(doc.hospital.name, st('sansBold', 18)), 24, script, '#333', rng);
    s.put(x0, 278, '门诊病历（慢病门诊）', st('sansMedium', 14, { spacing: 2 }));
    const bw = barcode(s, right - 330, 110, doc.recordNo, 60, 2.2);
    s.put(right - 330 + bw / 2, 205, `门诊号：${doc.recordNo}`, st('sans', 9, { align: 'center' }));

    let y = 350;
    s.line(x0, y - lh * 0.9, right, y - lh * 0.9, 2);
    const cells: [string, string][] = [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['民族：', nation22(doc, rng)]];
    cells.forEach(([l, v], i) => s.pair(x0 + (w / 4) * i, y, l, v, b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.5, y, '就诊时间：', formatDate(doc.dates.visit, 'isoTime', doc.times.visit), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.6;
    s.line(x0, y, right, y, 1.2);
    y += 30;

    const gutter = 110;
    const tx = x0 + gutter + 30;
    const tw = right - tx;
    const block = (letter: string, title: string, fill: () => void): void => {
      const top = y;
      y += lh * 1.15;
      s.put(tx, y, title, b);
      y += lh;
      fill();
      y += lh * 0.2;
      s.g.fillStyle = '#e9edf1';
      s.g.fillRect(x0, top, gutter, y - top);
      s.put(x0 + gutter / 2, top + lh * 1.15, letter, st('sansBold', 26, { align: 'center', color: '#2d4a66' }));
      s.line(x0, y, right, y, 1, '#999');
      y += 20;
    };
    block('S', '主观资料 Subjective', () => {
      y = para(s, tx, y, tw, `${followUp(doc)}，今来复诊。既往${pastHistory(doc, rng)}。${doc.history.family}。`, f, lh);
    });
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    const labDay = formatDate(addDays(doc.dates.visit, -rng.int(14, 60)), 'iso');
    block('O', '客观资料 Objective', () => {
      const t = (rng.int(362, 372) / 10).toFixed(1);
      y = para(s, tx, y, tw, `T ${t}℃，P ${rng.int(62, 96)}次/分，BP ${rng.int(118, 172)}/${rng.int(66, 104)}mmHg。`
        + `神清，心肺听诊无明显异常，双下肢无水肿。${labDay}检验：${lab}。`, f, lh, { keep: [labDay] });
    });
    block('A', '评估 Assessment', () => {
      listed(doc.dx.western, rng.pick(['1.', '1、'] as const)).forEach((t) => {
        s.put(tx, y, t, f);
        y += lh;
      });
      s.diagnoses(doc.dx.western);
    });
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30, 90])), 'iso');
    block('P', '计划 Plan', () => {
      doc.medicines.slice(0, 3).forEach((m, i) => {
        s.put(tx, y, `${i + 1}) ${m}`, f);
        y += lh;
      });
      y = para(s, tx, y, tw, `监测血压、血糖，低盐低脂饮食，${back}复诊，不适随诊。`, f, lh, { keep: [back] });
    });

    y += lh * 1.2;
    s.put(x0 + w * 0.55, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.55 + s.measure('医师签名：', b) + 10, y, doc.doctors.attending, pt + 2, rng);
    y += lh * 1.6;
    s.put(right, y, `打印时间：${formatDate(doc.dates.print, 'isoSec', doc.times.print)}`, st('sans', 9, { align: 'right', color: '#444' }));
  },
};
