import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { personName } from '../people';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, pastHistory, printedOn, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { examOf, suited } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { local20, NORTHEAST20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

/** The relative the ward writes down as 联系人: a son or daughter with the patient's surname, or the spouse (never the patient). */
function contact(doc: Doc, rng: Rng): string {
  const relation = rng.pick(['儿子', '女儿', '配偶', '儿子'] as const);
  const sex = relation === '儿子' || (relation === '配偶' && doc.patient.sex === '女') ? '男' : '女';
  let name = personName(rng, sex, 0);
  if (relation !== '配偶') name = [...doc.patient.name][0] + [...name].slice(1).join('');
  if (name === doc.patient.name) name = `${[...name][0]}${sex === '男' ? '立军' : '秀芳'}`;
  return `${name}（${relation}）`;
}

/**
 * 出院小结 of a Heilongjiang, Jilin or Liaoning county hospital whose Word-like template gives the stay only in the running footer
 * at the foot of the page (住院号 ｜ 入院：2025.03.04 ｜ 出院：2025.03.15 ｜ 住院11天 ｜ 第1页/共1页; truth), never in the header or
 * the body. The body is a bordered label-column table (入院情况 … 出院医嘱). Decoys: the 打印 date at the top right, a relative's
 * name as 联系人, the transfer day and an examination day in 诊疗经过, a 复查 date in 出院医嘱, 入院诊断 (not counted). 出院诊断 in
 * their own row with ICD codes (counted). The ID whole in the header (truth), masked in the footer on some pages.
 */
export const tune20DischargeFooterStay: Layout = {
  id: 'tune20-discharge-footer-stay',
  kind: 'discharge',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county hospital 出院小结: centred serif letterhead over a double rule, 打印 date top right, '
    + 'borderless two-line patient header with a 联系人, body as a bordered label-column table, the stay only in the running footer, '
    + 'serif or sans 10.5–11.5 pt',
  exercises: ['the stay only in the running footer: 入院：2025.03.04 ｜ 出院：2025.03.15 ｜ 住院11天, or 住院时间 2025年03月04日—2025年03月15日 '
    + '(truth), beside the 住院号 and 第1页/共1页', '打印 date at the top right of the page (not truth)',
    '联系人 a son, daughter or spouse by name (not the patient)', '诊疗经过 with the day of transfer from 急诊科 and an examination day (not truth)',
    '入院诊断 inline (not counted); 出院诊断 in a row of the table one a line with ICD codes (counted)', '复查 date in 出院医嘱 (not truth)',
    'the ID whole in the header, masked again in the footer on some pages'],
  doc: (rng) => local20(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: NORTHEAST20, compoundSurnames: 0.05,
    yearEnd: 0.12 })), rng, { outside: 0.35, near: 0.15, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 118;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    const small = st(f.face, 8.5, { color: '#333' });
    const printed = formatDate(printedOn(doc), rng.pick(['iso', 'isoTime'] as const), doc.times.print);
    s.put(right, 92, `打印：${printed}`, { ...small, align: 'right' });
    s.put(s.width / 2, 160, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 232, '出 院 小 结', st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 6 }));
    s.line(x0, 262, right, 262, 3);
    s.line(x0, 270, right, 270, 1);

    let y = 318;
    const cells: readonly (readonly [string, string, number])[] = [['姓名：', p.name, 0], ['性别：', p.sex, 0.2], ['年龄：', `${p.age}岁`, 0.32],
      ['科别：', doc.department, 0.46], ['病区：', `${rng.int(1, 9)}病区`, 0.68], ['床号：', `${doc.bed}`, 0.85]];
    cells.forEach(([l, v, at]) => s.pair(x0 + w * at, y, l, v, b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.46, y, '联系人：', contact(doc, rng), b, f);
    s.pair(x0 + w * 0.73, y, '电话：', maskedMobile(rng), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 0.7;

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const bp = `${rng.int(122, 186)}/${rng.int(68, 104)}mmHg`;
    const moved = addDays(doc.dates.admission, rng.int(0, 1));
    const exam = addDays(doc.dates.admission, rng.int(2, Math.max(2, doc.stayDays - 2)));
    const [mv, ex] = [mdCn(moved), mdCn(exam)];
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([14, 21, 30])), rng.pick(['cnShort', 'iso'] as const));
    const dx = listed(doc.dx.western, how).map((t, i) => `${t}（${codeOf(doc.dx.western[i] ?? { text: t, key: null }, i)}）`);
    y = sectionTable(s, x0, y, w, 190, [
      { label: '入院情况', text: `因“${doc.complaint}”经急诊入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。入院查体：BP ${bp}，`
        + '神志清楚，心肺听诊未闻及明显异常，双下肢无水肿。' },
      { label: '入院诊断', text: listed(doc.dx.admission, how).join('  '), keep: doc.dx.admission.map((d) => d.text) },
      { label: '诊疗经过', text: `${mv}由急诊科转入我科，完善相关检查，${ex}行${examOf(doc)}。给予${doc.course}等治疗，病情平稳好转。`, keep: [mv, ex] },
      { label: '出院情况', text: rng.pick(['一般状态可，无明显不适主诉，生命体征平稳，准予出院。', '症状较入院时明显减轻，饮食睡眠可，二便正常。']) },
      { label: '出院诊断', lines: dx },
      { label: '出院医嘱', text: `1.规律服药：${doc.medicines.slice(0, 2).join('，')}；2.监测血压、血糖；3.${back}${doc.department}门诊复查，`
        + '如有不适随时就诊。', keep: [back, ...doc.medicines] },
    ], f, b, lh, { shade: rng.chance(0.5) ? '#f0f0f0' : undefined });
    s.diagnoses(doc.dx.western);

    y += lh * 1.6;
    const sw = s.put(x0 + w * 0.1, y, '经治医师：', f);
    handwritten(s, x0 + w * 0.1 + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.42, y, '上级医师：', doc.doctors.attending, f);
    s.pair(x0 + w * 0.7, y, '科主任：', doc.doctors.director, f);

    // The running footer: the stay and nothing else dated.
    const ds: DateStyle = rng.pick(['dotPad', 'iso', 'cn'] as const);
    const [adm, dis] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    const foot = st(f.face, 9);
    const fy = 2215;
    s.line(x0, fy - 34, right, fy - 34, 1);
    const parts = rng.chance(0.5) ? [`住院号：${doc.recordNo}`, `入院：${adm}`, `出院：${dis}`, `住院${doc.stayDays}天`]
      : [`住院号：${doc.recordNo}`, `住院时间：${adm}—${dis}`];
    if (rng.chance(0.4)) parts.push(maskedId(p.idNumber));
    s.put(x0, fy, parts.join(' ｜ '), foot);
    s.put(right, fy, '第1页/共1页', { ...foot, align: 'right' });
  },
};
