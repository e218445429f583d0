import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { remoteHistory, type DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { handWidth, issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { suspected } from './tune11-kit';
import { COUNTY12, TCM12, TOWN12, townWard } from './tune12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'MALIGNANT_TUMOR_OUTPATIENT',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 诊断证明书 of a Liaocheng county hospital or township 卫生院 typed as one paragraph: no 姓名 field anywhere — the patient's
 * name, sex, age and ID sit only inside the sentence (truth), with the day of the visit or the stay (the stay is truth; a
 * visit days before the certificate is not), sometimes a past illness (not counted) and a suspicion in the list (not
 * counted). The date of issue (truth) is printed on the physician's signature line, beside the handwritten name, and the
 * red 诊断证明专用章 is stamped over both; rest advice may carry a later span of dates.
 */
export const tune12CertSentenceOnly: Layout = {
  id: 'tune12-cert-sentence-only',
  kind: 'certificate',
  split: 'tune',
  style: 'Liaocheng county / TCM / township 诊断证明书 as one typed paragraph, serif or sans 13.5–15 pt: the patient only inside the '
    + 'sentence, the date of issue beside the physician\'s handwritten signature, red seal stamped over both',
  exercises: ['患者王秀英，女，67岁，身份证号：… / 兹证明王秀英（女，67岁，身份证号码…） / 王秀英同志，… : the name only in prose (truth)',
    '就诊 on a day before the certificate (not truth) or 住院 from … to … (truth)', '既往有“冠心病”病史 in the sentence (not counted)',
    '诊断为：①…；②… inline, a 待排 / ？ item among them (not counted)', '建议休息两周 / 全休14天（…至…） (not truth)',
    '医师签字：(handwritten)  2025年3月4日 on one line under the red seal (date of issue, truth)'],
  doc: (rng) => townWard(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...COUNTY12, ...COUNTY12, ...TCM12, ...TOWN12], compoundSurnames: 0.1 })), rng), rng,
  { outside: 0.25, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 170;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.65);
    const pt = rng.pick([13.5, 14, 14.5, 15]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * rng.pick([1.9, 2.1, 2.3]);

    s.put(s.width / 2, 200, doc.hospital.name, st(bold, rng.pick([19, 20, 22]), { align: 'center', spacing: 3 }));
    const title = rng.pick(['诊 断 证 明 书', '诊断证明书', '疾 病 诊 断 证 明', '诊 断 证 明']);
    s.put(s.width / 2, 320, title, st(bold, rng.pick([20, 22]), { align: 'center', spacing: 8 }));
    if (rng.chance(0.5)) s.put(right, 400, `No.${doc.recordNo.slice(2)}`, st('sans', 11, { align: 'right', color: '#c0282d' }));

    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'cnShort', 'dot'] as const);
    const d = (iso: string): string => formatDate(iso, ds);
    const stay = rng.chance(0.45);
    const seen = addDays(doc.dates.issue, -rng.int(0, 5));
    const who = rng.pick([
      `患者${p.name}，${p.sex}，${p.age}岁，身份证号：${p.idNumber}，`,
      `兹证明${p.name}（${p.sex}，${p.age}岁，身份证号码${p.idNumber}）`,
      `${p.name}${p.age >= 18 ? '同志' : ''}，${p.sex}，${p.age}岁，公民身份号码：${p.idNumber}，`,
    ]);
    const when = stay
      ? `因“${doc.complaint}”于${d(doc.dates.admission)}入住我院${doc.department}，${d(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`
      : `于${d(seen)}因“${doc.complaint}”来我院${doc.department}门诊就诊。`;
    const past = rng.chance(0.4) ? remoteHistory(rng, doc.dx.keys) : null;
    const extra = !past && rng.chance(0.5) ? [suspected(doc, rng)] : [];
    const how: Mark = rng.pick(['①', '1.', '1、', '（1）'] as const);
    const dx = listed([...doc.dx.western, ...extra], how);
    const rest = rng.chance(0.5) ? sickLeave(rng, doc.dates.issue, ds).text : `建议休息${restSpan(rng)}，定期复查，不适随诊`;
    const text = `${who}${when}${past ? `既往${past.remote}。` : ''}经${stay ? '住院治疗' : '查体及辅助检查'}，`
      + `${rng.pick(['诊断为：', '临床诊断：', '目前诊断：'])}${dx.join('；')}。${rest}。`;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);

    let y = 520;
    const keep = [p.idNumber, ...dx, d(doc.dates.admission), d(doc.dates.discharge), d(seen)];
    wrap(s, text, w, f, { indent: px(pt) * 2, keep }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y, t, f);
      y += lh;
    });
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);
    y += lh * rng.pick([2.2, 2.8, 3.4]);

    // The signature line: label, the doctor's hand, and the date of issue right after it, all under the seal.
    const label = rng.pick(['医师签字：', '经治医师：', '诊治医师（签名）：', '医师：']);
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'dot', 'iso', 'cnNumeral'] as const));
    const dateLabel = rng.chance(0.4) ? '日期：' : '';
    const need = s.measure(label + dateLabel + date, f) + handWidth(s, doc.doctors.attending, pt * 1.2) + px(pt) * 2.2 + 12;
    const sx = Math.min(x0 + w * rng.pick([0.3, 0.38, 0.45]), right - need);
    const lw = s.put(sx, y, label, f);
    const hw = handwritten(s, sx + lw + 12, y, doc.doctors.attending, pt * 1.2, rng);
    const dx0 = sx + lw + 12 + hw + px(pt) * 2.2;
    s.put(dx0, y, dateLabel + date, f);
    seal(s, (sx + lw + dx0 + s.measure(date, f)) / 2 + rng.range(-40, 40), y - px(pt) * 0.4 + rng.range(-25, 25),
      rng.range(118, 140), doc.hospital.name, '诊断证明专用章', rng);
    if (rng.chance(0.5)) {
      y += lh * 1.3;
      s.put(sx, y, `科室：${doc.department}`, f);
    }

    const small = st(serif ? 'serif' : 'sans', 9.5, { color: '#444' });
    const notes = ['注：1.本证明须加盖医院诊断证明专用章方有效；', '2.本证明仅证明病情，不作其他用途；涂改、复印无效。'];
    if (rng.chance(0.7)) notes.forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('注：', small)), 2080 + i * px(9.5) * 1.7, t, small));
  },
};
