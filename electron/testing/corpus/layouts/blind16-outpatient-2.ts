import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { groupedId } from './tune10-kit';
import { withWeekday } from './tune11-kit';
import { vitalsOf } from './tune19-kit';
import { hospitalsB16, localB16, provinceB16, SCHEME_B16 } from './blind16-kit';

type Dose = readonly [drug: string, amount: number, unit: 'mg/m²' | 'mg' | 'AUC', use: string];
/** The regimen a tumour gets (first match): its name, the biopsy's finding, the days between cycles and the drugs of day 1. */
const REGIMENS: readonly (readonly [RegExp, string, string, number, readonly Dose[]])[] = [
  [/鳞/u, 'TP方案', '鳞状细胞癌（中分化）', 21, [['紫杉醇注射液', 175, 'mg/m²', 'ivgtt d1'], ['顺铂注射液', 75, 'mg/m²', 'ivgtt d1']]],
  [/肺/u, 'AP方案', '（肺穿刺）腺癌，EGFR基因未见突变', 21, [['注射用培美曲塞二钠', 500, 'mg/m²', 'ivgtt d1'], ['卡铂注射液', 5, 'AUC', 'ivgtt d1']]],
  [/乳腺/u, 'TC方案', '浸润性导管癌（Ⅱ级），ER(+) PR(+) HER-2(1+)', 21, [['多西他赛注射液', 75, 'mg/m²', 'ivgtt d1'], ['注射用环磷酰胺', 600, 'mg/m²', 'ivgtt d1']]],
  [/胃/u, 'SOX方案', '（胃）中-低分化腺癌', 21, [['注射用奥沙利铂', 130, 'mg/m²', 'ivgtt d1'], ['替吉奥胶囊', 40, 'mg', 'po bid d1-14']]],
  [/结肠|直肠/u, 'XELOX方案', '（肠）中分化腺癌', 21, [['注射用奥沙利铂', 130, 'mg/m²', 'ivgtt d1'], ['卡培他滨片', 1000, 'mg/m²', 'po bid d1-14']]],
  [/骨髓瘤/u, 'VRd方案', '骨髓浆细胞比例增高，符合浆细胞骨髓瘤', 21, [['注射用硼替佐米', 1.3, 'mg/m²', 'ih d1,4,8,11'], ['来那度胺胶囊', 25, 'mg', 'po qd d1-14'],
    ['地塞米松片', 20, 'mg', 'po d1,2,4,5']]],
  [/淋巴瘤/u, 'R-CHOP方案', '弥漫大B细胞淋巴瘤（非生发中心型）', 21, [['利妥昔单抗注射液', 375, 'mg/m²', 'ivgtt d0'], ['注射用环磷酰胺', 750, 'mg/m²', 'ivgtt d1'],
    ['盐酸多柔比星脂质体注射液', 30, 'mg/m²', 'ivgtt d1'], ['醋酸泼尼松片', 100, 'mg', 'po d1-5']]],
  [/肝细胞/u, 'FOLFOX4方案', '肝细胞癌（中分化）', 14, [['注射用奥沙利铂', 85, 'mg/m²', 'ivgtt d1'], ['亚叶酸钙注射液', 200, 'mg/m²', 'ivgtt d1-2'],
    ['氟尿嘧啶注射液', 400, 'mg/m²', 'iv d1-2']]],
  [/胰腺/u, 'AG方案', '导管腺癌', 21, [['注射用紫杉醇（白蛋白结合型）', 125, 'mg/m²', 'ivgtt d1,8'], ['注射用盐酸吉西他滨', 1000, 'mg/m²', 'ivgtt d1,8']]],
  [/骨肉瘤/u, 'AP方案', '普通型骨肉瘤', 21, [['注射用盐酸多柔比星', 60, 'mg/m²', 'ivgtt d1'], ['顺铂注射液', 100, 'mg/m²', 'ivgtt d1']]],
  [/./u, 'TP方案', '鳞状细胞癌', 21, [['紫杉醇注射液', 135, 'mg/m²', 'ivgtt d1'], ['顺铂注射液', 75, 'mg/m²', 'ivgtt d1']]],
];
const FOR_MEN = ['右肺腺癌', '右肺中分化腺癌', '胃癌术后化疗', '结肠恶性肿瘤', '食管鳞状细胞癌', '直肠癌术后', '胰腺癌'];

/** A man's tumour is never a breast's or a cervix's. */
function fitsSex(doc: Doc, rng: Rng): Doc {
  if (doc.patient.sex === '女') return doc;
  const western = doc.dx.western.map((d) => (d.key && /乳腺|宫颈/u.test(d.text) ? { ...d, text: rng.pick(FOR_MEN) } : d));
  return { ...doc, dx: { ...doc.dx, western } };
}

/**
 * 日间化疗 门诊病历 of a Xinjiang / 兵团 / Qinghai / Tibet / Hainan city or county hospital's 肿瘤内科 (chemotherapy given as an outpatient
 * under the scheme's 恶性肿瘤门诊治疗): left letterhead over a double rule, borderless header with the grouped ID (truth) and the
 * 就诊日期 with its weekday (truth), body measures and BSA, 诊断 (counted) and a 病理 line with the biopsy date, a ruled table of the
 * earlier cycles with their dates (not truth) and this one, the blood count of the day before, the day's orders with doses worked out
 * from the BSA, and the date to come back for the next cycle (not truth).
 */
export const blind16Outpatient2: Layout = {
  id: 'blind16-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Xinjiang / 兵团 / Qinghai / Tibet / Hainan hospital 肿瘤内科 日间化疗门诊病历: left letterhead, double rule, borderless header, '
    + 'ruled cycle table, order table with BSA doses, sans or serif 10–11 pt, handwritten physician',
  exercises: ['就诊日期 with weekday: 2025年3月4日（星期二） / 2025-03-04 星期二 (truth)', 'ID in groups (371502 1958 0304 123X)',
    'earlier cycles with dates every 21 or 14 days, a biopsy date, the day-before blood count date, the next cycle date (not truth)',
    '诊断 numbered with tumours of many sites (counted)', 'dose units mg/m², AUC and BSA in m²'],
  doc: (rng) => localB16(fitsSex(suited(makeDoc(rng, { kind: 'outpatient', keys: ['MALIGNANT_TUMOR_OUTPATIENT'], aliases: true,
    hospitals: hospitalsB16(['city', 'county']), compoundSurnames: 0.05 })), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 112;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const v = doc.dates.visit;
    const tumour = doc.dx.western.find((d) => d.key) ?? doc.dx.western[0]!;
    const [, regimen, finding, every, doses] = REGIMENS.find(([re]) => re.test(tumour.text)) ?? REGIMENS[REGIMENS.length - 1]!;

    s.put(x0, 130, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { spacing: 2 }));
    s.put(right, 130, '肿瘤内科 · 日间化疗中心', st(b.face, 12, { align: 'right' }));
    s.line(x0, 160, right, 160, 3);
    s.line(x0, 168, right, 168, 1);
    s.put(s.width / 2, 240, rng.pick(['日间化疗门诊病历', '肿瘤内科门诊化疗记录', '门诊化疗病历']), st(b.face, 16, { align: 'center', spacing: 4 }));

    const vit = vitalsOf(doc, rng);
    const weight = Math.round(vit.weight * 0.92);
    const bsa = 0.0061 * vit.height + 0.0128 * weight - 0.1529;
    const stops = [x0, x0 + w * 0.25, x0 + w * 0.5, x0 + w * 0.74];
    let y = 320;
    const row = (cells: readonly (readonly [string, string])[]): void => {
      cells.forEach(([l, val], i) => s.pair(stops[i] ?? x0, y, l, val, b, f));
      y += lh;
    };
    row([['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['门诊号：', doc.recordNo]]);
    s.pair(x0, y, '身份证号：', groupedId(p.idNumber, 'six-fours'), b, f);
    s.pair(stops[2]!, y, '就诊日期：', withWeekday(v, rng.pick(['cn', 'iso'] as const)), b, f);
    y += lh;
    row([['身高：', `${vit.height}cm`], ['体重：', `${weight}kg`], ['体表面积：', `${bsa.toFixed(2)}m²`], ['ECOG评分：', `${rng.int(0, 1)}分`]]);
    s.pair(x0, y, '医保类别：', `${SCHEME_B16[provinceB16(doc.hospital)]}（恶性肿瘤门诊治疗）`, b, f);
    y += lh * 0.5;
    s.line(x0, y, right, y, 1.2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: v });
    y += lh * 1.1;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 3.5, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    const n = rng.int(2, 6);
    const cycles = Array.from({ length: n }, (_, i) => addDays(v, -(n - 1 - i) * every + (i === n - 1 ? 0 : rng.int(-2, 2))));
    const biopsy = addDays(cycles[0] ?? v, -rng.int(8, 25));
    s.pair(x0, y, '病理：', `${formatDate(biopsy, 'iso')}本院病理号B${biopsy.slice(0, 4)}-${rng.int(1000, 9999)}：${finding}`, b, f);
    y += lh * 1.5;

    s.put(x0, y, '既往化疗：', b);
    y += lh * 0.4;
    const cw = [0.1, 0.2, 0.22, 0.48].map((k) => k * w);
    const table = (cells: readonly string[], style: Style): void => {
      let cx = x0;
      cells.forEach((t, i) => {
        s.put(cx + 14, y + lh * 0.72, t, style);
        cx += cw[i] ?? 0;
      });
      y += lh;
    };
    s.line(x0, y, right, y, 1.4);
    table(['周期', '日期', '方案', '疗效评价 / 不良反应'], b);
    s.line(x0, y, right, y, 0.8);
    cycles.forEach((c, i) => table([`C${i + 1}`, formatDate(c, 'iso'), regimen, i === n - 1 ? '本次' : i % 2 === 1
      ? `疗效评价：${rng.pick(['PR', 'SD', 'SD'])}` : rng.pick(['Ⅰ度恶心', 'Ⅰ度骨髓抑制', '无明显不良反应', '乏力'])], f));
    s.line(x0, y, right, y, 1.4);
    y += lh * 1.1;

    const day = addDays(v, -1);
    const wbc = rng.range(3.6, 7.8);
    const counts = [`WBC ${wbc.toFixed(2)}×10^9/L`, `NEUT# ${(wbc * rng.range(0.5, 0.7)).toFixed(2)}×10^9/L`, `HGB ${rng.int(96, 132)}g/L`,
      `PLT ${rng.int(110, 280)}×10^9/L`];
    const blood = `${formatDate(day, 'iso')}血常规：${counts.join('，')}；肝肾功能未见明显异常，无化疗禁忌。`;
    const lw = s.put(x0, y, '化疗前评估：', b);
    y = para(s, x0, y, w, blood, f, lh, { indent: lw, keep: [formatDate(day, 'iso'), ...counts] }) + lh * 0.4;

    s.put(x0, y, `本次医嘱（${regimen} 第${n}周期）：`, b);
    y += lh;
    const orders: [string, string, string][] = [['盐酸帕洛诺司琼注射液', '0.25mg', 'iv d1'], ['地塞米松磷酸钠注射液', '5mg', 'iv d1'],
      ...doses.map(([drug, amount, unit, use]): [string, string, string] => {
        const mg = unit === 'mg' ? amount : unit === 'AUC' ? amount * rng.int(95, 125) : amount * bsa;
        return [drug, `${unit === 'mg' ? mg : mg < 10 ? mg.toFixed(1) : Math.round(mg / 10) * 10}mg`, use];
      })];
    orders.forEach(([drug, dose, use], i) => {
      s.put(x0 + px(pt) * 1.5, y, `${i + 1}. ${drug}`, f);
      s.put(x0 + w * 0.52, y, dose, f);
      s.put(x0 + w * 0.7, y, use, f);
      y += lh;
    });
    const next = addDays(v, every);
    y += lh * 0.3;
    y = para(s, x0, y, w, `医嘱：化疗后每3天复查血常规，多饮水，注意口腔卫生；如无异常，${formatDate(next, 'cnShort')}返院行第${n + 1}周期化疗。`, f, lh,
      { keep: [formatDate(next, 'cnShort')] });

    const sy = Math.max(y + lh * 2, 1950);
    const dw = s.put(x0 + w * 0.02, sy, '主治医师：', b);
    handwritten(s, x0 + w * 0.02 + dw + 10, sy, doc.doctors.attending, pt * 1.35, rng);
    s.pair(x0 + w * 0.4, sy, '审核药师：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.7, sy, '执行护士：', doc.doctors.resident, b, f);
  },
};
