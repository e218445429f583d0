import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, type Mark } from './kit';
import { weekday } from './tune3-kit';
import { panel } from './tune4-kit';
import { rxItem } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { md } from './tune11-kit';
import { countyWords } from './tune10-kit';
import { tickBoxes } from './tune19-kit';
import { hospitalsB16, kinB16, localB16 } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** When to come back at once, by disease. */
const WARN: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '血压持续高于180/110mmHg，或出现剧烈头痛、视物模糊、胸闷', DIABETES: '出现心慌、出汗、手抖（血糖低于3.9mmol/L），或血糖持续高于16.7mmol/L',
  CORONARY_HEART_DISEASE: '胸痛持续15分钟以上、含服硝酸甘油不能缓解', POST_ARTERIAL_STENT_ANTICOAGULATION: '黑便、牙龈或皮肤出血，或再次胸痛',
  CEREBROVASCULAR_DISEASE: '突发口角歪斜、一侧肢体无力麻木、言语不清',
};
const WHEN: Record<string, string> = { 每日1次: '早餐后', 每日2次: '早晚各1次', 每日3次: '三餐后', 每晚1次: '睡前', 每12小时1次: '8时、20时' };

/**
 * 出院指导单（患者联）of a Hainan / Qinghai / Xinjiang county or city hospital: the nurses' patient-facing sheet handed over with the
 * discharge papers. Logo letterhead with a follow-up QR, a rounded panel with the patient (ID masked: no ID truth) and the stay's
 * 入院日期 / 出院日期 (truth), then coloured section bars: 出院诊断 (counted), 住院期间诊疗 naming a procedure day (not truth), 出院带药
 * table, tick-box 生活指导, 复诊 on a later date with its weekday and a phone follow-up day (not truth), warning signs, and the
 * signatures of the nurse and of a relative (another name).
 */
export const blind16Discharge2: Layout = {
  id: 'blind16-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Hainan / Qinghai / Xinjiang county or city hospital 出院指导单（患者联）: logo and QR letterhead, rounded patient panel with the '
    + 'stay, coloured section bars, medicine table, tick-box advice, light sans or sans 10.5–11.5 pt, handwritten nurse and relative',
  exercises: ['入院日期 / 出院日期 inside a rounded panel (truth); 身份证号 masked (no ID)', '出院诊断 numbered (counted)',
    'a procedure day as 3.6 in prose, 复诊 date with weekday, phone follow-up date (not truth)', '出院带药 table', 'tick boxes ☑ / □',
    'a relative\'s handwritten name beside the patient\'s'],
  doc: (rng) => localB16(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, yearEnd: 0.1,
    hospitals: hospitalsB16(['city', 'county'], ['海南', '青海', '新疆']), compoundSurnames: 0.05 })), rng,
  { outside: 0.2, near: 0.1, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#1b1b1b';
    const x0 = 118;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const face = rng.pick(['sansLight', 'sans'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.72;
    const tone = rng.pick(['#0f7f7a', '#1f5fa8', '#2f7d32', '#8a2f5c']);
    const p = doc.patient;

    logo(s, x0 + 48, 132, 46, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 118, 130, doc.hospital.name, st('sansBold', 19, { color: tone, spacing: 2 }));
    s.put(x0 + 120, 180, `${doc.department} · 护理单元`, st(face, 10.5, { color: '#444' }));
    qrCode(s, right - 150, 66, 150, rng);
    s.put(right - 75, 250, '扫码关注随访', st(face, 9, { align: 'center' }));
    s.put(s.width / 2, 320, rng.pick(['出院指导单（患者联）', '出院患者健康指导', '出院指导（患者留存）']),
      st('sansBold', 18, { align: 'center', spacing: 4 }));

    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso'] as const);
    const top = 370;
    panel(s, x0, top, w, lh * 3.6, rng.pick(['#f1f6f6', '#f3f5f9', '#f5f5f0']), tone);
    const cols = [x0 + 30, x0 + 30 + w * 0.3, x0 + 30 + w * 0.56, x0 + 30 + w * 0.8];
    const row = (y: number, cells: readonly (readonly [string, string])[]): void =>
      cells.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, b, f));
    row(top + lh * 1.05, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['床号：', `${doc.bed}床`]]);
    row(top + lh * 2.05, [['住院号：', doc.recordNo], ['科室：', doc.department], ['身份证号：', maskedId(p.idNumber)]]);
    let sx = x0 + 30;
    for (const [l, v] of [['入院日期：', formatDate(doc.dates.admission, ds)], ['出院日期：', formatDate(doc.dates.discharge, ds)],
      ['住院天数：', `${doc.stayDays}天`]] as const) sx += s.pair(sx, top + lh * 3.05, l, v, b, f) + px(pt) * 3;
    s.note({ name: p.name, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = top + lh * 3.6 + lh * 1.5;
    const bar = (title: string): void => {
      s.g.fillStyle = tone;
      s.g.fillRect(x0, y - px(pt) * 1.05, 12, px(pt) * 1.35);
      s.put(x0 + 28, y, title, st('sansBold', pt + 1, { color: tone }));
      s.line(x0 + 28 + s.measure(title, st('sansBold', pt + 1)) + 20, y - px(pt) * 0.35, right, y - px(pt) * 0.35, 1, '#bbbbbb');
      y += lh * 1.15;
    };
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    bar('一、出院诊断');
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + 40 + (i % 2) * (w / 2), y + Math.floor(i / 2) * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += Math.ceil(doc.dx.western.length / 2) * lh + lh * 0.5;

    bar('二、住院期间诊疗');
    const op = doc.procedure === '胃镜检查' ? '' : `，${md(doc.dates.surgery)}行${doc.procedure}`;
    y = para(s, x0 + 40, y, w - 40, `入院后完善相关检查，予${doc.course}等治疗${op}，目前病情平稳，经医生评估可以出院。`, f, lh) + lh * 0.5;

    bar('三、出院带药');
    const tcols = [0, 0.36, 0.5, 0.64, 0.8].map((k) => x0 + 40 + k * (w - 40));
    ['药品名称', '每次用量', '用法', '服用时间', '备注'].forEach((t, i) => s.put(tcols[i] ?? x0, y, t, b));
    s.line(x0 + 40, y + 14, right, y + 14, 1.2, '#888');
    y += lh;
    doc.medicines.slice(0, 4).forEach((m) => {
      const r = rxItem(m, rng);
      const note = /胰岛素/u.test(r.name) ? '注射后30分钟内进餐' : /华法林|替格瑞洛|氯吡格雷|阿司匹林/u.test(r.name) ? '观察有无出血' : '不可自行停药';
      [r.name, r.dose, r.route, WHEN[r.often] ?? r.often, note].forEach((t, i) => s.put(tcols[i] ?? x0, y, t, f));
      y += lh;
    });
    y += lh * 0.5;

    bar('四、生活指导');
    const k = doc.dx.keys;
    const lines: [string, string[], string[]][] = [
      ['饮食：', ['低盐', '低脂', '糖尿病饮食', '清淡易消化'], ['低盐', ...(k.includes('DIABETES') ? ['糖尿病饮食'] : ['低脂'])]],
      ['活动：', ['卧床休息', '室内活动', '适量户外活动', '康复训练'], k.includes('CEREBROVASCULAR_DISEASE') ? ['康复训练'] : ['适量户外活动']],
      ['其他：', ['戒烟', '限酒', '监测血压', '监测血糖'], ['戒烟', '限酒', k.includes('DIABETES') ? '监测血糖' : '监测血压']],
    ];
    for (const [l, options, chosen] of lines) {
      const lw = s.put(x0 + 40, y, l, b);
      tickBoxes(s, x0 + 40 + lw + 10, y, options, chosen, f);
      y += lh;
    }
    y += lh * 0.5;

    bar('五、复诊与随访');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 14, 30]));
    const call = addDays(doc.dates.discharge, 7);
    const backText = `${formatDate(back, 'cnShort')}（${weekday(back)}）`;
    y = para(s, x0 + 40, y, w - 40, `请于${backText}上午到${doc.department}门诊复诊，复查血常规、肝肾功能${k.includes('DIABETES') ? '、糖化血红蛋白' : '、血脂'}。`
      + `护士将于${formatDate(call, 'cnShort')}前后电话随访，请保持电话畅通。`, f, lh, { keep: [backText] }) + lh * 0.3;
    const warn = k.map((x) => WARN[x]).filter((x): x is string => !!x)[0] ?? '病情加重';
    y = para(s, x0 + 40, y, w - 40, `如${warn}，请立即就近就医或拨打120。病区电话：${doc.hospital.phone}。`, f, lh) + lh * 1.2;

    const sy = Math.max(y + lh, rng.pick([1760, 1900, 2000]));
    const kin = kinB16(doc, rng);
    const nw = s.put(x0, sy, '责任护士：', b);
    handwritten(s, x0 + nw + 8, sy, doc.doctors.checker, pt * 1.3, rng);
    s.pair(x0 + w * 0.32, sy, '主管医师：', doc.doctors.attending, b, f);
    const kw = s.put(x0 + w * 0.6, sy, '患者/家属签名：', b);
    handwritten(s, x0 + w * 0.6 + kw + 8, sy, kin.name, pt * 1.35, rng);
    s.put(x0 + w * 0.6 + kw + 20 + s.measure(kin.name, st('sans', pt * 1.5)), sy, `（${kin.tie}）`, f);
    s.line(x0, 2170, right, 2170, 1, '#999');
    s.put(s.width / 2, 2215, `${doc.hospital.name} 护理部 制    地址：${doc.hospital.address}`, st(face, 9, { align: 'center', color: '#555' }));
  },
};
