import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { issuedSoon } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { historyItem } from './tune11-kit';
import { mergedGrid } from './tune19-kit';
import { GENERAL_B18, localB18, TCM_B18 } from './blind18-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'TRANSPLANT_ANTI_REJECTION'];
const JOBS = ['农民', '退休', '个体', '工人', '无业', '教师'];

/**
 * 疾病证明书 of a Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county hospital, one ruled form: a 患者信息 block with its label
 * stacked down the left (身份证号 — truth — across three columns), then tall 诊 断 and 医 疗 意 见 boxes with stacked labels; the
 * 意见 names the stay (入院 and 出院 dates, truth) and a rest span with its own dates (not truth). Red 证明编号, hospital line and the
 * date of issue (truth) at the bottom right under the seal; a history item in the list (not counted).
 */
export const blind18Certificate1: Layout = {
  id: 'blind18-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'Qinghai / Shaanxi / Shanxi / Anhui / Hunan / Hubei county 疾病证明书 as one ruled form with vertically stacked labels, '
    + 'tall 诊断 and 医疗意见 boxes, red 证明编号, hospital line and issue date under the seal, serif or sans 11.5–12.5 pt',
  exercises: ['stay named in 医疗意见 (入院 / 出院 dates, truth)', 'rest span with two dates (not truth)', 'stacked vertical labels',
    '身份证号 across merged cells (truth)', 'a past operation in the 诊断 list (not counted)', 'issue date under the seal (truth)'],
  doc: (rng) => localB18(countyWords(issuedSoon(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...GENERAL_B18, ...TCM_B18], compoundSurnames: 0.08 })), rng), rng, { outside: 0.25 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const w = s.width - 2 * x0;
    const right = x0 + w;
    const face = rng.pick(['serif', 'sans'] as const);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(face === 'serif' ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 250, '疾 病 证 明 书', st(face === 'serif' ? 'serifBold' : 'sansBold', 22, { align: 'center', spacing: 12 }));
    s.put(right, 320, `No.${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 99999)).padStart(5, '0')}`,
      st('serifSemi', 12, { align: 'right', color: '#c0262d' }));

    const rowH = px(pt) * 2.4;
    let y = mergedGrid(s, x0, 350, [110, 170, 300, 150, 190, 150, 344], rowH, [
      [{ text: '患者信息', label: true, vertical: true, down: 3 }, { text: '姓名', label: true }, { text: p.name },
        { text: '性别', label: true }, { text: p.sex }, { text: '年龄', label: true }, { text: `${p.age}岁` }],
      [{ text: '身份证号', label: true }, { text: p.idNumber, span: 3 }, { text: '职业', label: true },
        { text: p.age >= 62 ? '退休' : rng.pick(JOBS) }],
      [{ text: '住院号', label: true }, { text: doc.recordNo }, { text: '科别', label: true }, { text: doc.department },
        { text: '床号', label: true }, { text: `${doc.bed}床` }],
    ], f, b, { border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // A tall box with its label stacked down the left.
    const box = (label: string, lines: readonly string[], minLines: number, style: Style): void => {
      const h = Math.max(minLines, lines.length) * lh + lh;
      s.rect(x0, y, 110, h, 1.6);
      s.rect(x0 + 110, y, w - 110, h, 1.6);
      const chars = [...label];
      const step = Math.min(px(pt) * 1.9, (h - px(pt) * 2) / Math.max(1, chars.length - 1));
      const top = y + h / 2 - (step * (chars.length - 1)) / 2 + px(pt) * 0.36;
      chars.forEach((c, i) => s.put(x0 + 55, top + i * step, c, { ...b, align: 'center' }, false));
      s.record(x0 + 55 - px(pt) / 2, y + lh * 1.1, label, x0 + 55 + px(pt) / 2);
      lines.forEach((t, i) => s.put(x0 + 140, y + lh * (1.1 + i), t, style));
      y += h;
    };
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const extra: Dx[] = rng.chance(0.5) ? [historyItem(doc, rng)] : [];
    s.diagnoses(doc.dx.western);
    box('诊断', listed([...doc.dx.western, ...extra], how), 5, f);

    const [a, d] = [doc.dates.admission, doc.dates.discharge];
    const ds = rng.pick(['cnShort', 'cn', 'dotPad'] as const);
    const stay = rng.chance(0.5)
      ? `该患者于${formatDate(a, ds)}入院，${formatDate(d, ds)}出院，共住院${doc.stayDays}天`
      : `该患者自${formatDate(a, ds)}至${formatDate(d, ds)}在我院${doc.department}住院治疗${doc.stayDays}天`;
    const days = rng.pick([7, 14, 30]);
    const restFrom = addDays(d, 1);
    const rest = `建议出院后休息${days}天（${formatDate(restFrom, ds)}至${formatDate(addDays(restFrom, days - 1), ds)}）`;
    const opinion = `${stay}，经治疗病情好转出院。出院后需长期规律服药，定期门诊复查。${rest}，不适随诊。`;
    box('医疗意见', wrap(s, opinion, w - 170, f, { keep: [formatDate(a, ds), formatDate(d, ds), rest] }), 5, f);

    y += lh * 1.6;
    const sw = s.put(x0 + 30, y, '经治医师：', f);
    handwritten(s, x0 + 30 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const cw = s.put(x0 + 30, y + lh * 1.4, '科室主任：', f);
    handwritten(s, x0 + 30 + cw + 10, y + lh * 1.4, doc.doctors.director, pt * 1.3, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const cx = right - 260;
    s.put(cx, y, `${doc.hospital.name}（盖章）`.length > 16 ? '（盖章）' : `${doc.hospital.name}（盖章）`, { ...f, align: 'center' });
    s.put(cx, y + lh * 1.4, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-30, 30), y + lh * 0.5 + rng.range(-20, 20), rng.range(125, 145), doc.hospital.name, '疾病证明专用章', rng);

    const small = st(face, 9.5, { color: '#333' });
    const notes = ['注：1.本证明书须加盖医院疾病证明专用章方有效，涂改无效；', '2.本证明仅证明病情，不作其他用途；',
      '3.复印件无效。'];
    notes.forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('注：', small)), 2120 + i * px(9.5) * 1.6, t, small));
  },
};
