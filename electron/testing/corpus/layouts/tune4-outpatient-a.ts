import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import { KEYS } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, icdOf, listed, maskedId, pastHistory, reprinted, type Mark } from './kit';
import { prose } from './tune2-kit';
import { drug, FAR_PROVINCES, localTo } from './tune3-kit';
import { blanks, earlierVisits, firstFound, handLines, pastedSlip, plausible, withDoubt } from './tune4-kit';

/** The disease the patient comes back for, as this page names it. */
const mainDx = (doc: Doc): string => (doc.dx.western.find((d) => d.key === doc.primary) ?? doc.dx.western[0])?.text ?? '';

const bp = (rng: Rng): string => `BP ${rng.int(124, 178)}/${rng.int(70, 104)}mmHg`;

/** `label` in `b`, the text after it wrapping back to the margin. Returns the next baseline. */
function section(s: Sheet, x: number, y: number, w: number, label: string, text: string, b: Style, f: Style, lh: number): number {
  const lw = s.put(x, y, label, b);
  return prose(s, x, y, w, text, f, lh, { indent: lw }) + 6;
}

/**
 * EMR 门诊病历 with a three-row bordered header (门诊日期 beside 上次就诊), earlier visits told in 现病史 and listed
 * in a 近期就诊记录 table, 临床诊断 with an ICD-10 column, a 复诊 date on.
 */
export const tune4OutpatientVisitHistory: Layout = {
  id: 'tune4-outpatient-visit-history',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city EMR 门诊病历 (Shandong, Hebei, Henan, Anhui … and far provinces): three-row bordered header grid, sans or serif 10.5–11 pt, 近期就诊记录 table, ICD column',
  exercises: ['患者姓名 / 病人姓名 / 姓名 in a bordered header grid', '门诊日期 / 就诊日期 / 日期 cell with or without the time, beside a 上次就诊 cell (an earlier date)',
    'earlier visits in 现病史 (the 确诊 year when the complaint counts years, two dated 复诊, a dated 复查) and in a 近期就诊记录 table (日期 / 科室 / 诊断 / 医师), none of them the visit',
    'past illness, denials and family history', '临床诊断 / 门诊诊断 numbered 1) / ① / 1. with ICD-10 codes in a column, a ？ / 待查 item without a code (not counted)',
    'prescription lines', '复诊 date two or four weeks on', 'handwritten physician name', '打印时间 footer (later)'],
  doc: (rng) => plausible(localTo(forPatient(makeDoc(rng, { kind: 'outpatient',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES, ...CITY_MORE], keys: KEYS, aliases: true, outside: 0.15, compoundSurnames: 0.2 }),
  rng, COUNTY), rng)),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 215, rng.pick(['门诊病历', '门诊病历记录', '门诊记录']), st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 6 }));

    const [sex, age] = sexAge(doc);
    const visits = earlierVisits(rng, doc.dates.visit, 3);
    const last = visits[2] ?? doc.dates.visit;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'dotPad', 'slash'] as const);
    const L = (text: string, cw = 170): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const when = `${formatDate(doc.dates.visit, ds)}${rng.chance(0.5) ? ` ${clock(doc.times.visit)}` : ''}`;
    const y0 = s.grid(x0, 262, px(pt) * 2.2, [
      [L(rng.pick(['患者姓名', '病人姓名', '姓名'])), V(doc.patient.name, 300), L('性别'), V(sex, 200), L('年龄'), V(age, 404)],
      [L('门诊号'), V(doc.recordNo, 300), L('科室'), V(doc.department, 200), L(rng.pick(['门诊日期', '就诊日期', '日期'])), V(when, 404)],
      [L('身份证号'), V(doc.patient.idNumber, 670), L('上次就诊'), V(formatDate(last, ds), 404)],
    ], f, { label: b, shade: rng.pick(['#eeeeee', '#edf1f5', undefined]), border: 1.5 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = px(pt) * 1.75;
    let y = y0 + 85;
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const lab = doc.labs[0]?.rows[0];
    y = section(s, x0, y, w, '主诉：', `${doc.complaint}。`, b, f, lh);
    const found = firstFound(doc, doc.dates.visit);
    y = section(s, x0, y, w, '现病史：', `患者${found ? `${found}${rng.pick(['在外院', '在我院'])}确诊“${mainDx(doc)}”，此后` : ''}长期门诊随诊。`
      + `${cn(visits[0] ?? last)}、${cn(visits[1] ?? last)}先后来我院复诊，调整用药；${cn(last)}复查${lab ? `${lab.abbr} ${lab.value}${lab.unit}` : '血常规'}。`
      + `近${rng.int(3, 14)}天${rng.pick(['症状反复', '自觉加重', '病情尚平稳'])}，今来复诊。`, b, f, lh);
    y = section(s, x0, y, w, '既往史：', `${pastHistory(doc, rng)}。`, b, f, lh);
    y = section(s, x0, y, w, '家族史：', `${doc.history.family}。`, b, f, lh);
    y = section(s, x0, y, w, '查体：', `${bp(rng)}，P ${rng.int(62, 96)}次/分，神清，心肺听诊未闻及明显异常，双下肢无水肿。`, b, f, lh);

    s.put(x0, y, rng.pick(['近期就诊记录：', '历次就诊：']), b);
    const rowH = px(pt) * 1.9;
    y = s.grid(x0, y + 22, rowH, [
      [L('就诊日期', 260), L('科室', 260), L('诊断', 600), L('医师', 294)],
      ...visits.map((v) => [V(formatDate(v, ds), 260), V(doc.department, 260), V(mainDx(doc), 600), V(rng.pick([doc.doctors.attending, doc.doctors.resident]), 294)]),
    ], st(face, pt - 0.5), { label: st(b.face, pt - 0.5), border: 1.2 }) + 120;

    const items = withDoubt(rng, doc, 0.3);
    const how: Mark = rng.pick(['1)', '①', '1.'] as const);
    const dw = s.put(x0, y, rng.pick(['临床诊断：', '门诊诊断：']), b);
    s.put(x0 + 1060, y - lh, 'ICD-10', b);
    listed(items, how).forEach((t, i) => {
      const d = items[i];
      s.put(x0 + dw, y + i * lh, t, f);
      if (d && doc.dx.western.includes(d)) s.put(x0 + 1060, y + i * lh, icdOf(d, i), f);
    });
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 10;
    s.put(x0, y, '处理：', b);
    for (const m of [...new Set(doc.medicines)].slice(0, 4)) {
      const { name, use } = drug(m);
      s.put(x0 + 90, y, name, f);
      s.put(x0 + 640, y, use, f);
      s.put(x0 + 1120, y, `×${rng.int(1, 4)}盒`, f);
      y += lh;
    }
    const weeks = rng.pick([2, 4]);
    y = section(s, x0, y + 4, w, '医嘱：', `${rng.pick(['低盐低脂饮食', '规律服药，监测血压血糖', '戒烟限酒，适量运动'])}，`
      + `${weeks}周后复诊（${formatDate(addDays(doc.dates.visit, weeks * 7), ds)}），不适随诊。`, b, f, lh);
    const sy = Math.max(y + lh, 1950);
    const sw = s.put(x0 + 860, sy, '医师签名：', f);
    handwritten(s, x0 + 860 + sw + 12, sy, doc.doctors.attending, 14, rng);
    footer(s, reprinted(doc), { y: 2240, style: st(serif ? 'serif' : 'sansLight', 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: s.width - x0 });
  },
};

/**
 * The patient's own 门诊病历本 page, written by the doctor in ballpoint on the pre-printed ruling: the header blanks
 * filled by hand, the printed 挂号凭条 pasted at the top right, the date at the head of the note.
 */
export const tune4OutpatientHandwritten: Layout = {
  id: 'tune4-outpatient-handwritten',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / township 门诊病历本 page (cream paper, ruling in green, blue or brown) filled in by hand in ballpoint 13–14 pt, printed 挂号凭条 pasted at the top right',
  exercises: ['姓名 / 性别 / 年龄 / 科别 / 身份证号 handwritten into pre-printed header blanks',
    'printed 挂号凭条 pasted on: 姓名, masked 证件号 371502********123X, 科室, 挂号时间 2025-03-04 08:12:33 (the visit day), 序号, 诊查费 amount',
    'the visit date handwritten at the head of the note: 2025.3.4 / 2025-3-4 / 2025年3月4日',
    'the note handwritten on the ruling: 主诉, 现病史 with the year first found, 既往 with past illness and denials, 家族史, 查体 BP',
    '诊断 / 初步诊断 / Dx handwritten and numbered, a ？ / 待查 item (not counted)', '处理 lines and 2周后复诊 handwritten', 'handwritten signature'],
  doc: (rng) => plausible(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...TOWNSHIP, ...COUNTY_MORE, ...FAR_PROVINCES],
    keys: KEYS, outside: 0.1, compoundSurnames: 0.15 }), rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.g.fillStyle = '#fbf8ee';
    s.g.fillRect(0, 0, s.width, s.height);
    const ink = rng.pick(['#2d6a4f', '#1f4e8c', '#7a4a22']);
    const x0 = 140;
    const right = s.width - x0;
    const lab = st('serif', 12, { color: ink });
    const hp = rng.pick([13, 13.5, 14]);
    s.put(x0, 175, doc.hospital.name, st('serifBold', 17, { color: ink }));
    s.put(x0, 255, '门 诊 病 历', st('serifBold', 19, { color: ink, spacing: 6 }));

    const [sx, sy0] = [1000, 92];
    pastedSlip(s, sx, sy0, 520, 345);
    const th = st('sans', 9.5, { color: '#2a2a2a' });
    const booked = doc.times.visit - rng.int(10, 90);
    [doc.hospital.name, '门诊挂号凭条', `姓名：${doc.patient.name}`, `证件号：${maskedId(doc.patient.idNumber)}`, `科室：${doc.department}`,
      `挂号时间：${formatDate(doc.dates.visit, 'isoSec', Math.max(booked, 7 * 60))}`,
      `序号：${rng.int(1, 60)}\u3000诊查费：${rng.pick(['6.00', '10.00', '15.00', '25.00'])}元`]
      .forEach((t, i) => s.put(sx + 30, sy0 + 52 + i * 43, t, i < 2 ? st('sansMedium', 10, { color: '#2a2a2a' }) : th));

    const [sex] = sexAge(doc);
    const fill = (y: number, items: Parameters<typeof blanks>[3]): number => blanks(s, x0, y, items, lab, hp, rng, ink);
    fill(520, ['姓名', { hand: doc.patient.name, w: 230 }, '性别', { hand: sex, w: 80 }, '年龄', { hand: `${doc.patient.age}岁`, w: 120 },
      '科别', { hand: doc.department, w: 220 }]);
    fill(615, ['身份证号', { hand: doc.patient.idNumber, w: 720 }]);
    s.line(x0, 665, right, 665, 2.5, ink);
    s.line(x0, 672, right, 672, 1, ink);
    const lh = 76;
    for (let ly = 750; ly <= 2230; ly += lh) s.line(x0, ly, right, ly, 1, `${ink}80`);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    let y = 740;
    const [yy, mm, dd] = doc.dates.visit.split('-').map(Number);
    const date = rng.pick([`${yy}.${mm}.${dd}`, `${yy}-${mm}-${dd}`, `${yy}年${mm}月${dd}日`]);
    const dw = handwritten(s, x0 + 10, y, date, hp, rng);
    if (rng.chance(0.6)) handwritten(s, x0 + dw + 120, y, rng.pick(['复诊', '复诊', '初诊']), hp, rng);
    const write = (text: string): void => {
      y = handLines(s, x0 + 10, y, right - x0 - 20, text, hp, rng, lh);
    };
    y += lh;
    write(`主诉：${doc.complaint}`);
    write(`现病史：${firstFound(doc, doc.dates.visit) ?? ''}诊断${mainDx(doc)}，${rng.pick(['规律服药', '间断服药', '未规律服药'])}，近${rng.int(2, 10)}天${rng.pick(['症状加重', '症状反复', '自觉不适'])}`);
    write(`既往：${doc.history.past}，${doc.history.negated}`);
    write(`家族史：${doc.history.family}`);
    write(`查体：${bp(rng)}，心肺(-)，双下肢不肿`);
    const items = withDoubt(rng, doc, 0.3);
    const dl = rng.pick(['诊断：', '诊断：', '初步诊断：', 'Dx：']);
    const ix = x0 + 10 + handwritten(s, x0 + 10, y, dl, hp, rng) + 16;
    listed(items, rng.pick(['1.', '1、', '(1)'] as const)).forEach((t, i) => handwritten(s, ix, y + i * lh, t, hp, rng));
    s.diagnoses(doc.dx.western);
    y += items.length * lh;
    const meds = [...new Set(doc.medicines)].slice(0, 2);
    write(`处理：${meds.join('；')}`);
    write(`${rng.pick([2, 2, 4])}周后复诊，不适随诊`);
    handwritten(s, right - 300, Math.min(y, 2225), doc.doctors.attending, hp + 1, rng);
  },
};
