import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, daysBetween, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, PROVINCES, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { needs } from './tune2-kit';
import { localTo, villageOf } from './tune3-kit';
import { para, suited } from './tune6-kit';

/** A 病情证明 for an insurer or a relief office is asked for some days or weeks after the discharge. */
function askedLater(doc: Doc, rng: Rng): Doc {
  const issue = addDays(doc.dates.discharge, rng.int(2, 30));
  return { ...doc, dates: { ...doc.dates, issue, visit: issue, print: addDays(issue, rng.int(0, 10)) } };
}

/** What the paper is for, printed under the title. */
const USES = ['医疗救助申请', '商业保险理赔', '大病保险报销', '单位报销', '困难救助申请'];

/**
 * 病情证明书 / 疾病证明书 of a county general or TCM hospital in a ruled double frame: a red serial number, the use under the
 * title, a ward strip (科室 / 住院号 / 床号), then prose that names the patient and tells the stay (因…于2025年1月3日入住我院…，
 * 入院诊断：…；…，于2025年1月12日出院，共住院9天; truth), the 出院诊断 as a numbered list (counted), a 门诊复查 after the
 * discharge (not the issue), and 医务科（盖章） over the date of issue at the bottom right.
 */
export const tune8CertIllnessStay: Layout = {
  id: 'tune8-cert-illness-stay',
  kind: 'certificate',
  split: 'tune',
  style: 'County general / TCM / other-province hospital 病情证明书 in a double ruled frame: '
    + 'red serial No., use line, ward strip, prose stay, numbered 出院诊断, 医务科 over the date, sans or serif 12–13 pt',
  exercises: ['red No. and （用于：商业保险理赔）-style use line under the title', '科室 / 住院号 / 床号 strip above the prose (no name there)',
    'the name in prose: 患者张三，男，67岁，身份证号码：…，住址：…号', 'the stay in prose: 于2025年1月3日入住我院心内科 … 于2025年1月12日好转出院，共住院9天 (truth)',
    '入院诊断 inline in the prose with a suspected disease (not counted)', '出院诊断 one a line numbered （1） / 1、 / 1. (counted)',
    '出院后于2025年1月20日来我院门诊复查 (a date between the discharge and the issue, not the issue)',
    '主治医师 handwritten, 科主任 printed', '医务科（盖章） over the date of issue 2025年1月25日 / 2025年01月25日 / 二〇二五年… with the seal (truth)'],
  doc: (rng) => askedLater(suited(localTo(forPatient(makeDoc(rng, { kind: 'certificate',
    hospitals: [...COUNTY, ...TCM, ...COUNTY_MORE, ...PROVINCES, ...PROVINCES_TCM], compoundSurnames: 0.12, yearEnd: 0.15 }),
  rng, COUNTY), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const serif = rng.chance(0.5);
    const face = serif ? rng.pick(['serif', 'serifLight'] as const) : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([12, 12.5, 13]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.95;
    const [fx0, fy0, fx1, fy1] = [95, 85, s.width - 95, s.height - 85];
    s.rect(fx0, fy0, fx1 - fx0, fy1 - fy0, 3);
    s.rect(fx0 + 10, fy0 + 10, fx1 - fx0 - 20, fy1 - fy0 - 20, 1);
    const x0 = 160;
    const right = s.width - x0;
    const w = right - x0;

    const serial = `No.${doc.dates.issue.slice(2, 4)}${String(rng.int(0, 99999)).padStart(5, '0')}`;
    s.put(right, 160, serial, st('sansMedium', 12, { align: 'right', color: '#c0262d' }));
    s.put(s.width / 2, 230, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 330, rng.pick(['病情证明书', '疾病证明书', '住院病情证明']), st(bold, 21, { align: 'center', spacing: 12 }));
    s.put(s.width / 2, 400, `（用于：${rng.pick(USES)}）`, st(face, 11, { align: 'center' }));
    const small = st(face, pt - 1);
    const strip = [`科室：${doc.department}`, `住院号：${doc.recordNo}`, `床号：${doc.bed}床`];
    strip.forEach((t, i) => s.put(x0 + i * (w / 3), 480, t, small));
    s.line(x0, 505, right, 505, 1.2);

    const [sex, age] = sexAge(doc);
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const admDx = doc.dx.admission.map((d) => d.text);
    const text = `患者${doc.patient.name}，${sex}，${age}，身份证号码：${doc.patient.idNumber}，住址：${villageOf(doc, rng)}。因“${doc.complaint}”`
      + `于${adm}入住我院${doc.department}，入院诊断：${admDx.join('；')}${/？$/u.test(admDx[admDx.length - 1] ?? '') ? '' : '。'}`
      + `入院后完善相关检查，予${doc.course}等治疗，病情好转，`
      + `于${dis}${rng.pick(['出院', '办理出院'])}，共住院${doc.stayDays}天。`;
    let y = para(s, x0, 590, w, text, f, lh, { indent: px(pt) * 2, keep: [adm, dis, doc.patient.idNumber, ...admDx] });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });
    y += lh * 0.2;
    s.put(x0 + px(pt) * 2, y, '出院诊断：', b);
    y += lh;
    const how: Mark = rng.pick(['（1）', '1、', '1.'] as const);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 4, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.2;

    const gap = daysBetween(doc.dates.discharge, doc.dates.issue);
    const review = gap >= 3 ? formatDate(addDays(doc.dates.discharge, rng.int(1, gap - 1)), ds) : null;
    const then = `${review ? `出院后于${review}来我院门诊复查，` : ''}目前病情${rng.pick(['稳定', '基本稳定', '较前好转'])}，${needs(doc)}。`;
    y = para(s, x0, y, w, then, f, lh, { indent: px(pt) * 2, keep: review ? [review] : [] });
    y = para(s, x0, y, w, '特此证明。', f, lh, { indent: px(pt) * 2 });

    y = Math.max(y + lh * 2, 1560);
    const sw = s.put(x0, y, '主治医师：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.25, rng);
    s.put(x0 + w * 0.4, y, `科主任：${doc.doctors.director}`, f);
    const office = rng.pick(['医务科（盖章）', '医务部（盖章）', '医疗证明专用章']);
    const date = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn', 'cnNumeral'] as const));
    const cx = right - Math.max(s.measure(office, f), s.measure(date, f)) / 2 - 20;
    s.put(cx, y + lh * 2.2, office, { ...f, align: 'center' });
    s.put(cx, y + lh * 3.2, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 40), y + lh * 2.6 + rng.range(-20, 20), rng.range(130, 150), doc.hospital.name,
      rng.pick(['医务科', '诊断证明专用章']), rng);
    s.put(s.width / 2, 2185, '注：本证明仅证明住院期间病情，须加盖医院公章方有效，涂改、复印无效。', st(face, 9.5, { align: 'center', color: '#333' }));
  },
};
