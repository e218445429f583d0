import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { COUNTY, COUNTY_MORE, TOWNSHIP } from '../hospitals';
import { handwritten, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { needs } from './tune2-kit';
import { countyWords } from './tune10-kit';
import { formInk, handBoxes, inked } from './tune21-kit';

/** A printed label and a ruled line, the value written on the line by hand. Returns the line's right end. */
function onLine(s: Sheet, x: number, y: number, label: string, value: string, lineW: number, lab: Style, rng: Rng): number {
  const lw = s.put(x, y, label, lab);
  s.line(x + lw + 4, y + 10, x + lw + lineW, y + 10, 1.4, lab.color);
  if (value) handwritten(s, x + lw + 18, y - 4, value, 12.5, rng);
  return x + lw + lineW;
}

/**
 * A 疾病诊断证明书 from a county hospital's pre-printed pad (a print shop's run, the labels and rules in the pad's blue, green,
 * brown or black, serif 11–13 pt, a red 编号), every field filled in by the doctor's ballpoint: 姓名 (truth), 性别, 年龄, 科别, the
 * 身份证号 one digit to a printed box (truth); 诊断 lines written by hand
 * (counted); on half the pages a 住院 line 于 … 至 … with the stay (truth admission / discharge); 建议 prose; 医师 signature; the
 * date of issue written by hand on the 日期 line (truth visitDate), the 诊断证明专用章 over it; the pad's 印刷 run (a decoy year-month).
 */
export const tune25CertPadHandfill: Layout = {
  id: 'tune25-cert-pad-handfill',
  kind: 'certificate',
  split: 'tune',
  style: 'county / township 疾病诊断证明书 pad: pre-printed serif labels and rules in coloured form ink, every value in ballpoint '
    + 'handwriting, 身份证号 in boxes, red 编号, seal over the handwritten date, 印刷 run line',
  exercises: ['handwritten name, diagnoses and date on printed rules', '身份证号 one handwritten digit per box',
    '住院 于…至… by hand on half the pages (truth stay)', 'handwritten 日期 of issue under a seal (truth)',
    'red pad 编号 and the pad\'s 印刷 year-month (decoys)', 'coloured form ink'],
  doc: (rng) => countyWords(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...COUNTY_MORE, ...TOWNSHIP] }), rng,
    { outside: 0.1 }),
  draw(s, doc, rng) {
    const ink = formInk(rng);
    s.ink = ink;
    const x0 = rng.int(150, 190);
    const w = s.width - 2 * x0;
    const pt = rng.pick([11, 12, 13]);
    const lab: Style = inked(st('serif', pt), ink);
    const p = doc.patient;
    const lh = px(pt) * 2.7;
    s.put(s.width / 2, 200, doc.hospital.name, inked(st('serifBold', 17, { align: 'center', spacing: 6 }), ink));
    s.put(s.width / 2, 290, '疾 病 诊 断 证 明 书', inked(st('serifBold', 15, { align: 'center', spacing: 8 }), ink));
    s.put(x0 + w, 350, `No. ${String(rng.int(0, 9999999)).padStart(7, '0')}`, st('serif', 12, { align: 'right', color: '#c0282d' }));
    let y = 350 + lh;
    s.note({ name: p.name, visitDate: doc.dates.issue });
    let x = onLine(s, x0, y, '姓名', p.name, 280, lab, rng) + 30;
    x = onLine(s, x, y, '性别', p.sex, 110, lab, rng) + 30;
    x = onLine(s, x, y, '年龄', `${p.age}岁`, 140, lab, rng) + 30;
    onLine(s, x, y, '科别', doc.department, x0 + w - x - s.measure('科别', lab), lab, rng);
    y += lh;
    const lw = s.put(x0, y, '身份证号', lab);
    handBoxes(s, x0 + lw + 20, y + 6, p.idNumber, 52, 13, ink, rng);
    s.note({ idNumber: p.idNumber });
    y += lh;
    s.put(x0, y, '诊断：', lab);
    const finals = doc.dx.western;
    s.diagnoses(finals);
    finals.forEach((d, i) => {
      s.line(x0 + 130, y + 10, x0 + w, y + 10, 1.4, ink);
      handwritten(s, x0 + 150, y - 4, `${i + 1}.${d.text}`, 12.5, rng);
      y += lh;
    });
    s.line(x0 + 130, y + 10, x0 + w, y + 10, 1.4, ink);
    y += lh;
    if (rng.chance(0.5)) {
      const md = (iso: string): string => formatDate(iso, rng.pick(['cnShort', 'dot'] as const));
      x = onLine(s, x0, y, '住院：于', md(doc.dates.admission), 380, lab, rng) + 20;
      onLine(s, x, y, '至', md(doc.dates.discharge), 380, lab, rng);
      s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
      y += lh;
    }
    s.put(x0, y, '建议：', lab);
    const advice = [needs(doc), rng.pick(['注意休息，定期复查', '低盐低脂饮食，按时服药', '门诊随诊'])];
    advice.forEach((a) => {
      s.line(x0 + 130, y + 10, x0 + w, y + 10, 1.4, ink);
      handwritten(s, x0 + 150, y - 4, a, 12.5, rng);
      y += lh;
    });
    y += lh * 0.5;
    const sx = onLine(s, x0, y, '医师', '', 300, lab, rng);
    signature(s, sx - 250, y - 4, 200, rng);
    const dl = x0 + w - 560;
    onLine(s, dl, y, '日期', formatDate(doc.dates.issue, rng.pick(['cnShort', 'cnShort', 'dot', 'iso'] as const)), 470, lab, rng);
    seal(s, dl + 280, y - 40, 130, doc.hospital.name, '诊断证明专用章', rng);
    y += lh * 1.3;
    const note = inked(st('serif', 9), ink);
    s.put(x0, y, '注：1.本证明涂改无效，须加盖医院诊断证明专用章。2.本证明仅证明疾病诊断情况，不作其他用途。', note);
    y += lh * 0.9;
    s.rect(x0 - 40, 100, w + 80, y + 40 - 100, 3, ink);
    s.put(x0 + w, y, `${formatDate(doc.dates.firstVisit, 'cnShort').replace(/\d+日$/u, '')}印  ${rng.pick([2000, 5000])}本`, {
      ...note, align: 'right' });
  },
};
