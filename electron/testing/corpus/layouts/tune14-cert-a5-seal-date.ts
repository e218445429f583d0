import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { onLine } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local14, NORTHEAST14, SOUTH14 } from './tune14-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA'];

/** A5 portrait (148 × 210 mm) at 200 dpi, laid in the corner of the A4 glass. */
const A5 = { x: 90, y: 80, w: 1165, h: 1654 } as const;

/**
 * 诊断书 of a Northeast, Zhejiang, Fujian or Guangdong county hospital on its narrow A5 pad, scanned on A4 glass (the rest
 * is the grey lid): a ruled frame, underlined fill-ins (姓名, 身份证号 — truth — 科别, 初诊日期 years back — not truth), 诊断
 * numbered on ruled lines (counted), 处理意见 with a rest period and its dates (not truth) and on some pages the stay (于…至…在我院
 * 住院治疗 — truth), the handwritten doctor, and at the bottom right 医院（盖章） with the date of issue printed under it and
 * the seal stamped over both (truth).
 */
export const tune14CertA5SealDate: Layout = {
  id: 'tune14-cert-a5-seal-date',
  kind: 'certificate',
  split: 'tune',
  style: 'Northeast / Zhejiang / Fujian / Guangdong county hospital 诊断书 on an A5 portrait pad in the corner of A4 glass: ruled frame, '
    + 'underlined fill-ins, ruled 诊断 and 处理意见 lines, 医院（盖章） with the date under the seal, serif or sans 11.5–12.5 pt',
  exercises: ['A5 portrait sheet in the top-left corner of the scan, grey scanner lid around it, shadow along its edges',
    '姓名 / 性别 / 年龄 / 身份证号 / 科别 on underlines', '初诊日期 years before the visit (not truth)', '诊断 numbered on ruled lines (counted)',
    '处理意见 with 建议休息7天（…至…） (not truth) and on some pages 于…至…在我院住院治疗 (truth stay)',
    'the date of issue under 医院（盖章） with the seal over it: 2025年3月4日 / 二〇二五年三月四日 (truth)'],
  doc: (rng) => local14(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...NORTHEAST14, ...SOUTH14],
    compoundSurnames: 0.06, yearEnd: 0.1 }))), rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    // The lid, the sheet and its shadow.
    s.g.fillStyle = rng.pick(['#e4e4e1', '#dededa', '#ebebe8']);
    s.g.fillRect(0, 0, s.width, s.height);
    for (let i = 0; i < 16; i += 1) {
      const a = (0.28 * (16 - i)) / 16;
      s.line(A5.x + A5.w + i, A5.y + 8, A5.x + A5.w + i, A5.y + A5.h + i, 1, `rgba(60, 60, 60, ${a})`);
      s.line(A5.x + 8, A5.y + A5.h + i, A5.x + A5.w + i, A5.y + A5.h + i, 1, `rgba(60, 60, 60, ${a})`);
    }
    s.g.fillStyle = rng.pick(['#ffffff', '#fdfcf7']);
    s.g.fillRect(A5.x, A5.y, A5.w, A5.h);
    s.ink = '#151515';
    const frame = rng.pick(['#1e1e1e', '#2a4f8f', '#8f2a2a']);
    s.rect(A5.x + 45, A5.y + 45, A5.w - 90, A5.h - 90, 2.4, frame);
    s.rect(A5.x + 53, A5.y + 53, A5.w - 106, A5.h - 106, 0.8, frame);

    const x0 = A5.x + 85;
    const right = A5.x + A5.w - 85;
    const w = right - x0;
    const cx = A5.x + A5.w / 2;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.95;
    const p = doc.patient;

    s.put(cx, A5.y + 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 15.5, { align: 'center', spacing: 3 }));
    s.put(cx, A5.y + 245, '诊  断  书', st('serifBold', 19, { align: 'center', spacing: 8 }));
    s.put(x0, A5.y + 310, `门诊号：${doc.recordNo}`, st(f.face, 10));
    s.put(right, A5.y + 310, `No.${String(rng.int(1, 99999)).padStart(5, '0')}`, st('serifBold', 11, { align: 'right', color: '#b21f29' }));

    let y = A5.y + 395;
    let x = onLine(s, x0, y, '姓名：', p.name, 220, b, f) + 28;
    x = onLine(s, x, y, '性别：', p.sex, 80, b, f) + 28;
    onLine(s, x, y, '年龄：', `${p.age}岁`, 110, b, f);
    y += lh;
    onLine(s, x0, y, '身份证号：', p.idNumber, 480, b, f);
    y += lh;
    x = onLine(s, x0, y, '科别：', doc.department, 250, b, f) + 28;
    onLine(s, x, y, '初诊日期：', formatDate(doc.dates.firstVisit, rng.pick(['iso', 'cnShort'] as const)), 250, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // 诊断 and 处理意见 written on ruled lines.
    const ruled = (label: string, lines: readonly string[], min: number): void => {
      y += lh * 1.2;
      s.put(x0, y, label, b);
      y += lh;
      const n = Math.max(min, lines.length);
      for (let i = 0; i < n; i += 1) {
        s.line(x0, y + 12, right, y + 12, 1, '#9a9a9a');
        if (lines[i]) s.put(x0 + px(pt) * 1.5, y, lines[i] ?? '', f);
        y += lh;
      }
      y -= lh;
    };
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    ruled('诊断：', listed(doc.dx.western, how), 3);
    s.diagnoses(doc.dx.western);
    const ds: DateStyle = rng.pick(['cnShort', 'cn', 'dot'] as const);
    const stay = rng.chance(0.4);
    const [adm, dis] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    const stayText = stay ? `该患者于${adm}至${dis}在我院住院治疗${doc.stayDays}天。` : '';
    if (stay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const rest = sickLeave(rng, doc.dates.issue, ds).text;
    const advice = `${stayText}目前病情稳定，需长期规律服药治疗，定期门诊复查；${rest}。`;
    ruled('处理意见：', wrap(s, advice, w - px(pt) * 1.5, f, { keep: [adm, dis] }), 3);

    y += lh * 1.4;
    const dw = s.put(x0, y, '医师：', b);
    handwritten(s, x0 + dw + 10, y, doc.doctors.attending, pt * 1.25, rng);
    const sy = Math.max(y + lh * 0.6, A5.y + 1330);
    const issued = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn', 'cnNumeral', 'cnNumeralO'] as const));
    s.put(right, sy, `${doc.hospital.name}（盖章）`, { ...f, align: 'right' });
    s.put(right, sy + lh, issued, { ...f, align: 'right' });
    seal(s, right - 200 + rng.range(-25, 25), sy + lh * 0.3 + rng.range(-15, 15), 118, doc.hospital.name, '诊断证明专用章', rng);
    s.put(cx, A5.y + A5.h - 80, '（本证明涂改无效，未盖章无效）', st(f.face, 9, { align: 'center', color: '#444' }));
  },
};
