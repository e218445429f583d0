import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, type Mark } from './kit';
import { GENERAL17, local17 } from './tune17-kit';
import { para } from './tune6-kit';

/**
 * 疾病诊断证明书 of a south-west county 人民医院 (Sichuan, Chongqing, Yunnan, Guizhou, Guangxi) on a pre-printed form with a red
 * serial number: underlined blanks filled by the printer (姓名, 性别, 年龄, 身份证号, 科别, 门诊/住院号), a sentence stating the stay
 * (入院 … 出院: truth), the 诊断 list (counted), the 建议 with a rest period running past the issue day (decoy), the year the
 * disease was first found (decoy), the doctor's hand and the 医务科 seal over 日期 (the date of issue: truth).
 */
export const blind20Certificate1: Layout = {
  id: 'blind20-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'south-west county 人民医院 pre-printed 疾病诊断证明书: red serial, underlined printer-filled blanks, stay sentence, 医务科 seal',
  exercises: ['stay stated in a sentence (truth admission/discharge)', '建议休息 period and first-found year (decoys)',
    '开具日期 under the seal (truth visitDate)', '身份证号 on an underlined blank'],
  doc: (rng) => local17(makeDoc(rng, { kind: 'certificate', hospitals: GENERAL17 }), rng),
  draw(s, doc, rng) {
    const x0 = 170;
    const right = s.width - 170;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const lab = st('serif', pt);
    const val = st(rng.chance(0.5) ? 'sans' : 'serifMedium', pt);
    const lh = px(pt) * 2.1;
    const p = doc.patient;
    const red = '#c0262d';

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 290, '疾病诊断证明书', st('serifBold', 19, { align: 'center', spacing: 10 }));
    s.put(right, 360, `No.${String(rng.int(0, 9999999)).padStart(7, '0')}`, st('serifBold', 13, { color: red, align: 'right' }));
    let y = 450;
    let x = fillIn(s, x0, y, '姓名', p.name, 260, lab, val);
    x = fillIn(s, x + 40, y, '性别', p.sex, 120, lab, val);
    x = fillIn(s, x + 40, y, '年龄', `${p.age}岁`, 150, lab, val);
    fillIn(s, x + 40, y, '科别', doc.department, right - x - 40 - s.measure('科别', lab), lab, val);
    y += lh;
    x = fillIn(s, x0, y, '身份证号', p.idNumber, 620, lab, val);
    fillIn(s, x + 40, y, '住院号', doc.recordNo, right - x - 40 - s.measure('住院号', lab), lab, val);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });
    y += lh * 1.5;

    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    const adm = formatDate(doc.dates.admission, ds);
    const dis = formatDate(doc.dates.discharge, ds);
    const found = parts(doc.dates.firstVisit)[0];
    y = para(s, x0, y, w, `该患者于${found}年发现“${doc.dx.western[0]?.text ?? ''}”，此次因“${doc.complaint}”于${adm}入住我院`
      + `${doc.department}，${dis}出院，共住院${doc.stayDays}天。`, val, lh, { indent: px(pt) * 2, keep: [adm, dis, `${found}年`] });
    y += lh * 0.4;
    s.put(x0, y, '诊断：', lab);
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const dw = s.measure('诊断：', lab);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, val));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.4);
    const until = formatDate(addDays(doc.dates.issue, rng.pick([14, 21, 30])), ds);
    const lw = s.put(x0, y, '建议：', lab);
    y = para(s, x0, y, w, `出院后继续规律服药治疗，门诊定期随访。建议全休至${until}。`, val, lh, { indent: lw, keep: [until] });

    y = Math.max(y + lh * 2, 1250);
    const sx = x0 + w * 0.52;
    const mw = s.put(sx, y, '医师签名：', lab);
    handwritten(s, sx + mw + 10, y, doc.doctors.attending, pt * 1.2, rng);
    y += lh * 1.3;
    s.put(sx, y, `日期：${formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const))}`, val);
    seal(s, sx + w * 0.22, y - lh * 0.6, 120, doc.hospital.name, '医务科', rng);

    const ny = s.height - 260;
    s.line(x0, ny - lh * 0.8, right, ny - lh * 0.8, 1, '#777');
    s.put(x0, ny, '注：1.本证明涂改无效，须加盖医院医务科印章。', st('serif', 10));
    s.put(x0 + s.measure('注：', st('serif', 10)), ny + px(10) * 1.7, '2.本证明仅作病情证明，不作其他用途。', st('serif', 10));
  },
};
