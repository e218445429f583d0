import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { homeAddress } from './tune2-kit';
import { labelRowTable, sickLeave, type Col } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { onLine } from './tune5-kit';
import { para, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL13, local13 } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];
/** Diseases whose stay carries a procedure worth a date in the table. */
const OPERATED: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/**
 * 住院诊断证明书 of a Hebei, Henan or Jiangsu county hospital: the patient on underlined fill-in lines (身份证号: truth), the
 * stay in a small table with its labels in a shaded row above the values — 入院日期 | 出院日期 | 住院天数 | 手术日期 |
 * 出院情况 (入院 / 出院: truth; the operation's day: not) — then 入院诊断 (not counted) and 出院诊断 (counted) in a bordered
 * block, 医嘱及建议 with a span of rest after the issue (dates that are not truth), and 开具日期 (the date of issue, truth)
 * at the bottom right under the seal.
 */
export const tune13CertStayTable: Layout = {
  id: 'tune13-cert-stay-table',
  kind: 'certificate',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county hospital 住院诊断证明书: underlined fill-in patient lines, shaded label-over-value stay table, '
    + 'bordered 入院诊断 / 出院诊断 block, serif or sans 12–12.5 pt, 开具日期 under the seal',
  exercises: ['the stay in a table: 入院日期 | 出院日期 | 住院天数 over their values (truth)', '手术日期 in the same table (not truth)',
    '入院诊断 inline (not counted) over 出院诊断 one a line (counted)', '全休14天（…至…） after the issue (not truth)',
    '开具日期 under the red seal (truth)', '住址 with a village address, 住院号'],
  doc: (rng) => local13(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: GENERAL13,
    compoundSurnames: 0.1, yearEnd: 0.08 })), rng), rng, { outside: 0.25, near: 0.1, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const serif = rng.chance(0.6);
    const pt = rng.pick([12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.9;
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;

    s.put(s.width / 2, 170, doc.hospital.name, st(bold, 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 270, rng.pick(['住院诊断证明书', '诊 断 证 明 书', '住院病人诊断证明']), st(bold, 19, { align: 'center', spacing: 6 }));
    s.put(right, 345, `证明编号：${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 9999)).padStart(5, '0')}`, { ...f, align: 'right' });

    let y = 440;
    let cx = onLine(s, x0, y, '姓名：', p.name, 260, b, f) + 40;
    cx = onLine(s, cx, y, '性别：', p.sex, 110, b, f) + 40;
    onLine(s, cx, y, '年龄：', `${p.age}岁`, 150, b, f);
    y += lh * 1.3;
    onLine(s, x0, y, '身份证号：', p.idNumber, 560, b, f);
    y += lh * 1.3;
    onLine(s, x0, y, '住址：', homeAddress(doc, rng), 820, b, f);
    y += lh * 1.3;
    cx = onLine(s, x0, y, '科别：', doc.department, 300, b, f) + 40;
    onLine(s, cx, y, '住院号：', doc.recordNo, 320, b, f);
    y += lh * 1.5;

    // The stay table.
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const operated = OPERATED.includes(doc.primary);
    const cols: Col[] = [{ label: '入院日期', value: formatDate(doc.dates.admission, ds), w: 0 },
      { label: '出院日期', value: formatDate(doc.dates.discharge, ds), w: 0 }, { label: '住院天数', value: `${doc.stayDays}天`, w: 0 },
      ...(operated ? [{ label: '手术/操作日期', value: formatDate(doc.dates.surgery, ds), w: 0 }] : []),
      { label: '出院情况', value: rng.pick(['好转', '好转', '稳定']), w: 0 }];
    const widths = operated ? [0.24, 0.24, 0.14, 0.24, 0.14] : [0.3, 0.3, 0.2, 0.2];
    s.put(x0, y, '住院情况：', b);
    y += lh * 0.5;
    y = labelRowTable(s, x0, y, cols.map((c, i) => ({ ...c, w: w * (widths[i] ?? 0.2) })), b, f,
      { shade: rng.pick(['#efefef', '#eaf0f6']), labelH: px(pt) * 2, valueH: px(pt) * 2.4 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });

    // The diagnoses block.
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const lw = 200;
    const first = listed(doc.dx.admission, how);
    const admitted = wrap(s, first.join('  '), w - lw - 36, f, { keep: first });
    const ah = lh * (admitted.length + 0.4);
    s.rect(x0, y, lw, ah, 1.8);
    s.rect(x0 + lw, y, w - lw, ah, 1.8);
    s.put(x0 + lw / 2, y + ah / 2 + px(pt) * 0.36, '入院诊断', { ...b, align: 'center' });
    admitted.forEach((t, i) => s.put(x0 + lw + 16, y + lh * (i + 0.85), t, f));
    y += ah;
    const items = listed(doc.dx.western, how);
    const dh = lh * (items.length + 0.6);
    s.rect(x0, y, lw, dh, 1.8);
    s.rect(x0 + lw, y, w - lw, dh, 1.8);
    s.put(x0 + lw / 2, y + dh / 2 + px(pt) * 0.36, '出院诊断', { ...b, align: 'center' });
    items.forEach((t, i) => s.put(x0 + lw + 16, y + lh * (i + 0.95), t, f));
    s.diagnoses(doc.dx.western);
    y += dh + lh * 1.3;

    const leave = sickLeave(rng, doc.dates.issue, ds).text;
    const op = operated ? `住院期间行${doc.procedure}。` : '';
    s.put(x0, y, '医嘱及建议：', b);
    y = para(s, x0, y + lh, w, `${op}出院后继续规律服药，定期复查；${leave}。`, f, lh, { indent: px(pt) * 2 });
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);

    const by = Math.max(y + lh * 2.5, 1820);
    const aw = s.put(x0, by, '主治医师：', b);
    handwritten(s, x0 + aw + 12, by, doc.doctors.attending, pt * 1.2, rng);
    s.pair(x0, by + lh * 1.4, '科主任：', doc.doctors.director, b, f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const iw = s.pair(right - 560, by + lh * 1.4, '开具日期：', issued, b, f);
    s.put(right - 560, by, '（医院盖章）', f);
    seal(s, right - 560 + iw * 0.6 + rng.range(-30, 30), by + lh * 0.7 + rng.range(-20, 20), rng.range(120, 140), doc.hospital.name,
      '诊断证明专用章', rng);
    s.put(x0, 2200, '注：本证明仅作病情证明，涂改无效；未加盖医院诊断证明专用章无效。', st(f.face, 9.5, { color: '#444' }));
  },
};
