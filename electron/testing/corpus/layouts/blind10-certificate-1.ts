import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { issuedSoon } from './tune4-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { CITY10, COUNTY10, dateStamp, homeIn, local10 } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'TRANSPLANT_ANTI_REJECTION'];

/**
 * 诊断证明书 of a county or city hospital in Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan, Hainan, Anhui, Guangxi, Qinghai,
 * Tianjin or Shanghai on a pre-printed pad (labels, rules and boxes in the pad's coloured ink), the values printed over it by the
 * HIS a little out of register. 姓名, 身份证号 (truth), 诊断 on the box's ruled lines (counted), 建议 with the day the patient was
 * seen weeks before (not truth) — or on some pages the stay (住院 …至… — truth) — and a rest period. The printed 日期：年 月 日
 * is left blank: the date of issue is only in the violet rotary date stamp (日期章) of the 门诊办公室 beside it (truth); the
 * hospital's round seal sits on （医院盖章）.
 */
export const blind10Certificate1: Layout = {
  id: 'blind10-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'County / city hospital 诊断证明书 on a pre-printed coloured pad with HIS values printed out of register, ruled 诊断 and 建议 '
    + 'boxes, blank printed 日期, the date of issue only in a violet rotary date stamp, round seal, serif labels 12 pt, values 11.5–12.5 pt',
  exercises: ['pre-printed labels and rules in blue, green or red; values in black, shifted a few pixels off the lines',
    'the printed 日期：年 月 日 left empty; the issue date in a rotary 日期章 (2025.03.20 / 2025-3-20) beside it (truth)',
    '来我院就诊 on an earlier day in the 建议 text (not truth), or a stay 于…至…住院治疗 (truth)', '休息 period with its dates',
    '诊断 on ruled lines (counted)', '门诊号 / 住院号 digits'],
  doc: (rng) => local10(countyWords(settled(suited(issuedSoon(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...COUNTY10, ...CITY10], compoundSurnames: 0.05 }), rng))), rng, { outside: 0.25, near: 0.1 }), rng),
  draw(s, doc, rng) {
    const form = rng.pick(['#1f4e9c', '#1d6b4f', '#a3242b', '#2a5a8a']);
    const lab: Style = st('serif', 12, { color: form });
    const labB: Style = st('serifBold', 12, { color: form });
    const pt = rng.pick([11.5, 12, 12.5]);
    const val: Style = st(rng.pick(['sans', 'serif', 'sansLight'] as const), pt, { color: '#111' });
    const [dx, dy] = [rng.range(-10, 18), rng.range(-12, 6)];
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const lh = px(12) * 2.1;
    const p = doc.patient;

    s.put(s.width / 2, 220, doc.hospital.name, st('serifBold', 19, { color: form, align: 'center', spacing: 4 }));
    s.put(s.width / 2, 305, '诊 断 证 明 书', st('serifBold', 21, { color: form, align: 'center', spacing: 10 }));
    s.put(right, 370, `No. ${String(rng.int(0, 999999)).padStart(7, '0')}`, st('serifBold', 12, { color: '#b3202a', align: 'right' }));
    s.put(x0, 370, rng.pick(['（患者联）', '（第二联 交患者）']), st('serif', 10.5, { color: form }));

    /** A pre-printed label with its rule; the HIS value printed over the rule out of register. Returns the right edge. */
    const field = (x: number, y: number, label: string, value: string, lineW: number): number => {
      const lw = s.put(x, y, label, lab);
      s.line(x + lw + 4, y + 10, x + lw + lineW, y + 10, 1.3, form);
      if (value) s.put(x + lw + 20 + dx, y + dy, value, val);
      return x + lw + lineW;
    };
    let y = 470;
    const isStay = rng.chance(0.35);
    let x = field(x0, y, '姓名', p.name, 250) + 40;
    x = field(x, y, '性别', p.sex, 110) + 40;
    field(x, y, '年龄', `${p.age}岁`, 140);
    y += lh;
    x = field(x0, y, '身份证号', p.idNumber, 520) + 40;
    field(x, y, isStay ? '住院号' : '门诊号', doc.recordNo, w - (x - x0) - s.measure('门诊号', lab));
    y += lh;
    x = field(x0, y, '科别', doc.department, 300) + 40;
    field(x, y, '住址', homeIn(doc, rng), w - (x - x0) - s.measure('住址', lab));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // The ruled boxes: 诊断 and 建议, values on the rules.
    const box = (top: number, label: string, lines: readonly string[], rows: number): number => {
      const h = rows * lh + lh * 0.9;
      s.rect(x0, top, w, h, 1.6, form);
      s.put(x0 + 20, top + lh * 0.85, label, labB);
      for (let i = 1; i <= rows; i += 1) s.line(x0 + 20, top + lh * 0.6 + i * lh + 10, right - 20, top + lh * 0.6 + i * lh + 10, 0.8, form);
      lines.forEach((t, i) => s.put(x0 + 60 + dx, top + lh * 0.6 + (i + 1) * lh + dy, t, val));
      return top + h;
    };
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    s.diagnoses(doc.dx.western);
    y = box(y + lh * 0.8, '诊断：', listed(doc.dx.western, mk), Math.max(4, doc.dx.western.length));
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'iso'] as const);
    const seen = addDays(doc.dates.issue, -rng.int(3, 25));
    const [adm, dis] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    if (isStay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const first = isStay ? `该患者于${adm}至${dis}在我院${doc.department}住院治疗，共${doc.stayDays}天，出院诊断如上。`
      : `该患者于${formatDate(seen, ds)}来我院${doc.department}门诊就诊，经相关检查诊断如上。`;
    const text = `${first}目前病情${rng.pick(['稳定', '基本稳定', '好转'])}，需长期规律服药治疗，定期门诊复查；建议休息${restSpan(rng)}。`;
    const advice = wrap(s, text, w - 100, val, { keep: [adm, dis, formatDate(seen, ds)] });
    y = box(y + lh * 0.4, '建议：', advice, Math.max(4, advice.length));

    // Signature and the blank printed date with the date stamp beside it.
    y += lh * 1.6;
    const sw = s.put(x0, y, '医师签名：', lab);
    s.line(x0 + sw + 4, y + 10, x0 + sw + 260, y + 10, 1.3, form);
    handwritten(s, x0 + sw + 30, y - 4, doc.doctors.attending, 13.5, rng);
    const dateAt = x0 + w * 0.4;
    const dw = s.put(dateAt, y, '日期：\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日', lab);
    const stampDate = formatDate(doc.dates.issue, rng.pick(['dotPad', 'dotPad', 'iso', 'dot'] as const));
    const short = doc.hospital.name.replace(/人民医院$/u, '医院');
    const office = rng.pick(['门诊办公室', '医务科', '门诊部']);
    dateStamp(s, Math.min(dateAt + dw + 150, right - 120), y - 20, { top: short, date: stampDate, bottom: office }, rng);
    y += lh * 2.2;
    s.put(right - 20, y, '（医院盖章）', { ...lab, align: 'right' });
    seal(s, right - 200 + rng.range(-30, 30), y - 40 + rng.range(-25, 25), 125, doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 9.5, { color: form });
    s.rect(x0 - 30, 110, w + 60, y + lh * 2.2 - 110, 2.2, form);
    s.put(x0, y + lh * 1.6, '注：1.本证明需加盖医院诊断证明专用章方有效；2.涂改无效；3.仅作病情证明，不作其他用途。', note);
  },
};
