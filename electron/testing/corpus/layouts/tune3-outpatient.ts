import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, KEYS, type Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten, nameStamp, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, printedOn, reprinted, type Mark } from './kit';
import { doubtful, prose } from './tune2-kit';
import { copierEdges, drug, excluded, FAR_PROVINCES, localTo, weekday } from './tune3-kit';

/** The lab values a note quotes: `TC 6.12mmol/L，LDL-C 4.01mmol/L`. */
const quoted = (doc: Doc, n: number): string => (doc.labs[0]?.rows ?? []).slice(0, n).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');

const vitals = (doc: Doc, rng: Rng): string => (doc.patient.age < 14
  ? `T ${rng.pick(['36.4', '36.6', '36.8'])}℃，体重${rng.int(12, 38)}kg，神志清，反应可，心肺听诊无异常。`
  : `T ${rng.pick(['36.2', '36.5', '36.7'])}℃，P ${rng.int(62, 96)}次/分，BP ${rng.int(118, 176)}/${rng.int(66, 102)}mmHg，神清，双肺呼吸音清，心律齐，双下肢无水肿。`);

/** Prose sections: `label` in `b`, the text after it wrapping to the margin. Returns the next baseline. */
function section(s: Sheet, x: number, y: number, w: number, label: string, text: string, b: Style, f: Style, lh: number, gap = 6): number {
  const lw = s.put(x, y, label, b);
  return prose(s, x, y, w, text, f, lh, { indent: lw }) + gap;
}

/**
 * EMR 门诊病历 print with the patient in a grey banner (张三 男 58岁, with or without 患者：), a borderless key-value
 * header with 挂号日期 (booked days ahead) beside 就诊时间 with seconds and the 接诊医生, and a prescription table.
 */
export const tune3OutpatientGreyBanner: Layout = {
  id: 'tune3-outpatient-grey-banner',
  kind: 'outpatient',
  split: 'tune',
  style: 'City / county hospital EMR 门诊病历 (Shandong and far provinces): grey banner with the patient, borderless key-value header, sans 10–10.5 pt, prescription table',
  exercises: ['patient name large in a grey banner, without a label on half the pages (患者：on the others)', '门诊号 / 科别 / 费别 / 医保类型 header',
    '挂号日期 2025-03-01 (booked ahead on some pages) beside 就诊时间 2025-03-04 10:22:31', '接诊医生 printed in the header and handwritten at the bottom',
    'excluded disease in 现病史, past illness and denials in 既往史, family history', '门诊诊断 / 诊断 / 初步诊断 one item a line, ？ / 待查 item (not counted)',
    'prescription table 药品名称 / 用法用量 / 数量', '复诊 appointment date in 医嘱', '打印时间 with seconds and 第1页/共1页 footer', 'compound surnames'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...CITY_MORE, ...COUNTY, ...FAR_PROVINCES, ...FAR_PROVINCES],
    keys: ALL_KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.25 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const w = s.width - 2 * x0;
    s.put(x0, 120, doc.hospital.name, st('sansBold', 16));
    s.put(x0, 165, doc.hospital.address, st('sansLight', 8.5, { color: '#444' }));
    s.put(s.width - x0, 120, rng.pick(['门诊病历', '门诊电子病历', '门诊病历记录']), st('sansBold', 16, { align: 'right' }));
    const grey = rng.pick(['#d6d6d6', '#e0e0e0', '#cfd4d9']);
    s.g.fillStyle = grey;
    s.g.fillRect(x0, 192, w, 84);
    const [sex, age] = sexAge(doc);
    const nw = rng.chance(0.5) ? s.pair(x0 + 22, 248, '患者：', doc.patient.name, st('sans', 12), st('sansBold', 14))
      : s.put(x0 + 22, 248, doc.patient.name, st('sansBold', 14));
    s.put(x0 + 22 + nw + 40, 248, `${sex}\u3000${age}`, st('sans', 12));
    s.put(s.width - x0 - 22, 248, `门诊号：${doc.recordNo}`, st('sans', 10.5, { align: 'right' }));

    const pt = rng.pick([10, 10.5]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const booked = addDays(doc.dates.visit, -rng.pick([0, 0, 0, 1, 2, 5]));
    const visitAt = rng.chance(0.7) ? formatDate(doc.dates.visit, 'isoSec', doc.times.visit) : formatDate(doc.dates.visit, 'isoTime', doc.times.visit);
    const cols = [x0 + 10, x0 + 490, x0 + 970];
    const cells: [string, string][][] = [
      [['科别：', doc.department], ['费别：', rng.pick(['医保', '自费', '新农合', '异地医保'])],
        ['医保类型：', rng.pick(['城乡居民基本医疗保险', '职工基本医疗保险', '门诊慢特病'])]],
      [['挂号日期：', formatDate(booked, 'iso')], ['就诊时间：', visitAt], ['接诊医生：', doc.doctors.attending]],
      [['身份证号：', doc.patient.idNumber], ['联系电话：', `1${rng.pick(['38', '59', '86', '77'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`],
        ['就诊次数：', `第${rng.int(2, 30)}次`]],
    ];
    cells.forEach((row, i) => row.forEach(([l, v], j) => s.pair(cols[j] ?? x0, 335 + i * 52, l, v, b, f)));
    s.line(x0, 470, s.width - x0, 470, 1.2, '#888');
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = px(pt) * 1.75;
    let y = 540;
    const head = (label: string, text: string): void => {
      s.g.fillStyle = '#555555';
      s.g.fillRect(x0, y - px(pt) * 0.78, 6, px(pt) * 0.86);
      y = section(s, x0 + 16, y, w - 16, label, text, b, f, lh);
    };
    head('主诉：', `${doc.complaint}。`);
    const past = doc.patient.age < 14 ? `平素体健；${doc.history.negated}` : pastHistory(doc, rng);
    head('现病史：', `患者${rng.int(1, 12)}年前起病，于我院规律随诊，${excluded(rng, doc, past + doc.history.family)}。`
      + `近期${rng.pick(['症状反复', '自觉加重', '病情尚稳定'])}，今来复诊。`);
    head('既往史：', `${past}。否认药物过敏史。`);
    head('家族史：', `${doc.history.family}。`);
    head('体格检查：', vitals(doc, rng));
    head('辅助检查：', `${formatDate(addDays(doc.dates.visit, -rng.int(1, 20)), 'iso')}本院检验：${quoted(doc, 3)}。`);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    s.g.fillStyle = '#555555';
    s.g.fillRect(x0, y - px(pt) * 0.78, 6, px(pt) * 0.86);
    const lw = s.put(x0 + 16, y, rng.pick(['门诊诊断：', '诊断：', '初步诊断：']), b);
    listed(items, rng.pick(['1.', '1、', '(1)'] as const)).forEach((t, i) => s.put(x0 + 16 + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 10;

    s.put(x0 + 16, y, '处方：', b);
    y += lh * 0.9;
    const rx = [x0 + 50, x0 + 700, x0 + 1220];
    s.line(x0 + 30, y - lh * 0.72, s.width - x0, y - lh * 0.72, 1.2);
    ['药品名称', '用法用量', '数量'].forEach((t, i) => s.put(rx[i] ?? x0, y, t, b));
    s.line(x0 + 30, y + lh * 0.3, s.width - x0, y + lh * 0.3, 1);
    for (const m of new Set(doc.medicines)) {
      y += lh;
      const { name, use } = drug(m);
      [name, use, `${rng.int(1, 4)}${/注射/.test(name) ? '支' : '盒'}`].forEach((t, i) => s.put(rx[i] ?? x0, y, t, f));
    }
    s.line(x0 + 30, y + lh * 0.35, s.width - x0, y + lh * 0.35, 1.2);
    y += lh * 1.4;
    const back = addDays(doc.dates.visit, rng.pick([7, 14, 28, 30]));
    head('医嘱：', `${rng.pick(['低盐低脂饮食，规律服药', '监测血压血糖，按时服药', '注意休息，避免劳累'])}，`
      + `${rng.pick([`预约复诊日期：${formatDate(back, 'iso')}`, `请于${formatDate(back, 'cnShort')}复诊`])}，不适随诊。`);
    const sy = y + lh * 1.2;
    const sw = s.put(s.width - x0 - 470, sy, '医生签名：', f);
    handwritten(s, s.width - x0 - 470 + sw + 14, sy, doc.doctors.attending, 14, rng);
    footer(s, reprinted(doc), { y: 2240, style: st('sansLight', 8.5), page: '第1页/共1页', print: 'isoSec', x0, x1: s.width - x0 });
  },
};

/**
 * County hospital 门诊病历 in 宋体: labels without colons (姓名 张三), 就诊日期 with the weekday and 上午 / 下午 (or a bare
 * date and time top right), a bordered vitals strip, 初步诊断, Rp. lines, 预约复诊 with its own weekday.
 */
export const tune3OutpatientWeekdaySerif: Layout = {
  id: 'tune3-outpatient-weekday-serif',
  kind: 'outpatient',
  split: 'tune',
  style: 'County hospital 门诊病历 (Shandong, Hebei, Henan, Guangdong … and far provinces) in 宋体 11–11.5 pt, colon-less labels, vitals strip, Rp. lines',
  exercises: ['labels without colons (姓名 张三\u3000性别 男\u3000年龄 58岁)', '门诊号 科别 费别 医保类型 strip above a double rule',
    '就诊日期 2025年3月4日 星期二 上午 / 2025-03-04（星期二）10:22 unlabelled / 就诊日期：2025.03.04 周二', 'bordered vitals strip (T / P / R / BP / 体重 / 过敏史) of numbers',
    'excluded disease in 现病史, denials and family history', '辅助检查 dated days before the visit', '初步诊断 / 诊断 with a ？ / 待查 item (not counted)',
    'Rp. lines with doses and amounts', '预约复诊 2025年3月18日（星期二） after the visit', 'handwritten physician name, red name stamp on some pages', '打印时间 footer'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES],
    keys: KEYS, aliases: true, outside: 0.15, compoundSurnames: 0.2 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 140;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    const again = rng.chance(0.7);
    s.put(s.width / 2, 228, `门 诊 病 历${rng.chance(0.5) ? (again ? '（复诊）' : '（初诊）') : ''}`, st('serifSemi', 16, { align: 'center' }));
    const small = st('serif', 10);
    const strip: [string, number][] = [[`门诊号 ${doc.recordNo}`, x0], [`科别 ${doc.department}`, x0 + 360], [`费别 ${rng.pick(['医保', '自费', '新农合'])}`, x0 + 720],
      [`医保类型 ${rng.pick(['城乡居民医保', '职工医保', '异地就医'])}`, x0 + 1000]];
    strip.forEach(([t, x]) => s.put(x, 300, t, small));
    s.line(x0, 325, s.width - x0, 325, 2.4);
    s.line(x0, 333, s.width - x0, 333, 1);

    const pt = rng.pick([11, 11.5]);
    const f = st('serif', pt);
    const b = st('serifSemi', pt);
    const [sex, age] = sexAge(doc);
    s.pair(x0, 400, '姓名 ', doc.patient.name, b, st('serifMedium', 12.5));
    s.pair(x0 + 420, 400, '性别 ', sex, b, f);
    s.pair(x0 + 640, 400, '年龄 ', age, b, f);
    s.pair(x0 + 880, 400, '职业 ', rng.pick(['农民', '退休', '工人', '个体', '教师', '学生']), b, f);
    s.pair(x0, 460, '身份证号 ', doc.patient.idNumber, b, f);
    const half = doc.times.visit < 12 * 60 ? '上午' : '下午';
    const when = rng.pick([
      `就诊日期 ${formatDate(doc.dates.visit, 'cnShort')} ${weekday(doc.dates.visit)} ${half}`,
      `${formatDate(doc.dates.visit, 'iso')}（${weekday(doc.dates.visit)}）${clock(doc.times.visit)}`,
      `就诊日期：${formatDate(doc.dates.visit, 'dotPad')} 周${weekday(doc.dates.visit).slice(2)}`,
    ]);
    s.put(s.width - x0, 460, when, { ...f, align: 'right' });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const child = doc.patient.age < 14;
    const vit = [`T ${rng.pick(['36.3', '36.5', '36.8'])}℃`, `P ${rng.int(62, 98)}次/分`, `R ${rng.int(16, 22)}次/分`,
      child ? 'BP —' : `BP ${rng.int(118, 178)}/${rng.int(66, 104)}mmHg`, `体重 ${child ? rng.int(12, 38) : rng.int(45, 88)}kg`,
      `过敏史：${rng.pick(['无', '无', '青霉素', '磺胺类'])}`];
    const vw = [190, 210, 210, 300, 200, w - 1110];
    s.grid(x0, 500, 64, [vit.map((t, i) => ({ text: t, w: vw[i] ?? 200 }))], st('serif', 10.5), { border: 1.5 });

    const lh = px(pt) * 1.72;
    let y = 650;
    const sec = (label: string, text: string): void => {
      y = section(s, x0, y, w, label, text, b, f, lh);
    };
    sec('主诉：', `${doc.complaint}。`);
    const past = child ? `平素体健；${doc.history.negated}` : pastHistory(doc, rng);
    sec('现病史：', `患者${rng.int(1, 10)}年前起病，${excluded(rng, doc, past + doc.history.family)}，长期${rng.pick(['口服药物', '门诊'])}治疗，`
      + `${rng.pick(['近1周症状加重', '近来病情平稳', '近日症状反复'])}。`);
    sec('既往史：', `${past}。`);
    sec('家族史：', `${doc.history.family}。`);
    sec('辅助检查：', `${formatDate(addDays(doc.dates.visit, -rng.int(2, 25)), 'cnShort')}本院查：${quoted(doc, 3)}。`);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const lw = s.put(x0, y, rng.pick(['初步诊断：', '诊断：', '门诊诊断：']), b);
    listed(items, how).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 6;
    s.put(x0, y, 'Rp：', b);
    [...new Set(doc.medicines)].forEach((m, i) => {
      const { name, use } = drug(m);
      s.put(x0 + 100, y, `${i + 1}. ${name}`, f);
      s.put(x0 + 650, y, use, f);
      s.put(x0 + 1160, y, `×${rng.int(1, 4)}盒`, f);
      y += lh;
    });
    const back = addDays(doc.dates.visit, rng.pick([7, 14, 14, 28]));
    sec('医嘱：', `${rng.pick(['低盐低脂饮食', '规律服药，监测血压', '清淡饮食，适量运动'])}，不适随诊。`);
    sec('预约复诊：', `${formatDate(back, 'cnShort')}（${weekday(back)}）${rng.pick(['上午', '下午'])}`);
    const sy = Math.max(y + lh * 0.6, 1900);
    const sw = s.put(x0 + 760, sy, '医师 ', f);
    const hw = handwritten(s, x0 + 760 + sw + 10, sy, doc.doctors.attending, 14, rng);
    if (rng.chance(0.5)) nameStamp(s, x0 + 760 + sw + hw + 140, sy - 16, doc.doctors.attending, rng);
    s.put(s.width - x0, 2235, `打印时间：${formatDate(printedOn(doc), 'cnTime', doc.times.print)}`, st('serif', 8.5, { align: 'right', color: '#333' }));
  },
};

/**
 * A 门诊病历 photocopied for the application: grey paper, a dark toner edge, specks; 姓  名 padded labels, 就诊日期 with
 * hours and minutes beside 末次就诊; the copy certified with a red box 复印件与原件核对无误, a handwritten copy date and 经办人.
 */
export const tune3OutpatientPhotocopy: Layout = {
  id: 'tune3-outpatient-photocopy',
  kind: 'outpatient',
  split: 'tune',
  style: 'Township / county / far-province 门诊病历 as a certified photocopy: grey paper, toner edge and specks, padded labels, sans 11 pt, red copy stamp',
  exercises: ['photocopy: grey paper, black toner band along the top and left edges, specks', '姓\u3000\u3000名 / 性\u3000\u3000别 / 门 诊 号 padded labels in three columns',
    '就诊日期 2025年3月4日10时22分 / 2025年03月04日 10:22 / 2025-03-04 10:22 beside 末次就诊 (an earlier date)',
    'excluded disease, past illness and denials, family history', '门诊诊断 with a ？ / 待查 item (not counted)',
    'red box 复印件与原件核对无误 with 经办人 and a handwritten copy date (later than the visit)', '病案复印专用章 seal', 'handwritten physician name'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...TOWNSHIP, ...COUNTY, ...FAR_PROVINCES],
    keys: KEYS, aliases: true, outside: 0.2, compoundSurnames: 0.2 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    copierEdges(s, rng);
    s.ink = '#1e1e1e';
    const x0 = 150;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 170, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 245, '门 诊 病 历', st('sansMedium', 16, { align: 'center' }));
    const pt = 11;
    const f = st(rng.pick(['sans', 'sansLight'] as const), pt);
    const b = st('sansMedium', pt);
    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + 520, x0 + 900];
    const rows: string[][] = [
      [`姓\u3000\u3000名：${doc.patient.name}`, `性\u3000\u3000别：${sex}`, `年\u3000\u3000龄：${age}`],
      [`身份证号：${doc.patient.idNumber}`, `科\u3000\u3000室：${doc.department}`, `门 诊 号：${doc.recordNo}`],
    ];
    rows.forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 330 + i * 56, t, f)));
    const ds: DateStyle = rng.pick(['cnHour', 'cnTime', 'isoTime'] as const);
    s.put(x0, 442, `就诊日期：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, f);
    s.put(x0 + 760, 442, `末次就诊：${formatDate(addDays(doc.dates.visit, -rng.int(14, 90)), 'iso')}`, f);
    s.line(x0, 475, s.width - x0, 475, 1.5);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = px(pt) * 1.75;
    let y = 545;
    const sec = (label: string, text: string): void => {
      y = section(s, x0, y, w, label, text, b, f, lh, 8);
    };
    sec('主诉：', `${doc.complaint}。`);
    const past = pastHistory(doc, rng);
    sec('现病史：', `${excluded(rng, doc, past + doc.history.family)}。${rng.pick(['长期规律服药', '间断服药', '未规律治疗'])}，`
      + `${rng.pick(['近期症状加重', '症状时轻时重', '今为复查来诊'])}。`);
    sec('既往史：', `${past}。`);
    sec('过敏史：', rng.pick(['否认药物及食物过敏史。', '青霉素过敏。']));
    sec('家族史：', `${doc.history.family}。`);
    sec('体格检查：', vitals(doc, rng));
    sec('辅助检查：', `${quoted(doc, 2) || '心电图：窦性心律'}。`);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    const lw = s.put(x0, y, '门诊诊断：', b);
    listed(items, rng.pick(['1.', '1、', '（1）'] as const)).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh + 8;
    sec('处理意见：', `${[...new Set(doc.medicines)].join('；')}。`);
    sec('医嘱：', `${rng.pick(['低盐低脂饮食', '按时服药，监测血糖', '戒烟限酒，适量运动'])}，${rng.pick([2, 4])}周后复诊。`);
    const sy = y + lh;
    const sw = s.put(x0 + 760, sy, '医师签名：', f);
    handwritten(s, x0 + 760 + sw + 12, sy, doc.doctors.attending, 14, rng);

    // The records office certifies the copy: a red box stamped on, filled in by hand.
    const red = '#c4282d';
    const by = Math.max(sy + 170, 1850);
    const bx = x0 + 40;
    s.rect(bx, by - 70, 560, 230, 4, red);
    s.put(bx + 280, by, '复印件与原件核对无误', st('sansBold', 13, { align: 'center', color: red }));
    const kw = s.put(bx + 40, by + 65, '经办人：', st('sans', 11, { color: red }));
    handwritten(s, bx + 40 + kw + 10, by + 65, doc.doctors.checker, 13, rng);
    const dw = s.put(bx + 40, by + 130, '日期：', st('sans', 11, { color: red }));
    handwritten(s, bx + 40 + dw + 10, by + 130, formatDate(printedOn(doc), rng.pick(['dot', 'dotPad', 'slash', 'cnShort'] as const)), 13, rng);
    seal(s, bx + 520 + rng.range(-20, 60), by + 30 + rng.range(-30, 30), rng.range(130, 150), doc.hospital.name, '病案复印专用章', rng);
    s.put(s.width / 2, 2215, '（本复印件仅供办理门诊慢特病待遇申请使用）', st('sans', 9, { align: 'center', color: '#333' }));
  },
};
