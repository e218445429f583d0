import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS } from '../diseases';
import { CITY, CITY_MORE, PROVINCES, type Hospital } from '../hospitals';
import { handwritten, logo, seal } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { needs, prose } from './tune2-kit';
import { localTo } from './tune3-kit';
import { issuedSoon } from './tune4-kit';
import { fitting } from './tune5-kit';

/** City hospitals that print their forms in Chinese and English (those with an English name). */
const BILINGUAL: readonly Hospital[] = [...CITY, ...CITY_MORE, ...PROVINCES].filter((h) => h.en);

type Part = { readonly cn: string; readonly en: string; readonly value: string; readonly w: number };

/**
 * A bordered row of label|value cells whose labels are in Chinese with the English under it (姓名 / Name), the value
 * level with the Chinese. Returns the bottom edge.
 */
function twinRow(s: Sheet, x: number, y: number, h: number, parts: readonly Part[], lab: Style, en: Style, val: Style, labW: number): number {
  let cx = x;
  const base = y + h * 0.5;
  for (const p of parts) {
    s.g.fillStyle = '#f2f4f7';
    s.g.fillRect(cx, y, labW, h);
    s.rect(cx, y, labW, h, 1.4);
    s.put(cx + labW / 2, base, p.cn, { ...lab, align: 'center' });
    s.put(cx + labW / 2, base + px(en.pt) * 1.45, p.en, { ...en, align: 'center' });
    s.rect(cx + labW, y, p.w - labW, h, 1.4);
    s.put(cx + labW + 18, base, p.value, val);
    cx += p.w;
  }
  return y + h;
}

/**
 * 诊断证明书 / MEDICAL CERTIFICATE of a city hospital that prints Chinese and English: labels in both languages, 出生日期
 * / Date of Birth in the grid, 就诊日期 / Date of Visit (or the stay) that is not the issue, diagnoses in a box, 医疗意见
 * prose with 建议休息两周 and its dates, the date of issue under the physician's signature, the seal beside them.
 */
export const tune5CertBilingual: Layout = {
  id: 'tune5-cert-bilingual',
  kind: 'certificate',
  split: 'tune',
  style: 'City hospital (Shandong and other provinces) bilingual 诊断证明书 / MEDICAL CERTIFICATE: logo and English name, grid of Chinese-over-English labels, sans or serif 10.5–11.5 pt, seal beside the signature',
  exercises: ['姓名 / Name in a grid cell with the English label under the Chinese', '出生日期 / Date of Birth (a date that is no truth)', '证件号码 / ID No.',
    '就诊日期 / Date of Visit days before the issue, or 入院日期 / 出院日期 of a stay (half the pages)', '诊断 / Diagnosis numbered 1. / ① one a line (counted)',
    '医疗意见 / Medical Advice prose: treatment, 建议休息两周（2025-03-05至2025-03-18）', '医师签名 / Physician handwritten and 日期 / Date of Issue under it (truth)',
    '医院盖章 / Hospital Seal beside the signature, the seal over it', 'English sentence footer, 打印时间 (later)'],
  doc: (rng) => issuedSoon(fitting(localTo(makeDoc(rng, { kind: 'certificate', hospitals: BILINGUAL, keys: ALL_KEYS,
    aliases: true, outside: 0.15, compoundSurnames: 0.15 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#131313';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const en = st(face, 7.5, { color: '#555' });
    const lh = px(pt) * 1.85;
    const tone = rng.pick(['#0b4f94', '#0e6b62', '#822020']);

    logo(s, x0 + 55, 140, 52, tone, rng.pick(['ring', 'shield', 'cross'] as const));
    s.put(x0 + 135, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { color: tone, spacing: 2 }));
    s.put(x0 + 135, 190, (doc.hospital.en ?? '').toUpperCase(), st('sans', 9, { color: tone, spacing: 1 }));
    s.put(s.width / 2, 305, '诊断证明书', st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 12 }));
    s.put(s.width / 2, 360, 'MEDICAL CERTIFICATE', st('sansMedium', 11, { align: 'center', spacing: 4 }));
    s.put(right, 420, `No. ${doc.dates.issue.slice(0, 4)}${String(rng.int(1, 999999)).padStart(6, '0')}`, st(face, 9.5, { align: 'right' }));

    const p = doc.patient;
    const stay = rng.chance(0.45);
    const seen = addDays(doc.dates.issue, -rng.int(1, 6));
    const ds: DateStyle = rng.pick(['iso', 'iso', 'cnShort', 'slash'] as const);
    const d = (iso: string): string => formatDate(iso, ds);
    const sexText = p.sex === '男' ? '男 Male' : '女 Female';
    const h = px(pt) * 3.1;
    const labW = 210;
    const third = Math.round(w * 0.36);
    let y = 450;
    y = twinRow(s, x0, y, h, [{ cn: '姓名', en: 'Name', value: p.name, w: third }, { cn: '性别', en: 'Sex', value: sexText, w: third },
      { cn: '年龄', en: 'Age', value: `${p.age}岁`, w: w - 2 * third }], b, en, st(bold, pt + 0.5), labW);
    y = twinRow(s, x0, y, h, [{ cn: '出生日期', en: 'Date of Birth', value: d(p.birth), w: third },
      { cn: '证件号码', en: 'ID No.', value: p.idNumber, w: w - third }], b, en, f, labW);
    y = twinRow(s, x0, y, h, [{ cn: '科室', en: 'Department', value: doc.department, w: third },
      stay ? { cn: '住院号', en: 'Inpatient No.', value: doc.recordNo, w: w - third } : { cn: '门诊号', en: 'Outpatient No.', value: doc.recordNo, w: w - third }],
    b, en, f, labW);
    y = twinRow(s, x0, y, h, stay
      ? [{ cn: '入院日期', en: 'Admission', value: d(doc.dates.admission), w: third }, { cn: '出院日期', en: 'Discharge', value: d(doc.dates.discharge), w: w - third }]
      : [{ cn: '就诊日期', en: 'Date of Visit', value: d(seen), w: third }, { cn: '就诊类型', en: 'Type', value: '门诊 Outpatient', w: w - third }],
    b, en, f, labW);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const box = (title: string, english: string, top: number, height: number): number => {
      s.rect(x0, top, w, height, 1.4);
      s.put(x0 + 20, top + px(pt) * 1.5, title, b);
      s.put(x0 + 34 + s.measure(title, b), top + px(pt) * 1.5, english, st(face, 8.5, { color: '#555' }));
      return top + px(pt) * 1.5 + lh * 1.1;
    };
    const how: Mark = rng.pick(['1.', '①', '1、'] as const);
    const items = listed(doc.dx.western, how);
    const dxH = Math.max(300, px(pt) * 2.6 + items.length * lh + 30);
    const dy = box('诊断', 'Diagnosis', y + 30, dxH);
    items.forEach((t, i) => s.put(x0 + 60, dy + i * lh, t, f));
    s.diagnoses(doc.dx.western);

    const start = addDays(doc.dates.issue, 1);
    const rest = rng.pick([7, 14, 14, 30]);
    const restText = rest === 14 ? '建议休息两周' : `建议休息${rest}天`;
    const restClause = `${restText}（${d(start)}至${d(addDays(start, rest - 1))}）`;
    const advice = `${doc.patient.age < 14 ? '患儿' : '患者'}经检查诊断如上，病情${rng.pick(['稳定', '尚平稳'])}，${needs(doc)}，定期门诊复查。${restClause}。`;
    const top = y + 30 + dxH + 30;
    const ay = box('医疗意见', 'Medical Advice', top, 330);
    prose(s, x0 + 60, ay, w - 100, advice, f, lh, { indent: px(pt) * 2, keep: [restClause] });

    const sy = top + 330 + 150;
    const mw = s.put(x0 + 20, sy, '医师签名', b);
    s.put(x0 + 20, sy + px(8) * 1.6, "Physician's Signature", st(face, 8, { color: '#555' }));
    handwritten(s, x0 + 40 + mw, sy, doc.doctors.attending, pt * 1.35, rng);
    const dl = s.put(x0 + 20, sy + lh * 2.2, '日期', b);
    s.put(x0 + 20, sy + lh * 2.2 + px(8) * 1.6, 'Date of Issue', st(face, 8, { color: '#555' }));
    s.put(x0 + 40 + dl + 30, sy + lh * 2.2, formatDate(doc.dates.issue, rng.pick(['iso', 'cnShort', 'cn'] as const)), f);
    const sx = x0 + w * 0.62;
    s.put(sx, sy, '医院盖章', b);
    s.put(sx, sy + px(8) * 1.6, 'Hospital Seal', st(face, 8, { color: '#555' }));
    seal(s, sx + 260 + rng.range(-30, 30), sy + lh + rng.range(-20, 30), rng.range(135, 155), doc.hospital.name, '诊断证明专用章', rng);

    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2140, right, 2140, 1);
    s.put(x0, 2180, '本证明仅证明患者就诊时的病情，须加盖医院诊断证明专用章方有效。', small);
    s.put(x0, 2218, 'This certificate is valid only with the official seal of the hospital.', small);
    s.put(right, 2218, `打印时间 Printed：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, { ...small, align: 'right' });
  },
};
