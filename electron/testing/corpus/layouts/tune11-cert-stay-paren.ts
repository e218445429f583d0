import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { historyItem, suspected, withCode } from './tune11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 诊断证明书 of a county or township hospital on ruled paper: the stay in one parenthesis after its length —
 * 住院13天（2025.3.4-2025.3.17） (truth) — the diagnoses each with its ICD code in brackets, a suspicion or a past
 * operation without one (not counted); the seal stamped across the date of issue at the foot (truth).
 */
export const tune11CertStayParen: Layout = {
  id: 'tune11-cert-stay-paren',
  kind: 'certificate',
  split: 'tune',
  style: 'County / township 诊断证明书 on faintly ruled paper: centred title, fill-in header lines, body sentence with 住院13天（…-…）, '
    + 'coded diagnoses, seal over the issue date, serif or sans 12–13 pt',
  exercises: ['住院13天（2025.3.4-2025.3.17） / 住院期间：2025.03.04-2025.03.17（共13天） / 共住院13天（2025年3月4日至3月17日） (truth)',
    '诊断 with ICD codes: 2型糖尿病（E11.900） / 脑梗死 [I63.900]', 'a suspicion (冠心病待排) or a past operation (阑尾切除术后) without a code (not counted)',
    'seal over the date of issue (truth)', 'rest advised in words, handwritten 医师'],
  doc: (rng) => countyWords(issuedSoon(suited(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP], compoundSurnames: 0.12, yearEnd: 0.1 }), rng, COUNTY)), rng), rng, { outside: 0.3 }),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const face = rng.pick(['serif', 'sans'] as const);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 2.1;
    for (let yy = 420; yy < 2050; yy += lh) s.line(x0, yy + 12, right, yy + 12, 0.8, '#b9c6d8');

    s.put(s.width / 2, 160, doc.hospital.name, st(b.face, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 260, '诊 断 证 明 书', st(b.face, 21, { align: 'center', spacing: 10 }));
    let y = 420 - lh * 0.2;
    s.pair(x0, y, '姓名：', doc.patient.name, b, f);
    s.pair(x0 + w * 0.3, y, '性别：', doc.patient.sex, b, f);
    s.pair(x0 + w * 0.5, y, '年龄：', `${doc.patient.age}岁`, b, f);
    s.pair(x0 + w * 0.7, y, '科别：', doc.department, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + w * 0.6, y, '住院号：', doc.dates.admission.slice(0, 4) + doc.recordNo.slice(4), b, f);
    y += lh * 1.3;
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const [a, d] = [doc.dates.admission, doc.dates.discharge];
    const sameYear = a.slice(0, 4) === d.slice(0, 4);
    const how = rng.pick(['dot', 'range', 'cn'] as const);
    const stay = how === 'dot' ? `住院${doc.stayDays}天（${formatDate(a, 'dot')}-${formatDate(d, 'dot')}）`
      : how === 'range' ? `住院期间：${formatDate(a, 'dotPad')}-${formatDate(d, 'dotPad')}（共${doc.stayDays}天）`
        : `共住院${doc.stayDays}天（${formatDate(a, 'cnShort')}至${sameYear ? formatDate(d, 'cnShort').slice(5) : formatDate(d, 'cnShort')}）`;
    const text = `兹证明患者${doc.patient.name}因“${doc.complaint.replace(/，.*/u, '')}”在我院${doc.department}住院治疗，${stay}，经治疗病情好转出院。`;
    wrap(s, text, w, f, { indent: px(pt) * 2, keep: [stay] }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(pt) * 2 : 0), y, t, f);
      y += lh;
    });
    y += lh * 0.3;

    s.put(x0, y, '出院诊断：', b);
    y += lh;
    const code = rng.pick(['（）', '[]', '()'] as const);
    const extra: Dx[] = rng.chance(0.6) ? [rng.chance(0.5) ? suspected(doc, rng) : historyItem(doc, rng)] : [];
    const items = [...doc.dx.western.map((x, i) => withCode(x, i, code)), ...extra.map((x) => x.text)];
    items.forEach((t, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${t}`, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.3;
    const advice = `建议：出院后${rng.pick(['休息', '全休', '居家休养'])}${restSpan(rng)}，定期门诊复查，不适随诊。`;
    wrap(s, advice, w, f).forEach((t) => {
      s.put(x0, y, t, f);
      y += lh;
    });
    y += lh;
    const dw = s.put(x0 + w * 0.05, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.05 + dw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const label = `${doc.hospital.name}（盖章）`.length > 14 ? '（盖章）' : `${doc.hospital.name}（盖章）`;
    const cx = right - Math.max(s.measure(date, f), s.measure(label, f)) / 2 - 10;
    s.put(cx, y, label, { ...f, align: 'center' });
    s.put(cx, y + lh, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-30, 30), y + lh * 0.4 + rng.range(-20, 20), rng.range(125, 145), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2150, '注：本证明仅作病情证明，涂改无效，复印无效。', st(face, 9.5, { color: '#444' }));
  },
};
