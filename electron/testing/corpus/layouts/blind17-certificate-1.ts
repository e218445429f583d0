import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { numbered, px, st } from './common';
import { NORTH, rehome } from './blind17-kit';

/**
 * 诊断证明书 of a northern city hospital (Heilongjiang, Gansu, Inner Mongolia, Shaanxi) torn from a counterfoil book: a
 * narrow 存根 at the left (read on its own: the same patient, the diagnoses and 开具日期) beyond a perforation with a
 * 骑缝章 across it, and the certificate at the right: red 编号, the patient on underlined blanks (身份证号 truth), a sentence
 * stating the stay (入院 / 出院 dates are the truth), 诊断 (counted), 医嘱 with a 休息 span and a 复查 day (decoys), the
 * physician's hand and the date of issue under the hospital's seal (the truth).
 */
export const blind17Certificate1: Layout = {
  id: 'blind17-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'northern city hospital 诊断证明书 from a counterfoil book: 存根 at the left, perforation with 骑缝章, underlined blanks',
  exercises: ['存根 block beside the certificate', '身份证号 on an underlined blank (truth)', 'stay stated in a sentence (truth)',
    '诊断 numbered (counted)', '休息 span and 复查 day in 医嘱 (decoys)', 'date of issue under the seal (truth)'],
  doc: (rng) => rehome(makeDoc(rng, { kind: 'certificate', hospitals: NORTH, aliases: true, compoundSurnames: 0.05 }), rng),
  draw(s, doc, rng) {
    const pt = rng.pick([11, 12, 13]);
    const f = st('serif', pt);
    const b = st('serifSemi', pt);
    const lh = px(pt) * 1.9;
    const p = doc.patient;
    const no = `${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`;
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'cnNumeralO'] as const);
    const issue = formatDate(doc.dates.issue, ds);
    const dx = numbered(doc.dx.western, rng.pick(['1.', '1、'] as const));

    // The counterfoil, read on its own.
    const sx = 90;
    const sw = 330;
    const sf = st('sans', 9);
    const sl = px(9) * 1.75;
    s.block(() => {
      s.put(sx + sw / 2, 170, '诊断证明书', st('sansBold', 11, { align: 'center' }));
      s.put(sx + sw / 2, 215, '（存 根）', st('sans', 10, { align: 'center' }));
      let y = 290;
      for (const t of [`No.${no}`, `姓名：${p.name}`, `性别：${p.sex}  年龄：${p.age}岁`, `科别：${doc.department}`, '诊断：']) {
        s.put(sx, y, t, sf);
        y += sl;
      }
      for (const d of dx) y = s.para(sx + 20, y, sw - 20, d, sf, sl);
      y += sl * 0.5;
      s.put(sx, y, `医师：${doc.doctors.attending}`, sf);
      s.put(sx, y + sl, `开具日期：${formatDate(doc.dates.issue, 'iso')}`, sf);
      s.put(sx, y + 2 * sl, `经手人：${doc.doctors.checker}`, sf);
    });
    const cut = 470;
    for (let y = 90; y < 2250; y += 26) s.line(cut, y, cut, y + 13, 2, '#777');

    const x0 = 540;
    const x1 = s.width - 110;
    const w = x1 - x0;
    s.put(x0 + w / 2, 170, doc.hospital.name, st('serifBold', rng.pick([19, 21]), { align: 'center', spacing: 3 }));
    s.put(x0 + w / 2, 265, '诊 断 证 明 书', st('serifBold', 20, { align: 'center', spacing: 8 }));
    s.put(x1, 330, `No.${no}`, st('sans', 11, { align: 'right', color: '#c0202a' }));

    const blank = (x: number, y: number, label: string, value: string, width: number): void => {
      const lw = s.put(x, y, label, f);
      s.put(x + lw + 14, y, value, b);
      s.line(x + lw + 4, y + 10, x + width - 20, y + 10, 1.2);
    };
    let y = 420;
    blank(x0, y, '姓名', p.name, 300);
    blank(x0 + 300, y, '性别', p.sex, 190);
    blank(x0 + 490, y, '年龄', `${p.age}岁`, 210);
    blank(x0 + 700, y, '科别', doc.department, w - 700 + 20);
    y += lh * 1.2;
    blank(x0, y, '身份证号', p.idNumber, 660);
    blank(x0 + 660, y, rng.pick(['住院号', '病案号']), doc.recordNo, w - 660 + 20);
    s.note({ name: p.name, idNumber: p.idNumber });

    y += lh * 1.5;
    const cn = (iso: string): string => formatDate(iso, ds);
    y = s.para(x0, y, w, `该患者因“${doc.complaint.replace(/，.*$/u, '')}”于${cn(doc.dates.admission)}入住我院${doc.department}，`
      + `${cn(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`, f, lh, px(pt) * 2);
    s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 0.4;
    s.put(x0, y, '诊断：', b);
    const dw = s.measure('诊断：', b);
    s.diagnoses(doc.dx.western);
    for (const d of dx) y = s.para(x0 + dw, y, w - dw, d, f, lh);
    y += lh * 0.4;
    s.put(x0, y, '医嘱：', b);
    const rest = rng.pick([7, 14, 30]);
    y = s.para(x0 + dw, y, w - dw, `1.出院后建议休息${rest}天；2.长期规律服药，门诊随访；`
      + `3.${cn(addDays(doc.dates.issue, rng.pick([14, 30, 90])))}复查。`, f, lh);

    y = Math.max(y + lh * 2, 1500);
    const mw = s.put(x0 + w * 0.45, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.45 + mw + 10, y, doc.doctors.attending, pt * 1.2, rng);
    y += lh * 1.6;
    s.put(x1 - 20, y, `${doc.hospital.name}（盖章）`, { ...f, align: 'right' });
    y += lh * 1.2;
    s.put(x1 - 20, y, issue, { ...f, align: 'right' });
    s.note({ visitDate: doc.dates.issue });
    seal(s, x1 - 200, y - lh * 1.1, 130, doc.hospital.name, rng.pick(['诊断证明专用章', '医务科']), rng);
    seal(s, cut, 1200, 110, doc.hospital.name, '骑缝章', rng);
    s.put(x0, 2200, '注：本证明书涂改无效，仅供参考，不作法律依据。', st('serif', 9, { color: '#444' }));
  },
};
