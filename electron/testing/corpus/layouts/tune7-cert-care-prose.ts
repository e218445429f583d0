import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY_MORE, COUNTY, REHAB, SPECIALTY } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { localTo, villageOf } from './tune3-kit';
import { para, settled, suited, yearMonth } from './tune6-kit';

/** Whose disability or need of care a doctor certifies: strokes, severe mental illness, disabled children, late tumours. */
const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'SEVERE_MENTAL_DISORDER',
  'CHILD_DISABILITY_REHAB', 'URAEMIA_DIALYSIS'];

/** What remains and how it is scored, in the words of each assessment. */
function state(key: DiseaseKey, rng: Rng): { left: string; score: string; need: string } {
  switch (key) {
    case 'SEVERE_MENTAL_DISORDER':
      return { left: '仍存在幻听及被害妄想，社会功能明显受损，生活需他人督促', score: `大体功能评定量表（GAF）评分${rng.int(25, 45)}分`, need: '精神残疾' };
    case 'CHILD_DISABILITY_REHAB':
      return { left: '运动、语言及社会交往能力明显落后于同龄儿童', score: `Gesell发育量表发育商（DQ）${rng.int(35, 60)}`, need: '儿童残疾' };
    case 'URAEMIA_DIALYSIS':
      return { left: '每周规律血液透析3次，乏力明显，活动耐量下降', score: `日常生活活动能力（Barthel指数）评分${rng.int(40, 60)}分`, need: '长期护理' };
    default:
      return { left: `遗留${rng.pick(['左侧', '右侧'])}肢体偏瘫，肌力${rng.int(1, 3)}级，言语含糊，行走及如厕需人扶助`,
        score: `日常生活活动能力（Barthel指数）评分${rng.int(15, 40)}分，属重度依赖`, need: rng.pick(['长期护理', '肢体残疾']) };
  }
}

/**
 * 医学诊断证明 for a disability assessment (办理残疾人证) or long-term-care insurance (长期护理保险失能评定): all in prose,
 * the diagnoses inside the sentence (经诊断患有…、…、…), the onset by month and the treatment in months, an assessment
 * score, the doctor's and the director's signatures, and the date of issue beside the signature (truth) with the seal.
 */
export const tune7CertCareProse: Layout = {
  id: 'tune7-cert-care-prose',
  kind: 'certificate',
  split: 'tune',
  style: 'County / brain / mental / rehabilitation hospital 医学诊断证明 for 残疾评定 or 长期护理保险: borderless serif 13–14.5 pt prose, diagnoses inside the sentence, dated signature line with seal',
  exercises: ['title naming the purpose (残疾评定医学诊断证明 / 长期护理保险失能评定医疗诊断证明 / 医疗诊断证明（办理残疾人证用）)',
    'the name only inside the sentence: 兹有患者张三，男，67岁，身份证号…, 住址… (患儿 and 监护人 for children)',
    'diagnoses inside prose joined by 、: 经诊断患有脑梗死后遗症、高血压病3级（很高危）、2型糖尿病 (all counted)',
    '发病 by month only (2023年5月), 经规范治疗N个月以上', 'assessment scores: Barthel 指数 / GAF / Gesell DQ (numbers that are not dates)',
    '本证明自开具之日起30日内有效', '诊断医师 handwritten and 科主任 printed; 日期：2025年3月4日 / 二〇二五年三月四日 beside the signature (truth) under the seal'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...COUNTY, ...CITY_MORE.filter((h) => /脑科|东昌府/u.test(h.name)), ...SPECIALTY.filter((h) => h.only?.includes('SEVERE_MENTAL_DISORDER')), ...REHAB],
    outside: 0.1, compoundSurnames: 0.12 }), rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#111111';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const pt = rng.pick([13, 13.5, 14, 14.5]);
    const f = st(face, pt);
    const lh = px(pt) * 2;
    const child = doc.patient.age < 14;
    const { left, score, need } = state(doc.primary, rng);

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    const title = need === '长期护理' ? '长期护理保险失能评定医疗诊断证明' : rng.pick(['残疾评定医学诊断证明', '医疗诊断证明（办理残疾人证用）']);
    s.put(s.width / 2, 290, title, st('serifBold', 17, { align: 'center', spacing: 2 }));
    s.put(right, 360, `编号：${doc.dates.issue.slice(0, 4)}-${String(rng.int(1, 999)).padStart(3, '0')}`, st(face, 11, { align: 'right' }));

    const [sex, age] = sexAge(doc);
    const onset = yearMonth(addDays(doc.dates.issue, -rng.int(200, 900)));
    const months = rng.int(6, 24);
    const dx = doc.dx.western.map((d) => d.text);
    const who = child ? `兹有患儿${doc.patient.name}，${sex}，${age}，身份证号：${doc.patient.idNumber}，监护人：${rng.pick(['其父', '其母'])}，`
      : `兹有患者${doc.patient.name}，${sex}，${age}，身份证号：${doc.patient.idNumber}，`;
    const text = `${who}住址：${villageOf(doc, rng)}。该${child ? '患儿' : '患者'}于${onset}起病，经我院诊断患有${dx.join('、')}，`
      + `经规范治疗${months}个月以上，病情相对稳定，目前${left}。${score}。`
      + `${need === '长期护理' ? '符合长期护理保险失能评定申请条件' : `建议进行${need}评定`}。`;
    let y = para(s, x0, 470, w, text, f, lh, { indent: px(pt) * 2, keep: [...dx, doc.patient.idNumber, onset] });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    s.diagnoses(doc.dx.western);
    y = para(s, x0, y + lh * 0.2, w, '特此证明。', f, lh, { indent: px(pt) * 2 });
    y = para(s, x0, y + lh * 0.2, w, '（本证明仅供残疾评定 / 失能评定使用，自开具之日起30日内有效，复印无效。）', st(face, pt - 2), lh * 0.85,
      { indent: px(pt) * 2 });

    y = Math.max(y + lh * 2, 1500);
    const lw = s.put(x0 + w * 0.35, y, '诊断医师：', f);
    handwritten(s, x0 + w * 0.35 + lw + 10, y, doc.doctors.attending, pt * 1.2, rng);
    y += lh * 1.3;
    s.put(x0 + w * 0.35, y, `科主任：${doc.doctors.director}`, f);
    y += lh * 1.3;
    const ds: DateStyle = rng.pick(['cnShort', 'cnNumeral', 'cn'] as const);
    s.put(x0 + w * 0.35, y, `日期：${formatDate(doc.dates.issue, ds)}`, f);
    s.put(right - 60, y - lh * 1.3, '（医院盖章）', { ...f, align: 'right' });
    seal(s, right - 200 + rng.range(-30, 30), y - lh * 1.2 + rng.range(-20, 20), 125, doc.hospital.name, rng.pick(['诊断证明专用章', '医务科']), rng);
    s.put(x0, 2220, `${doc.hospital.address}\u3000电话：${doc.hospital.phone}`, st(face, 9, { color: '#444' }));
  },
};
