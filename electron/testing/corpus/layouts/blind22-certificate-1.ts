import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { wrap } from './tune6-kit';
import { restSpan } from './tune10-kit';
import { suspected } from './tune11-kit';
import { HOSP22, later, local22, vertical } from './blind22-kit';

/**
 * 疾病诊断证明书 of a county / city hospital in Shaanxi, Gansu, Shanxi, Guizhou, Fujian or Jiangxi on a pre-printed bordered
 * form whose tall cells carry their labels one character under another (诊 / 断, 医 / 嘱): red No. top right, patient rows
 * with the 身份证号 (truth), either a stay row with 入院 / 出院日期 (truth) or a 就诊日期 row before the issue (not truth), the
 * 诊断 list with a doubtful item (not counted), rest advice with a span of dates and 有效期 (not truth), and the date of
 * issue (truth) on the 开具日期 line under the red seal.
 */
export const blind22Certificate1: Layout = {
  id: 'blind22-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Western / southern county or city hospital 疾病诊断证明书 on a pre-printed bordered form with vertical labels in the '
    + 'tall cells, serif 11.5–13 pt',
  exercises: ['vertical cell labels 诊断 / 医嘱 read on their own', 'stay row (truth) or an earlier 就诊日期 (not truth)',
    '全休 span and 有效期至 dates (not truth)', '开具日期 under the red seal (truth)', 'a ？ item in the list (not counted)'],
  doc: (rng) => local22(makeDoc(rng, { kind: 'certificate', hospitals: HOSP22, compoundSurnames: 0.08 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const form = rng.pick(['#141414', '#1f3f86', '#2a2a2a']);
    const x0 = rng.pick([130, 150]);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const fpt = rng.pick([11.5, 12, 12.5, 13]);
    const f = st('serif', fpt);
    const lab = st('serifSemi', fpt, { color: form });
    const lh = px(fpt) * 1.9;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const d = (iso: string): string => formatDate(iso, ds);

    s.put(s.width / 2, 190, doc.hospital.name, st('serifBold', rng.pick([19, 20, 21]), { align: 'center', spacing: 4, color: form }));
    s.put(s.width / 2, 290, '疾 病 诊 断 证 明 书', st('serifBold', 20, { align: 'center', spacing: 6, color: form }));
    s.put(x1, 360, `No. ${doc.recordNo.slice(3)}`, st('sans', 11, { align: 'right', color: '#c4262e' }));

    const stay = rng.chance(0.55);
    const seen = addDays(doc.dates.issue, -rng.int(1, 6));
    const q = Math.round(w / 8);
    const c = (text: string, span: number, label = false): { text: string; w: number; label?: boolean } =>
      ({ text, w: q * span, ...(label ? { label } : {}) });
    const rows = [
      [c('姓名', 1, true), c(p.name, 2), c('性别', 1, true), c(p.sex, 1), c('年龄', 1, true), c(`${p.age}岁`, 2)],
      [c('身份证号', 1, true), c(p.idNumber, 4), c('科别', 1, true), c(doc.department, 2)],
      stay
        ? [c('入院日期', 1, true), c(d(doc.dates.admission), 2), c('出院日期', 1, true), c(d(doc.dates.discharge), 2),
          c('住院号', 1, true), c(doc.recordNo.slice(2), 1)]
        : [c('就诊日期', 1, true), c(d(seen), 2), c('门诊号', 1, true), c(doc.recordNo, 4)],
    ];
    let y = s.grid(x0, 390, Math.round(lh * 1.45), rows, f, { label: lab, border: 2 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    if (stay) s.put(x0 + 12, y + lh * 0.9, `共住院${doc.stayDays}天`, st('serif', fpt - 1, { color: '#333' }));
    y += stay ? lh * 1.4 : 0;

    // The tall cells: a narrow label column with the label one character under another, the text beside it.
    const tall = (label: string, lines: readonly string[], minH: number): void => {
      const h = Math.max(minH, lh * (lines.length + 1));
      s.rect(x0, y, q, h, 2, form);
      s.rect(x0 + q, y, w - q, h, 2, form);
      vertical(s, x0 + q / 2, y + lh, y + h - lh * 0.4, label, lab);
      lines.forEach((t, i) => s.put(x0 + q + 24, y + lh * (1 + i), t, f));
      y += h;
    };
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const doubt = rng.chance(0.5) ? [suspected(doc, rng)] : [];
    const dxs = [...doc.dx.tcm, ...doc.dx.western];
    s.diagnoses(dxs);
    tall('诊断', listed([...dxs, ...doubt], how), lh * 5);
    const rest = rng.chance(0.5)
      ? `建议全休${doc.stayDays > 10 ? '一个月' : '两周'}（${d(doc.dates.issue)}至${d(addDays(doc.dates.issue, doc.stayDays > 10 ? 29 : 13))}）。`
      : `建议休息${restSpan(rng)}，门诊随诊。`;
    const advice = `${stay ? '经住院治疗病情好转出院，' : '目前病情稳定，'}需长期规律服药治疗，定期复查。${rest}`;
    tall('医嘱', wrap(s, advice, w - q - 48, f, { keep: [d(doc.dates.issue)] }), lh * 4);
    tall('备注', [`本证明有效期至${d(later(doc.dates.issue, rng))}，涂改无效。`], lh * 3);

    y += lh * 1.6;
    const lw = s.put(x0 + 20, y, '医师签名：', f);
    handwritten(s, x0 + 20 + lw + 10, y, doc.doctors.attending, fpt * 1.3, rng);
    const l2 = s.put(x0 + w * 0.38, y, '科主任：', f);
    handwritten(s, x0 + w * 0.38 + l2 + 10, y, doc.doctors.director, fpt * 1.3, rng);
    y += lh * 1.6;
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const dw = s.put(x1 - 20, y, `开具日期：${date}`, { ...f, align: 'right' });
    seal(s, x1 - 20 - dw / 2 + rng.range(-30, 30), y - 30 + rng.range(-20, 20), rng.range(120, 140), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0 + 20, y, '（盖章有效）', st('serif', fpt - 1.5, { color: form }));

    const small = st('serif', 9.5, { color: form });
    ['说明：1.本证明书须经医务科审核盖章后生效；', '2.本证明书仅作病情证明，不作其他用途。']
      .forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('说明：', small)), 2110 + i * px(9.5) * 1.8, t, small));
  },
};
