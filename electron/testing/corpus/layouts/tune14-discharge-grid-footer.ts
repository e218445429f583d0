import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, printedOn, type Mark } from './kit';
import { examOf, para, suited } from './tune6-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { local14, SOUTH14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/**
 * 出院记录 of a Guangdong, Fujian or Zhejiang county hospital printed by a HIS whose template puts the patient in a ruled 2×4
 * grid (姓名 | 性别 | 年龄 | 住院号, then 身份证号 — truth — | 科室 | 床号 | 医保类型) and gives the stay nowhere in the body:
 * only in the footer line over the print stamp (入院日期 … 出院日期 … 住院天数, or 住院日期 … 至 … 共12天; truth). Decoys: the
 * examination day in 诊疗经过, the 入院诊断 (not counted), a 复诊 date in 出院医嘱, the 打印日期 after the footer line.
 * 出院诊断 one a line with the ICD-10 code at the right (counted).
 */
export const tune14DischargeGridFooter: Layout = {
  id: 'tune14-discharge-grid-footer',
  kind: 'discharge',
  split: 'tune',
  style: 'Guangdong / Fujian / Zhejiang county hospital HIS 出院记录: logo and English name under the Chinese, 住院号 barcode, '
    + 'patient in a ruled 2×4 grid, run-in sections, coded 出院诊断, the stay only in a footer line, sans or serif 10–11 pt',
  exercises: ['the stay only in the footer line above the print stamp: 入院日期 … 出院日期 … 住院天数 / 住院日期 … 至 … 共12天 (truth)',
    'patient block as a ruled 2×4 grid with 身份证号 in the first cell of the second row (local Guangdong / Fujian / Zhejiang codes)',
    '入院诊断 inline (not counted), 出院诊断 one a line with ICD-10 codes at the right (counted)',
    'an examination day in 诊疗经过 and a 复诊 date in 出院医嘱 (not truth)', '打印日期 with seconds after the stay (not truth)',
    'English hospital name under the Chinese one on some pages'],
  doc: (rng) => local14(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: SOUTH14, compoundSurnames: 0.08,
    yearEnd: 0.1 })), rng, { outside: 0.3, near: 0.15, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#131313';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    const colour = rng.pick(['#1c5ea8', '#0f7a6c', '#a3262a']);
    const withLogo = rng.chance(0.6);
    if (withLogo) logo(s, x0 + 48, 128, 44, colour, rng.pick(['cross', 'ring', 'shield'] as const));
    const nx = withLogo ? x0 + 115 : x0;
    s.put(nx, 135, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { spacing: 3 }));
    if (doc.hospital.en) s.put(nx, 180, doc.hospital.en, st('sans', 8.5, { spacing: 1.5, color: colour }));
    const bw = barcode(s, right - 290, 80, doc.recordNo, 56, 2);
    s.put(right - 290 + bw / 2, 162, doc.recordNo, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 205, right, 205, 2.4, colour);
    s.put(s.width / 2, 270, rng.pick(['出院记录', '出 院 记 录']), st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 5 }));

    // The ruled 2×4 grid: heavy rules above and below, a thin one between the rows, light verticals.
    const top = 305;
    const rowH = px(pt) * 2.2;
    const stops = [0, 0.34, 0.54, 0.73, 1].map((k) => x0 + k * w);
    const rows: readonly (readonly [string, string])[][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['住院号：', doc.recordNo]],
      [['身份证号：', p.idNumber], ['科室：', doc.department], ['床号：', `${doc.bed}床`],
        ['医保类型：', rng.pick(['城镇职工医保', '城乡居民医保', '省内异地医保', '自费'])]],
    ];
    rows.forEach((cells, r) => cells.forEach(([l, v], i) => s.pair((stops[i] ?? x0) + 12, top + rowH * (r + 0.62), l, v, b, f)));
    s.line(x0, top, right, top, 2.2);
    s.line(x0, top + rowH, right, top + rowH, 1);
    s.line(x0, top + 2 * rowH, right, top + 2 * rowH, 2.2);
    stops.slice(1, -1).forEach((x) => s.line(x, top + 6, x, top + 2 * rowH - 6, 1, '#8a8a8a'));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = top + 2 * rowH + lh * 1.2;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.25;
    };
    const bp = `${rng.int(126, 186)}/${rng.int(70, 108)}mmHg`;
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。查体：BP ${bp}，神志清，`
      + '双肺呼吸音清，未闻及干湿啰音，心率齐，腹软，双下肢无水肿。');
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    run('诊疗经过：', `入院后完善三大常规、生化全套、心电图、胸部CT等检查，于${mdCn(exam)}行${examOf(doc)}。予${doc.course}等治疗，`
      + '住院期间病情平稳，症状较前缓解。', [mdCn(exam)]);
    const lab = doc.labs[0];
    const values = lab?.rows.slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`) ?? [];
    if (lab) run('辅助检查：', `${lab.title}：${values.join('；')}。`, values);
    run('出院情况：', '神志清，精神、饮食、睡眠可，无明显不适，生命体征平稳，准予出院。');
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => {
      s.put(x0 + dl, y + i * lh, t, f);
      s.put(right, y + i * lh, codeOf(doc.dx.western[i] ?? { text: t, key: null }, i), { ...st('sans', pt - 1), align: 'right' });
    });
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.25);
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 28])), rng.pick(['cnShort', 'iso'] as const));
    const diet = doc.dx.keys.includes('DIABETES') ? '低盐低脂糖尿病饮食' : '低盐低脂饮食';
    run('出院医嘱：', `1.${diet}，戒烟限酒；2.继续${doc.medicines.slice(0, 2).join('、')}治疗；3.${back}到我院${doc.department}门诊复诊，`
      + '不适随诊。', [back, ...doc.medicines]);

    y += lh;
    const rw = s.put(x0 + w * 0.45, y, '住院医师：', f);
    handwritten(s, x0 + w * 0.45 + rw + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '主治医师：', doc.doctors.attending, f);

    // The footer: the stay on its own line over the print stamp.
    const ds: DateStyle = rng.pick(['iso', 'isoTime', 'slashTime', 'cn', 'dotPad'] as const);
    const at = (iso: string, m: number): string => formatDate(iso, ds, m);
    const [adm, dis] = [at(doc.dates.admission, doc.times.admission), at(doc.dates.discharge, doc.times.discharge)];
    const fy = 2190;
    const small = st(f.face, 9);
    s.line(x0, fy - lh * 0.85, right, fy - lh * 0.85, 1.4);
    if (rng.chance(0.5)) {
      [['入院日期：', adm], ['出院日期：', dis], ['住院天数：', `${doc.stayDays}天`]]
        .forEach(([l, v], i) => s.pair(x0 + i * w * 0.36, fy, l ?? '', v ?? '', st(b.face, 9.5), st(f.face, 9.5)));
    } else s.put(x0, fy, `住院日期：${adm} 至 ${dis}，共${doc.stayDays}天`, st(f.face, 9.5));
    const printed = formatDate(printedOn(doc), 'isoSec', doc.times.print);
    s.put(x0, fy + lh * 0.95, `打印日期：${printed}`, small);
    s.put(s.width / 2, fy + lh * 0.95, '第1页/共1页', { ...small, align: 'center' });
    const system = `${rng.pick(['住院医生站', '电子病历系统', '临床信息系统'])} V${rng.int(3, 8)}.${rng.int(0, 9)}`;
    s.put(right, fy + lh * 0.95, system, { ...small, align: 'right' });
  },
};
