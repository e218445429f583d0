import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { COUNTY, TCM } from '../hospitals';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, pastHistory } from './kit';
import { para, suited, tcmDx, TCM_KEYS, wrap } from './tune6-kit';
import { countyWords, followUp, kin } from './tune10-kit';
import { historyItem, suspected, withWeekday } from './tune11-kit';

const OTHER_TCM = ['眩晕病 肝阳上亢证', '胸痹心痛病 气虚血瘀证', '不寐病 心脾两虚证', '水肿病 脾肾阳虚证'];
const KEYS: readonly DiseaseKey[] = [...TCM_KEYS, 'DIABETES', 'CEREBROVASCULAR_DISEASE'];

/**
 * 门诊病历 of a county TCM hospital: 就诊日期 with its weekday (2025年3月4日（星期二）, truth) beside 上次就诊 (earlier) and
 * a 复诊 date (later); the diagnosis in two lists — 中医诊断：消渴病 气阴两虚证 / 西医诊断：1.2型糖尿病 2.… — the western
 * run on one line and wrapping, so one diagnosis may break over two lines; a past operation or a suspicion at the end
 * (not counted); 既往史 with an old illness and a relative's disease (not counted); 舌脉 and a decoction.
 */
export const tune11OutpatientTcmDouble: Layout = {
  id: 'tune11-outpatient-tcm-double',
  kind: 'outpatient',
  split: 'tune',
  style: 'County TCM hospital 门诊病历 (EMR print): title band, 就诊日期 with weekday, 中医诊断 / 西医诊断 double list, '
    + 'serif 11–12 pt, decoction in four columns, QR code for 电子病历 on some pages',
  exercises: ['就诊日期：2025年3月4日（星期二） / 2025-03-04 星期二 (truth) beside 上次就诊 (earlier) and 复诊 in 7天 (later)',
    '中医诊断：消渴病 气阴两虚证 / 中风病（风痰阻络证）, non-catalogue 眩晕病 肝阳上亢证 (only 消渴病 / 中风病 count)',
    '西医诊断 run on one line, numbered, wrapping: one diagnosis may break over two lines',
    'a …术后 / 个人史 item or a 待排 / ？ / 可能 suspicion at the end (not counted)', '既往史 with an old illness, 家族史 a relative (not counted)'],
  doc: (rng) => countyWords(suited(forPatient(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: TCM, compoundSurnames: 0.1 }), rng, COUNTY)),
    rng, { outside: 0.3, near: 0.15 }),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const face = rng.pick(['serif', 'serif', 'sans'] as const);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;

    s.put(s.width / 2, 140, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 210, '门 诊 病 历', st('serifBold', 15, { align: 'center', spacing: 8 }));
    const qr = rng.chance(0.5);
    if (qr) qrCode(s, right - 130, 85, 130, rng);
    s.line(x0, 240, right, 240, 1.5);
    let y = 290;
    const cols = [0, 0.27, 0.45, 0.63];
    [['姓名：', doc.patient.name], ['性别：', doc.patient.sex], ['年龄：', `${doc.patient.age}岁`], ['科别：', rng.pick(['中医内科', '内分泌科', '脑病科', '心病科'])]]
      .forEach(([l, v], i) => s.pair(x0 + w * (cols[i] ?? 0), y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + w * 0.63, y, '门诊号：', doc.recordNo, b, f);
    y += lh;
    const visit = withWeekday(doc.dates.visit, rng.pick(['cn', 'iso'] as const));
    s.pair(x0, y, '就诊日期：', visit, b, f);
    const last = addDays(doc.dates.visit, -rng.int(14, 60));
    s.pair(x0 + w * 0.56, y, '上次就诊：', formatDate(last, 'iso'), b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.5;
    s.line(x0, y, right, y, 1);
    y += lh * 1.1;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.25;
    };
    section('主诉：', `${followUp(doc)}。`);
    section('现病史：', `患者${rng.pick(['平素规律服药', '服药不规律', '近期饮食控制欠佳'])}，现${rng.pick(['口干乏力', '头晕时作', '夜寐欠安', '肢体麻木'])}，`
      + '纳可，二便调。');
    section('既往史：', `${pastHistory(doc, rng)}。`);
    section('家族史：', `${kin(rng)}。`);
    section('舌脉：', `舌${rng.pick(['淡红', '暗红', '红'])}，苔${rng.pick(['薄白', '白腻', '少苔', '薄黄'])}，脉${rng.pick(['弦细', '沉细', '细数', '弦滑'])}。`);
    section('辅助检查：', `${doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? ''}。`);

    const tcm: Dx[] = tcmDx(doc, rng, rng.pick([' ', '（）'] as const));
    if (tcm.length === 0 || rng.chance(0.25)) tcm.push({ text: rng.pick(OTHER_TCM), key: null });
    const tail: Dx | null = rng.chance(0.6) ? (rng.chance(0.5) ? historyItem(doc, rng) : suspected(doc, rng)) : null;
    const western = [...doc.dx.western, ...(tail ? [tail] : [])];
    y += lh * 0.3;
    const tw = s.put(x0, y, '中医诊断：', b);
    tcm.forEach((d, i) => s.put(x0 + tw, y + i * lh, d.text, f));
    y += tcm.length * lh;
    const ww = s.put(x0, y, '西医诊断：', b);
    // One line, wrapping where it must (a diagnosis may break across the line end).
    const run = western.map((d, i) => `${i + 1}.${d.text}`).join('  ');
    const narrow = rng.pick([w * 0.55, w * 0.65, w - ww]);
    const heads = western.map((d, i) => `${i + 1}.${[...d.text].slice(0, 2).join('')}`);
    const lines = wrap(s, run, narrow, f, { keep: heads });
    lines.forEach((t, i) => s.put(x0 + ww, y + i * lh, t, f));
    y += lines.length * lh + lh * 0.4;
    s.diagnoses([...tcm, ...doc.dx.western]);

    section('治法：', rng.pick(['益气养阴，活血通络', '平肝潜阳，化痰通络', '健脾益肾，化湿泄浊', '益气活血，化瘀通络']) + '。');
    const herbs = ['黄芪30g', '太子参15g', '麦冬12g', '五味子9g', '葛根20g', '丹参15g', '川芎12g', '天麻12g', '钩藤15g', '生地15g', '山药20g', '茯苓15g'];
    const rx = rng.sample(herbs, 8);
    const hw = s.put(x0, y, '处方：', b);
    for (let r = 0; r < 2; r += 1) {
      for (let c = 0; c < 4; c += 1) s.put(x0 + hw + c * 250, y + r * lh, rx[r * 4 + c] ?? '', f);
    }
    y += lh * 2;
    s.put(x0 + hw, y, `${rng.pick(['7', '7', '14'])}剂，水煎服，日一剂，早晚分服。`, f);
    y += lh * 1.3;
    const back = addDays(doc.dates.visit, 7);
    section('医嘱：', `低糖低盐饮食，适当运动；7天后复诊（${formatDate(back, 'cnShort')}）。`, [formatDate(back, 'cnShort')]);
    y += lh;
    const sw = s.put(x0 + w * 0.55, y, '医师签名：', b);
    handwritten(s, x0 + w * 0.55 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
  },
};
