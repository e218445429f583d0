import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { nameStamp, qrCode } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { earlierVisits, panel } from './tune4-kit';
import { rxItem } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords, followUp } from './tune10-kit';
import { localB14, SH_COMMUNITY14, vitalsB14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 门诊病历 of a Shanghai 社区卫生服务中心 for a contracted patient's 长处方 visit: the centre's name in colour with 家庭医生签约服务, a
 * QR code, the patient in a rounded grey panel of two columns — 姓名 and 身份证号 (truth), 医保卡号 and 门诊号 (not IDs), 签约医生 and
 * 签约日期 years back (not truth), 就诊日期 with the time (truth) — then run-in sections: 主诉, 现病史, 既往史 (a past illness and
 * denials), 体格检查, 辅助检查 dated weeks earlier (not truth), 诊断 one per line (counted), 处理 with a 长处方 table of weeks of
 * medicine, 末次配药 (earlier) and 下次配药 (later) dates (not truth); the family doctor's red name stamp; 打印时间 footer.
 */
export const blind14Outpatient1: Layout = {
  id: 'blind14-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Shanghai 社区卫生服务中心 family-doctor 长处方 门诊病历: coloured name with 家庭医生签约服务, QR, rounded grey two-column '
    + 'patient panel, run-in sections, 长处方 table in weeks, 末次 / 下次配药 dates, red name stamp, sans or light sans 10.5–11 pt',
  exercises: ['就诊日期 with the time in the patient panel (truth) beside 签约日期 years earlier (not truth)',
    '医保卡号 and 门诊号 digits beside the 身份证号 (truth)', '辅助检查 dated weeks before the visit (not truth)', '诊断 one per line (counted)',
    '长处方 table: 8 or 12 weeks of medicine, quantities', '末次配药 and 下次配药 dates around the visit (not truth)', '打印时间 footer (not truth)'],
  doc: (rng) => localB14(countyWords(settled(reprinted(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: SH_COMMUNITY14,
    compoundSurnames: 0.05 })))), rng, { outside: 0.3, near: 0.25, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(rng.pick(['sans', 'sansLight'] as const), pt);
    const b: Style = st('sansBold', pt);
    const lh = px(pt) * 1.62;
    const p = doc.patient;
    const tone = rng.pick(['#1e7a55', '#1b6aa5', '#2b7c86']);

    s.put(x0, 140, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(x0, 196, '家庭医生签约服务 · 长处方门诊', st('sansMedium', 10, { color: tone, spacing: 2 }));
    qrCode(s, right - 130, 80, 130, rng);
    s.put(right - 65, 240, '扫码查看', st('sans', 8, { align: 'center', color: '#555' }));
    s.line(x0, 222, right - 170, 222, 3, tone);
    s.put(s.width / 2, 300, '门 诊 病 历', st('sansBold', 16, { align: 'center', spacing: 6 }));

    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const signed = addDays(doc.dates.visit, -rng.int(400, 1800));
    const cells: readonly (readonly [string, string])[] = [
      ['姓　　名：', p.name], ['性别/年龄：', `${p.sex} / ${p.age}岁`],
      ['身份证号：', p.idNumber], ['医保卡号：', `${rng.pick(['A', 'B', 'S'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`],
      ['签约医生：', doc.doctors.attending], ['签约日期：', formatDate(signed, 'iso')],
      ['就诊日期：', formatDate(doc.dates.visit, ds, doc.times.visit)], ['门 诊 号：', doc.recordNo],
    ];
    const top = 350;
    panel(s, x0, top, w, lh * 4 + px(pt) * 1.6, '#f1f2f3', '#c9ccd0');
    cells.forEach(([l, v], i) => s.pair(x0 + 30 + (i % 2) * w * 0.52, top + px(pt) * 1.55 + Math.floor(i / 2) * lh, l, v, st('sans', pt,
      { color: '#555' }), b));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    let y = top + lh * 4 + px(pt) * 1.6 + lh * 1.2;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.measure(label, b);
      s.put(x0, y, label, b);
      const lines = para(s, x0, y, w, text, f, lh, { indent: lw + 6, keep });
      y = lines + lh * 0.25;
    };
    const lab = doc.labs[0]?.rows[0];
    const [before] = earlierVisits(rng, doc.dates.visit, 1);
    const checked = before ?? addDays(doc.dates.visit, -21);
    run('主诉：', `${followUp(doc)}，来中心配药。`);
    const self = doc.dx.keys.includes('HYPERTENSION') ? '自测血压波动于130-150/80-95mmHg' : doc.dx.keys.includes('DIABETES')
      ? '自测空腹血糖6-8mmol/L' : '病情尚稳定';
    run('现病史：', `患者长期规律服药，${self}，无明显药物不良反应，饮食睡眠可，二便无殊，今来中心续开长处方。`);
    run('既往史：', `${pastHistory(doc, rng)}。`);
    run('体格检查：', `${vitalsB14(doc, rng)}，神清，心肺听诊无殊，双下肢无水肿。`);
    run('辅助检查：', lab ? `${formatDate(checked, 'iso')}本中心查${lab.name}${lab.value}${lab.unit}${lab.flag}。` : '暂无。',
      [formatDate(checked, 'iso')]);
    const how: Mark = rng.pick(['1.', '1)', '(1)'] as const);
    s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t) => {
      s.put(x0 + s.measure('诊断：', b) + 6, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.25;

    const weeks = rng.pick([8, 12]);
    s.put(x0, y, `处理：长处方（${weeks}周），继续原方案治疗。`, b);
    y += lh * 0.5;
    const drugs = doc.medicines.filter((m) => !/注射|疗法/u.test(m)).slice(0, 4).map((m) => rxItem(m, rng));
    const cw = [w * 0.34, w * 0.16, w * 0.24, w * 0.12, w * 0.14];
    const c = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 100, label });
    y = s.grid(x0, y, lh * 1.1, [['药品名称', '规格', '用法用量', '天数', '数量'].map((t, i) => c(t, i, true)),
      ...drugs.map((r) => [c(r.name, 0), c(r.dose, 1), c(`${r.often} ${r.route}`, 2), c(`${weeks * 7}天`, 3),
        c(`${Math.ceil(weeks / 4) * rng.int(1, 2)}盒`, 4)])], st(f.face, pt - 0.5), { shade: '#eef0f2', label: st('sansMedium', pt - 0.5),
      border: 1.2 }) + lh;
    const last = addDays(doc.dates.visit, -weeks * 7 + rng.int(-3, 3));
    const next = addDays(doc.dates.visit, weeks * 7 - rng.int(0, 5));
    s.pair(x0, y, '末次配药：', formatDate(last, 'iso'), b, f);
    s.pair(x0 + w * 0.4, y, '下次配药：', formatDate(next, 'iso'), b, f);
    y += lh * 1.2;
    run('健康指导：', '低盐低脂饮食，适量运动，戒烟限酒；按时服药，每月自测血压、血糖并记录，不适及时来诊或至上级医院就诊。');

    const fy = y + lh * 1.5;
    const dw = s.put(right - 430, fy, '医师签名：', f);
    nameStamp(s, right - 430 + dw + 110, fy - 14, doc.doctors.attending, rng);
    footer(s, doc, { y: 2200, style: st('sans', 8.5, { color: '#444' }), page: '第 1 页', print: 'isoTime', x0, x1: right });
  },
};
