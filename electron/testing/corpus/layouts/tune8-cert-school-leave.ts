import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, REHAB, SPECIALTY } from '../hospitals';
import { handwritten, seal } from '../marks';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { needs } from './tune2-kit';
import { localTo } from './tune3-kit';
import { countyOf } from './tune5-kit';
import { para, settled, suited, yearMonth } from './tune6-kit';

/** Diseases that keep a child from school or an adult from work for months. */
const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'HEMOPHILIA', 'HEMOPHILIA', 'SEVERE_MENTAL_DISORDER',
  'SEVERE_MENTAL_DISORDER', 'CHILD_DISABILITY_REHAB', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS'];

/** Who the paper is for and what it asks, by the patient's age: a kindergarten, a school, a college, an employer. */
function purpose(doc: Doc, rng: Rng): { title: string; who: string; of: string; ask: string; guardian: string | null } {
  const age = doc.patient.age;
  const county = countyOf(doc);
  const from = formatDate(addDays(doc.dates.issue, rng.int(1, 6)), 'cnShort');
  const mother = (): string => {
    let name = personName(rng, '女', 0.02);
    while (name === doc.patient.name) name = personName(rng, '女', 0.02);
    return `${name}（母亲）`;
  };
  if (age < 6) {
    return { title: rng.pick(['诊断证明书', '疾病诊断证明']), who: '患儿', of: `拟入读${county}${rng.pick(['实验幼儿园', '第二幼儿园', '机关幼儿园'])}`,
      ask: `建议暂缓入园，继续康复治疗${rng.pick(['半年', '一年'])}`, guardian: mother() };
  }
  if (age <= 18) {
    const school = age <= 12 ? `${rng.pick(['实验小学', '第一小学', '城关镇中心小学'])}${rng.pick(['二', '三', '四', '五'])}年级`
      : age <= 15 ? `${rng.pick(['第一中学', '第三中学', '实验中学'])}初${rng.pick(['一', '二', '三'])}`
        : `${rng.pick(['第一中学', '第二中学'])}高${rng.pick(['一', '二'])}`;
    const ask = doc.primary === 'CHILD_DISABILITY_REHAB'
      ? `不能适应普通班级学习，建议${rng.pick(['暂缓入学一年', '送教上门', '转入特殊教育学校就读'])}，继续康复训练`
      : `不宜坚持正常学习，建议自${from}起休学${rng.pick(['一学期', '一年'])}，期间定期复查`;
    return { title: rng.pick(['休学诊断证明', '诊断证明书']), who: age < 14 ? '患儿' : '患者', of: `系${county}${school}学生`, ask, guardian: mother() };
  }
  if (age <= 22) {
    return { title: rng.pick(['休学诊断证明', '诊断证明书']), who: '患者', of: `系${rng.pick(['聊城大学', '山东农业工程学院', '聊城职业技术学院'])}在校学生`,
      ask: `不能坚持正常学习，建议自${from}起休学一年`, guardian: null };
  }
  if (age > 58) {
    return { title: '诊断证明书', who: '患者', of: `系${county}${rng.pick(['退休职工', '居民'])}`,
      ask: `生活不能完全自理，需家属长期陪护，建议其子女自${from}起请假陪护${rng.pick(['一个月', '三个月'])}`, guardian: null };
  }
  return { title: rng.pick(['病休证明', '诊断证明书']), who: '患者', of: `系${county}${rng.pick(['供电公司', '第一中学', '农商银行', '人民政府'])}职工`,
    ask: `建议${rng.pick(['全休', '病休'])}${rng.pick(['三个月', '六个月'])}（自${from}起），期间定期复查`, guardian: null };
}

/**
 * 休学诊断证明 / 病休证明 as a letter in large 宋体: the patient named only inside the first sentence with the school or the
 * employer (and, for a minor, the mother's name as 监护人 — a second person), the diagnoses one a line under 经我院确诊为：,
 * the leave from a date after the issue, and at the bottom the doctor's handwritten name at the left and the hospital's
 * name over the date of issue at the right under the seal (often in Chinese numerals) — the only place the issue is printed.
 */
export const tune8CertSchoolLeave: Layout = {
  id: 'tune8-cert-school-leave',
  kind: 'certificate',
  split: 'tune',
  style: 'City / county / specialty / rehab hospital 休学诊断证明 or 病休证明 as a borderless letter, 宋体 14–15 pt,'
    + ' hospital name over the date of issue under the seal at the bottom right',
  exercises: ['the name only inside the first sentence: 兹证明张三，男，15岁，身份证号：…，系阳谷县第一中学初二学生',
    'a minor\'s mother named as 监护人：王秀英（母亲） in the same sentence (a second person, not the patient)',
    '发病 by month only (2024年10月起), 在我院…科住院及门诊治疗 without dates', 'diagnoses one a line under 经我院确诊为： numbered 1. / （1） / 一、 (counted)',
    'the leave from a date after the issue: 建议自2025年3月6日起休学一年 / 病休三个月 / 子女请假陪护 (not the issue)',
    '经治医师 handwritten and 科室负责人 printed at the bottom left (two doctors\' names)',
    'the issue only at the bottom right under the hospital name: 二〇二五年三月四日 / 二○二五年… / 2025年3月4日, the seal over both (truth)'],
  doc: (rng) => settled(suited(localTo(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...CITY, ...CITY_MORE.filter((h) => !h.name.includes('脑科')), ...COUNTY, ...SPECIALTY, ...REHAB], compoundSurnames: 0.1 }),
  rng))),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 170;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([14, 14.5, 15]);
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const f = st(face, pt);
    const lh = px(pt) * 2.05;
    const p = purpose(doc, rng);

    s.put(s.width / 2, 200, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 320, p.title, st('serifBold', 22, { align: 'center', spacing: 16 }));

    const [sex, age] = sexAge(doc);
    const onset = yearMonth(addDays(doc.dates.issue, -rng.int(60, 400)));
    const care = rng.pick(['住院及门诊', '住院', '门诊']);
    const first = `兹证明${p.who === '患儿' ? '患儿' : ''}${doc.patient.name}，${sex}，${age}，身份证号：${doc.patient.idNumber}，${p.of}`
      + `${p.guardian ? `，监护人：${p.guardian}` : ''}。该${p.who === '患儿' ? '患儿' : doc.patient.age <= 22 ? '生' : doc.patient.age > 58 ? '患者' : '同志'}`
      + `于${onset}起病，在我院${doc.department}${care}治疗，经我院确诊为：`;
    const keep = [doc.patient.idNumber, onset, ...(p.guardian ? [p.guardian] : [])];
    let y = para(s, x0, 450, w, first, f, lh, { indent: px(pt) * 2, keep });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    const how: Mark = rng.pick(['1.', '（1）', '一、'] as const);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh;
    y = para(s, x0, y, w, `目前${needs(doc).replace(/^需/u, '仍需')}，${p.ask}。`, f, lh, { indent: px(pt) * 2 });
    y = para(s, x0, y, w, '特此证明。', f, lh, { indent: px(pt) * 2 });

    y = Math.max(y + lh * 2, 1500);
    const sw = s.put(x0, y, '经治医师：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.15, rng);
    s.put(x0, y + lh * 1.2, `科室负责人：${doc.doctors.director}`, f);
    const ds: DateStyle = rng.pick(['cnNumeral', 'cnNumeral', 'cnNumeralO', 'cnShort'] as const);
    const date = formatDate(doc.dates.issue, ds);
    const dw = s.measure(date, f);
    const hw = s.measure(doc.hospital.name, f);
    const cx = right - Math.max(dw, hw) / 2;
    s.put(cx, y + lh * 2.6, doc.hospital.name, { ...f, align: 'center' });
    s.put(cx, y + lh * 3.6, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 40), y + lh * 3 + rng.range(-25, 20), rng.range(140, 160), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科']), rng);
    s.put(s.width / 2, 2210, '（本证明仅供学校、单位办理请假手续使用，涂改无效）', st(face, 10, { align: 'center', color: '#333' }));
  },
};
