import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { mobile } from './tune5-kit';
import { para } from './tune6-kit';
import { mdCn } from './tune11-kit';
import { childAge } from './tune12-kit';
import { CHILD10, child, keeperOf } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT'];

type Kind = 'ALL' | 'AML' | 'APL' | 'SOLID';
const NAMES: Record<Kind, readonly string[]> = {
  ALL: ['急性淋巴细胞白血病（B细胞型，中危组）', '急性淋巴细胞白血病（B-ALL，低危组）', '急性淋巴细胞白血病（T细胞型，高危组）'],
  AML: ['急性髓系白血病（M5）', '急性髓系白血病（M2，中危组）'], APL: ['急性早幼粒细胞白血病（低危组）'],
  SOLID: ['伯基特淋巴瘤（Ⅲ期）', '神经母细胞瘤（Ⅳ期，高危组）', '肾母细胞瘤术后（Ⅱ期）', '横纹肌肉瘤（中危组）', '肝母细胞瘤术后'],
};
/** A cycle's drugs: name, dose per m² (null: fixed), unit, route, days of the cycle. */
type Drug = readonly [string, number | null, string, string, string];
const CYCLES: Record<Kind, readonly (readonly [string, readonly Drug[]])[]> = {
  ALL: [['CAM', [['环磷酰胺', 1000, 'mg', '静脉滴注', 'd1'], ['阿糖胞苷', 50, 'mg', '静脉滴注 q12h', 'd3-6'], ['6-巯基嘌呤', 60, 'mg', '口服 qn', 'd1-7']]],
    ['HD-MTX', [['甲氨蝶呤', 3000, 'mg', '静脉滴注 24h', 'd1'], ['亚叶酸钙', 15, 'mg', '静脉推注 q6h', 'd2-4'], ['三联鞘注', null, '', '鞘内注射', 'd1'],
      ['6-巯基嘌呤', 25, 'mg', '口服 qn', 'd1-7']]],
    ['VDLD', [['长春新碱', 1.5, 'mg', '静脉推注', 'd1'], ['柔红霉素', 25, 'mg', '静脉滴注', 'd1'], ['培门冬酶', 2000, 'IU', '肌内注射', 'd2'],
      ['地塞米松', 6, 'mg', '口服 分3次', 'd1-7']]]],
  AML: [['DAH', [['柔红霉素', 40, 'mg', '静脉滴注', 'd1,3,5'], ['阿糖胞苷', 100, 'mg', '静脉滴注 q12h', 'd1-7'], ['高三尖杉酯碱', 3, 'mg', '静脉滴注', 'd1-7']]]],
  APL: [['ATRA+ATO', [['维A酸', 25, 'mg', '口服 分2次', 'd1-14'], ['亚砷酸注射液', 5, 'mg', '静脉滴注', 'd1-14']]]],
  SOLID: [['VDC', [['长春新碱', 1.5, 'mg', '静脉推注', 'd1'], ['多柔比星', 25, 'mg', '静脉滴注', 'd1-2'], ['环磷酰胺', 1200, 'mg', '静脉滴注', 'd1']]],
    ['IE', [['异环磷酰胺', 1800, 'mg', '静脉滴注', 'd1-5'], ['依托泊苷', 100, 'mg', '静脉滴注', 'd1-5'], ['美司钠', 360, 'mg', '静脉推注 q3h', 'd1-5']]]],
};
const AFTER = ['化疗后骨髓抑制', '粒细胞缺乏伴发热', '药物性肝损害', '低钾血症', '口腔黏膜炎', '肺部感染'];

/** The child's cancer named the way a children's 血液肿瘤科 writes it, with what the cycle left behind (not counted). */
function childCancer(doc: Doc, rng: Rng): Doc & { cancer: Kind } {
  const cancer: Kind = doc.primary === 'LEUKEMIA' ? rng.pick(['ALL', 'ALL', 'ALL', 'AML', 'APL'] as const) : 'SOLID';
  const main: Dx = { text: rng.pick(NAMES[cancer]), key: doc.primary };
  const western = [main, ...rng.sample(AFTER, rng.int(0, 2)).map((text) => ({ text, key: null }))];
  const admission: Dx[] = [main, ...(rng.chance(0.4) ? [{ text: rng.pick(['发热待查', '血细胞减少原因待查']), key: null }] : [])];
  return { ...doc, cancer, dx: { ...doc.dx, western, admission, keys: [doc.primary] }, department: '血液肿瘤科' };
}

/**
 * 出院小结 of a provincial or city children's hospital (Hunan, Jiangxi, Yunnan, Hubei, Hainan) 血液肿瘤科 after a chemotherapy
 * cycle: letterhead left with a coloured logo, the child in a shaded grid (患儿姓名, 年龄 in years and months, the child's
 * 身份证号 — truth — 监护人 a parent with a mobile number, 身高 / 体重 / 体表面积, 第几次住院), 入院日期 | 出院日期 (truth),
 * 【】 sections: 入院诊断 (not counted), 诊疗经过 with the cycle's drug table dated day by day (not truth), the last marrow MRD
 * and the day of diagnosis months back (not truth), 出院诊断 (counted; the bone-marrow suppression beside it is not a catalogue
 * disease), 出院医嘱 with the day to come back for the next cycle (not truth).
 */
export const blind10Discharge2: Layout = {
  id: 'blind10-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Provincial / city children\'s hospital 血液肿瘤科 出院小结 after a chemotherapy cycle: left letterhead with a coloured logo, '
    + 'shaded grid with the child, guardian and body surface area, 【】 sections, dated drug table, serif or sans 10–10.5 pt',
  exercises: ['患儿姓名 / 年龄 4岁3月 / 身份证号 of the child beside 监护人 (a parent) and a mobile number', '入院日期 | 出院日期 in the grid',
    '化疗方案 table dated d1, d3-6 … inside the stay', '确诊日期 months back and the last marrow MRD date (not truth)',
    '出院诊断 with 化疗后骨髓抑制 (only the cancer counts)', '返院 date for the next cycle'],
  doc: (rng) => childCancer(child(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: CHILD10 }), rng, [2, 13]), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const color = rng.pick(['#e07a1f', '#2b8a3e', '#1e7fc2', '#c2185b']);
    const p = doc.patient;
    const cancer = (doc as Doc & { cancer?: Kind }).cancer ?? 'ALL';

    logo(s, x0 + 48, 130, 46, color, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 115, 128, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { spacing: 2 }));
    s.put(x0 + 115, 175, doc.hospital.address, st('sans', 8.5, { color: '#555' }));
    s.put(right, 128, '血液肿瘤科', st('sansMedium', 12, { align: 'right', color }));
    s.line(x0, 205, right, 205, 3, color);
    s.put(s.width / 2, 285, '出 院 小 结', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));

    const cm = Math.round(75 + 6.2 * p.age + rng.range(-6, 6));
    const kg = Math.round((7.5 + 2.1 * p.age + rng.range(-2, 3)) * 10) / 10;
    const bsa = Math.sqrt((cm * kg) / 3600);
    const keeper = keeperOf(doc, rng);
    const cycle = rng.int(2, 9);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'cnShort'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const rows: Cell[][] = [
      [L('患儿姓名', 160), V(p.name, 220), L('性别', 110), V(p.sex, 110), L('年龄', 110), V(childAge(p.birth, doc.dates.admission), 200),
        L('住院号', 140), V(doc.recordNo, 384)],
      [L('身份证号', 160), V(p.idNumber, 470), L('监护人', 110), V(`${keeper.name}（${keeper.relation}）`, 300), L('电话', 110),
        V(mobile(rng), 284)],
      [L('入院日期', 160), V(formatDate(doc.dates.admission, ds), 300), L('出院日期', 140), V(formatDate(doc.dates.discharge, ds), 300),
        L('住院天数', 140), V(`${doc.stayDays}天`, 130), L('住院次数', 140), V(`第${cycle + rng.int(1, 3)}次`, 124)],
      [L('身高', 160), V(`${cm}cm`, 220), L('体重', 110), V(`${kg}kg`, 200), L('体表面积', 140), V(`${bsa.toFixed(2)}m²`, 220),
        L('床号', 140), V(`${doc.bed}床`, 244)],
    ];
    let y = s.grid(x0, 330, px(pt) * 2.1, rows, f, { shade: '#f2f2ee', label: b, border: 1.2 }) + lh * 1.1;
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const head = (t: string): void => {
      s.put(x0, y, `【${t}】`, st(b.face, pt + 0.5, { color: serif ? s.ink : color }));
      y += lh;
    };
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const [main] = doc.dx.western;
    const found = addDays(doc.dates.admission, -rng.int(60, 400));
    head('入院诊断');
    listed(doc.dx.admission, mk).forEach((t) => {
      s.put(x0 + 40, y, t, f);
      y += lh;
    });
    const [name, drugs] = rng.pick(CYCLES[cancer]);
    head('入院情况');
    y = para(s, x0 + 40, y, w - 40, `患儿于${formatDate(found, 'cnShort')}在我院确诊“${main?.text ?? ''}”，规律化疗，此次为行第${cycle}疗程`
      + `化疗入院。入院时一般情况可，无发热，心肺腹查体未见异常。`, f, lh, { keep: [main?.text ?? ''] });
    head('诊疗经过');
    const start = addDays(doc.dates.admission, rng.int(1, 2));
    y = para(s, x0 + 40, y, w - 40, `入院后完善血常规、肝肾功能、心电图等检查，无化疗禁忌，于${mdCn(start)}起予${name}方案化疗（按体表面积`
      + `${bsa.toFixed(2)}m²计算）：`, f, lh, { keep: [`${bsa.toFixed(2)}m²`] });
    const cols = [x0 + 40, x0 + 250, x0 + 400, x0 + 680, x0 + 900];
    ['日期', '疗程日', '药物', '剂量', '用法'].forEach((t, i) => s.put(cols[i] ?? x0, y, t, b));
    s.line(x0 + 40, y + 12, right, y + 12, 1, '#777');
    y += lh;
    for (const [drug, per, unit, route, days] of drugs) {
      const first = Number(/\d+/u.exec(days)?.[0] ?? '1');
      const v = drug === '长春新碱' ? Math.min((per ?? 0) * bsa, 2) : (per ?? 0) * bsa;
      const amount = v >= 100 ? Math.round(v / 10) * 10 : v >= 10 ? Math.round(v) : v.toFixed(1);
      const dose = per === null ? '' : `${amount}${unit}`;
      [formatDate(addDays(start, first - 1), 'iso'), days, drug, dose, route].forEach((t, i) => s.put(cols[i] ?? x0, y, t, f));
      y += lh;
    }
    const mrd = formatDate(addDays(doc.dates.admission, -rng.int(20, 50)), 'iso');
    const last = cancer === 'SOLID' ? `末次评估（${mrd}）：影像学示病灶较前缩小` : `末次骨髓MRD（${mrd}）：${rng.range(0.001, 0.09).toFixed(3)}%`;
    y = para(s, x0 + 40, y + lh * 0.2, w - 40, `化疗过程顺利，化疗后出现${doc.dx.western[1]?.text.replace(/^化疗后/u, '') ?? '轻度恶心、呕吐'}，予对症支持治疗后好转。`
      + `${last}。出院前复查血常规：WBC ${(rng.range(1.2, 4.5)).toFixed(2)}×10^9/L，`
      + `HGB ${rng.int(78, 112)}g/L，PLT ${rng.int(60, 240)}×10^9/L。`, f, lh, { keep: [mrd] });
    head('出院诊断');
    s.diagnoses(doc.dx.western);
    listed(doc.dx.western, mk).forEach((t) => {
      s.put(x0 + 40, y, t, f);
      y += lh;
    });
    head('出院医嘱');
    const back = addDays(doc.dates.discharge, rng.pick([10, 14, 21]));
    const advice = ['注意休息，避免去人群密集场所，预防感染；', '每周复查血常规2次、肝肾功能1次，当地医院复查结果请微信上传；',
      `请于${formatDate(back, 'cnShort')}返院行下一疗程化疗；`, '如有发热、出血、精神差等不适，及时就诊。'];
    advice.forEach((t, i) => {
      y = para(s, x0 + 40, y, w - 40, `${i + 1}.${t}`, f, lh);
    });

    y = Math.max(y + lh, 2050);
    const dw = s.put(x0, y, '经治医师：', b);
    handwritten(s, x0 + dw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    const uw = s.put(x0 + w * 0.36, y, '上级医师：', b);
    handwritten(s, x0 + w * 0.36 + uw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(right, y, formatDate(doc.dates.discharge, 'cnShort'), { ...f, align: 'right' });
    s.put(s.width / 2, 2215, '第1页 共1页', st('sans', 8.5, { align: 'center', color: '#555' }));
  },
};
