import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY } from '../hospitals';
import { barcode, logo, seal } from '../marks';
import type { Layout } from '../types';
import { advice, dxBlock, footer, historyText, px, sexAge, st } from './common';

/** City hospital 出院记录: logo, barcode, bordered grid header, 入院/出院诊断, footer. */
export const dischargeGridCity: Layout = {
  id: 'discharge-grid-city',
  kind: 'discharge',
  split: 'tune',
  style: 'City hospital EMR print: logo, 住院号 barcode, bordered grid header, sans 11 pt',
  exercises: ['grid header table (label|value cells)', '住院号 barcode', 'logo', 'ISO dates in cells', '入院诊断 vs 出院诊断',
    'glued numbering 2.2型糖尿病', '手术日期 in the course text', '主治医师 beside the patient', 'negated / family history',
    '第1页 共1页 and 打印时间 footer', 'seal on the signature date (half the pages)'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: CITY, yearEnd: 0.1 }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    const color = rng.pick(['#c8102e', '#0b5aa6', '#13804a']);
    logo(s, 215, 140, 54, color, rng.pick(['cross', 'ring'] as const));
    s.put(s.width / 2, 160, doc.hospital.name, st('sansBold', 20, { align: 'center' }));
    if (doc.hospital.en) s.put(s.width / 2, 205, doc.hospital.en, st('sans', 9, { align: 'center', color: '#333' }));
    s.put(s.width / 2, 290, '出院记录', st('serifBold', 18, { align: 'center', spacing: 24 }));
    const bw = barcode(s, s.width - x0 - 260, 58, doc.recordNo, 64);
    s.put(s.width - x0 - 260 + bw / 2, 150, doc.recordNo, st('sans', 9, { align: 'center' }));

    const [sex, age] = sexAge(doc);
    const body = st('sans', 11);
    const label = st('sansMedium', 11);
    const iso = (d: string): string => formatDate(d, 'iso');
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const bottom = s.grid(x0, 330, 64, [
      [L('姓名', 160), V(doc.patient.name, 300), L('性别', 160), V(sex, 190), L('年龄', 160), V(age, w - 970)],
      [L('科室', 160), V(doc.department, 300), L('床号', 160), V(doc.bed, 190), L('住院号', 160), V(doc.recordNo, w - 970)],
      [L('入院日期', 160), V(iso(doc.dates.admission), 300), L('出院日期', 160), V(iso(doc.dates.discharge), 190),
        L('住院天数', 160), V(`${doc.stayDays}天`, w - 970)],
      [L('主治医师', 160), V(doc.doctors.attending, 300), L('身份证号', 160), V(doc.patient.idNumber, w - 620)],
    ], body, { label, shade: rng.chance(0.5) ? '#ececec' : undefined });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const lh = px(11) * 1.65;
    let y = bottom + 80;
    y = s.para(x0, y, w, `入院情况：${historyText(doc)}`, body, lh) + 12;
    y = dxBlock(s, x0, y, '入院诊断：', doc.dx.admission, { how: '1、', style: body, lineH: lh, final: false }) + 12;
    const course = `诊疗经过：入院后完善相关检查，给予${doc.course}等治疗。于${formatDate(doc.dates.surgery, 'cn')}行${doc.procedure}，`
      + `手术日期：${iso(doc.dates.surgery)}，术后恢复可。患者症状好转，准予出院。`;
    y = s.para(x0, y, w, course, body, lh) + 12;
    y = dxBlock(s, x0, y, '出院诊断：', doc.dx.western, { how: '1.', style: body, lineH: lh, final: true }) + 12;
    y = s.para(x0, y, w, '出院情况：神志清，精神可，饮食睡眠可，生命体征平稳。', body, lh) + 12;
    s.put(x0, y, '出院医嘱：', body);
    for (const line of advice(doc)) y = s.para(x0 + 40, y + lh, w - 40, line, body, lh) - lh;
    y += lh * 2;
    s.put(x0 + 700, y, `医师签名：${doc.doctors.resident}`, body);
    const dateText = `日期：${iso(doc.dates.discharge)}`;
    const dw = s.put(x0 + 1100, y, dateText, body);
    if (rng.chance(0.5)) seal(s, x0 + 1100 + dw / 2 + rng.range(-40, 40), y - 20 + rng.range(-30, 30), 150, doc.hospital.name, '病案复印专用章', rng);
    footer(s, doc, { y: 2230, style: st('sans', 9), page: '第1页 共1页', print: 'isoTime' });
  },
};

/** County hospital 出院记录 in 宋体: two-column header, everything in prose, seal over the date. */
export const dischargeProseCounty: Layout = {
  id: 'discharge-prose-county',
  kind: 'discharge',
  split: 'tune',
  style: 'County hospital, serif 12 pt, two-column header, prose body, no ID number',
  exercises: ['two-column header', 'dates inside prose (患者于…入院，于…出院)', 'stays across the year end (most pages)',
    '2025年03月04日 dates', '入院诊断 inline vs 出院诊断 listed', 'numbering 1、高血压病3级', 'negated / family history',
    '手术日期 in prose', 'red seal over the signature date', 'no ID number on the page'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: COUNTY, yearEnd: 0.65 }),
  draw(s, doc, rng) {
    s.ink = '#1c1c1c';
    const x0 = 150;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 22, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 265, '出院记录', st('serifSemi', 17, { align: 'center', spacing: 14 }));
    s.line(x0, 305, s.width - x0, 305, 3);
    s.line(x0, 313, s.width - x0, 313, 1);
    const head = st('serif', 12);
    const [sex, age] = sexAge(doc);
    const rows: [string, string][] = [
      [`姓名：${doc.patient.name}`, `住院号：${doc.recordNo}`], [`性别：${sex}`, `科别：${doc.department}`], [`年龄：${age}`, `床号：${doc.bed}床`],
    ];
    rows.forEach(([a, b], i) => {
      s.put(x0 + 20, 380 + i * 56, a, head);
      s.put(x0 + 760, 380 + i * 56, b, head);
    });
    s.line(x0, 530, s.width - x0, 530, 1.5);
    s.note({ name: doc.patient.name, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const body = st('serif', 12);
    const lh = px(12) * 1.7;
    const cn = (d: string): string => formatDate(d, 'cn');
    let y = 610;
    y = s.para(x0, y, w, `患者${doc.patient.name}，${sex}，${age}，因“${doc.complaint}”于${cn(doc.dates.admission)}入院，`
      + `于${cn(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`, body, lh, px(12) * 2) + 10;
    y = dxBlock(s, x0, y, '入院诊断：', doc.dx.admission, { how: '1、', style: body, lineH: lh, final: false, inline: w }) + 10;
    y = s.para(x0, y, w, `既往史：${doc.history.past}；${doc.history.negated}。个人史：无特殊。家族史：${doc.history.family}。`, body, lh) + 10;
    y = s.para(x0, y, w, `诊疗经过：入院后完善血常规、生化、心电图等检查，给予${doc.course}等治疗，于${cn(doc.dates.surgery)}在局麻下行`
      + `${doc.procedure}，过程顺利。现患者病情好转，予以出院。`, body, lh) + 10;
    y = dxBlock(s, x0, y, '出院诊断：', doc.dx.western, { how: '1、', style: body, lineH: lh, final: true }) + 10;
    s.put(x0, y, '出院医嘱：', body);
    for (const line of advice(doc)) y = s.para(x0 + px(12) * 2, y + lh, w - px(12) * 2, line, body, lh) - lh;
    y = Math.max(y + lh * 2.5, 1900);
    s.put(x0 + 880, y, `医师签名：${doc.doctors.resident}`, body);
    const date = cn(doc.dates.discharge);
    const dw = s.put(x0 + 960, y + lh * 1.3, date, body);
    seal(s, x0 + 960 + dw / 2 + rng.range(-60, 40), y + lh * 1.3 - 25 + rng.range(-40, 20), rng.range(140, 165), doc.hospital.name,
      rng.pick(['病案复印专用章', '医务科']), rng);
  },
};
