import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { guilloche, local11, PLACES11, relative11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 诊断证明书 printed from a city or county hospital's EMR on 防伪 security paper (Shanghai's islands, Fujian, Chongqing, Hubei,
 * Xinjiang, Qinghai …): a guilloche background, a barcode and 证明编号 top right, a two-column label list with the patient
 * (姓名 truth; the ID masked, so no truth ID; 就诊日期 — the outpatient visit some days before, a decoy), a 代办人 (a relative's
 * name, decoy), 诊断 in a ruled box (counted), 医嘱建议 with the rest span from a date, and 开具日期 under the 医务科 seal (truth).
 */
export const blind11Certificate2: Layout = {
  id: 'blind11-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'City / county EMR 诊断证明书 on guilloche 防伪 paper: barcode and 证明编号, two-column label list, ruled diagnosis box, '
    + '开具日期 under the seal, light sans or serif 11.5–13 pt',
  exercises: ['security background', '就诊日期 before the issue (decoy)', '代办人 relative (decoy name)', 'masked ID (no truth ID)',
    '诊断 box (counted)', '建议 with 休息 from a date (decoy)', '开具日期 (truth)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)), rng, { outside: 0.25, near: 0.1 }),
  draw(s, doc, rng) {
    guilloche(s, rng);
    const x0 = 150;
    const x1 = s.width - 150;
    const w = x1 - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([11.5, 12, 12.5, 13]);
    const f = st(serif ? 'serif' : 'sansLight', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);

    const no = `${doc.recordNo.slice(0, 4)}ZM${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const bw = barcode(s, x1 - 330, 90, no.replace('ZM', '00'), 50, 2);
    s.put(x1 - 330 + bw / 2, 170, `证明编号：${no}`, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 260, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 21, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 340, '诊 断 证 明 书', st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 6 }));

    const visit = addDays(doc.dates.issue, -rng.int(1, 6));
    const rel = relative11(doc, rng);
    const pairs: [string, string][] = [
      ['姓　　名：', p.name], ['性　　别：', p.sex], ['年　　龄：', `${p.age}岁`], ['就诊科室：', doc.department],
      ['证件号码：', maskedId(p.idNumber)], ['门 诊 号：', doc.recordNo], ['就诊日期：', formatDate(visit, ds)],
      ['代 办 人：', `${rel.name}（${rel.relation}）`],
    ];
    let y = 440;
    pairs.forEach(([l, v], i) => {
      s.pair(x0 + (i % 2) * w * 0.52, y, l, v, b, f);
      if (i % 2 === 1) y += lh;
    });
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.issue });

    y += lh * 0.5;
    s.put(x0, y, '诊断：', b);
    const boxTop = y + lh * 0.45;
    const items = listed(doc.dx.western, rng.pick(['1.', '1、', '（1）'] as const));
    const boxH = Math.max(4, items.length + 1) * lh;
    s.rect(x0, boxTop, w, boxH, 1.4);
    for (let k = 1; k < boxH / lh; k += 1) s.line(x0 + 10, boxTop + k * lh + 8, x1 - 10, boxTop + k * lh + 8, 0.6, '#999');
    s.diagnoses(doc.dx.western);
    items.forEach((t, i) => s.put(x0 + 30, boxTop + (i + 1) * lh, t, f));
    y = boxTop + boxH + lh * 1.1;

    s.put(x0, y, '医嘱建议：', b);
    const from = formatDate(doc.dates.issue, 'cnShort');
    y = para(s, x0, y + lh, w, `患者目前病情${rng.pick(['稳定', '尚平稳', '需长期治疗'])}，需长期规律服药及门诊随访。建议自${from}起休息`
      + `${restSpan(rng)}，期间避免劳累。`, f, lh, { indent: px(pt) * 2, keep: [from] });
    s.put(x0, y + lh * 0.2, '（此证明仅作病情说明，不作其他用途）', st(f.face, pt - 1.5, { color: '#444' }));

    const fy = Math.max(y + lh * 3.5, 1700);
    s.put(x0, fy, `医师：${doc.doctors.attending}`, f);
    s.put(x0 + w * 0.42, fy, `审核：${doc.doctors.director}`, f);
    s.put(x1, fy + lh * 1.6, `开具日期：${formatDate(doc.dates.issue, ds)}`, { ...f, align: 'right' });
    s.put(x1, fy + lh * 2.8, `${doc.hospital.name}医务科`, { ...f, align: 'right' });
    seal(s, x1 - 200, fy + lh * 1.9, 125, doc.hospital.name, '医务科', rng);
    const foot = `地址：${doc.hospital.address}  电话：${doc.hospital.phone}`;
    s.put(s.width / 2, 2210, foot, st('sansLight', 8.5, { align: 'center', color: '#555' }));
  },
};
