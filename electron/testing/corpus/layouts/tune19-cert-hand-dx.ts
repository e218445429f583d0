import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, seal } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { addressLine } from './kit';
import { handWidth, issuedSoon } from './tune4-kit';
import { settled, suited } from './tune6-kit';
import { handDate } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { spread } from './tune18-kit';
import { GENERAL19, local19, TCM19, TOWN19 } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** An outpatient's certificate is often asked for on a later day than the visit it certifies (the visit stays in the header). */
function askedLater(doc: Doc, rng: Rng): Doc {
  if (doc.dates.issue !== doc.dates.visit || !rng.chance(0.4)) return doc;
  const issue = addDays(doc.dates.visit, rng.int(1, 6));
  return { ...doc, dates: { ...doc.dates, issue } };
}

/**
 * 诊断证明书 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital or 卫生院 whose header the HIS prints and whose body the doctor
 * writes: letterhead with logo, the patient rows printed (姓名 / 身份证号 — truth —, 就诊日期 that may lie days before the issue, or
 * on some pages the stay 入院日期 … 出院日期 — truth), then under the printed 诊断： the diagnoses handwritten in ballpoint one per
 * ruled line (counted) and the 建议 handwritten; 医师签名 by hand, 开具日期 printed by the HIS or written by hand (truth), the seal.
 */
export const tune19CertHandDx: Layout = {
  id: 'tune19-cert-hand-dx',
  kind: 'certificate',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county hospital / 卫生院 诊断证明书: logo letterhead, HIS-printed patient rows in sans '
    + '11–12 pt, the diagnoses and advice handwritten in ballpoint 14–15.5 pt on pre-printed ruled lines, '
    + 'issue date printed or handwritten',
  exercises: ['diagnoses handwritten one per ruled line, numbered 1. 2. (counted), non-catalogue diseases among them',
    '就诊日期 printed in the header, days before the issue on some pages (not truth)', '入院日期 / 出院日期 printed on some pages (truth)',
    '身份证号 printed (truth)', '建议 handwritten, with a rest span', '开具日期 printed, or written by hand 2025年3月4日 / 2025.3.4 (truth)',
    'handwritten 医师签名 under the seal'],
  doc: (rng) => {
    const doc = makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...GENERAL19, ...GENERAL19, ...TCM19, ...TOWN19],
      compoundSurnames: 0.05 });
    return askedLater(settled(local19(issuedSoon(suited(countyWords(doc, rng, { outside: 0.25, near: 0.1 })), rng), rng)), rng);
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const tone = rng.pick(['#1a4f8b', '#8b1f2a', '#1d6a55']);
    const hand = rng.pick([14, 14.5, 15, 15.5]);

    logo(s, x0 + 44, 128, 44, tone, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(x0 + 110, 142, doc.hospital.name, st('sansBold', 19, { color: tone, spacing: 2 }));
    s.put(x0 + 110, 190, addressLine(doc), st('sans', 8.5, { color: '#555' }));
    s.line(x0, 222, right, 222, 3, tone);
    const title = rng.pick(['诊 断 证 明 书', '疾 病 证 明 书']);
    s.put(s.width / 2, 310, title, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 6 }));

    // The HIS-printed rows.
    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const stay = doc.dates.issue >= doc.dates.discharge && doc.dates.admission < doc.dates.visit && rng.chance(0.35);
    let y = 400;
    spread(s, x0, right, y, [['姓名：', p.name], ['性别：', sex], ['年龄：', age], ['科别：', doc.department]], b, f);
    y += lh;
    spread(s, x0, right, y, [['身份证号：', p.idNumber], [stay ? '住院号：' : '门诊号：', doc.recordNo]], b, f);
    y += lh;
    if (stay) {
      spread(s, x0, right, y, [['入院日期：', formatDate(doc.dates.admission, ds)], ['出院日期：', formatDate(doc.dates.discharge, ds)],
        ['住院天数：', `${doc.stayDays}天`]], b, f);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    } else s.pair(x0, y, '就诊日期：', formatDate(doc.dates.visit, ds), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    s.line(x0, y + lh * 0.6, right, y + lh * 0.6, 1.4);

    // The doctor's hand on pre-printed ruled lines.
    const rule = '#9a9a9a';
    const step = px(hand) * 2.2;
    y += lh * 2;
    const dw = s.put(x0, y, '诊断：', b);
    const items = doc.dx.western.map((d, i) => `${i + 1}.${d.text}`);
    const lines = Math.max(5, items.length + 1);
    for (let i = 0; i < lines; i += 1) s.line(x0 + dw, y + 14 + i * step, right, y + 14 + i * step, 1, rule);
    const hx = x0 + dw + rng.int(10, 40);
    items.forEach((t, i) => {
      if (hx + handWidth(s, t, hand) > right) throw new Error(`handwritten diagnosis too wide: ${t}`);
      handwritten(s, hx, y + i * step, t, hand, rng);
    });
    s.diagnoses(doc.dx.western);
    y += lines * step + lh * 0.6;
    const aw = s.put(x0, y, '建议：', b);
    for (let i = 0; i < 3; i += 1) s.line(x0 + aw, y + 14 + i * step, right, y + 14 + i * step, 1, rule);
    const rest = rng.pick(['休息一周', '休息两周', '全休半月', '休息1月']);
    handwritten(s, x0 + aw + 20, y, `${rest}，${rng.pick(['按时服药', '规律服药', '低盐低脂饮食'])}，门诊随诊。`, hand, rng);
    if (doc.primary === 'URAEMIA_DIALYSIS') handwritten(s, x0 + aw + 20, y + step, '需长期规律血液透析治疗。', hand, rng);
    y += 3 * step + lh * 2.2;

    const sw = s.put(x0 + w * 0.08, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.08 + sw + 12, y, doc.doctors.attending, hand, rng);
    const label = '开具日期：';
    const lw = s.put(x0 + w * 0.55, y, label, b, false);
    if (rng.chance(0.6)) {
      const text = formatDate(doc.dates.issue, ds);
      const tw = s.put(x0 + w * 0.55 + lw, y, text, f, false);
      s.record(x0 + w * 0.55, y, label + text, x0 + w * 0.55 + lw + tw);
    } else {
      s.record(x0 + w * 0.55, y, label, x0 + w * 0.55 + lw);
      handwritten(s, x0 + w * 0.55 + lw + 10, y, handDate(doc.dates.issue, rng.pick(['ri', 'dot'] as const)), hand, rng);
    }
    seal(s, x0 + w * 0.72, y - 30, 112, doc.hospital.name, rng.pick(['诊断证明专用章', '门诊部']), rng);
    s.put(x0, 2200, '注：本证明涂改无效，须加盖医院诊断证明专用章。', st(serif ? 'serif' : 'sans', 9, { color: '#444' }));
  },
};
