import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords } from './tune10-kit';
import { local14, NORTHEAST14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];

/** One tall row of the form: the label at the left (stacked one character a line, or across at the top), lines at the right. */
function tallRow(s: Sheet, x: number, y: number, w: number, labelW: number, label: string, lines: readonly string[], f: Style,
  b: Style, lh: number, stacked: boolean): number {
  const pad = px(f.pt) * 0.7;
  const ch = px(b.pt) * 1.25;
  const h = Math.max(lines.length * lh, stacked ? [...label].length * ch : lh) + 2 * pad;
  s.rect(x, y, labelW, h, 1.6);
  s.rect(x + labelW, y, w - labelW, h, 1.6);
  if (stacked) [...label].forEach((c, i) => s.put(x + labelW / 2, y + h / 2 + (i - ([...label].length - 1) / 2) * ch + px(b.pt) * 0.36, c,
    { ...b, align: 'center' }));
  else s.put(x + labelW / 2, y + pad + lh * 0.72, label, { ...b, align: 'center' });
  lines.forEach((t, i) => s.put(x + labelW + pad, y + pad + lh * 0.72 + i * lh, t, f));
  return y + h;
}

/**
 * 出院证明书 of a Heilongjiang, Jilin or Liaoning county hospital: the short form a ward hands the patient with the bill, a
 * bordered grid in 宋体 (姓名 / 性别 / 年龄 / 民族, 身份证号 — truth — / 科别, 入院日期 | 出院日期 | 住院天数 — truth), tall rows
 * for 入院诊断 (not counted), 出院诊断 (counted), 出院情况 ticks and 出院医嘱 (a rest period with its dates and a 复查 date —
 * not truth), then the doctors and the 开具日期 a day or two after discharge under the seal (not truth on a discharge page).
 */
export const tune14DischargeProofOrders: Layout = {
  id: 'tune14-discharge-proof-orders',
  kind: 'discharge',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county hospital 出院证明书: serif letterhead, red No., bordered 宋体 grid with stacked labels '
    + 'on the tall rows, 出院医嘱 box, 开具日期 under the seal, 第二联 in the margin, serif or sans values 11.5–12.5 pt',
  exercises: ['入院日期 | 出院日期 | 住院天数 in one grid row (cnShort, cn, cnHour, dotPad) (truth); stays across the year end',
    '身份证号 with the Northeast county codes, 民族 满族 / 朝鲜族 beside the name', '入院诊断 run on in a tall row (not counted)',
    '出院诊断 numbered one a line (counted)', '出院情况 □治愈 ☑好转 □未愈', '出院医嘱 with 建议全休14天（…至…） and a 复查 date (not truth)',
    '开具日期 one or two days after discharge under the seal (not truth)', 'labels stacked one character a line (出/院/医/嘱) on half the pages'],
  doc: (rng) => local14(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: NORTHEAST14, compoundSurnames: 0.06,
    yearEnd: 0.15 })), rng, { outside: 0.3, near: 0.15, avoid: /后遗症/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const w = s.width - 2 * x0;
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(rng.chance(0.6) ? 'serif' : 'sans', pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.6;
    const rowH = px(pt) * 2.3;
    const shade = rng.pick([undefined, '#efefef']);
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 245, '出 院 证 明 书', st('serifBold', 21, { align: 'center', spacing: 8 }));
    s.put(x0, 315, `住院号：${doc.recordNo}`, st(f.face, 10.5));
    s.put(x0 + w, 315, `No.${String(rng.int(1, 999999)).padStart(6, '0')}`, st('serifBold', 12, { align: 'right', color: '#b3202a' }));
    const margin = st('serif', 10, { align: 'center', color: '#555' });
    ['第', '二', '联', '', '交', '患', '者'].forEach((c, i) => s.put(s.width - 86, 900 + i * 40, c, margin));

    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'cnHour', 'dotPad'] as const);
    const [adm, dis] = [formatDate(doc.dates.admission, ds, doc.times.admission), formatDate(doc.dates.discharge, ds, doc.times.discharge)];
    const folk = /延边/u.test(doc.hospital.address) && rng.chance(0.5) ? '朝鲜族' : rng.pick(['汉族', '汉族', '汉族', '满族', '蒙古族', '回族']);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    let y = s.grid(x0, 335, rowH, [
      [L('姓名', 150), V(p.name, 280), L('性别', 130), V(p.sex, 140), L('年龄', 130), V(`${p.age}岁`, 160), L('民族', 130), V(folk, 294)],
      [L('身份证号', 150), V(p.idNumber, 560), L('科别', 130), V(`${doc.department}（${doc.bed}床）`, 574)],
      [L('入院日期', 150), V(adm, 430), L('出院日期', 150), V(dis, 400), L('住院天数', 150), V(`${doc.stayDays}天`, 134)],
    ], f, { shade, label: b, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const stacked = rng.chance(0.5);
    const labelW = 150;
    const inner = w - labelW - px(pt) * 1.4;
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const admTexts = doc.dx.admission.map((d) => d.text);
    y = tallRow(s, x0, y, w, labelW, '入院诊断', wrap(s, listed(doc.dx.admission, how).join('  '), inner, f, { keep: admTexts }), f, b, lh,
      stacked);
    y = tallRow(s, x0, y, w, labelW, '出院诊断', listed(doc.dx.western, how), f, b, lh, stacked);
    s.diagnoses(doc.dx.western);
    const result = rng.pick(['好转', '好转', '好转', '治愈', '未愈']);
    y = tallRow(s, x0, y, w, labelW, '出院情况', [ticks(['治愈', '好转', '未愈', '死亡', '其他'], result)], f, b, lh, false);
    const rest = sickLeave(rng, doc.dates.discharge, rng.pick(['cnShort', 'dotPad'] as const)).text;
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([14, 30, 30, 90])), 'cnShort');
    const orders = [`1.${rest}。`, `2.继续${doc.medicines.slice(0, 2).join('、')}治疗。`,
      `3.${doc.dx.keys.includes('DIABETES') ? '糖尿病饮食，监测血糖' : '低盐低脂饮食，监测血压'}，戒烟酒。`,
      `4.${back}来院复查，不适随诊。`];
    const ordered = orders.flatMap((o) => wrap(s, o, inner, f, { keep: [...doc.medicines, back] }));
    y = tallRow(s, x0, y, w, labelW, '出院医嘱', ordered, f, b, lh, stacked);

    const issue = addDays(doc.dates.discharge, rng.pick([0, 1, 1, 2]));
    const sign = y;
    y = s.grid(x0, y, rowH * 1.2, [[L('经治医师', 150), V('', 300), L('科主任', 130), V(doc.doctors.director, 280), L('开具日期', 150),
      V(formatDate(issue, rng.pick(['cnShort', 'cn'] as const)), 404)]], f, { shade, label: b, border: 1.6 });
    handwritten(s, x0 + 175, sign + rowH * 0.78, doc.doctors.resident, pt * 1.25, rng);
    const note = st(f.face, 9.5, { color: '#333' });
    s.put(x0, y + lh * 1.1, '注：1.本证明书涂改无效，遗失不补。2.请妥善保管，办理医保报销、请假时需出示。', note);
    s.put(x0 + w, y + lh * 2.4, `${doc.hospital.name}（盖章）`, { ...st(f.face, 11), align: 'right' });
    seal(s, x0 + w - 230, y - rowH * 0.4, 105, doc.hospital.name, rng.pick(['医务科', '出院证明专用章', '住院处']), rng);
  },
};
