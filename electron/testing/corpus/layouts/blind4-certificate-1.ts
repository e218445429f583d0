import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { KEYS } from '../diseases';
import { TOWNSHIP } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { COUNTY4, fit, homeOf, local, paper, PRIVATE4, TOWNSHIP4, tumourAgrees } from './blind4-kit';

const ADVICE: Record<string, string> = {
  URAEMIA_DIALYSIS: '需长期规律血液透析治疗', MALIGNANT_TUMOR_OUTPATIENT: '需定期返院化疗及复查', SEVERE_MENTAL_DISORDER: '需长期服药，家属监护',
  HEMOPHILIA: '需按需输注凝血因子，避免外伤', LEUKEMIA: '需长期口服药物治疗，定期复查血常规', TRANSPLANT_ANTI_REJECTION: '需长期服用抗排异药物',
};

/**
 * A pre-printed A5 landscape 诊断证明书 pad (township health centre, private or county hospital) with its frame, labels,
 * underlines and red serial number in the pad's ink, the values printed onto it by the clinic's HIS a little out of
 * register; the issue date either at the bottom beside the doctor (under the seal) or at the top beside 门诊号; the lower
 * half of the A4 blank (printed on A4) or the scanner's lid (an A5 slip scanned).
 */
export const blind4Certificate1: Layout = {
  id: 'blind4-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Township health centre / private / county hospital pre-printed A5 landscape 诊断证明书 pad, '
    + 'HIS values printed onto it out of register, serif labels 12 pt, values serif or sans 11.5–12 pt, seal',
  exercises: ['labels without colons (姓名 性别 年龄 职业) on underlines, values printed a little off the lines', '身份证号 and 门诊号 on one line, 住址',
    '诊断 numbered one a line on ruled lines (counted)', '处理意见 with what the disease needs',
    'the issue date (日期 / 开具日期) at the bottom right under the seal, or at the top beside 门诊号', 'handwritten doctor\'s name',
    'red pre-printed No.',
    'an A5 form on the top half of the page, the rest blank or grey'],
  doc: (rng) => tumourAgrees(fit(local(makeDoc(rng, { kind: 'certificate', keys: KEYS, aliases: true,
    hospitals: [...TOWNSHIP4, ...TOWNSHIP4, ...PRIVATE4, ...COUNTY4, ...TOWNSHIP], compoundSurnames: 0.08 }), rng)), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const scanned = rng.chance(0.5);
    const bottom = 1165;
    if (scanned) {
      paper(s, '#e4e4e2', 0, bottom, s.width, s.height - bottom);
      s.g.fillStyle = 'rgba(0, 0, 0, 0.18)';
      s.g.fillRect(0, bottom, s.width, 8);
    }
    const ink = rng.pick(['#2e6b45', '#8f2a1f', '#27507f']);
    const lab: Style = st(rng.pick(['serif', 'serifMedium'] as const), 12, { color: ink });
    const val: Style = st(rng.pick(['serif', 'sans'] as const), rng.pick([11.5, 12]), { color: '#111111' });
    const [dx, dy] = [rng.int(-14, 14), rng.int(-6, 6)];
    const x0 = 130;
    const right = s.width - 130;
    s.rect(95, 85, s.width - 190, 1020, 3, ink);
    s.rect(105, 95, s.width - 210, 1000, 1, ink);

    s.put(s.width / 2, 180, doc.hospital.name, st('serifBold', 16, { align: 'center', color: ink, spacing: 3 }));
    s.put(s.width / 2, 262, '诊 断 证 明 书', st('serifBold', 20, { align: 'center', color: ink, spacing: 6 }));
    s.put(right - 20, 180, `No.${String(rng.int(1, 99999)).padStart(7, '0')}`, st('sansMedium', 12, { align: 'right', color: '#c0262b' }));

    // A pre-printed label and its underline; the value printed onto the line, out of register.
    const field = (x: number, y: number, label: string, value: string, blank: number): number => {
      const lw = s.put(x, y, label, lab);
      s.line(x + lw + 6, y + 10, x + lw + blank, y + 10, 1.2, ink);
      if (value !== '') s.put(x + lw + 24 + dx, y + dy, value, val);
      return x + lw + blank + 36;
    };
    const top = rng.chance(0.4);
    const issueStyle: DateStyle = rng.pick(['cn', 'cnShort', 'iso', 'dotPad'] as const);
    const issue = formatDate(doc.dates.issue, issueStyle);
    let x = field(x0, 360, '姓名', p.name, 260);
    x = field(x, 360, '性别', p.sex, 110);
    x = field(x, 360, '年龄', `${p.age}岁`, 140);
    field(x, 360, '职业', p.age >= 60 ? rng.pick(['农民', '退休', '无']) : rng.pick(['农民', '务工', '个体', '教师']), 190);
    x = field(x0, 450, '身份证号', p.idNumber, top ? 470 : 560);
    x = field(x, 450, '门诊号', doc.recordNo, top ? 250 : 320);
    if (top) field(x, 450, '日期', issue, 290);
    field(x0, 540, '住址', homeOf(doc, rng), 1000);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    const dw = s.put(x0, 630, '诊断：', lab);
    const step = px(val.pt) * 1.9;
    for (let i = 0; i < 5; i += 1) s.line(x0 + dw, 640 + i * step, right, 640 + i * step, 1, ink);
    doc.dx.western.slice(0, 5).forEach((d, i) => s.put(x0 + dw + 24 + dx, 630 + i * step + dy, `${i + 1}.${d.text}`, val));
    s.diagnoses(doc.dx.western.slice(0, 5));
    const y = 630 + Math.max(5, doc.dx.western.length) * step + 20;
    const aw = s.put(x0, y, '处理意见：', lab);
    s.line(x0 + aw, y + 10, right, y + 10, 1, ink);
    const rest = rng.pick([3, 7, 7, 14]);
    const advice = `${ADVICE[doc.primary] ?? '需长期规律服药'}，${rng.pick([`建议休息${rest}天，`, '', '注意休息，'])}门诊随诊。`;
    s.put(x0 + aw + 24 + dx, y + dy, advice, val);

    const by = 1040;
    const mw = s.put(x0 + 560, by, '医师', lab);
    s.line(x0 + 560 + mw + 6, by + 10, x0 + 560 + mw + 250, by + 10, 1.2, ink);
    handwritten(s, x0 + 560 + mw + 40, by - 4, doc.doctors.attending, 14, rng);
    if (!top) {
      const lw = s.put(x0 + 940, by, rng.pick(['日期', '开具日期']), lab);
      s.line(x0 + 940 + lw + 6, by + 10, right, by + 10, 1.2, ink);
      s.put(x0 + 940 + lw + 24 + dx, by + dy, issue, val);
    }
    seal(s, x0 + 1080 + rng.range(-60, 60), by - 70 + rng.range(-30, 20), rng.range(118, 135), doc.hospital.name, '诊断证明专用章', rng);
    s.put(s.width / 2, 1085, '（本证明涂改无效，加盖公章有效）', st('serif', 9, { align: 'center', color: ink }));
  },
};
