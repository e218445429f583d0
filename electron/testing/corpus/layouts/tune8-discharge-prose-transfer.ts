import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, type Mark } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { para, suited } from './tune6-kit';
import { inline } from './tune8-kit';

/** What a township health centre or a county ward keeps: the chronic diseases of the elderly and their strokes. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** Where the patient was first put and where he went (null: no transfer). A township centre has one 内科. */
function wards(doc: Doc, rng: Rng): { first: string; then: string | null } {
  const township = /卫生院/u.test(doc.hospital.name);
  const stroke = doc.primary === 'CEREBROVASCULAR_DISEASE';
  if (township) return { first: '内科', then: stroke && rng.chance(0.7) ? rng.pick(['中医康复科', '康复科']) : null };
  if (stroke && rng.chance(0.6)) return { first: doc.department, then: '康复医学科' };
  if (rng.chance(0.4)) return { first: rng.pick(['重症医学科', '急诊病房']), then: doc.department };
  return { first: doc.department, then: null };
}

/**
 * 出院记录 of a township health centre or a county hospital told in prose: the stay appears only inside sentences
 * (患者于2024年12月28日因…入院 … 于2025年1月6日好转出院，共住院9天), sometimes with a transfer between wards on a day
 * in between; 入院诊断 and 出院诊断 numbered ①② or 一、二、; history with 否认…病史 and a relative's disease.
 */
export const tune8DischargeProseTransfer: Layout = {
  id: 'tune8-discharge-prose-transfer',
  kind: 'discharge',
  split: 'tune',
  style: 'Township health centre / county / far-province hospital 出院记录 in 宋体 12.5–13.5 pt prose: '
    + 'borderless two-line header, run-in section labels, the stay only inside sentences, ward transfer',
  exercises: ['姓名：张三  性别：男  年龄：67岁  住院号：… on one borderless line, 身份证号码 on the next; no date in the header',
    'the stay only in prose: 患者于2024年12月28日因“…”入院 … 于2025年1月6日好转出院，共住院9天 (in one sentence or two sections apart)',
    'a ward transfer on a day in between (于2025年1月2日转入康复医学科 / 病情平稳后转入心内科) — not the stay',
    'stays across the year end (some pages)', '入院诊断 inline ①…②… / 一、…二、… (not counted), 出院诊断 one a line in the same numbering (counted)',
    '既往史 with a past illness, 否认…病史, 家族史 naming a relative\'s disease (not counted)', '出院医嘱 with a 复诊 date after the discharge',
    '医师签名 handwritten, 上级医师 printed, no date at the signature'],
  doc: (rng) => suited(localTo(forPatient(makeDoc(rng, { kind: 'discharge', keys: KEYS,
    hospitals: [...TOWNSHIP.filter((h) => h.name.includes('卫生院')), ...COUNTY, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')),
      ...FAR_PROVINCES],
    compoundSurnames: 0.12, yearEnd: 0.35 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['serif', 'serif', 'serifLight'] as const);
    const pt = rng.pick([12.5, 13, 13.5]);
    const f = st(face, pt);
    const b = st('serifSemi', pt);
    const lh = px(pt) * 1.85;

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 270, '出 院 记 录', st('serifBold', 17, { align: 'center', spacing: 10 }));

    const [sex, age] = sexAge(doc);
    const gap = px(pt) * 1.6;
    let y = 370;
    inline(s, x0, y, [['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['住院号：', doc.recordNo]], f, f, gap);
    y += lh;
    inline(s, x0, y, [['身份证号码：', doc.patient.idNumber], ['床号：', `${doc.bed}床`]], f, f, gap);
    s.line(x0, y + lh * 0.5, right, y + lh * 0.5, 2.4);
    s.line(x0, y + lh * 0.5 + 6, right, y + lh * 0.5 + 6, 0.8);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += lh * 1.6;

    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const { first, then } = wards(doc, rng);
    const moved = formatDate(addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 3))), ds);
    const outcome = rng.pick(['好转出院', '病情好转出院', '症状缓解出院']);
    const together = rng.chance(0.5);
    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.25;
    };
    if (together) {
      section('住院经过：', `患者于${adm}因“${doc.complaint}”入住我院${first}，${then ? `于${moved}转入${then}继续治疗，` : ''}`
        + `经治疗后于${dis}${outcome}，共住院${doc.stayDays}天。`, [adm, dis, moved]);
    }
    section('入院情况：', `${together ? '' : `患者于${adm}因“${doc.complaint}”入院。`}既往史：${pastHistory(doc, rng)}。`
      + `个人史：${doc.patient.age >= 55 ? rng.pick(['吸烟30余年，已戒', '无烟酒嗜好', '偶饮酒']) : rng.pick(['无烟酒嗜好', '偶饮酒'])}。家族史：${doc.history.family}。`
      + `查体：BP ${rng.int(120, 180)}/${rng.int(70, 105)}mmHg，神志清，精神${rng.pick(['可', '差', '一般'])}，心肺听诊未闻及明显异常。`, [adm]);
    const how: Mark = rng.pick(['①', '一、'] as const);
    section('入院诊断：', listed(doc.dx.admission, how).join('　'), doc.dx.admission.map((d) => d.text));
    const tests = `完善血常规、生化、心电图等检查，予${doc.course}等治疗`;
    const fromIcu = then !== null && first !== doc.department;
    const course = !then || together ? `入院后${tests}。`
      : fromIcu ? `入院时收住${first}，${tests}，${moved}病情平稳后转入${then}继续治疗。`
        : `入院后${tests}。${moved}病情平稳，为进一步康复治疗转入${then}，予肢体功能训练、针灸等治疗。`;
    section('诊疗经过：', `${course}`
      + (together ? '患者症状较前好转，准予出院。' : `患者症状较前好转，于${dis}${outcome}，共住院${doc.stayDays}天。`), [moved, dis]);
    section('出院情况：', '神志清，精神可，饮食睡眠可，二便正常，生命体征平稳。');

    s.put(x0, y, '出院诊断：', b);
    y += lh;
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.25;

    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), ds);
    section('出院医嘱：', `1.低盐低脂饮食，注意休息；2.遵医嘱用药：${doc.medicines.slice(0, 2).join('，')}；3.${rng.pick(['请于', '嘱'])}${back}`
      + `${rng.pick(['来院复诊', '门诊复查'])}，不适随诊。`, [back, ...doc.medicines]);

    y = Math.max(y + lh * 1.2, 1900);
    const sw = s.put(x0 + w * 0.4, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.4 + sw + 10, y, doc.doctors.resident, pt * 1.25, rng);
    s.pair(x0 + w * 0.72, y, '上级医师：', doc.doctors.attending, f);
  },
};
