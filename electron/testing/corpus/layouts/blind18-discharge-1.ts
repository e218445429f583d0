import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords, kin } from './tune10-kit';
import { earlierStay, GENERAL_B18, localB18, TCM_B18 } from './blind18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

/**
 * 出院记录 of a Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county hospital EMR: logo and name at the left, a large title at
 * the right, the patient strip between two rules (姓名, 身份证号 — truth), and the page in two columns: the record's sections under
 * short bar headings at the left, a 住院信息 card at the right whose 入院时间 / 出院时间 (label over value) are the stay (truth).
 * Decoys: an earlier stay with both its dates in the history, the operation's day, 入院诊断 (not counted), the 复诊 day, 记录时间.
 */
export const blind18Discharge1: Layout = {
  id: 'blind18-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county EMR 出院记录: logo left, title right, ruled patient strip, '
    + 'sections under bar headings in the left column, 住院信息 card at the right with the stay, serif or sans 10.5–11 pt',
  exercises: ['入院时间 / 出院时间 label over value in a right-hand card (truth)', 'earlier stay with both dates in 入院情况 (not truth)',
    '入院诊断 (not counted) and 出院诊断 (counted) under bar headings', '手术日期, 复诊日期 and 记录时间 (not truth)', '身份证号 in the strip'],
  doc: (rng) => localB18(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...GENERAL_B18, ...TCM_B18],
    compoundSurnames: 0.08, yearEnd: 0.1 })), rng, { outside: 0.3, near: 0.2 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st('sansMedium', pt);
    const head = st('sansBold', pt + 0.5);
    const lh = px(pt) * 1.62;
    const color = rng.pick(['#1c5aa6', '#0f7a5c', '#9b2226']);
    const p = doc.patient;

    logo(s, x0 + 50, 120, 46, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 115, 118, doc.hospital.name, st('sansBold', 17, { color }));
    s.put(x0 + 115, 165, doc.hospital.address, st('sans', 9, { color: '#444' }));
    s.put(right, 150, '出院记录', st(serif ? 'serifBold' : 'sansBold', 22, { align: 'right', spacing: 8 }));
    s.line(x0, 205, right, 205, 3, color);
    const y0 = 205 + lh * 1.05;
    s.pair(x0, y0, '姓名：', p.name, b, f);
    s.pair(x0 + 300, y0, '性别：', p.sex, b, f);
    s.pair(x0 + 470, y0, '年龄：', `${p.age}岁`, b, f);
    s.pair(x0 + 680, y0, '身份证号：', p.idNumber, b, f);
    s.line(x0, y0 + lh * 0.55, right, y0 + lh * 0.55, 1.2);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // The card at the right: label over value.
    const cardX = right - 380;
    const top = y0 + lh * 1.3;
    const ds: DateStyle = rng.pick(['isoTime', 'cnHour', 'slashTime', 'cnTime'] as const);
    const card: [string, string][] = [['住院号', doc.recordNo], ['科室', doc.department], ['床号', `${doc.bed}床`],
      ['入院时间', formatDate(doc.dates.admission, ds, doc.times.admission)],
      ['出院时间', formatDate(doc.dates.discharge, ds, doc.times.discharge)], ['住院天数', `${doc.stayDays}天`],
      ['主治医师', doc.doctors.attending], ['医保类型', rng.pick(['城乡居民医保', '职工医保', '新农合（居民）'])]];
    const cardH = card.length * lh * 2 + lh * 1.6;
    s.g.fillStyle = rng.pick(['#f3f6fa', '#f5f5f0', '#ffffff']);
    s.g.fillRect(cardX, top, 380, cardH);
    s.rect(cardX, top, 380, cardH, 1.5, color);
    s.block(() => {
      s.put(cardX + 190, top + lh * 1.05, '住院信息', { ...head, align: 'center', color });
      card.forEach(([l, v], i) => {
        const cy = top + lh * (2.2 + i * 2);
        s.put(cardX + 24, cy, l, st('sans', pt - 1, { color: '#555' }));
        s.put(cardX + 24, cy + lh * 0.95, v, f);
      });
    });

    // The record's sections at the left.
    const w = cardX - 40 - x0;
    let y = top + lh * 0.9;
    const heading = (t: string): void => {
      s.g.fillStyle = color;
      s.g.fillRect(x0, y - px(pt) * 0.85, 8, px(pt) * 1.05);
      s.put(x0 + 20, y, t, head);
      y += lh;
    };
    const how: Mark = rng.pick(['1.', '（1）', '①'] as const);
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const follow = addDays(doc.dates.discharge, rng.pick([7, 14, 28]));
    const op = doc.procedure !== '胃镜检查';
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const before = earlierStay(doc, rng, doc.dx.admission[0]?.text ?? doc.complaint);

    heading('入院情况');
    y = para(s, x0, y, w, `患者因“${doc.complaint}”入院。${before}。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`, f, lh,
      { indent: px(pt) * 2 }) + lh * 0.3;
    heading(rng.pick(['入院诊断', '初步诊断']));
    listed(doc.dx.admission, how).forEach((t) => { s.put(x0 + px(pt) * 2, y, t, f); y += lh; });
    y += lh * 0.3;
    heading('诊疗经过');
    const course = `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规大致正常'}。`
      + `${op ? `于${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : ''}给予${doc.course}等治疗，症状好转。`;
    y = para(s, x0, y, w, course, f, lh, { indent: px(pt) * 2, keep: [cn(doc.dates.surgery)] }) + lh * 0.3;
    heading('出院诊断');
    s.diagnoses(doc.dx.western);
    listed(doc.dx.western, how).forEach((t) => { s.put(x0 + px(pt) * 2, y, t, f); y += lh; });
    y += lh * 0.3;
    heading('出院情况');
    y = para(s, x0, y, w, rng.pick(['神志清，精神可，饮食睡眠可，生命体征平稳，准予出院。', '症状明显缓解，查体未见新发阳性体征，患者及家属要求出院。']),
      f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    heading('出院医嘱');
    const orders = `1.继续服用${doc.medicines.slice(0, 2).join('、')}；2.低盐低脂饮食，监测血压、血糖；3.于${cn(follow)}到${doc.department}门诊复诊，`
      + '如有不适及时就诊。';
    y = para(s, x0, y, w, orders, f, lh, { indent: px(pt) * 2, keep: [cn(follow)] });

    const sy = Math.max(y, top + cardH) + lh * 2;
    const sw = s.put(x0, sy, '医师签名：', f);
    handwritten(s, x0 + sw + 10, sy, doc.doctors.resident, pt * 1.3, rng);
    const rec = formatDate(addDays(doc.dates.discharge, rng.chance(0.6) ? 0 : 1), 'isoTime', doc.times.discharge + rng.int(20, 300));
    s.put(right, sy, `记录时间：${rec}`, { ...f, align: 'right' });
    s.line(x0, 2180, right, 2180, 1, '#888');
    s.put(s.width / 2, 2220, `${doc.hospital.name}  第1页/共1页`, st('sans', 8.5, { align: 'center', color: '#555' }));
  },
};
