import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { barcode, handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { addressLine, forPatient } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { ticks } from './tune7-kit';
import { PRIVATE } from './tune9-kit';
import { countyWords, denial, followUp, groupedId, kin } from './tune10-kit';

/** Whom a county outpatient department sees for a chronic disease. */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER', 'URAEMIA_DIALYSIS'];

/** A 复诊 (return visit) carries the follow-up complaint and settled wordings; a 初诊 the generator's acute one. */
function visitOf(doc: Doc, rng: Rng): Doc {
  const again = rng.chance(0.6);
  const worded = countyWords(doc, rng, { outside: 0.4, avoid: again ? /急性|不稳定|恢复期/u : /后遗症/u });
  return again ? { ...settled(worded), complaint: followUp(worded) } : worded;
}

/** `1）` numbering (full-width bracket), as county EMR templates number diagnoses and orders. */
const numbered = (items: readonly string[]): string[] => items.map((t, i) => `${i + 1}）${t}`);

/**
 * 门诊病历 of a county, township or private hospital EMR: a shaded header strip with 科别, □初诊 ☑复诊 tick boxes and
 * 就诊时间 with 时/分 (truth), the patient's age written next to the name (张三  67岁  男), the ID in groups, run-in sections
 * with denials and a relative's disease, an earlier dated result (not the visit), and the diagnoses numbered 1）2）
 * under 初步诊断 (初诊) or 诊断 / 门诊诊断 (复诊) — before 处理, or at the foot beside the signature after it.
 */
export const tune10OutpatientTickStrip: Layout = {
  id: 'tune10-outpatient-tick-strip',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / township / private hospital EMR 门诊病历: centred letterhead, shaded header strip with 初诊/复诊 boxes, age beside the name, '
    + 'grouped ID, run-in bold labels, 1）2） numbering, sans or serif 10.5–11.5 pt',
  exercises: ['header strip: 科别：内分泌科 | □初诊 ☑复诊 | 就诊时间：2025年3月4日10时30分 / 2025-03-04 10:30 / 2025年03月04日 10:30 (truth)',
    'the name with the age beside it: 张三  67岁  男 / 张三（男，67岁）', 'ID in groups 3715 0219 5803 0412 3X / 371502 1958 0304 123X, masked phone',
    '既往史 with 否认糖尿病史 / 否认“冠心病、糖尿病”病史, 家族史 父亲有高血压病史 (not counted)',
    '辅助检查 dated days or weeks before the visit (2025-02-20 本院…; not the visit)',
    '初步诊断 on a first visit, 诊断 / 门诊诊断 on a return visit, numbered 1）2）3） (counted), with non-catalogue diseases and look-alikes',
    'the diagnoses before 处理, or printed under 处理 at the foot beside the signature', '处理 numbered 1）2） too (orders, not diagnoses)',
    '复诊 date two or four weeks on (not the visit)', 'handwritten 医师签名, 门诊号 barcode at the top right on some pages'],
  doc: (rng) => visitOf(suited(forPatient(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP, ...PRIVATE], compoundSurnames: 0.1 }), rng, COUNTY)), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const again = doc.complaint === followUp(doc);

    s.put(s.width / 2, 140, doc.hospital.name, st(bold, 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 222, rng.pick(['门 诊 病 历', '门诊病历', '门诊病历记录']), st(bold, 15, { align: 'center', spacing: 6 }));
    if (rng.chance(0.5)) {
      const bw = barcode(s, right - 290, 95, doc.recordNo, 52, 2.2);
      s.put(right - 290 + bw / 2, 170, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    }

    // The strip: shaded, bordered, four cells.
    const ds: DateStyle = rng.pick(['cnHour', 'cnHour', 'isoTime', 'cnTime'] as const);
    const top = 262;
    const sh = px(pt) * 2.1;
    s.g.fillStyle = rng.pick(['#eeeeee', '#e8eef5', '#f1efe8']);
    s.g.fillRect(x0, top, w, sh);
    const cells = [`科别：${doc.department}`, ticks(['初诊', '复诊'], again ? '复诊' : '初诊'),
      `就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, `费别：${rng.pick(['城乡居民', '职工医保', '自费', '门诊慢特病'])}`];
    const widths = [0.24, 0.18, 0.38, 0.2].map((k) => k * w);
    let cx = x0;
    cells.forEach((t, i) => {
      s.rect(cx, top, widths[i] ?? 0, sh, 1.3);
      s.put(cx + 14, top + sh / 2 + px(pt) * 0.36, t, i === 2 ? b : f);
      cx += widths[i] ?? 0;
    });

    let y = top + sh + lh * 1.1;
    const sex = doc.patient.sex;
    const who = rng.chance(0.5) ? `${doc.patient.name}  ${doc.patient.age}岁  ${sex}` : `${doc.patient.name}（${sex}，${doc.patient.age}岁）`;
    s.pair(x0, y, '姓名：', who, b, f);
    s.pair(x0 + w * 0.45, y, '身份证号：', groupedId(doc.patient.idNumber, rng.pick(['fours', 'six-fours'] as const)), b, f);
    y += lh;
    s.pair(x0, y, '门诊号：', doc.recordNo, b, f);
    s.pair(x0 + w * 0.45, y, '联系电话：', maskedMobile(rng), b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.55;
    s.line(x0, y, right, y, 1.6);
    y += lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    const before = formatDate(addDays(doc.dates.visit, -rng.int(5, 40)), 'iso');
    section('主诉：', `${doc.complaint}${again ? '，复诊' : ''}。`);
    section('现病史：', again
      ? `患者${doc.complaint}，长期门诊随诊，平素规律服药，近期无明显不适加重，今来复诊取药。`
      : `患者${doc.complaint.split('，')[0] ?? ''}，未系统诊治，今来我院就诊。无发热、咳嗽，饮食睡眠可。`);
    section('既往史：', `${doc.history.past}；${denial(doc, rng)}。`);
    section('家族史：', `${kin(rng)}。`);
    if (doc.primary === 'SEVERE_MENTAL_DISORDER') {
      section('精神检查：', `意识清，接触${rng.pick(['合作', '被动'])}，${rng.pick(['未引出明显幻觉、妄想', '仍存在言语性幻听', '情绪稍高，言语增多'])}，`
        + `自知力${rng.pick(['部分', '不全', '存在'])}。`);
    } else section('体格检查：', `BP ${rng.int(118, 178)}/${rng.int(66, 104)}mmHg，P ${rng.int(60, 96)}次/分，神志清，心肺听诊未见明显异常，双下肢无水肿。`);
    section('辅助检查：', `${before}本院${doc.labs[0]?.title ?? '化验'}：${lab}。`, [before]);

    const dxLabel = again ? rng.pick(['诊断：', '门诊诊断：']) : '初步诊断：';
    const dx = numbered(doc.dx.western.map((d) => d.text));
    s.diagnoses(doc.dx.western);
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28])), 'cnShort');
    const orders = numbered([...doc.medicines.slice(0, 2), `${rng.pick(['监测血压、血糖', '低盐低脂饮食', '按时服药，避免劳累'])}`,
      rng.chance(0.5) ? `${back}复诊` : `${rng.pick(['2周', '4周', '1月'])}后复诊，不适随诊`]);
    const list = (head: string, items: readonly string[], x: number): void => {
      const hw = s.put(x, y, head, b);
      items.forEach((t, i) => s.put(x + hw, y + i * lh, t, f));
      y += items.length * lh + lh * 0.3;
    };
    const atFoot = rng.chance(0.45);
    if (!atFoot) list(dxLabel, dx, x0);
    list('处理：', orders, x0);
    y += lh * 0.8;
    const widest = Math.max(...dx.map((t) => s.measure(t, f))) + s.measure(dxLabel, b);
    const signX = Math.min(x0 + w * 0.56, right - widest);
    if (atFoot) list(dxLabel, dx, signX);
    const sw = s.put(signX, y, '医师签名：', b);
    handwritten(s, signX + sw + 12, y, doc.doctors.attending, pt * 1.3, rng);
    s.line(x0, 2190, right, 2190, 1);
    s.put(s.width / 2, 2228, addressLine(doc), st(face, 8.5, { align: 'center', color: '#444' }));
  },
};
