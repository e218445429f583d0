import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { addressLine, listed, pastHistory, reprinted, type Mark } from './kit';
import { examOf, para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { GENERAL13, local13 } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER'];

/**
 * 出院记录 of a Hebei, Henan or Jiangsu county hospital EMR whose header is a box in two columns: the patient at the left
 * (姓名, 身份证号 — truth — 科室, 床号), and at the right, under the 住院号, the stay only as a sentence (患者于2025年3月4日
 * 09时12分入院，于2025年3月16日出院，共住院12天; truth), no 入院日期 / 出院日期 labels anywhere. Decoys: the 病史陈述者
 * (a relative's name), a day of an examination in 诊疗经过, the 入院诊断 (not counted), a 复诊 date in the advice, the
 * 打印时间 of the reprint. 出院诊断 one a line (counted).
 */
export const tune13DischargeStaySentence: Layout = {
  id: 'tune13-discharge-stay-sentence',
  kind: 'discharge',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county hospital EMR 出院记录: boxed two-column header, the stay as a sentence in the right column '
    + 'under the 住院号, run-in bold sections, serif or sans 10.5–11.5 pt, reprint footer',
  exercises: ['the stay only in a sentence of the header\'s right column: 患者于…入院，于…出院，共住院12天 / 该患者…入院，…出院 (truth)',
    'dates with hours (2025年3月4日9时12分) or without', '姓名 / 身份证号 in the left column (local Hebei / Henan / Jiangsu ID codes)',
    '病史陈述者 with a relative\'s name (not the patient)', '入院诊断 inline (not counted), 出院诊断 one a line (counted)',
    'an examination day 3月6日 in 诊疗经过 and a 复诊 date in 出院医嘱 (not truth)', '打印时间 of a later reprint (not truth)'],
  doc: (rng) => local13(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL13, compoundSurnames: 0.1,
    yearEnd: 0.08 })), rng, { outside: 0.3, near: 0.15, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.55);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(b.face, 19, { align: 'center', spacing: 4 }));
    if (rng.chance(0.5)) s.put(s.width / 2, 200, addressLine(doc), st(f.face, 9, { align: 'center', color: '#444' }));
    s.put(s.width / 2, 275, rng.pick(['出 院 记 录', '出院记录']), st(b.face, 16, { align: 'center', spacing: 6 }));

    // The two-column box: the patient at the left, the 住院号 and the stay sentence at the right.
    const top = 320;
    const mid = x0 + w * 0.5;
    const colW = right - mid - 48;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'cnHour', 'cnHour'] as const);
    const when = (iso: string, m: number): string => formatDate(iso, ds, m);
    const [adm, dis] = [when(doc.dates.admission, doc.times.admission), when(doc.dates.discharge, doc.times.discharge)];
    const sentence = rng.pick([`患者于${adm}入院，于${dis}出院，共住院${doc.stayDays}天。`,
      `该患者${adm}入院，${dis}出院，住院${doc.stayDays}天。`, `患者${p.name}于${adm}入住我科，${dis}出院，实际住院${doc.stayDays}天。`]);
    let ly = top + lh * 1.1;
    const lx = x0 + 24;
    s.pair(lx, ly, '姓名：', p.name, b, f);
    s.pair(lx + (mid - x0) * 0.4, ly, '性别：', p.sex, b, f);
    s.pair(lx + (mid - x0) * 0.64, ly, '年龄：', `${p.age}岁`, b, f);
    ly += lh;
    s.pair(lx, ly, '身份证号：', p.idNumber, b, f);
    ly += lh;
    s.pair(lx, ly, '科室：', doc.department, b, f);
    s.pair(lx + (mid - x0) * 0.55, ly, '床号：', `${doc.bed}床`, b, f);
    let ry = top + lh * 1.1;
    s.pair(mid + 24, ry, '住院号：', doc.recordNo, b, f);
    ry += lh;
    ry = para(s, mid + 24, ry, colW, sentence, f, lh, { keep: [adm, dis, p.name] });
    const bottom = Math.max(ly, ry - lh) + lh * 0.6;
    s.rect(x0, top, w, bottom - top, 1.8);
    s.line(mid, top, mid, bottom, 1.4);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    let y = bottom + lh * 1.1;
    const teller = rng.chance(0.5) ? '患者本人' : `${rng.pick(['患者之子', '患者之女', '患者配偶'])} ${physician(rng, [p.name])}`;
    s.pair(x0, y, '病史陈述者：', `${teller}，可靠`, b, f);
    y += lh * 1.3;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.3;
    };
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    const bp = `${rng.int(128, 182)}/${rng.int(72, 106)}mmHg`;
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。入院查体：BP ${bp}，神志清，`
      + '双肺呼吸音清，心律齐，双下肢无水肿。');
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    run('诊疗经过：', `入院后完善血常规、生化、心电图等检查，${mdCn(exam)}行${examOf(doc)}，给予${doc.course}等治疗，患者症状好转。`,
      [mdCn(exam)]);
    const labs = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，') ?? '';
    const labDay = addDays(doc.dates.admission, 1);
    if (labs !== '') run('主要检查：', `${mdCn(labDay)}${doc.labs[0]?.title ?? ''}：${labs}。`, [mdCn(labDay)]);
    run('出院情况：', '神志清，精神可，饮食睡眠可，无胸闷、头晕等不适，生命体征平稳。');
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    run('出院医嘱：', `1.低盐低脂饮食，适当活动；2.继续${doc.medicines.slice(0, 2).join('、')}治疗；3.于${back}来院复诊，不适随诊。`,
      [back, ...doc.medicines]);

    y += lh * 1.2;
    const sx = x0 + w * 0.55;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    y += lh * 1.3;
    s.pair(sx, y, '上级医师：', doc.doctors.attending, f);
    footer(s, reprinted(doc), { y: 2235, style: st(f.face, 8.5), page: '第1页 共1页', print: 'isoTime', x0, x1: right });
  },
};
