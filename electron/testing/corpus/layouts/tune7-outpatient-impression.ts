import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, printedOn, type Mark } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { firstFound } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';

/**
 * Traditional EMR 门诊病历 (主诉 / 现病史 / 既往史 / 体格检查 / 辅助检查 / 印象 / 处理) whose only visit date is in the
 * signature footer (就诊日期 2025年03月04日 09:12), whose 辅助检查 names results dated days or weeks earlier, and whose
 * diagnosis is headed 临床印象 / 初步印象 / 印象 / 考虑 rather than 诊断.
 */
export const tune7OutpatientImpression: Layout = {
  id: 'tune7-outpatient-impression',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city / other-province EMR 门诊病历: barcode top right, borderless two-line header, bold section labels at the margin, visit date only in the signature footer, serif or sans 10.5–11.5 pt',
  exercises: ['姓名 in a borderless header with 门诊号 barcode, 科别, 费别 and 身份证号; no date in the header',
    '就诊日期 2025年03月04日 09:12 / 2025-03-04 09:12 only in the footer beside 医师签名 (truth)',
    '辅助检查 naming results dated before the visit (2025-02-20 本院 血脂：TC …；2025-02-21 心脏彩超：…) — not the visit',
    'diagnosis under 临床印象 / 初步印象 / 印象 / 考虑, numbered 1. / 1、 / ① (counted)',
    '现病史 with the year first found and a 外院 stay by year only; past illness, denials, family history',
    '处理 with drug doses and a 复诊 date weeks on', '打印时间 on half the pages (later)'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'outpatient',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.12 }),
  rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 125;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.8;

    s.put(x0, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { spacing: 2 }));
    s.put(x0, 215, '门 诊 病 历', st(serif ? 'serifSemi' : 'sansMedium', 14, { spacing: 6 }));
    const code = `${doc.recordNo}`;
    barcode(s, right - 400, 105, code, 70, 3);
    s.put(right - 200, 205, code, st('sans', 9, { align: 'center' }));
    s.line(x0, 245, right, 245, 2);

    const [sex, age] = sexAge(doc);
    let y = 300;
    s.pair(x0, y, '姓名：', doc.patient.name, b, f);
    s.pair(x0 + 330, y, '性别：', sex, b, f);
    s.pair(x0 + 530, y, '年龄：', age, b, f);
    s.pair(x0 + 760, y, '科别：', doc.department, b, f);
    s.pair(x0 + 1090, y, '费别：', rng.pick(['职工医保', '居民医保', '自费']), b, f);
    y += lh;
    s.pair(x0, y, '门诊号：', doc.recordNo, b, f);
    s.pair(x0 + 530, y, '身份证号：', doc.patient.idNumber, b, f);
    s.line(x0, y + 24, right, y + 24, 1);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh * 1.5;

    const head = b;
    const hw = px(pt) * 5.2;
    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      s.put(x0, y, label, head);
      y = para(s, x0 + hw, y, w - hw, text, f, lh, { keep }) + lh * 0.25;
    };
    const found = firstFound(doc, doc.dates.visit);
    const main = doc.dx.western.find((d) => d.key === doc.primary)?.text ?? doc.dx.western[0]?.text ?? '';
    section('主诉：', doc.complaint);
    const stayYear = found ? Number(found.slice(0, 4)) + 1 : 0;
    const stay = found && stayYear < Number(doc.dates.visit.slice(0, 4)) ? `${stayYear}年曾在外院住院治疗，` : '';
    section('现病史：', `${found ? `患者${found}确诊“${main}”，${stay}` : '患者'}`
      + `近期${doc.complaint.split('，').pop() ?? ''}，无发热，无恶心呕吐，饮食睡眠可，二便正常。`, [main]);
    section('既往史：', `${pastHistory(doc, rng)}。家族史：${doc.history.family}。`);
    section('体格检查：', `BP ${rng.int(118, 172)}/${rng.int(68, 102)}mmHg，P ${rng.int(62, 98)}次/分，神志清，双肺呼吸音清，心律齐，双下肢无水肿。`);

    // 辅助检查: results from earlier days, each with its own date.
    const ds: DateStyle = rng.pick(['iso', 'dotPad', 'cnShort'] as const);
    const t1 = formatDate(addDays(doc.dates.visit, -rng.int(3, 20)), ds);
    const t2 = formatDate(addDays(doc.dates.visit, -rng.int(21, 60)), ds);
    const r1 = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    const r2 = doc.imaging ? `${doc.imaging.exam}：${doc.imaging.impression.replace(/；.*$/u, '')}` : `${doc.labs[1]?.title ?? '血常规'}：大致正常`;
    section('辅助检查：', `${t1} 本院 ${doc.labs[0]?.title ?? '血常规'}：${r1}；${t2} ${rng.pick(['本院', '外院'])} ${r2}。`, [t1, t2]);

    const label = rng.pick(['临床印象：', '初步印象：', '印象：', '考虑：']);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    s.put(x0, y, label, head);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + hw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.25;

    const next = formatDate(addDays(doc.dates.visit, rng.pick([14, 28])), 'cnShort');
    const meds = doc.medicines.slice(0, 3);
    s.put(x0, y, '处理：', head);
    meds.forEach((m, i) => s.put(x0 + hw, y + i * lh, `${i + 1}.${m}`, f));
    y += meds.length * lh;
    s.put(x0 + hw, y, `${meds.length + 1}.低盐低脂饮食，监测血压血糖，${next}复诊。`, f);

    // Footer: the visit date beside the signature, then (sometimes) the print line.
    const fy = 2110;
    s.line(x0, fy - 60, right, fy - 60, 1.4);
    const lw = s.put(x0, fy, '医师签名：', b);
    handwritten(s, x0 + lw + 10, fy, doc.doctors.attending, pt * 1.35, rng);
    s.pair(right - 640, fy, '就诊日期：', formatDate(doc.dates.visit, rng.pick(['cnTime', 'isoTime'] as const), doc.times.visit), b, f);
    if (rng.chance(0.5)) {
      s.put(x0, fy + 90, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, st(face, 8.5, { color: '#444' }));
    }
    s.put(right, fy + 90, '第1页', st(face, 8.5, { color: '#444', align: 'right' }));
  },
};
