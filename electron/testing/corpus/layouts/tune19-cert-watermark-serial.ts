import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { issuedSoon } from './tune4-kit';
import { para, settled, suited } from './tune6-kit';
import { watermark } from './tune8-kit';
import { countyWords } from './tune10-kit';
import { GENERAL19, guilloche, local19, TCM19 } from './tune19-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER'];

/**
 * 疾病诊断证明书 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital on its anti-counterfeit form: a pale guilloche ground with a
 * rosette, the hospital's name as a diagonal watermark, a double frame, the title and ruling pre-printed in the form's ink and a
 * red numbering-machine serial (No. and ten digits — not an ID, not a date). Values typed by the HIS printer off register: 姓名 and
 * 身份证号 (truth), the visit or — on half the pages — the stay 入院日期 … 出院日期 (truth), 诊断 numbered (counted), 医疗建议 with a
 * rest period (a date after the issue, not truth); the issue date typed beside 日期 under the seal (truth).
 */
export const tune19CertWatermarkSerial: Layout = {
  id: 'tune19-cert-watermark-serial',
  kind: 'certificate',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county hospital 疾病诊断证明书 on anti-counterfeit paper: guilloche ground and rosette, '
    + 'diagonal name watermark, double frame, red serial No., ruled form in coloured serif 12 pt, '
    + 'values typed off register in sans 11.5–12 pt',
  exercises: ['a security ground (guilloche, rosette) and a diagonal watermark under the text', 'red serial No. 3507231204 (not an ID)',
    '姓名 / 身份证号 typed into ruled cells off register (truth)', 'the stay 入院日期 … 出院日期 in a row of its own on half the pages (truth)',
    '诊断 numbered (counted)', '医疗建议 with a rest period ending on a later date (not truth)',
    'the issue date typed beside 日期 under the seal (truth)',
    'pre-printed notes 涂改无效 / 复印无效 at the foot'],
  doc: (rng) => settled(local19(issuedSoon(suited(countyWords(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...GENERAL19, ...GENERAL19, ...TCM19], compoundSurnames: 0.05 }), rng, { outside: 0.2 })), rng), rng)),
  draw(s, doc, rng) {
    const [x0, top] = [130, 90];
    const right = s.width - x0;
    const w = right - x0;
    const ink = rng.pick(['#1f4f8f', '#1d6b4a', '#7a2a2a', '#5a3c88']);
    const tint = rng.pick(['rgba(60, 130, 200, 0.16)', 'rgba(70, 160, 110, 0.16)', 'rgba(200, 120, 90, 0.14)']);
    const fpt = 12;
    const form: Style = st('serif', fpt, { color: ink });
    const formB: Style = st('serifBold', fpt, { color: ink });
    const typed: Style = st(rng.pick(['sans', 'sansMedium'] as const), rng.pick([11.5, 12]), { color: '#101010' });
    const [dx, dy] = [rng.int(-6, 10), rng.int(-7, 5)];
    const p = doc.patient;

    s.g.fillStyle = rng.pick(['#f6f9fb', '#f7fbf6', '#fbf8f3']);
    s.g.fillRect(x0 - 40, top, w + 80, 2339 - 2 * top);
    guilloche(s, x0 - 40, top, w + 80, 2339 - 2 * top, tint, rng);
    watermark(s, doc.hospital.name, st('serifBold', 26), 'rgba(0, 0, 0, 0.045)');
    s.rect(x0 - 30, top + 10, w + 60, 2339 - 2 * top - 20, 3, ink);
    s.rect(x0 - 20, top + 20, w + 40, 2339 - 2 * top - 40, 1, ink);

    const serial = `${p.idNumber.slice(0, 2)}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    s.put(right - 10, top + 85, `No.${serial}`, st('sansBold', 14, { color: '#c0262d', align: 'right', spacing: 2 }));
    s.put(s.width / 2, top + 190, doc.hospital.name, st('serifBold', 20, { color: ink, align: 'center', spacing: 4 }));
    s.put(s.width / 2, top + 280, '疾 病 诊 断 证 明 书', st('serifBold', 19, { color: ink, align: 'center', spacing: 8 }));

    // The ruled rows: pre-printed labels, typed values off register.
    const rh = px(fpt) * 2.6;
    let y = top + 340;
    const typedAt = (x: number, cy: number, text: string): void => {
      s.put(x + 14 + dx, cy + rh / 2 + px(typed.pt) * 0.36 + dy, text, typed);
    };
    const row = (cells: readonly (readonly [string, string, number])[]): void => {
      let cx = x0;
      for (const [label, value, cw] of cells) {
        const lw = Math.max(150, s.measure(label, formB) + 30);
        s.rect(cx, y, lw, rh, 1.4, ink);
        s.rect(cx + lw, y, cw - lw, rh, 1.4, ink);
        s.put(cx + lw / 2, y + rh / 2 + px(fpt) * 0.36, label, { ...formB, align: 'center' });
        typedAt(cx + lw, y, value);
        cx += cw;
      }
      y += rh;
    };
    const inpatient = rng.chance(0.5);
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    row([['姓名', p.name, w * 0.36], ['性别', p.sex, w * 0.3], ['年龄', `${p.age}岁`, w * 0.34]]);
    row([['身份证号', p.idNumber, w * 0.64], ['科别', doc.department, w * 0.36]]);
    if (inpatient) {
      row([['住院号', doc.recordNo, w * 0.36], ['住院日期', `${formatDate(doc.dates.admission, ds)} 至 ${formatDate(doc.dates.discharge, ds)}`,
        w * 0.64]]);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    } else row([['门诊号', doc.recordNo, w * 0.36], ['就诊日期', formatDate(doc.dates.visit, ds), w * 0.64]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // 诊断 and 医疗建议 in tall cells.
    const lh = px(typed.pt) * 1.85;
    const mk: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dxLines = listed(doc.dx.western, mk);
    const tall = (label: string, h: number): number => {
      s.rect(x0, y, 150, h, 1.4, ink);
      s.rect(x0 + 150, y, w - 150, h, 1.4, ink);
      s.put(x0 + 75, y + h / 2 + px(fpt) * 0.36, label, { ...formB, align: 'center' });
      return y + lh * 0.95;
    };
    const dh = Math.max(rh * 5, lh * (dxLines.length + 0.8));
    let ty = tall('诊  断', dh);
    dxLines.forEach((t, i) => s.put(x0 + 170 + dx, ty + dy + i * lh, t, typed));
    s.diagnoses(doc.dx.western);
    y += dh;
    const [span, days] = rng.pick([['一周', 7], ['两周', 14], ['7天', 7], ['14天', 14], ['半个月', 15], ['一个月', 30]] as const);
    const endText = formatDate(addDays(doc.dates.issue, days - 1), 'cnShort');
    const advice = `${inpatient ? '出院后' : ''}建议${rng.pick(['休息', '全休'])}${span}（至${endText}），${rng.pick(['按时服药，', '定期复查，'])}`
      + '不适随诊。';
    ty = tall('医疗建议', rh * 3.5);
    para(s, x0 + 170 + dx, ty + dy, w - 200, advice, typed, lh, { keep: [endText] });
    y += rh * 3.5 + 220;
    const sw = s.put(x0 + 20, y, '医师签名：', form);
    handwritten(s, x0 + 20 + sw + 12, y, doc.doctors.attending, 14, rng);
    s.put(x0 + w * 0.56, y, '医院（盖章）', form);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));
    const dl = s.put(x0 + w * 0.56, y + 110, '日期：', form, false);
    const iw = s.put(x0 + w * 0.56 + dl + dx, y + 110 + dy, issued, typed, false);
    s.record(x0 + w * 0.56, y + 110, `日期：${issued}`, x0 + w * 0.56 + dl + dx + iw);
    seal(s, x0 + w * 0.72, y + 40, 118, doc.hospital.name, '诊断证明专用章', rng);
    const note: Style = st('serif', 9, { color: ink });
    s.put(x0, 2339 - top - 95, '注：1. 本证明书须加盖医院诊断证明专用章方有效，涂改无效，复印无效。', note);
    s.put(x0 + px(9) * 2, 2339 - top - 60, '2. 本证明仅证明病情，不作为休假、工伤及其他鉴定依据。', note);
  },
};
