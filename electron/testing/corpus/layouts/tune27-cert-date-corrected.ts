import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY_MORE } from '../hospitals';
import { handwritten, nameStamp, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { numbered, px, st } from './common';
import { issuedSoon } from './tune4-kit';
import { COUNTY26 } from './tune26-kit';
import { corrected, pen, strike } from './tune27-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 诊断证明书 of a Shandong / Hebei county or city hospital, printed by the HIS on a half-ruled form and handed over at the
 * 门诊: 姓名 / 性别 / 年龄 / 身份证号 (truth) in a bordered header, 初诊日期 (an earlier visit, not truth), the numbered
 * 诊断 (counted), 医嘱 with a rest period, the doctor's hand, and the printed 开具日期 — wrong (the day before, a few days
 * out, or last year's number in January), crossed out in ballpoint with the right date written beside it and 更正 with the
 * doctor's surname (the written date is the truth, the struck one a decoy). The 医务科 seal lands over both.
 */
export const tune27CertDateCorrected: Layout = {
  id: 'tune27-cert-date-corrected',
  kind: 'certificate',
  split: 'tune',
  style: 'Shandong / Hebei county or city hospital HIS 诊断证明书, sans or serif 12–13.5 pt, bordered header, the printed 开具日期 '
    + 'struck through in ballpoint with the right date and 更正 written beside it',
  exercises: ['printed 开具日期 crossed out with one or two pen strokes (decoy)', 'the handwritten date beside it (truth)',
    '更正 + the doctor\'s surname in ballpoint after the date', '初诊日期 in the header (not truth)',
    '身份证号 in the header (truth)', 'numbered 诊断 (counted)', 'rest period 建议休息…天 from a date (not truth)'],
  doc: (rng) => issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...COUNTY26, ...CITY_MORE] }), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([12, 12.5, 13.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 2;
    const p = doc.patient;
    const ink = pen(rng);

    s.put(s.width / 2, 200, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 300, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 12 }));
    const no = `${doc.recordNo}`;
    s.put(x0, 390, `门诊号：${no}`, st(f.face, 11));
    s.put(right, 390, `No.${String(rng.int(100000, 999999))}`, st('sans', 11, { align: 'right' }));

    const c = w / 6;
    let y = s.grid(x0, 420, lh * 1.15, [
      [{ text: '姓名', w: c * 0.8, label: true }, { text: p.name, w: c * 1.2 }, { text: '性别', w: c * 0.6, label: true },
        { text: p.sex, w: c * 0.4 }, { text: '年龄', w: c * 0.6, label: true }, { text: `${p.age}岁`, w: c * 0.6 },
        { text: '科别', w: c * 0.6, label: true }, { text: doc.department, w: c * 1.2 }],
      [{ text: '身份证号', w: c * 1.1, label: true }, { text: p.idNumber, w: c * 2.6 },
        { text: '初诊日期', w: c * 1.0, label: true }, { text: formatDate(doc.dates.firstVisit, 'iso'), w: c * 1.3 }],
    ], f, { label: b, border: 1.8 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += lh * 1.2;
    s.put(x0, y, '诊断：', b);
    y += lh;
    s.diagnoses(doc.dx.western);
    for (const l of numbered(doc.dx.western, rng.pick(['1.', '1、'] as const))) {
      s.put(x0 + px(pt) * 2, y, l, f);
      y += lh;
    }
    y += lh * 0.4;
    s.put(x0, y, '医嘱：', b);
    y += lh;
    const rest = rng.int(3, 14);
    const from = addDays(doc.dates.issue, rng.int(0, 1));
    const orders = [`建议自${formatDate(from, 'cnShort')}起休息${rest}天。`, '需长期规律服药，定期门诊复查。', '不适随诊。'];
    orders.forEach((o, i) => s.put(x0 + px(pt) * 2, y + i * lh, `${i + 1}.${o}`, f));
    y += lh * orders.length;
    s.line(x0, y, right, y, 1.2);

    // The signature block: the doctor's hand, then the printed date of issue, struck and written again.
    y += lh * 1.6;
    const sw = s.put(x0, y, '医师签名：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.15, rng);
    y += lh * 1.5;
    const [yy] = parts(doc.dates.issue);
    const wrong = rng.chance(0.3) && doc.dates.issue.slice(5, 7) === '01'
      ? `${yy - 1}${doc.dates.issue.slice(4)}` : addDays(doc.dates.issue, rng.pick([-1, -1, -2, 1, -7]));
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const lw = s.put(x0, y, '开具日期：', f);
    const printed = formatDate(wrong, ds);
    const pw = s.put(x0 + lw, y, printed, f);
    strike(s, x0 + lw, y, pw, pt, ink, rng);
    const hand = formatDate(doc.dates.issue, rng.pick(['cnShort', 'dot', 'cnShort'] as const));
    corrected(s, x0 + lw + pw + px(pt) * 1.2, y, hand, [...doc.doctors.attending][0] ?? '', pt * 1.2, rng);
    nameStamp(s, right - 170, y - lh * 1.6, doc.doctors.attending, rng);

    seal(s, x0 + lw + pw * 0.9 + rng.range(-40, 60), y - lh * 0.7, rng.range(118, 134), doc.hospital.name,
      rng.pick(['医务科', '诊断证明专用章']), rng);
    y += lh * 2;
    s.put(x0, Math.max(y, 1900), '注：1.本证明书涂改无效（经医师签名更正者除外）。2.须加盖医院诊断证明专用章。',
      st(f.face, 10.5, { color: '#333' }));
    s.put(x0, Math.max(y, 1900) + px(10.5) * 1.8, `3.地址：${doc.hospital.address}  电话：${doc.hospital.phone}`,
      st(f.face, 10.5, { color: '#333' }));
  },
};
