import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, logo, nameStamp, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, local, mobileNo, monthDay, paren, SD_CITY, SD_COUNTY, wideStop } from './blind-kit';
import { pastHistory, printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind-kit.ts. Not for reading while tuning the extractor. */

const JOBS = ['农民', '退休', '工人', '个体', '无业', '职员', '教师'];
const vitals = (rng: Rng): string => `T ${(36.2 + rng.range(0, 0.8)).toFixed(1)}℃，P ${rng.int(62, 96)}次/分，R ${rng.int(16, 21)}次/分，`
  + `BP ${rng.int(112, 178)}/${rng.int(64, 104)}mmHg`;

export const blindDischarge1: Layout = {
  id: 'blind-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'blind layout 1',
  exercises: ['blind'],
  doc: (rng) => local(makeDoc(rng, { kind: 'discharge', hospitals: [...SD_COUNTY, ...SD_CITY.slice(0, 5)], aliases: true, outside: 0.2,
    yearEnd: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#191919';
    const x0 = 140;
    const w = s.width - 2 * x0;
    const small = st('serif', 10);
    s.put(x0, 112, `${doc.hospital.name}\u3000住院病历`, small);
    s.put(s.width - x0, 112, '第 1 页', { ...small, align: 'right' });
    s.line(x0, 130, s.width - x0, 130, 1.2);
    s.put(s.width / 2, 235, '出院记录', st('serifBold', 17, { align: 'center', spacing: 16 }));

    const lab = st('serifSemi', 11);
    const val = st('serif', 11);
    const [sex, age] = sexAge(doc);
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const row = (y: number, pairs: readonly [string, string][], gap = 56): void => {
      let x = x0;
      for (const [l, v] of pairs) x += s.pair(x, y, `${l} `, v, lab, val) + gap;
    };
    row(320, [['科室', doc.department], ['病区', `${rng.pick(['一', '二', '三'])}病区`], ['床号', doc.bed], ['住院号', doc.recordNo]]);
    row(378, [['病人姓名', doc.patient.name], ['性别', sex], ['年龄', age], ['婚姻', doc.patient.age < 23 ? '未婚' : '已婚'],
      ['职业', rng.pick(JOBS)]]);
    row(436, [['公民身份号码', doc.patient.idNumber], ['入院途径', rng.pick(['门诊', '急诊'])]]);
    row(494, [['住院日期', `${cn(doc.dates.admission)}至${cn(doc.dates.discharge)}`], ['共住院', `${doc.stayDays}天`]], 40);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, 528, s.width - x0, 528, 2.4);
    s.line(x0, 536, s.width - x0, 536, 1);

    const body = st('serif', 11.5);
    const head = st('serifBold', 11.5);
    const lh = px(11.5) * 1.75;
    let y = 610;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, head);
      y = s.para(x0, y, w, text, body, lh, lw) + 8;
    };
    section('门诊诊断：', doc.dx.admission.map((d) => d.text).join('；'));
    section('入院情况：', `患者因“${doc.complaint}”于${cn(doc.dates.admission)}收入我科。入院查体：${vitals(rng)}，神志清，精神可，`
      + `双肺呼吸音清，心律齐，腹软，双下肢无水肿。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`);
    const lw = s.put(x0, y, '入院诊断：', head);
    wideStop(doc.dx.admission).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, body));
    y += doc.dx.admission.length * lh + 8;
    const q = (doc.labs[0]?.rows ?? []).slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');
    section('诊疗经过：', `入院后完善血常规、尿常规、肝肾功能、心电图等检查，${q}。给予${doc.course}等治疗，${monthDay(doc.dates.surgery)}`
      + `行${doc.procedure}，过程顺利。经治疗患者症状明显好转，请示上级医师后准予出院。`);
    section('出院情况：', '患者神志清，精神可，饮食睡眠可，无明显不适，生命体征平稳。');
    const [main, ...rest] = doc.dx.western;
    const dw = s.put(x0, y, '出院诊断：', head);
    s.put(x0 + dw, y, `主要诊断：${main?.text ?? ''}`, body);
    if (rest.length > 0) {
      y += lh;
      const ow = s.measure('其他诊断：', body);
      s.put(x0 + dw, y, `其他诊断：${wideStop(rest)[0] ?? ''}`, body);
      wideStop(rest).slice(1).forEach((t) => {
        y += lh;
        s.put(x0 + dw + ow, y, t, body);
      });
    }
    s.diagnoses(doc.dx.western);
    y += lh + 8;
    s.put(x0, y, '出院医嘱：', head);
    const review = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const orders = [`1.低盐低脂${doc.dx.keys.includes('DIABETES') ? '糖尿病' : ''}饮食，适当活动，戒烟限酒。`, `2.出院带药：${doc.medicines.join('；')}。`,
      `3.出院后定期复查，于${cn(review)}来院复诊，如有不适随时就诊。`];
    for (const o of orders) y = s.para(x0 + 40, y + lh, w - 40, o, body, lh) - lh;
    const sy = Math.max(y + lh * 2.6, 1960);
    const sw = s.put(x0 + 480, sy, '经治医师：', body);
    signature(s, x0 + 490 + sw, sy - 8, 170, rng);
    s.put(x0 + 960, sy, `上级医师：${doc.doctors.attending}`, body);
    s.put(s.width - x0, sy + lh * 1.3, cn(doc.dates.discharge), { ...body, align: 'right' });
    if (rng.chance(0.5)) seal(s, x0 + 200 + rng.range(-60, 60), sy - 40 + rng.range(-40, 40), rng.range(120, 140), doc.hospital.name, '病历复印专用章', rng);
    s.put(s.width / 2, 2235, '- 1 -', st('serif', 10, { align: 'center' }));
  },
};

const DAY_CASE: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'URAEMIA_DIALYSIS', 'HEMOPHILIA', 'CEREBROVASCULAR_DISEASE'];

/** In and out within a day: discharged the next morning, before the hour of admission. */
function withinADay(doc: Doc, rng: Rng): Doc {
  const discharge = addDays(doc.dates.admission, 1);
  const adm = Math.max(doc.times.admission, 9 * 60);
  return { ...doc, stayDays: 1, dates: { ...doc.dates, discharge, surgery: doc.dates.admission },
    times: { ...doc.times, admission: adm, discharge: Math.max(7 * 60, adm - rng.int(40, 150)) } };
}

export const blindDischarge2: Layout = {
  id: 'blind-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'blind layout 2',
  exercises: ['blind'],
  doc: (rng) => local(withinADay(makeDoc(rng, { kind: 'discharge', hospitals: [...BIG, ...SD_CITY], keys: DAY_CASE, aliases: true,
    compoundSurnames: 0.2 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#0a4f8a', '#6d1b2a', '#175c3a']);
    logo(s, x0 + 46, 120, 44, tone, rng.pick(['cross', 'shield'] as const));
    s.put(x0 + 110, 122, doc.hospital.name, st('sansBold', 17, { color: tone }));
    s.put(x0 + 110, 168, doc.hospital.en ?? doc.hospital.address, st('sansLight', 8.5, { color: '#444' }));
    s.put(s.width - x0, 122, `病案号 ${doc.recordNo.slice(2)}`, st('sans', 10, { align: 'right' }));
    s.put(s.width - x0, 168, `第${rng.int(1, 9)}次住院`, st('sans', 9, { align: 'right', color: '#444' }));
    s.line(x0, 192, s.width - x0, 192, 4, tone);
    s.put(s.width / 2, 268, '24小时内入出院记录', st('sansBold', 15, { align: 'center' }));

    const lab = st('sansMedium', 10, { color: '#333' });
    const val = st('sans', 10.5);
    const [sex, age] = sexAge(doc);
    const hour = (d: string, m: number): string => formatDate(d, 'cnHour', m);
    const recorded = `${formatDate(doc.dates.discharge, 'iso')} ${clock(doc.times.discharge + rng.int(15, 120))}`;
    const rows: [string, string, string, string][] = [
      ['患者姓名', doc.patient.name, '性\u3000\u3000别', sex],
      ['年\u3000\u3000龄', age, '民\u3000\u3000族', rng.pick(['汉族', '汉族', '汉族', '回族'])],
      ['职\u3000\u3000业', rng.pick(JOBS), '婚\u3000\u3000姻', doc.patient.age < 23 ? '未婚' : rng.pick(['已婚', '已婚', '丧偶'])],
      ['证件号码', doc.patient.idNumber, '联系电话', mobileNo(rng)],
      ['入院时间', hour(doc.dates.admission, doc.times.admission), '出院时间', hour(doc.dates.discharge, doc.times.discharge)],
      ['病史陈述者', '患者本人', '记录时间', recorded],
    ];
    const rh = 56;
    const top = 310;
    rows.forEach(([l1, v1, l2, v2], i) => {
      const y = top + i * rh;
      s.line(x0, y, s.width - x0, y, 1, '#9a9a9a');
      const base = y + rh / 2 + 12;
      s.put(x0 + 12, base, l1, lab);
      s.put(x0 + 210, base, v1, val);
      s.put(x0 + 740, base, l2, lab);
      s.put(x0 + 920, base, v2, val);
    });
    s.line(x0, top + rows.length * rh, s.width - x0, top + rows.length * rh, 1.6, tone);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const body = st('sans', 10.5);
    const head = st('sansBold', 10.5);
    const lh = px(10.5) * 1.8;
    let y = top + rows.length * rh + 80;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, head);
      y = s.para(x0, y, w, text, body, lh, lw) + 10;
    };
    const tumour = doc.dx.keys.includes('MALIGNANT_TUMOR_OUTPATIENT') || doc.dx.keys.includes('LEUKEMIA');
    const cycle = rng.int(2, 6);
    const treat = tumour ? `第${cycle}周期化疗` : doc.procedure;
    section('主\u3000\u3000诉：', `${doc.complaint}。`);
    section('入院情况：', `患者${tumour ? `确诊后已行${cycle - 1}周期化疗，末次化疗后无明显不适，今为行${treat}入院` : `近期${doc.complaint.replace(/^.*，/, '')}，为进一步治疗入院`}。`
      + `既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。入院查体：${vitals(rng)}，神志清，心肺听诊未闻及明显异常。`);
    section('入院诊断：', paren(doc.dx.admission).join(' '));
    section('诊疗经过：', `入院后完善血常规、肝肾功能、凝血功能等检查，未见明显禁忌，于${monthDay(doc.dates.admission)}`
      + `${clock(Math.min(doc.times.admission + rng.int(60, 180), 21 * 60))}行${treat}，过程顺利，给予${doc.course}等处理，患者无特殊不适。`);
    section('出院情况：', '患者一般情况可，生命体征平稳，穿刺点无渗血，无恶心、呕吐等不适。');
    const dw = s.put(x0, y, '出院诊断：', head);
    paren(doc.dx.western).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, body));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + 10;
    const back = formatDate(addDays(doc.dates.discharge, tumour ? 20 : 30), 'iso');
    section('出院医嘱：', `1.注意休息，避免劳累，清淡饮食。2.${doc.medicines.slice(0, 2).join('，')}。3.${tumour ? `${back}返院行下一周期治疗` : `${back}门诊复查`}，`
      + '不适随诊。');
    const sy = Math.max(y + lh * 2.6, 1700);
    const sw = s.put(x0 + 520, sy, '医师签名：', body);
    signature(s, x0 + 530 + sw, sy - 8, 160, rng);
    nameStamp(s, x0 + 600 + sw + rng.range(-20, 30), sy - 14 + rng.range(-8, 8), doc.doctors.resident, rng);
    s.put(x0 + 1040, sy, `上级医师：${doc.doctors.director}`, body);

    const bw = barcode(s, x0, 2150, doc.recordNo, 40, 2);
    s.put(x0 + bw / 2, 2228, doc.recordNo, st('sans', 8, { align: 'center' }));
    s.put(s.width / 2, 2228, `打印时间 ${formatDate(printedOn(doc), 'slashTime', doc.times.print)}`, st('sansLight', 9, { align: 'center' }));
    s.put(s.width - x0, 2228, '第1页/共1页', st('sansLight', 9, { align: 'right' }));
  },
};
