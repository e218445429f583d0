import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, type Mark } from './kit';
import { rxItem } from './tune5-kit';
import { suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords } from './tune10-kit';
import { NATION_CITY, NATION_COUNTY, native } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT'];
const SOUTH = /广东|广西|海南|福建|湖南|江西|云南|贵州|重庆|四川|浙江|湖北/u;
const HOSPITALS = [...NATION_COUNTY, ...NATION_CITY].filter((x) => SOUTH.test(x.address));

/** What the nurse teaches for each disease (the ticked 健康指导 lines). */
const DIET: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '低盐低脂饮食，每日食盐不超过5g，戒烟限酒', DIABETES: '糖尿病饮食，定时定量，少食多餐，避免含糖饮料',
  URAEMIA_DIALYSIS: '优质低蛋白、低磷低钾饮食，控制饮水量，两次透析间体重增长不超过干体重的5%',
  MALIGNANT_TUMOR_OUTPATIENT: '高蛋白、高维生素、易消化饮食，少量多餐',
};
const WATCH: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '每日早晚测血压并记录', DIABETES: '每日监测空腹及餐后2小时血糖并记录，随身携带糖果防低血糖',
  CORONARY_HEART_DISEASE: '出现胸痛持续不缓解，立即舌下含服硝酸甘油并拨打120', CEREBROVASCULAR_DISEASE: '出现口角歪斜、肢体无力、言语不清立即拨打120',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '观察有无牙龈出血、黑便等出血倾向，勿自行停用抗血小板药物',
  URAEMIA_DIALYSIS: '保护内瘘侧肢体，勿提重物、勿测血压', MALIGNANT_TUMOR_OUTPATIENT: '每周复查血常规，发热超过38.5℃及时就诊',
};

/**
 * 出院患者健康教育及随访登记单 / 出院指导单 of a nursing department in a southern county or city hospital (Guangdong, Guangxi,
 * Hainan, Fujian, Hunan, Jiangxi, Yunnan, Guizhou, Chongqing, Sichuan, Zhejiang, Hubei): a teal band, pre-printed labels with
 * underlined values, 入院日期 / 出院日期 (truth) and 出院诊断 (counted) on underlines, no ID number; 出院评估 tick rows, ticked
 * 健康指导 lines, a 出院带药 table, 复诊日期 weeks later and the nurse's 随访 plan (dates that are not truth), 责任护士 and
 * 护士长 names and the relative who signs for the patient (names that are not the patient's).
 */
export const blind8Discharge2: Layout = {
  id: 'blind8-discharge-nursing-guide',
  kind: 'discharge',
  split: 'blind',
  style: 'Southern county / city hospital (12 provinces) 护理部 出院指导单 with 随访登记: teal band, underlined fill-ins, tick rows, '
    + '出院带药 table, sans or light sans 10–11 pt, nurse and relative signatures, no ID number',
  exercises: ['入院日期 / 出院日期 on underlines (truth) beside 住院号 and 床号', '出院诊断 on underlines, joined by ；(counted)',
    '复诊日期 and 首次随访 dates after the discharge (not truth)', '责任护士 / 护士长 / 家属 names (not the patient)',
    'tick rows ☑ / □, drug table'],
  doc: (rng) => native(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: HOSPITALS, compoundSurnames: 0.08 })),
    rng, { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const lab = st('sansMedium', pt, { color: '#1d4f4a' });
    const head = st('sansBold', pt + 1, { color: '#0d6b62' });
    const lh = px(pt) * 1.8;
    const teal = rng.pick(['#1b8a7e', '#167f9b', '#2b7a4b']);
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cnShort', 'slash', 'cn'] as const);

    s.g.fillStyle = teal;
    s.g.fillRect(0, 0, s.width, 46);
    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    const title = rng.pick(['出院患者健康教育及随访登记单', '出院指导单', '出院患者健康指导及随访单']);
    s.put(s.width / 2, 212, title, st('sansMedium', 15, { align: 'center', spacing: 3, color: teal }));
    s.rect(right - 130, 112, 130, 56, 2, teal);
    s.put(right - 65, 152, '患者联', st('sansMedium', 11, { align: 'center', color: teal }));

    let y = 300;
    const q = w / 4;
    const row = (cells: readonly (readonly [string, string])[], widths: readonly number[]): void => {
      let cx = x0;
      cells.forEach(([l, v], i) => {
        const cw = widths[i] ?? q;
        fillIn(s, cx, y, l, v, cw - s.measure(l, lab) - 30, lab, f, '#7a9a96');
        cx += cw;
      });
      y += lh * 1.15;
    };
    const nurse = physician(rng, [p.name]);
    row([['科室', doc.department], ['床号', `${doc.bed}床`], ['住院号', doc.recordNo.slice(2)], ['责任护士', nurse]], [q, q * 0.7, q * 1.1, q * 1.2]);
    row([['姓名', p.name], ['性别', p.sex], ['年龄', `${p.age}岁`], ['联系电话', `1${rng.int(30, 99)}****${rng.int(1000, 9999)}`]],
      [q, q * 0.7, q * 1.1, q * 1.2]);
    row([['入院日期', formatDate(doc.dates.admission, ds)], ['出院日期', formatDate(doc.dates.discharge, ds)],
      ['住院天数', `${doc.stayDays}天`]], [q * 1.4, q * 1.4, q * 1.2]);
    s.note({ name: p.name, idNumber: null, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const how: Mark = rng.pick(['1.', '①', '1、'] as const);
    const dxText = listed(doc.dx.western, how).join('；');
    const lw = s.put(x0, y, '出院诊断', lab) + 16;
    const dxLines = wrap(s, dxText, w - lw - 16, f, { keep: doc.dx.western.map((d) => d.text) });
    dxLines.forEach((t, i) => {
      s.put(x0 + lw + 10, y - 2 + i * lh * 1.15, t, f);
      s.line(x0 + lw, y + 10 + i * lh * 1.15, right, y + 10 + i * lh * 1.15, 1.4, '#7a9a96');
    });
    s.diagnoses(doc.dx.western);
    y += lh * (dxLines.length * 1.15 + 0.7);

    const section = (t: string): void => {
      s.g.fillStyle = '#e4f2ef';
      s.g.fillRect(x0, y - px(pt + 1) * 1.05, w, px(pt + 1) * 1.5);
      s.put(x0 + 12, y, t, head);
      y += lh * 1.15;
    };
    section('一、出院评估');
    const assess: readonly (readonly [string, readonly string[], string])[] = [
      ['神志', ['清醒', '嗜睡', '模糊'], '清醒'],
      ['自理能力', ['完全自理', '部分依赖', '完全依赖'], doc.primary === 'CEREBROVASCULAR_DISEASE' ? '部分依赖' : '完全自理'],
      ['跌倒风险', ['低危', '中危', '高危'], p.age >= 75 ? '高危' : rng.pick(['低危', '中危'])],
      ['出院方式', ['步行', '轮椅', '平车'], p.age >= 80 ? '轮椅' : '步行'],
    ];
    assess.forEach(([l, opts, pick], i) => {
      const cx = x0 + 20 + (i % 2) * (w / 2);
      s.pair(cx, y, `${l}：`, ticks(opts, pick), lab, f);
      if (i % 2 === 1) y += lh;
    });
    y += lh * 0.5;
    section('二、健康指导');
    const k = doc.primary;
    const teach = [
      `☑饮食指导：${DIET[k] ?? '清淡易消化饮食，多食新鲜蔬菜水果'}。`,
      `☑用药指导：遵医嘱按时服药，不可自行停药或减量；${WATCH[k] ?? '如有不适及时就诊'}。`,
      '☑活动与休息：劳逸结合，循序渐进增加活动量，保证充足睡眠。',
      `☑心理指导：保持情绪稳定。\u3000${ticks(['戒烟指导', '康复训练指导'], p.sex === '男' ? '戒烟指导' : '')}`,
    ];
    for (const t of teach) y = wrap(s, t, w - 40, f).reduce((yy, l) => (s.put(x0 + 20, yy, l, f), yy + lh), y);
    y += lh * 0.3;
    section('三、出院带药');
    const cols = [x0, x0 + w * 0.4, x0 + w * 0.62, x0 + w * 0.86];
    const th = y - px(pt) * 1.1;
    ['药品名称', '规格', '用法用量', '数量'].forEach((t, i) => s.put((cols[i] ?? x0) + 14, y, t, lab));
    const items = doc.medicines.slice(0, 4).map((m) => rxItem(m, rng));
    items.forEach((it, i) => {
      const ry = y + lh * (i + 1);
      [it.name, it.dose, `${it.route} ${it.often}`, `${rng.int(1, 4)}盒`].forEach((t, j) => s.put((cols[j] ?? x0) + 14, ry, t, f));
    });
    const tb = y + lh * (items.length + 0.45);
    s.rect(x0, th - 6, w, tb - th + 6, 1.4, '#7a9a96');
    s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 1, '#7a9a96');
    y = tb + lh * 1.2;

    section('四、复诊及随访');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 14, 30]));
    const call = addDays(doc.dates.discharge, rng.int(3, 6));
    s.pair(x0 + 20, y, '复诊日期：', `${formatDate(back, ds)}（${rng.pick(['上午', '下午'])}）`, lab, f);
    s.pair(x0 + w * 0.52, y, '复诊地点：', `门诊${rng.int(2, 5)}楼${doc.department}`, lab, f);
    y += lh;
    const cw = s.pair(x0 + 20, y, '首次电话随访：', `出院后3～7天内（约${formatDate(call, ds)}）`, lab, f);
    s.pair(Math.max(x0 + w * 0.52, x0 + cw + 60), y, '随访咨询电话：', doc.hospital.phone, lab, f);
    y += lh * 1.3;
    section('五、随访记录（由随访护士填写）');
    const fc = [x0, x0 + w * 0.2, x0 + w * 0.36, x0 + w * 0.82, right];
    ['随访日期', '方式', '病情及指导内容', '随访护士'].forEach((t, i) => s.put((fc[i] ?? x0) + 14, y, t, lab));
    const ft = y - px(pt) * 1.1;
    const fb = y + lh * 3.4;
    s.rect(x0, ft - 6, w, fb - ft + 6, 1.4, '#7a9a96');
    [0.4, 1.4, 2.4].forEach((r) => s.line(x0, y + lh * r, right, y + lh * r, 1, '#7a9a96'));
    fc.slice(1, 4).forEach((cx) => s.line(cx, ft - 6, cx, fb, 1, '#7a9a96'));
    y = fb + lh * 1.5;

    const head2 = physician(rng, [p.name, nurse]);
    const kin = physician(rng, [p.name, nurse, head2]);
    const nw = s.put(x0, y, '责任护士：', lab);
    handwritten(s, x0 + nw + 8, y, nurse, pt * 1.3, rng);
    s.pair(x0 + w * 0.34, y, '护士长：', head2, lab, f);
    const kw = s.put(x0 + w * 0.6, y, '患者/家属签名：', lab);
    handwritten(s, x0 + w * 0.6 + kw + 8, y, `${kin}（${rng.pick(['之子', '之女', '配偶'])}）`, pt * 1.25, rng);
    y += lh * 1.3;
    s.pair(x0 + w * 0.6, y, '宣教日期：', formatDate(doc.dates.discharge, ds), lab, f);
    const foot = st(face, 9, { color: '#666' });
    s.put(x0, 2240, '温馨提示：请妥善保管本单，复诊时携带。', foot);
    s.put(right, 2240, `${doc.hospital.name}护理部`, { ...foot, align: 'right' });
  },
};
