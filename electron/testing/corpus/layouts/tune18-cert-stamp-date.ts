import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo, nameStamp, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed, type Mark } from './kit';
import { homeAddress } from './tune2-kit';
import { sickLeave } from './tune3-kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { CITY18, COUNTY18, local18 } from './tune18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 疾病诊断证明书 of a Beijing / Tianjin district or 三甲 hospital or a Hebei / Shandong county hospital as one bordered form: a 就诊日期
 * line over it on outpatient pages (days before the issue, not truth), the patient grid (姓名, 身份证号 — truth —, 住址, and on
 * inpatient pages a 住院日期 cell with the stay — truth), a tall 诊断 cell numbered (counted), a 医疗意见 cell with a rest period (its
 * dates not truth), and a signature row whose 开具日期 cell (truth) has the round 诊断证明专用章 stamped squarely over the date,
 * the doctor's red name stamp over his signature; the 有效期 in the note (not truth).
 */
export const tune18CertStampDate: Layout = {
  id: 'tune18-cert-stamp-date',
  kind: 'certificate',
  split: 'tune',
  style: 'Beijing / Tianjin / Hebei / Shandong hospital 疾病诊断证明书 as one bordered form: shaded label cells, tall 诊断 and 医疗意见 '
    + 'cells, signature row with the 开具日期 cell under the round seal, serif or sans 11.5–12.5 pt',
  exercises: ['开具日期 in the last row of the form with the seal stamped over it: 2025年03月04日 / 二〇二五年三月四日 (truth)',
    '就诊日期 over the form days before the issue (not truth)', '住院日期 2025年03月04日至2025年03月15日 in a cell on inpatient pages (truth)',
    '身份证号 in the grid (truth) beside a masked mobile', '诊断 numbered in a tall cell (counted)',
    '医疗意见 with 建议休息14天，自…起至…止 (not truth)', 'red name stamp over the handwritten doctor',
    '有效期至 a month on in the note (not truth)'],
  doc: (rng) => local18(settled(suited(countyWords(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...COUNTY18, ...CITY18],
    compoundSurnames: 0.08, yearEnd: 0.1 }), rng, { outside: 0.25, near: 0.15 }))), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const tone = rng.pick(['#8e1f22', '#173f7a', '#151515']);

    if (rng.chance(0.5)) logo(s, x0 + 40, 120, 40, tone, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(s.width / 2, 140, doc.hospital.name, st(bold, 20, { align: 'center', spacing: 3, color: tone }));
    s.put(s.width / 2, 235, '疾病诊断证明书', st(bold, 21, { align: 'center', spacing: 10 }));
    s.put(right, 300, `编号：${doc.dates.issue.slice(0, 4)}-${String(rng.int(1, 99999)).padStart(5, '0')}`, { ...f, align: 'right' });
    const stay = rng.chance(0.4);
    if (!stay) {
      const seen = addDays(doc.dates.issue, -rng.int(1, 6));
      s.pair(x0, 300, '就诊日期：', formatDate(seen, rng.pick(['iso', 'cnShort'] as const)), b, f);
    } else s.pair(x0, 300, '科别：', doc.department, b, f);

    const [sex, age] = sexAge(doc);
    const c = (text: string, k: number, label = false) => ({ text, w: w * k, label });
    const rowH = px(pt) * 2.6;
    const rows = [
      [c('姓名', 0.13, true), c(p.name, 0.2), c('性别', 0.1, true), c(sex, 0.1), c('年龄', 0.1, true), c(age, 0.12), c('民族', 0.1, true),
        c('汉族', 0.15)],
      [c('身份证号', 0.13, true), c(p.idNumber, 0.42), c('联系电话', 0.2, true), c(maskedMobile(rng), 0.25)],
      [c('住址', 0.13, true), c(homeAddress(doc, rng), 0.87)],
    ];
    if (stay) {
      const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
      rows.push([c('住院日期', 0.13, true), c(`${formatDate(doc.dates.admission, ds)} 至 ${formatDate(doc.dates.discharge, ds)}`, 0.55),
        c('住院天数', 0.14, true), c(`${doc.stayDays}天`, 0.18)]);
    }
    let y = s.grid(x0, 335, rowH, rows, f, { label: b, shade: '#efefef', border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    // Tall cells: 诊断, 医疗意见.
    const lw = w * 0.13;
    const tall = (label: string, h: number, fill: (x: number, top: number) => void): void => {
      s.g.fillStyle = '#efefef';
      s.g.fillRect(x0, y, lw, h);
      s.rect(x0, y, lw, h, 1.6);
      s.rect(x0 + lw, y, w - lw, h, 1.6);
      s.put(x0 + lw / 2, y + lh, label, { ...b, align: 'center' });
      fill(x0 + lw + 20, y + lh);
      y += h;
    };
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const items = listed(doc.dx.western, mk);
    tall('诊断', Math.max(lh * (items.length + 0.7), lh * 6), (x, top) => items.forEach((t, i) => s.put(x, top + i * lh, t, f)));
    s.diagnoses(doc.dx.western);
    const leave = sickLeave(rng, stay ? doc.dates.discharge : doc.dates.issue, rng.pick(['cnShort', 'iso'] as const));
    const advice = `${rng.pick(['病情稳定，需长期规律服药及门诊随诊', '需长期门诊治疗，定期复查相关指标', '建议专科门诊长期随访治疗'])}，${leave.text}。`;
    const dates = advice.match(/\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2}/gu) ?? [];
    tall('医疗意见', lh * 4.6, (x, top) => para(s, x, top, w - lw - 40, advice, f, lh, { keep: dates }));

    // The signature row: the date of issue under the seal.
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'cnNumeral'] as const);
    const issued = formatDate(doc.dates.issue, ds);
    const sh = lh * 2.6;
    y = s.grid(x0, y, sh, [[c('经治医师', 0.11, true), c('', 0.18), c('科室负责人', 0.13, true), c(doc.doctors.director, 0.12),
      c('开具日期', 0.12, true), c(issued, 0.34)]], f, { label: b, shade: '#efefef', border: 1.6 });
    const base = y - sh / 2 + px(pt) * 0.36;
    const hx = x0 + w * 0.11 + 16;
    handwritten(s, hx, base, doc.doctors.attending, pt * 1.35, rng);
    nameStamp(s, hx + w * 0.09, base - 14, doc.doctors.attending, rng);
    const dx = x0 + w * 0.66 + 12 + s.measure(issued, f) / 2;
    seal(s, dx + rng.range(-40, 40), base - px(pt) * 0.36 - rng.range(28, 55), rng.range(125, 140), doc.hospital.name,
      '诊断证明专用章', rng);

    y += lh * 1.4;
    const until = formatDate(addDays(doc.dates.issue, 30), 'cnShort');
    const small = st(f.face, 9.5, { color: '#333' });
    y = para(s, x0, y, w, '注：1.本证明书须加盖本院诊断证明专用章方为有效，涂改无效；', small, lh * 0.8);
    para(s, x0, y, w, `2.本证明自开具之日起一个月内有效（有效期至${until}），仅供办理医保及请假使用。`, small, lh * 0.8, { keep: [until] });
  },
};
