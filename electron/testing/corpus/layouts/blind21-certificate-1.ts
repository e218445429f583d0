import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { FAR21, farDoc, relative } from './blind21-kit';

/**
 * 诊断证明书 of a far-off hospital on a pre-printed pad with a double frame and a red serial number: a header grid with
 * 姓名 (truth) and the full 身份证号 (truth), a tall 诊断 cell (counted), a 处理意见 cell whose sentence gives the stay in
 * the hospital (truth when stated; some pages certify an outpatient visit and state none) with rest days and a 复查
 * date (decoy), the accompanying relative (decoy), the doctor's handwriting, 开具日期 (truth: visitDate) under a
 * 诊断证明专用章, and a validity note (decoy span).
 */
export const blind21Certificate1: Layout = {
  id: 'blind21-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'pre-printed 诊断证明书 pad of a hospital outside Shandong: double frame, red serial, header grid, tall 诊断 and 处理意见 cells',
  exercises: ['full 身份证号 in the header grid (truth)', 'stay stated in the 处理意见 sentence (truth) or not at all',
    '复查 date, rest days and validity note (decoys)', '开具日期 under the seal (visitDate)', 'a relative named on the page (decoy)'],
  doc: (rng) => farDoc(makeDoc(rng, { kind: 'certificate', hospitals: FAR21, compoundSurnames: 0.1, aliases: true }), rng),
  draw(s, doc, rng) {
    const x0 = 140;
    const x1 = s.width - 140;
    const w = x1 - x0;
    const serif = rng.chance(0.65);
    const pt = rng.pick([11, 12, 12.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;

    s.rect(90, 70, s.width - 180, 2080, 4);
    s.rect(102, 82, s.width - 204, 2056, 1.2);
    s.put(s.width / 2, 190, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([20, 22]), { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 285, '诊 断 证 明 书', st(serif ? 'serifBold' : 'sansBold', 24, { align: 'center', spacing: 10 }));
    s.put(x1, 345, `No.${String(rng.int(1, 999999)).padStart(7, '0')}`, st('serifBold', 12, { align: 'right', color: '#c0262d' }));
    const stay = rng.chance(0.7);
    s.put(x0, 345, `${stay ? '住院号' : '门诊号'}：${doc.recordNo}`, f);

    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const job = p.age >= 60 ? '退休' : rng.pick(['农民', '职员', '个体', '教师']);
    const rowH = px(pt) * 2.2;
    let y = s.grid(x0, 380, rowH, [
      [L('姓 名', 160), V(p.name, 300), L('性 别', 140), V(p.sex, 140), L('年 龄', 140), V(`${p.age}岁`, 160), L('职 业', 140), V(job, 194)],
      [L('身份证号', 160), V(p.idNumber, 620), L('科 别', 140), V(doc.department, 454)],
      [L('住 址', 160), V(doc.hospital.address.replace(/[^省区州市县]*$/u, '') + rng.pick(['人民路', '新村', '大街']) + `${rng.int(2, 199)}号`,
        1214)],
    ], f, { label: b, border: 1.8 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const tall = (label: string, h: number, body: (top: number) => void): void => {
      s.rect(x0, y, 160, h, 1.8);
      s.rect(x0 + 160, y, w - 160, h, 1.8);
      s.put(x0 + 80, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
      body(y + lh);
      y += h;
    };
    const tx = x0 + 190;
    const tw = w - 220;
    tall('诊 断', lh * 5.5, (top) => {
      s.diagnoses(doc.dx.western);
      listed(doc.dx.western, rng.pick(['1.', '1、', '（1）'] as const)).forEach((line, i) => s.put(tx, top + i * lh, line, f));
    });
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const follow = addDays(doc.dates.issue, rng.pick([14, 30, 60]));
    const rest = rng.pick([7, 14, 30]);
    const kin = relative(doc, rng);
    tall('处理意见', lh * 7, (top) => {
      const said = stay
        ? `该患者于${formatDate(doc.dates.admission, ds)}至${formatDate(doc.dates.discharge, ds)}在我院${doc.department}住院治疗，`
          + `共${doc.stayDays}天，现病情稳定出院。`
        : `该患者在我院${doc.department}门诊规律诊治，病情需长期服药控制。`;
      s.para(tx, top, tw, `${said}建议：1.全休${rest}天；2.长期规律服药，${formatDate(follow, ds)}门诊复查；3.不适随诊。`
        + `（陪诊家属：${kin.name}）`, f, lh, px(pt) * 2);
    });
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.6;
    s.put(x0, y, '医师（签字）：', f);
    handwritten(s, x0 + s.measure('医师（签字）：', f) + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0 + 760, y, '医务科（盖章）', f);
    y += lh * 1.8;
    const issue = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cn', 'cnShort', 'cnNumeralO'] as const));
    s.put(x1 - 40, y, `开具日期：${issue}`, { ...f, align: 'right' });
    seal(s, x1 - 230, y - 40, 112, doc.hospital.name, '诊断证明专用章', rng);
    y += lh * 2.2;
    const small = st(f.face, pt - 2, { color: '#333' });
    s.put(x0, y, '注：1.本证明书须加盖医院诊断证明专用章方有效，涂改无效。', small);
    s.put(x0, y + lh * 0.9, `\u3000\u30002.本证明自开具之日起${rng.pick([15, 30])}日内有效，仅作病情证明，不作其他用途。`, small);
    s.put(s.width / 2, 2100, `${doc.hospital.name}\u3000${doc.hospital.phone}`, st('sans', 8.5, { align: 'center', color: '#555' }));
  },
};
