import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS, KEYS, type DiseaseKey, type Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES, PROVINCES_TCM, TCM, TOWNSHIP } from '../hospitals';
import { barcode, handwritten, logo, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, icdOf, listed, maskedId, padName, pastHistory, reprinted, type Mark } from './kit';
import { checkBox, doubtful, homeAddress, localPatient, prose, stackedRow } from './tune2-kit';

/** The lab values a note quotes: `GLU 9.8mmol/L，HbA1c 8.1%`. */
const quoted = (doc: Doc, n: number, sep = '，'): string => (doc.labs[0]?.rows ?? []).slice(0, n).map((r) => `${r.abbr} ${r.value}${r.unit}`).join(sep);

/** A disease the doctor considered and ruled out (named in the history, never a diagnosis). */
const RULED_OUT: readonly [DiseaseKey, string][] = [
  ['CEREBROVASCULAR_DISEASE', '脑梗死'], ['CORONARY_HEART_DISEASE', '冠心病'], ['DIABETES', '糖尿病'], ['MALIGNANT_TUMOR_OUTPATIENT', '肺癌'],
];
function ruledOut(rng: Rng, doc: Doc): string {
  const [, name] = rng.pick(RULED_OUT.filter(([k]) => !doc.dx.keys.includes(k)));
  return `${rng.pick(['曾于外院疑诊', '曾怀疑'])}“${name}”，经检查已排除`;
}

const exam = (doc: Doc, rng: Rng): string => (doc.patient.age < 14
  ? `体重${rng.int(11, 35)}kg，神志清，反应可，心肺腹未见明显异常。`
  : `T ${rng.pick(['36.3', '36.5', '36.6', '36.8'])}℃，BP ${rng.int(118, 178)}/${rng.int(66, 104)}mmHg，HR ${rng.int(60, 96)}次/分，神清，心肺听诊未闻及明显异常，双下肢无水肿。`);

/**
 * An A5 门诊病历本 inner page laid on A4 scanner glass: pre-printed header and ruled lines in the booklet's
 * colour, a barcode sticker with the masked ID, the visit printed onto the page by the EMR.
 */
export const tune2OutpatientA5Booklet: Layout = {
  id: 'tune2-outpatient-a5-booklet',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / township 门诊病历本 A5 inner page scanned on A4 glass, pre-printed ruling, EMR print sans / serif 9.5–10 pt, no full ID',
  exercises: ['A5 booklet page off-centre on A4 glass (cream paper, spine shadow, staples)', 'ruled lines under the printed text',
    'barcode sticker with name and a masked ID 371502********123X (no ID in the truth)', '日期 / 就诊日期 2025.3.4 / 2025-03-04 / 2025年3月4日',
    '上次就诊 and 下次复诊 dates as distractors', '印象 / 初步诊断 / 诊断 with a ？ / 待查 item (not counted)', 'negated, past and family history',
    'a disease ruled out in 现病史', 'handwritten physician name', 'two-character names padded 张　伟'],
  doc: (rng) => localPatient(forPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP, ...PROVINCES],
    aliases: true, outside: 0.15, compoundSurnames: 0.15 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    const W = 1165;
    const H = 1654;
    const ox = rng.int(150, 400);
    const oy = rng.int(90, 220);
    s.g.fillStyle = '#f6f6f4';
    s.g.fillRect(0, 0, s.width, s.height);
    s.g.fillStyle = 'rgba(60, 60, 60, 0.25)';
    s.g.fillRect(ox + 8, oy + 8, W, H);
    s.g.fillStyle = '#fcfaf1';
    s.g.fillRect(ox, oy, W, H);
    for (let i = 0; i < 28; i += 1) s.line(ox + i, oy, ox + i, oy + H, 1, `rgba(120, 110, 90, ${(0.22 * (28 - i)) / 28})`);
    s.g.fillStyle = '#9a9a9a';
    for (const sy of [oy + H * 0.27, oy + H * 0.73]) s.g.fillRect(ox + 14, sy, 5, 44);
    const tone = rng.pick(['#2e6b4f', '#1f4e8c', '#8c2f1f']);
    const x0 = ox + 70;
    const w = W - 130;
    s.put(ox + W / 2, oy + 95, doc.hospital.name, st('sansBold', 14, { align: 'center', color: tone, spacing: 3 }));
    s.put(ox + W / 2, oy + 152, '门 诊 病 历', st('serifSemi', 12.5, { align: 'center', color: tone }));
    s.line(x0 - 20, oy + 180, ox + W - 50, oy + 180, 2.4, tone);
    s.line(x0 - 20, oy + 187, ox + W - 50, oy + 187, 1, tone);
    for (let ly = oy + 262; ly < oy + H - 70; ly += 56) s.line(x0 - 20, ly, ox + W - 50, ly, 1, '#b9c9d9');

    // The sticker from the registration desk.
    const kx = ox + W - 480;
    const ky = oy + 210;
    s.g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    s.g.fillRect(kx + 4, ky + 4, 420, 190);
    s.g.fillStyle = '#ffffff';
    s.g.fillRect(kx, ky, 420, 190);
    barcode(s, kx + 24, ky + 16, doc.recordNo, 46, 2);
    const tiny = st('sans', 8.5);
    const [sex, age] = sexAge(doc);
    s.put(kx + 24, ky + 95, `${doc.patient.name}  ${sex}  ${age}`, tiny);
    s.put(kx + 24, ky + 133, `身份证：${maskedId(doc.patient.idNumber)}`, tiny);
    s.put(kx + 24, ky + 171, `门诊号：${doc.recordNo}`, tiny);

    const pt = rng.pick([9.5, 10]);
    const face = rng.pick(['sans', 'serif'] as const);
    const f = st(face, pt);
    const b = st(face === 'sans' ? 'sansMedium' : 'serifSemi', pt);
    const dx = rng.int(-10, 10);
    const dy = rng.int(-14, 8);
    const ds: DateStyle = rng.pick(['dot', 'dotPad', 'iso', 'cnShort'] as const);
    const hy = oy + 250 + dy;
    s.pair(x0 + dx, hy, '姓名：', padName(doc.patient.name, '\u3000'), b, f);
    s.pair(x0 + dx + 330, hy, '性别：', sex, b, f);
    s.pair(x0 + dx, hy + 56, '年龄：', age, b, f);
    s.pair(x0 + dx + 330, hy + 56, '科别：', doc.department, b, f);
    s.pair(x0 + dx, hy + 112, rng.pick(['日期：', '就诊日期：']), `${formatDate(doc.dates.visit, ds)}${rng.pick(['', '（复诊）', '  复诊'])}`, b, f);
    s.note({ name: doc.patient.name, visitDate: doc.dates.visit });

    const lh = 56;
    let y = hy + 224;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0 + dx, y, label, b);
      y = prose(s, x0 + dx, y, w, text, f, lh, { indent: lw }) + 0;
    };
    const last = addDays(doc.dates.visit, -rng.int(14, 90));
    section('主诉：', `${doc.complaint}。`);
    section('现病史：', `上次就诊：${formatDate(last, ds)}，予${doc.medicines[0] ?? '药物'}治疗，${rng.pick(['症状好转', '症状时轻时重', '病情尚稳定'])}。`
      + `${ruledOut(rng, doc)}。今来复诊。`);
    section('既往史：', `${doc.history.past}；${doc.history.negated}。`);
    section('家族史：', `${doc.history.family}。`);
    section('查体：', exam(doc, rng));
    const label = rng.pick(['印象：', '初步诊断：', '诊断：']);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.4) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '1、'] as const);
    const lw = s.put(x0 + dx, y, label, b);
    listed(items, how).forEach((t, i) => s.put(x0 + dx + lw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += items.length * lh;
    section('处理：', `${doc.medicines.join('；')}。`);
    section('医嘱：', `低盐低脂饮食，按时服药。下次复诊：${formatDate(addDays(doc.dates.visit, rng.pick([7, 14, 28, 30])), ds)}。`);
    const sy = Math.max(y + 20, oy + H - 150);
    const sw = s.put(ox + W - 430, sy, '医师：', f);
    handwritten(s, ox + W - 430 + sw + 12, sy, doc.doctors.attending, 13, rng);
  },
};

/**
 * A dense A4 outpatient EMR print from a city / county hospital in another province: 患者：王秀英 女 68岁,
 * 门诊日期 beside 挂号时间 (an earlier day when booked ahead), diagnoses with ICD codes, 下次复诊日期.
 */
export const tune2OutpatientDenseEmr: Layout = {
  id: 'tune2-outpatient-dense-emr',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city hospital of another province, outpatient EMR print, dense sans 9–10 pt, shield logo, ICD codes',
  exercises: ['患者：王秀英　女　68岁 (name then sex and age after 患者)', '证件号码 / 身份证号码 with the county address code of the province',
    '门诊日期 / 就诊日期 2025-03-04 (09:12) beside 挂号时间 (booked days ahead)', '上次就诊 in 现病史', 'past illness only in 既往史, negations, family history',
    '诊断 / 门诊诊断 / 临床诊断 with ICD-10 codes in a column', '？ / 待查 item (not counted)', '下次复诊日期 as a distractor',
    'handwritten physician name', '打印时间 and 第1页 共1页 footer'],
  doc: (rng) => localPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...PROVINCES, ...PROVINCES, ...CITY_MORE], keys: ALL_KEYS, aliases: true,
    outside: 0.25 }), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#0d47a1', '#006064', '#4a148c', '#1b5e20']);
    logo(s, x0 + 42, 130, 40, tone, 'shield');
    s.put(x0 + 105, 140, doc.hospital.name, st('sansBold', 17, { color: tone }));
    if (doc.hospital.en) s.put(x0 + 105, 182, doc.hospital.en, st('sansLight', 8, { color: tone }));
    s.put(s.width - x0, 140, '门诊病历', st('sansBold', 16, { align: 'right' }));
    s.put(s.width - x0, 182, `病历号：${doc.recordNo}`, st('sans', 9, { align: 'right' }));
    s.line(x0, 210, s.width - x0, 210, 3, tone);

    const pt = rng.pick([9, 9.5, 10]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);
    const [sex, age] = sexAge(doc);
    const visitStyle: DateStyle = rng.pick(['iso', 'isoTime', 'slash'] as const);
    const booked = addDays(doc.dates.visit, -rng.pick([0, 0, 1, 3, 6]));
    const bookedAt = booked === doc.dates.visit ? doc.times.visit - rng.int(10, 60) : rng.int(8 * 60, 20 * 60);
    const c1 = x0 + 560;
    const c2 = x0 + 1010;
    const rows = [265, 318, 371];
    s.put(x0, rows[0] ?? 0, `患者：${doc.patient.name}\u3000${sex}\u3000${age}`, b);
    s.pair(c1, rows[0] ?? 0, '科室：', doc.department, b, f);
    s.pair(c2, rows[0] ?? 0, '费别：', rng.pick(['城乡居民医保', '职工医保', '自费', '异地医保']), b, f);
    s.pair(x0, rows[1] ?? 0, rng.pick(['证件号码：', '身份证号码：']), doc.patient.idNumber, b, f);
    s.pair(c1, rows[1] ?? 0, '就诊卡号：', `${rng.int(10, 99)}${doc.recordNo}`, b, f);
    s.pair(c2, rows[1] ?? 0, rng.pick(['门诊日期：', '就诊日期：']), formatDate(doc.dates.visit, visitStyle, doc.times.visit), b, f);
    s.pair(x0, rows[2] ?? 0, '挂号时间：', formatDate(booked, 'isoTime', bookedAt), b, f);
    s.pair(c1, rows[2] ?? 0, '就诊类型：', rng.pick(['复诊', '复诊', '初诊']), b, f);
    s.pair(c2, rows[2] ?? 0, '联系电话：', `1${rng.pick(['39', '58', '87', '52'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`, b, f);
    s.line(x0, 405, s.width - x0, 405, 1.2, '#777');
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const lh = px(pt) * 1.72;
    let y = 470;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw }) + 8;
    };
    const last = addDays(doc.dates.visit, -rng.int(20, 120));
    section('主诉：', `${doc.complaint}。`);
    const child = doc.patient.age < 14;
    section('现病史：', `患者${rng.int(1, child ? Math.max(1, doc.patient.age - 1) : 12)}年前起病，规律诊治。上次就诊${formatDate(last, 'iso')}，予${doc.medicines.slice(0, 2).join('、') || '药物'}治疗，`
      + `${rng.pick(['症状较前好转', '症状时轻时重', '病情稳定'])}。${ruledOut(rng, doc)}。近${rng.int(3, 14)}天${rng.pick(['症状加重', '自觉乏力', '睡眠欠佳'])}，今来诊。`);
    section('既往史：', `${child ? `${rng.pick(['体健', '平素易感冒'])}；${doc.history.negated}` : pastHistory(doc, rng)}。否认药物过敏史。`);
    section('个人史：', child ? '足月顺产，按时预防接种。' : rng.pick(['吸烟30年，每日10支，未戒。', '无烟酒嗜好。', '饮酒20年，已戒5年。']));
    section('家族史：', `${doc.history.family}。`);
    section('体格检查：', exam(doc, rng));
    section('辅助检查：', `${formatDate(addDays(doc.dates.visit, -rng.int(1, 10)), 'iso')}本院检验：${quoted(doc, 3)}。`);
    const items: Dx[] = [...doc.dx.western, ...(rng.chance(0.35) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const codes = rng.chance(0.7);
    const lw = s.put(x0, y, rng.pick(['诊断：', '门诊诊断：', '临床诊断：']), b);
    listed(items, how).forEach((t, i) => {
      const d = items[i] as Dx;
      const tw = s.put(x0 + lw, y, t, f);
      if (codes && doc.dx.western.includes(d)) s.put(Math.max(x0 + 900, x0 + lw + tw + 40), y, icdOf(d, i), f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += 8;
    s.put(x0, y, '处理：', b);
    doc.medicines.forEach((m, i) => {
      s.put(x0 + 90, y, `${i + 1}. ${m}`, f);
      s.put(x0 + 800, y, `×${rng.int(1, 4)}盒`, f);
      y += lh;
    });
    y += 8;
    section('医嘱：', child ? `${rng.pick(['坚持家庭康复训练', '遵医嘱饮食治疗', '按时服药'])}，定期复查，不适随诊。`
      : `${rng.pick(['低盐低脂糖尿病饮食', '清淡饮食，适量运动', '遵医嘱按时服药'])}，监测血压、血糖，不适随诊。`);
    s.pair(x0, y, '下次复诊日期：', formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30, 60])), 'iso'), b, f);
    const sy = y + lh * 1.6;
    const sw = s.put(s.width - x0 - 480, sy, '医师签名：', f);
    handwritten(s, s.width - x0 - 480 + sw + 14, sy, doc.doctors.attending, 14, rng);
    footer(s, reprinted(doc), { y: 2240, style: st('sansLight', 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: s.width - x0 });
  },
};

const HERBS = ['黄芪 30g', '党参 15g', '白术 12g', '茯苓 15g', '当归 12g', '川芎 10g', '赤芍 12g', '丹参 20g', '葛根 30g', '天麻 10g',
  '钩藤 15g', '石决明 30g', '生地黄 15g', '山药 20g', '麦冬 15g', '五味子 9g', '陈皮 9g', '法半夏 9g', '炙甘草 6g', '牛膝 15g'];

/**
 * TCM hospital 门诊病历: labels above values in the header cells, 就诊时间 2025年3月4日9时12分, □初诊 ☑复诊,
 * 中医诊断 and 西医诊断 side by side in one box, a herbal prescription, 预约复诊 date.
 */
export const tune2OutpatientTcmStacked: Layout = {
  id: 'tune2-outpatient-tcm-stacked',
  kind: 'outpatient',
  split: 'tune',
  style: 'County TCM hospital (Shandong and other provinces) outpatient record, serif 11.5–12.5 pt, label-above header cells, twin diagnosis columns',
  exercises: ['labels above values (姓　名 over the name)', '就诊时间 2025年3月4日9时12分', '□初诊 ☑复诊 check boxes', '住址 house numbers, 身份证号 / 公民身份号码',
    '中医诊断 | 西医诊断 side by side (one text row holds both)', '？ / 待查 item in the 西医 column (not counted)', 'negated and family history',
    '预约复诊 date as a distractor', 'herb doses', 'handwritten physician name with a red name stamp', '日期 at the signature (the visit day)'],
  doc: (rng) => localPatient(makeDoc(rng, { kind: 'outpatient', hospitals: [...TCM, ...PROVINCES_TCM], tcm: true, keys: KEYS, outside: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 130;
    const w = s.width - 2 * x0;
    const red = rng.pick(['#a81e22', '#8e1b1b']);
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 20, { align: 'center', color: red, spacing: 6 }));
    s.put(s.width / 2, 232, '门 诊 病 历', st('serifSemi', 15, { align: 'center' }));
    s.put(x0, 232, `门诊号：${doc.recordNo}`, st('serif', 10));
    const cb = st('serif', 11);
    const again = rng.chance(0.75);
    checkBox(s, checkBox(s, s.width - x0 - 300, 232, '初诊', !again, cb) + 30, 232, '复诊', again, cb);
    s.line(x0, 262, s.width - x0, 262, 2.2, red);

    const lab = st('serif', 9.5, { color: '#444' });
    const val = st('serifMedium', 12);
    const [sex, age] = sexAge(doc);
    let y = stackedRow(s, x0, 290, 108, [
      { label: rng.pick(['姓\u3000名', '患者姓名']), value: doc.patient.name, w: 280 }, { label: '性\u3000别', value: sex, w: 150 },
      { label: '年\u3000龄', value: age, w: 150 }, { label: '职\u3000业', value: rng.pick(['农民', '退休', '工人', '个体', '无业']), w: 200 },
      { label: '就诊时间', value: formatDate(doc.dates.visit, 'cnHour', doc.times.visit), w: w - 780 },
    ], lab, val);
    y = stackedRow(s, x0, y, 108, [
      { label: '住\u3000址', value: homeAddress(doc, rng), w: 800 },
      { label: rng.pick(['身份证号', '公民身份号码']), value: doc.patient.idNumber, w: w - 800 },
    ], lab, st('serifMedium', 11.5));
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });

    const pt = rng.pick([11.5, 12]);
    const f = st('serif', pt);
    const b = st('serifSemi', pt);
    const lh = px(pt) * 1.7;
    y += 70;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw }) + 4;
    };
    section('主诉：', `${doc.complaint}。`);
    section('现病史：', `患者${rng.int(1, 10)}年前起病，${rng.pick(['间断服用中药及西药治疗', '长期口服西药治疗'])}，`
      + `${rng.pick(['近日症状反复', '近1周加重', '现病情尚稳定'])}，${rng.pick(['纳可，眠差', '纳差，眠可', '二便调'])}。`);
    section('既往史：', `${doc.history.past}；${doc.history.negated}。`);
    section('家族史：', `${doc.history.family}。`);
    section('四诊摘要：', `神清，${rng.pick(['面色少华', '形体偏胖', '精神欠佳'])}，${rng.pick(['舌质暗红，苔薄白，脉弦细', '舌淡胖，苔白腻，脉滑', '舌红少苔，脉细数'])}。`
      + `BP ${rng.int(120, 170)}/${rng.int(70, 100)}mmHg。`);

    const western: Dx[] = [...doc.dx.western, ...(rng.chance(0.3) ? [doubtful(rng, doc)] : [])];
    const how: Mark = rng.pick(['1.', '1、'] as const);
    const split = 540;
    const top = y - 10;
    const rowsN = Math.max(doc.dx.tcm.length, western.length, 1);
    const boxH = (rowsN + 1) * lh + 40;
    s.rect(x0, top, w, boxH, 1.8);
    s.line(x0 + split, top, x0 + split, top + boxH, 1.8);
    const hy = top + 20 + lh * 0.8;
    s.put(x0 + 24, hy, '中医诊断：', b);
    s.put(x0 + split + 24, hy, '西医诊断：', b);
    listed(doc.dx.tcm, how).forEach((t, i) => s.put(x0 + 40, hy + (i + 1) * lh, t, f));
    if (western.length > 0) listed(western, how).forEach((t, i) => s.put(x0 + split + 40, hy + (i + 1) * lh, t, f));
    else s.put(x0 + split + 40, hy + lh, '—', f);
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    y = top + boxH + lh;

    section('治法：', `${rng.pick(['益气活血，化痰通络', '益气养阴，清热生津', '平肝潜阳，活血化瘀', '健脾益肾，利水渗湿'])}。`);
    s.put(x0, y, '处方：', b);
    const herbs = rng.sample(HERBS, 8);
    for (let r = 0; r < 2; r += 1) {
      for (let c = 0; c < 4; c += 1) s.put(x0 + 130 + c * 320, y + r * lh, herbs[r * 4 + c] ?? '', f);
    }
    y += 2 * lh;
    section('', `共${rng.pick([5, 7, 14])}剂，水煎服，日一剂，早晚分服。`);
    section('医嘱：', `${rng.pick(['忌辛辣油腻', '畅情志，慎起居', '低盐低脂饮食'])}，预约复诊：${formatDate(addDays(doc.dates.visit, rng.pick([7, 14])), 'cnShort')}。`);
    const sy = Math.max(y + lh, 1980);
    const sw = s.put(x0 + 640, sy, '医师：', f);
    const hw = handwritten(s, x0 + 640 + sw + 12, sy, doc.doctors.attending, 14, rng);
    nameStamp(s, x0 + 640 + sw + hw + 130, sy - 16, doc.doctors.attending, rng);
    s.put(x0 + 1000, sy + lh * 1.2, `日期：${formatDate(doc.dates.visit, 'cnShort')}`, f);
    s.put(s.width / 2, 2240, `${doc.hospital.name}门诊部`, st('serif', 9, { align: 'center', color: '#555' }));
  },
};
