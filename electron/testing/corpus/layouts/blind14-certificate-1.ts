import { makeDoc } from '../case';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { addressLine } from './kit';
import { handLines, handWidth, issuedSoon } from './tune4-kit';
import { settled, suited } from './tune6-kit';
import { handDate, type Hand } from './tune9-kit';
import { countyWords, restSpan } from './tune10-kit';
import { townWard } from './tune12-kit';
import { localB14, QH_TOWN14, QINGHAI14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'SEVERE_MENTAL_DISORDER'];

/**
 * 诊断证明 written wholly by hand on the red-printed 信笺 of a Qinghai county hospital or township 卫生院: the letterhead and its double
 * rule, the red ruling and the address line are the only print; in ballpoint along the ruling, the title, 兹有我院患者 + name, sex and
 * age (truth), 身份证号 (truth), either a stay in a sentence with both dates (truth on those pages) or a clinic visit, the diagnoses one
 * per line (counted), advice, 特此证明, the doctor and the date of issue (truth) under the round seal. Some patients go by a Tibetan name.
 */
export const blind14Certificate1: Layout = {
  id: 'blind14-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Qinghai county hospital / township 卫生院 诊断证明 handwritten in ballpoint 13.5–14.5 pt on red-printed 信笺 (letterhead, '
    + 'double rule, red ruling, address line), round seal over the handwritten date',
  exercises: ['everything but the letterhead in handwriting along red ruling', '姓名 and 身份证号 written in the first lines (truth)',
    'a stay written as 于2025年3月2日入住…3月15日出院 on some pages (truth), a clinic visit on others',
    'diagnoses one per line in handwriting (counted)', 'date of issue handwritten 2025年3月18日 / 2025.3.18 / 3月18号 under the seal (truth)',
    'Tibetan names carried alone (更登, 卓玛措)'],
  doc: (rng) => localB14(countyWords(settled(issuedSoon(townWard(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...QINGHAI14, ...QH_TOWN14], compoundSurnames: 0.04, yearEnd: 0.06 })), rng), rng)), rng,
  { outside: 0.25, near: 0.15, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    const red = rng.pick(['#c8281e', '#d0342a', '#b92a2a']);
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pts = rng.pick([13.5, 14, 14.5]);
    const lh = px(pts) * 2.15;
    const p = doc.patient;

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 22, { align: 'center', spacing: 6, color: red }));
    s.line(x0 - 20, 228, right + 20, 228, 4.5, red);
    s.line(x0 - 20, 238, right + 20, 238, 1.5, red);
    const first = 330;
    for (let ry = first; ry < 2120; ry += lh) s.line(x0 - 20, ry + 12, right + 20, ry + 12, 1, 'rgba(200, 60, 50, 0.45)');
    s.line(x0 - 20, 2185, right + 20, 2185, 1.5, red);
    s.put(s.width / 2, 2230, addressLine(doc), st('serif', 9, { align: 'center', color: red }));

    const title = rng.pick(['诊断证明', '证明', '疾病证明']);
    handwritten(s, s.width / 2 - handWidth(s, title, pts * 1.35) / 2, first, title, pts * 1.35, rng);
    let y = first + lh;
    const indent = px(pts) * 2;
    handwritten(s, x0 + indent, y, `兹有我院患者${p.name}，${p.sex}，${p.age}岁，`, pts, rng);
    y += lh;
    handwritten(s, x0, y, `身份证号：${p.idNumber}，`, pts, rng);
    y += lh;
    const how: Hand = rng.pick(['ri', 'hao', 'dot'] as const);
    const stay = rng.chance(0.45);
    const why = doc.complaint.replace(/，.*/u, '');
    // (a 号 date inside the prose is written 日: the pen's line breaks never cut a date)
    const inText: Hand = how === 'hao' ? 'ri' : how;
    const text = stay
      ? `因“${why}”于${handDate(doc.dates.admission, inText)}入住我院${doc.department}，${handDate(doc.dates.discharge, inText)}出院，`
        + `共住院${doc.stayDays}天。经检查诊断为：`
      : `因“${why}”在我院${doc.department}门诊就诊，经检查诊断为：`;
    y = handLines(s, x0, y, w, text, pts, rng, lh);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    doc.dx.western.forEach((d, i) => {
      handwritten(s, x0 + indent, y, `${i + 1}.${d.text}`, pts, rng);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    const advice = stay ? `建议：出院后休息${restSpan(rng)}，继续口服药物治疗，定期复查。` : '建议：长期规律服药，定期门诊复查，不适随诊。';
    y = handLines(s, x0 + indent, y, w - indent, advice, pts, rng, lh);
    handwritten(s, x0 + indent, y, '特此证明。', pts, rng);
    y += lh * 2;

    const doctor = `医师：${doc.doctors.attending}`;
    const date = handDate(doc.dates.issue, how);
    const dx = right - Math.max(handWidth(s, doctor, pts), handWidth(s, date, pts)) - 20;
    handwritten(s, dx, y, doctor, pts, rng);
    handwritten(s, dx, y + lh, date, pts, rng);
    seal(s, dx + handWidth(s, date, pts) / 2 + rng.range(-30, 30), y + lh * 0.5 + rng.range(-20, 20), rng.range(125, 150),
      doc.hospital.name, rng.pick(['诊断证明专用章', '医务科', '']), rng);
  },
};
