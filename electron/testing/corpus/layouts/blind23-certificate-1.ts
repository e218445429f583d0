import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { issuedSoon, plausible } from './tune4-kit';
import { suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { suspected } from './tune11-kit';
import { companion23, native23, PLACES23 } from './blind23-kit';

/**
 * 疾病诊断证明书 of a county hospital in Fujian, Zhejiang, Yunnan, Guizhou, Shaanxi, Jiangxi, Chongqing or Shanxi, typed into a
 * double-framed bordered form: 编号 at the top right, 姓名 / 性别 / 年龄 / 科别 row (truth), 身份证号 with 住院号 (truth),
 * 就诊类别 with 首诊日期 (years back — decoy), a tall 病情摘要 cell (the stay — truth — or a 门诊 visit days before — decoy; the
 * 陪同 relative's name — decoy), a tall 诊断 cell (counted; a suspected item — not counted), a 医嘱建议 cell with a rest span
 * (decoy dates), then at the frame's foot the physician's handwritten name, 医院（盖章）and the date of issue (truth) under the seal.
 */
export const blind23Certificate1: Layout = {
  id: 'blind23-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'county hospital 疾病诊断证明书 typed into a double-framed bordered form: label column with tall 病情摘要 / 诊断 / 医嘱建议 '
    + 'cells, 首诊日期 cell, 陪同人, signature and date of issue under the seal below the frame, serif or sans 11–12.5 pt',
  exercises: ['姓名 / 身份证号 in grid cells (truth)', '首诊日期 years back (decoy)', '病情摘要 with the stay (truth) or a visit (decoy)',
    '陪同 relative (another name)', '诊断 numbered with a suspected item (not counted)', 'rest span with dates (decoy)',
    'date of issue under the seal (truth)'],
  doc: (rng) => native23(issuedSoon(plausible(countyWords(suited(makeDoc(rng, { kind: 'certificate', hospitals: PLACES23,
    compoundSurnames: 0.05 })), rng, { outside: 0.25, near: 0.15 })), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 140;
    const x1 = s.width - 140;
    const w = x1 - x0;
    const serif = rng.chance(0.6);
    const pt = rng.pick([11, 11.5, 12, 12.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 190, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([18, 20]), { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 290, rng.pick(['疾病诊断证明书', '诊 断 证 明 书']), st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 8 }));
    s.put(x1, 370, `编号：${rng.pick(['ZM', 'NO.', ''])}${doc.recordNo.slice(3)}`, st('sans', 10, { align: 'right', color: '#b0262b' }));

    const top = 400;
    s.rect(x0 - 10, top - 10, w + 20, 1480 + 20, 3);
    const lw = 200;
    const rowH = lh * 1.35;
    const cell = (x: number, y: number, cw: number, label: string | null, text: string, h = rowH): void => {
      s.rect(x, y, cw, h, 1.4);
      if (label !== null) s.put(x + cw / 2, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
      else s.put(x + 16, y + h / 2 + px(pt) * 0.36, text, f);
    };
    const vw = [220, 120, 150, w - 4 * 110 - 490];
    let y = top;
    let cx = x0;
    [['姓名', p.name], ['性别', p.sex], ['年龄', `${p.age}岁`], ['科别', doc.department]].forEach(([l, v], i) => {
      cell(cx, y, 110, l ?? '', '');
      cell(cx + 110, y, vw[i] ?? 0, null, v ?? '');
      cx += 110 + (vw[i] ?? 0);
    });
    y += rowH;
    const stay = rng.chance(0.5);
    const half = (w - 2 * lw) / 2;
    cell(x0, y, lw, '身份证号', '');
    cell(x0 + lw, y, half + 120, null, p.idNumber);
    cell(x0 + lw + half + 120, y, lw, stay ? '住院号' : '门诊号', '');
    cell(x0 + 2 * lw + half + 120, y, half - 120, null, doc.recordNo);
    y += rowH;
    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const first = formatDate(doc.dates.firstVisit, ds);
    cell(x0, y, lw, '就诊类别', '');
    cell(x0 + lw, y, half + 120, null, stay ? '住院' : '门诊');
    cell(x0 + lw + half + 120, y, lw, '首诊日期', '');
    cell(x0 + 2 * lw + half + 120, y, half - 120, null, first);
    y += rowH;

    const pad = px(pt) * 0.8;
    const tall = (label: string, lines: readonly string[], min: number): void => {
      const h = Math.max(min, lines.length * lh + 2 * pad);
      s.rect(x0, y, lw, h, 1.4);
      s.rect(x0 + lw, y, w - lw, h, 1.4);
      s.put(x0 + lw / 2, y + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
      lines.forEach((t, i) => s.put(x0 + lw + pad, y + pad + lh * (0.72 + i), t, f));
      y += h;
    };
    const d = (iso: string): string => formatDate(iso, ds);
    const rel = companion23(doc, rng);
    const seen = formatDate(doc.dates.issue, ds);
    const story = stay
      ? `患者因“${doc.complaint}”于${d(doc.dates.admission)}入院，${d(doc.dates.discharge)}出院，住院${doc.stayDays}天，`
        + `经${doc.course}等治疗好转。住院期间由其${rel.relation}${rel.name}陪护。`
      : `患者因“${doc.complaint}”于${seen}来我院门诊就诊，由其${rel.relation}${rel.name}陪同，经查体及辅助检查明确诊断。`;
    const inner = w - lw - 2 * pad;
    const keep = [d(doc.dates.admission), d(doc.dates.discharge), seen, p.idNumber];
    tall('病情摘要', wrap(s, story, inner, f, { keep }), lh * 4);
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const doubt = rng.chance(0.5) ? [suspected(doc, rng)] : [];
    s.diagnoses(doc.dx.western);
    tall('诊　　断', listed([...doc.dx.western, ...doubt], how), lh * 4.5);
    const rest = sickLeave(rng, doc.dates.issue, ds).text;
    tall('医嘱建议', wrap(s, `${rest}；规律服药，定期复查，不适随诊。`, inner, f, { keep: [rest] }), lh * 3.2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });

    const bottom = top + 1480;
    s.rect(x0, top, w, bottom - top, 1.4);
    y = Math.max(y + lh * 2, bottom - lh * 4.5);
    const dw = s.put(x0 + 40, y, rng.pick(['经治医师：', '医师签名：']), f);
    handwritten(s, x0 + 40 + dw + 12, y, doc.doctors.attending, pt * 1.25, rng);
    s.put(x0 + w * 0.6, y, '医院（盖章）', f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral'] as const));
    const iy = y + lh * 1.8;
    s.put(x1 - 40, iy, issued, { ...f, align: 'right' });
    seal(s, x1 - 40 - s.measure(issued, f) / 2, iy - 30 + rng.range(-20, 20), rng.range(118, 134), doc.hospital.name, '诊断证明专用章', rng);

    const note = st(f.face, 9.5, { color: '#444' });
    ['注：1.本证明书仅证明病情，须加盖医院诊断证明专用章方有效，涂改无效；', '2.本证明书不作为休假、保险理赔之唯一依据。']
      .forEach((t, i) => s.put(x0 + (i === 0 ? 0 : s.measure('注：', note)), bottom + 90 + i * px(9.5) * 1.8, t, note));
  },
};
