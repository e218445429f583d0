import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { drug } from './tune3-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { recordOf } from './tune14-kit';
import { GENERAL19, local19, mergedGrid, tickBoxes, TOWN19, vitalsOf, type Merged } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE'];
/** The 管理病种 boxes of the form, in the programme's words. */
const PROGRAMME: readonly (readonly [DiseaseKey, string])[] = [['HYPERTENSION', '高血压'], ['DIABETES', '糖尿病'],
  ['CORONARY_HEART_DISEASE', '冠心病'], ['CEREBROVASCULAR_DISEASE', '脑卒中']];

/**
 * 基本公共卫生 慢性病患者随访服务记录表 of a Zhejiang, Fujian, Jiangxi or Anhui township 中心卫生院 (or a county hospital's 慢病管理门诊):
 * 管理病种 tick boxes (☑高血压 □糖尿病 …), 身份证号 (truth) beside the 出生日期 and a 17-digit 档案编号, 目前诊断 (counted), then
 * the national form's grid — four visit columns, the rows grouped under vertical merged labels (体征, 生活方式指导, 辅助检查,
 * 用药情况). Two to four columns are filled: the last filled 随访日期 is this visit (truth), the earlier ones are past visits
 * and every 下次随访日期 is not the visit; the 随访医生 signs each column by hand.
 */
export const tune19OutpatientFollowupVisits: Layout = {
  id: 'tune19-outpatient-followup-visits',
  kind: 'outpatient',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui township 中心卫生院 / county 慢病管理门诊 慢性病患者随访服务记录表: ☑ / □ 管理病种, '
    + 'four visit columns in a ruled grid with vertical merged group labels, handwritten signatures per column, '
    + 'sans or light sans 9.5–10.5 pt',
  exercises: ['管理病种 ☑高血压 □糖尿病 □冠心病 □脑卒中 ticked as the diagnoses say', '目前诊断 numbered (counted)',
    'four 随访日期 columns, two to four filled: the last filled is the visit (truth), earlier ones are past visits',
    '下次随访日期 in every filled column (not the visit)', '出生日期 beside 身份证号 (truth) and a 17-digit 档案编号 (not an ID)',
    'readings per column: 血压, 体重 current/target, BMI, 空腹血糖; drugs split into name and 用法用量 rows',
    'vertical merged labels (体征, 生活方式指导, 辅助检查, 用药情况)', 'a handwritten 随访医生签名 in each filled column'],
  doc: (rng) => local19(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...TOWN19, ...TOWN19, ...GENERAL19], compoundSurnames: 0.05 }))), rng,
  { outside: 0.2, near: 0.1, avoid: /急性|不稳定|出血/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const p = doc.patient;
    const rh = px(pt) * 1.95;

    const managed = PROGRAMME.filter(([k]) => doc.dx.keys.includes(k)).map(([, t]) => t);
    s.put(s.width / 2, 140, managed.length > 1 || rng.chance(0.5) ? '慢性病患者随访服务记录表' : `${managed[0] ?? '高血压'}患者随访服务记录表`,
      st('sansBold', 16, { align: 'center', spacing: 2 }));
    s.pair(x0, 215, '姓名：', p.name, b, st('sansMedium', pt + 1));
    s.pair(x0 + w * 0.55, 215, '档案编号：', recordOf(doc, rng), b, f);

    const ds: DateStyle = rng.pick(['iso', 'dotPad', 'cn'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    let y = s.grid(x0, 245, rh, [
      [L('性别', 150), V(p.sex, 120), L('出生日期', 170), V(formatDate(p.birth, ds), 300), L('身份证号', 170), V(p.idNumber, w - 910)],
      [L('管理病种', 150), V('', w - 150)],
    ], f, { label: b, shade: '#f0f0f0', border: 1.4 });
    tickBoxes(s, x0 + 162, y - rh / 2 + px(pt) * 0.36, PROGRAMME.map(([, t]) => t), managed, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    y = para(s, x0, y + rh * 0.85, w, `目前诊断：${listed(doc.dx.western, mk).join('  ')}`, f, px(pt) * 1.7,
      { keep: doc.dx.western.map((d) => d.text) });
    s.diagnoses(doc.dx.western);

    // The visits: the last filled column is today's; the earlier ones a quarter apart.
    const filled = rng.int(2, 4);
    const dates = Array.from({ length: filled }, (_, i) => addDays(doc.dates.visit, -(filled - 1 - i) * rng.int(84, 96)));
    // One patient: the height, habits and drugs stay; the readings move from visit to visit.
    const base = vitalsOf(doc, rng);
    const v = dates.map((_, i) => {
      if (i === filled - 1) return base;
      const weight = base.weight + rng.int(-2, 2);
      return { ...base, sbp: base.sbp + rng.int(-12, 14), dbp: base.dbp + rng.int(-8, 8), p: base.p + rng.int(-6, 6), weight,
        bmi: (weight / (base.height / 100) ** 2).toFixed(1), glucose: (Number(base.glucose) + rng.range(-1.2, 1.5)).toFixed(1) };
    });
    const smokes = p.sex === '男' && rng.chance(0.3);
    const drinks = p.sex === '男' && rng.chance(0.3);
    const col = (make: (i: number) => string): Merged[] => [0, 1, 2, 3].map((i) => ({ text: i < filled ? make(i) : '' }));
    const item = (text: string): Merged => ({ text, label: true });
    const whole = (text: string): Merged => ({ text, label: true, span: 2 });
    const group = (text: string, down: number): Merged => ({ text, label: true, down, vertical: true });
    const meds = doc.medicines.slice(0, 2).map(drug);
    const next = dates.map((d, i) => dates[i + 1] ?? addDays(d, rng.pick([30, 90])));
    const target = (x: number): string => `${x}/${x - rng.int(0, 3)}`;
    const diabetic = doc.dx.keys.includes('DIABETES');
    const rows: Merged[][] = [
      [whole('随访日期'), ...col((i) => formatDate(dates[i] ?? '', ds))],
      [whole('随访方式'), ...col(() => rng.pick(['门诊', '门诊', '家庭', '电话']))],
      [whole('症状'), ...col(() => rng.pick(['无症状', '无症状', '头痛头晕', '心悸胸闷', diabetic ? '多饮多尿' : '四肢发麻']))],
      [group('体征', 4), item('血压(mmHg)'), ...col((i) => `${v[i]?.sbp ?? 140}/${v[i]?.dbp ?? 90}`)],
      [item('体重(kg)'), ...col((i) => target(v[i]?.weight ?? 60))],
      [item('体质指数'), ...col((i) => v[i]?.bmi ?? '23.0')],
      [item('心率(次/分)'), ...col((i) => String(v[i]?.p ?? 76))],
      [group('生活方式指导', 4), item('日吸烟量(支)'), ...col(() => (smokes ? `${rng.pick([5, 10, 10, 20])}/5` : '0/0'))],
      [item('日饮酒量(两)'), ...col(() => (drinks ? `${rng.pick([1, 2, 3])}/1` : '0/0'))],
      [item('运动'), ...col(() => rng.pick(['3次/周', '5次/周', '每天']))],
      [item('摄盐情况'), ...col(() => rng.pick(['中/轻', '轻/轻', '重/中']))],
      [group('辅助检查', 3), item('空腹血糖(mmol/L)'), ...col((i) => (diabetic ? v[i]?.glucose ?? '7.8' : (4.8 + rng.range(0, 1.2)).toFixed(1)))],
      [item('糖化血红蛋白(%)'), ...col(() => (diabetic && rng.chance(0.6) ? rng.range(6.4, 9.2).toFixed(1) : ''))],
      [item('其他'), ...col(() => rng.pick(['', '', `TC ${rng.range(4.2, 6.8).toFixed(2)}mmol/L`, '心电图：窦性心律']))],
      [whole('服药依从性'), ...col(() => rng.pick(['规律', '规律', '间断']))],
      [whole('药物不良反应'), ...col(() => '无')],
      [whole('此次随访分类'), ...col(() => rng.pick(['控制满意', '控制满意', '控制不满意']))],
      [group('用药情况', 4), item('药物名称1'), ...col(() => meds[0]?.name ?? '')],
      [item('用法用量'), ...col(() => meds[0]?.use ?? '')],
      [item('药物名称2'), ...col(() => meds[1]?.name ?? '')],
      [item('用法用量'), ...col(() => meds[1]?.use ?? '')],
      [whole('转诊'), ...col(() => '无')],
      [whole('下次随访日期'), ...col((i) => formatDate(next[i] ?? '', ds))],
      [whole('随访医生签名'), ...col(() => '')],
    ];
    const cols = [80, 220];
    const vw = (w - 300) / 4;
    cols.push(vw, vw, vw, vw);
    const top = y + 10;
    const bottom = mergedGrid(s, x0, top, cols, rh, rows, f, b, { shade: '#f3f3f3', border: 1.3 });
    dates.forEach((_, i) => handwritten(s, x0 + 300 + i * vw + 24, bottom - rh * 0.3, doc.doctors.checker, pt * 1.25, rng));
    s.put(x0, bottom + rh * 1.2, '填表说明：体重、日吸烟量填写“本次/目标”；摄盐情况填写“咸/淡”程度。', st(face, 8.5, { color: '#444' }));
    s.put(right, bottom + rh * 2.2, `随访机构：${doc.hospital.name}`, { ...f, align: 'right' });
  },
};
