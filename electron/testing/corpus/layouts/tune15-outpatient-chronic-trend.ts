import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { GENERAL15, local15, nationOf } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** The 管理病种 as the form names them (the stent's shortened to fit its cell). */
const SCHEME: Record<DiseaseKey, string> = { ...SCHEME_NAMES, POST_ARTERIAL_STENT_ANTICOAGULATION: '支架植入术后抗凝治疗' };

/** A followed item: name, unit, target, the range its values wander in, decimals. */
type Item = readonly [name: string, unit: string, target: string, lo: number, hi: number, digits: number];
const SBP: Item = ['收缩压', 'mmHg', '<140', 124, 168, 0];
const DBP: Item = ['舒张压', 'mmHg', '<90', 70, 100, 0];
const LDL: Item = ['LDL-C', 'mmol/L', '<1.8', 1.4, 3.4, 2];
const FPG: Item = ['空腹血糖', 'mmol/L', '4.4-7.0', 5.6, 11.8, 1];
const ITEMS: Record<string, readonly Item[]> = {
  HYPERTENSION: [SBP, DBP, ['心率', '次/分', '60-100', 58, 92, 0], ['血钾', 'mmol/L', '3.5-5.3', 3.5, 4.9, 2],
    ['肌酐', 'μmol/L', '44-133', 56, 124, 0]],
  DIABETES: [FPG, ['餐后2h血糖', 'mmol/L', '<10.0', 7.6, 16.5, 1], ['糖化血红蛋白', '%', '<7.0', 6.2, 9.8, 1], ['体重指数', 'kg/m²', '<24', 22, 29, 1]],
  CORONARY_HEART_DISEASE: [SBP, LDL, ['心率', '次/分', '55-70', 56, 88, 0], ['ALT', 'U/L', '9-50', 12, 56, 0]],
  CEREBROVASCULAR_DISEASE: [SBP, LDL, ['同型半胱氨酸', 'μmol/L', '<15', 8, 24, 1], FPG],
  URAEMIA_DIALYSIS: [['血红蛋白', 'g/L', '110-130', 76, 118, 0], ['血钾', 'mmol/L', '3.5-5.5', 4.1, 6.2, 2],
    ['血磷', 'mmol/L', '1.13-1.78', 1.3, 2.5, 2],
    ['iPTH', 'pg/mL', '150-600', 160, 820, 0], ['透析间期体重增长', 'kg', '<2.5', 1.2, 3.6, 1]],
  POST_ARTERIAL_STENT_ANTICOAGULATION: [SBP, LDL, ['血小板计数', '×10^9/L', '125-350', 130, 320, 0], ['心率', '次/分', '55-70', 56, 86, 0]],
};

/** The items followed for the page's diseases (the main one's first, six at most) with four values each, oldest first. */
function trend(keys: readonly DiseaseKey[], rng: Rng): { item: Item; values: string[] }[] {
  const items = [...new Set(keys.flatMap((k) => ITEMS[k] ?? []))].slice(0, 6);
  return items.map((item) => {
    const [, , , lo, hi, digits] = item;
    let v = rng.range(lo + (hi - lo) * 0.4, hi);
    const step = (): string => (v = Math.min(hi, Math.max(lo, v + (hi - lo) * rng.range(-0.25, 0.12)))).toFixed(digits);
    return { item, values: [step(), step(), step(), step()] };
  });
}

/**
 * 慢性病门诊随访记录 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county hospital's chronic-disease clinic: a bordered
 * header grid (姓名, 民族, 身份证号 — truth — 就诊日期 — truth — beside 管理病种 in the scheme's words, 建档日期 years back and the
 * 随访次数), 近况 and 体征, a 检查结果趋势 table with the three earlier follow-up dates as column heads and 本次 last (dates that
 * are not the visit), 评估, 诊断 numbered (counted), 处理 with a 30-day prescription, 下次随访 a date weeks on.
 */
export const tune15OutpatientChronicTrend: Layout = {
  id: 'tune15-outpatient-chronic-trend',
  kind: 'outpatient',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county hospital 慢性病门诊随访记录: bordered header grid with 管理病种 and '
    + '建档日期, 检查结果趋势 table with dated columns, 评估 / 诊断 / 处理, sans or serif 10.5–11.5 pt',
  exercises: ['就诊日期 in the header grid (truth) beside 建档日期 years earlier (not truth)',
    '管理病种 in the scheme\'s words (高血压、糖尿病; not diagnoses)', '随访次数 第8次 (a number, not a date)',
    'a results table whose column heads are the three earlier follow-up dates and 本次 (not the visit)',
    '控制目标 ranges and units (<140, 4.4-7.0, mmol/L) in the table', '诊断 numbered (counted)', '下次随访 weeks on (not truth)'],
  doc: (rng) => local15(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: GENERAL15,
    compoundSurnames: 0.05 }))), rng, { outside: 0.2, near: 0.15, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const rowH = px(pt) * 2.2;
    const shade = rng.pick(['#ececec', '#e9eff3', '#eef3ea']);
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 212, rng.pick(['慢性病门诊随访记录', '慢病管理门诊随访记录', '门诊慢性病复诊随访表']),
      st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 3 }));
    const no = `MB${doc.recordNo.slice(2)}`;
    s.put(x0, 280, `管理编号：${no}`, st(f.face, pt - 1));
    s.put(right, 280, `科室：${doc.department}门诊`, st(f.face, pt - 1, { align: 'right' }));

    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const since = formatDate(addDays(doc.dates.visit, -rng.int(700, 2400)), ds);
    const visits = rng.int(4, 16);
    const names = doc.dx.keys.map((k) => SCHEME[k]);
    const scheme = s.measure(names.join('、'), f) > 470 ? names[0] ?? '' : names.join('、');
    let y = s.grid(x0, 305, rowH, [
      [L('姓名', 150), V(p.name, 260), L('性别', 130), V(p.sex, 130), L('年龄', 130), V(`${p.age}岁`, 150), L('民族', 130),
        V(nationOf(doc, rng), w - 1080)],
      [L('身份证号', 150), V(p.idNumber, 500), L('就诊日期', 150), V(formatDate(doc.dates.visit, ds), 300), L('随访次数', 150),
        V(`第${visits}次`, w - 1250)],
      [L('管理病种', 150), V(scheme, 500), L('建档日期', 150), V(since, 300), L('随访方式', 150), V('门诊', w - 1250)],
    ], f, { shade, label: b, border: 1.4 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.2;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.3;
    };
    run('近况：', `${followUp(doc)}。近1月${rng.pick(['规律服药', '偶有漏服', '自行减量'])}，${rng.pick(['无明显不适', '偶有头晕乏力', '睡眠欠佳'])}，饮食、二便正常。`);
    const t = trend(doc.dx.keys, rng);
    const now = (name: string, lo: number, hi: number): string => t.find((x) => x.item[0] === name)?.values[3] ?? `${rng.int(lo, hi)}`;
    run('体征：', `BP ${now('收缩压', 124, 166)}/${now('舒张压', 70, 98)}mmHg，HR ${rng.int(60, 90)}次/分，体重${rng.int(50, 88)}kg，`
      + `双下肢${rng.pick(['无', '轻度'])}水肿。`);

    // 检查结果趋势: the three earlier follow-ups and this one.
    y += lh * 0.3;
    s.put(x0, y, '检查结果趋势：', b);
    y += lh * 0.5;
    const gap = rng.pick([28, 30, 60, 90]);
    const hs: DateStyle = rng.pick(['iso', 'dotPad'] as const);
    const past = [3, 2, 1].map((n) => formatDate(addDays(doc.dates.visit, -gap * n - rng.int(0, 6)), hs));
    const cw = [300, 170, 190, ...[0, 1, 2, 3].map(() => (w - 660) / 4)];
    const cell = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 0, label, align: i === 0 ? 'left' : 'center' });
    y = s.grid(x0, y, rowH, [['项目', '单位', '控制目标', ...past, '本次'].map((x, i) => cell(x, i, true)),
      ...t.map(({ item, values }) => [cell(item[0], 0), cell(item[1], 1), cell(item[2], 2), ...values.map((v, i) => cell(v, i + 3))])],
    { ...f, pt: pt - 0.5 }, { shade, label: { ...b, pt: pt - 0.5 }, border: 1.2 }) + lh * 1.1;

    run('评估：', rng.pick(['血压控制达标，血脂未达标。', '血糖控制欠佳，较前有所下降。', '各项指标较前改善，基本达标。', '控制不理想，需调整用药。']));
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dl = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((d, i) => s.put(x0 + dl, y + i * lh, d, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    run('处理：', `${doc.medicines.join('；')}。慢病长处方，带药30天。`, doc.medicines);
    const next = formatDate(addDays(doc.dates.visit, rng.pick([28, 30, 60, 90])), ds);
    run('下次随访：', `${next}，门诊复查${rng.pick(['血糖、糖化血红蛋白', '血脂、肝肾功能', '血常规、电解质'])}。`, [next]);

    y = Math.max(y + lh * 1.5, 1980);
    const sw = s.put(x0 + w * 0.55, y, '随访医生：', f);
    handwritten(s, x0 + w * 0.55 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(s.width / 2, 2235, '本记录纳入慢病管理档案，请妥善保管', st(f.face, 8.5, { align: 'center', color: '#555' }));
  },
};
