import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { para, ruling } from './tune6-kit';
import { adFooter, COUNTY26, sheetOnGlass } from './tune26-kit';

const COLORS = ['#1f4e8c', '#2a6b3a', '#8a2c2c'];
const EARLIER = [
  ['咳嗽、咳痰3天', '急性支气管炎', '头孢克肟胶囊 0.1g bid ×5天；复方甘草口服溶液 10ml tid'],
  ['腹泻2天，每日4～5次', '急性胃肠炎', '蒙脱石散 3g tid；口服补液盐Ⅲ 适量'],
  ['咽痛、鼻塞2天', '上呼吸道感染', '连花清瘟胶囊 1.4g tid；多饮水，注意休息'],
  ['右腕扭伤1天', '右腕关节扭伤', '制动，局部冷敷；双氯芬酸钠凝胶外用'],
] as const;

/**
 * A county general hospital's own 门诊病历 booklet, an inner page (A5 portrait) scanned on the A4 glass: the page is
 * pre-printed in the booklet's colour (the hospital's name and 门诊病历 at the top, ruled lines, and `adFooter` — services,
 * 预约挂号 / 急救 / 总机 numbers, address and bus routes). Two EMR entries are printed on it and pasted/overprinted one under the
 * other: first an earlier visit (its 就诊日期, an acute illness and the prescription — a decoy, its diagnosis not counted), then
 * the visit itself whose entry head carries the 就诊日期 (truth visitDate), 科别, the patient's name (truth) and 身份证号
 * (truth), then 主诉 / 现病史 / 查体 / 诊断 (numbered, counted) / 处理 with a 复诊 date (decoy) and the doctor's hand.
 */
export const tune26OutpatientBookletAd: Layout = {
  id: 'tune26-outpatient-booklet-ad',
  kind: 'outpatient',
  split: 'tune',
  style: 'County hospital 门诊病历 booklet inner page (A5 on A4 glass), pre-printed title, ruling and advertising footer in blue / green / '
    + 'red, two printed EMR entries (an earlier visit above, the visit below), sans or serif 9–9.5 pt',
  exercises: ['an earlier entry\'s 就诊日期 above the visit\'s on the same page (decoy)', 'the visit date in the lower entry\'s head (truth)',
    'advertising footer: phone numbers, address, bus routes (digits that are neither IDs nor dates)', '诊断 numbered (counted), '
    + 'the earlier entry\'s acute diagnosis not counted', '复诊 date in 处理 (decoy)', 'A5 sheet edge on the A4 glass, coloured ruling'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: COUNTY26 }),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const [sx, sy, sw] = [rng.int(190, 230), rng.int(60, 90), 1180];
    const sh = Math.round(sw * 1.414);
    sheetOnGlass(s, sx, sy, sw, sh);
    const color = rng.pick(COLORS);
    const x0 = sx + 70;
    const right = sx + sw - 70;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([9, 9.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);

    // The pre-printed page: title, ruling, advertising footer (all in the booklet's colour).
    s.put(sx + sw / 2, sy + 90, doc.hospital.name, st('serifBold', 14, { align: 'center', spacing: 4, color }));
    s.put(sx + sw / 2, sy + 150, '门  诊  病  历', st('serifBold', 12, { align: 'center', spacing: 6, color }));
    s.line(x0, sy + 180, right, sy + 180, 2.5, color);
    const foot = adFooter(s, doc, x0, right, sy + sh - 50, st('sans', 8.5, { color }), rng);
    ruling(s, x0, right, sy + 250, foot - 40, Math.round(lh * 1.05), '#b9c6d6');

    // The earlier entry.
    const before = addDays(doc.dates.visit, -rng.int(20, 240));
    const [complaint, illness, rx] = rng.pick(EARLIER);
    let y = sy + 240;
    const head = (date: string, dept: string): void => {
      s.pair(x0, y, '就诊日期：', formatDate(date, ds), b, f);
      s.pair(x0 + w * 0.42, y, '科别：', dept, b, f);
      s.pair(x0 + w * 0.7, y, '姓名：', p.name, b, f);
      y += lh;
    };
    head(before, rng.pick(['内科门诊', '急诊内科', '全科门诊']));
    const line = (label: string, text: string): void => {
      y = para(s, x0, y, w, `${label}${text}`, f, lh);
    };
    line('主诉：', complaint);
    line('诊断：', illness);
    line('处理：', rx);
    handwritten(s, right - 200, y - lh * 0.1, doc.doctors.resident, pt * 1.4, rng);
    y += lh * 1.1;
    for (let x = x0; x < right; x += 24) s.line(x, y - lh * 0.6, x + 12, y - lh * 0.6, 1, '#777');
    y += lh * 0.3;

    // The visit.
    head(doc.dates.visit, doc.department);
    s.pair(x0, y, '性别：', p.sex, b, f);
    s.pair(x0 + w * 0.18, y, '年龄：', `${p.age}岁`, b, f);
    s.pair(x0 + w * 0.42, y, '身份证号：', p.idNumber, b, f);
    y += lh;
    s.pair(x0, y, '门诊号：', doc.recordNo, b, f);
    s.pair(x0 + w * 0.42, y, '医保类型：', rng.pick(['城乡居民医保', '职工医保']), b, f);
    y += lh;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    line('主诉：', `${doc.complaint}。`);
    line('现病史：', `患者${doc.complaint}，${rng.pick(['院外规律服药', '服药不规律', '未规律监测'])}，今来我院复诊。`
      + `精神、饮食可，睡眠一般，二便正常。${doc.history.negated}。`);
    line('既往史：', `${doc.history.past}。`);
    line('查体：', `T ${rng.pick(['36.4', '36.6', '36.8'])}℃，BP ${rng.int(118, 168)}/${rng.int(66, 98)}mmHg，神志清，`
      + '心肺听诊未闻及明显异常，腹软，双下肢无水肿。');
    const dl = s.put(x0, y, '诊断：', b);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * doc.dx.western.length;
    s.put(x0, y, '处理：', b);
    y += lh;
    doc.medicines.slice(0, 3).forEach((m, i) => {
      s.put(x0 + 40, y, `${i + 1}. ${m}`, f);
      y += lh;
    });
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    y = para(s, x0 + 40, y, w - 40, `${Math.min(3, doc.medicines.length) + 1}. 低盐低脂饮食，监测血压血糖，`
      + `${formatDate(back, ds)}复诊，不适随诊。`, f, lh, { keep: [formatDate(back, ds)] });
    y += lh * 0.4;
    const mw = s.put(x0 + w * 0.58, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.58 + mw + 10, y, doc.doctors.attending, pt * 1.45, rng);
  },
};
