import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, logo, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { icdOf } from './kit';
import { para, suited, tcmDx, TCM_KEYS } from './tune6-kit';
import { tcmSplit } from './tune15-kit';
import { local23, TCM23 } from './tune23-kit';

/**
 * 疾病诊断证明书 of a Henan / Hebei / Shandong county 中医院: green ring logo and the name, 编号 right, the patient on dotted fill-in
 * lines (姓名 — truth —, 身份证号 — truth), then one bordered table whose 中医诊断 rows cut each TCM diagnosis into 病名 | 证候 (the
 * 病名 is the printed diagnosis: 消渴病 / 中风病 count, the others do not), a 西医诊断 row with ICD-10 codes (truth), a 四诊摘要
 * row (舌、脉), and 医疗意见 naming the 首诊 date (decoy); at the foot the 开具日期 (truth visitDate) and 有效期至 (decoy).
 */
export const tune23CertTcmSyndrome: Layout = {
  id: 'tune23-cert-tcm-syndrome',
  kind: 'certificate',
  split: 'tune',
  style: 'Henan / Hebei / Shandong county 中医院 疾病诊断证明书: green logo, dotted fill-in patient lines, bordered table with 中医诊断 '
    + 'cut into 病名 | 证候 cells, 西医诊断 with ICD-10, 四诊摘要, 医疗意见, 开具日期 and 有效期至 at the foot, serif 11–12 pt',
  exercises: ['TCM 病名 and 证候 in separate cells (only 消渴病 / 中风病 count)', '西医诊断 with ICD-10 codes (truth)',
    '开具日期 (truth visitDate) beside 有效期至 (decoy)', '首诊 date inside the 医疗意见 (decoy)', 'dotted fill-in lines'],
  doc: (rng) => local23(suited(makeDoc(rng, { kind: 'certificate', keys: TCM_KEYS, hospitals: TCM23, tcm: true })), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.9;
    const p = doc.patient;
    const green = rng.pick(['#1e6b3a', '#2d7a46', '#175c4c']);
    const tcm = tcmDx(doc, rng, ' ');

    const nw = s.put(s.width / 2 + 40, 168, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 4, color: green }));
    logo(s, s.width / 2 + 40 - nw / 2 - 80, 150, 48, green, 'ring');
    s.line(x0, 215, right, 215, 3, green);
    s.put(s.width / 2, 300, '疾病诊断证明书', st('serifBold', 17, { align: 'center', spacing: 8 }));
    s.put(right, 300, `编号：${doc.recordNo.slice(-6)}`, st('serif', 10, { align: 'right' }));

    let y = 400;
    const dotted = (x: number, yy: number, label: string, value: string, lineW: number): void => {
      const lw = s.put(x, yy, label, b, false);
      for (let k = x + lw; k < x + lw + lineW; k += 9) s.line(k, yy + 10, k + 3, yy + 10, 1.5, '#666');
      const vw = s.put(x + lw + 14, yy - 2, value, f, false);
      s.record(x, yy, label + value, x + lw + Math.max(lineW, vw + 14));
    };
    dotted(x0, y, '姓名', p.name, 220);
    dotted(x0 + w * 0.34, y, '性别', p.sex, 90);
    dotted(x0 + w * 0.52, y, '年龄', `${p.age}岁`, 110);
    dotted(x0 + w * 0.72, y, '门诊号', doc.recordNo, 260);
    y += lh * 1.1;
    dotted(x0, y, '身份证号', p.idNumber, 420);
    dotted(x0 + w * 0.6, y, '科别', doc.department, 200);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    y += lh * 0.8;
    const c0 = w * 0.16;
    const rowH = lh * 1.15;
    const tcmRows = tcm.length > 0 ? tcm.map((d) => {
      const [name, pattern] = tcmSplit(d);
      return [{ text: '病名', w: w * 0.1, label: true }, { text: name, w: w * 0.3 },
        { text: '证候', w: w * 0.1, label: true }, { text: pattern, w: w * 0.34 }];
    }) : [];
    const cell = (top: number, h: number, label: string): void => {
      s.g.fillStyle = '#eaf3ec';
      s.g.fillRect(x0, top, c0, h);
      s.rect(x0, top, c0, h, 1.5);
      s.put(x0 + c0 / 2, top + h / 2 + px(pt) * 0.36, label, { ...b, align: 'center' });
    };
    if (tcmRows.length > 0) cell(y, rowH * tcmRows.length, '中医诊断');
    y = s.grid(x0 + c0, y, rowH, tcmRows, f, { shade: '#eaf3ec', label: b, border: 1.5 });
    s.diagnoses(tcm.map((d) => ({ text: tcmSplit(d)[0], key: d.key })));
    const wy = y;
    const wH = rowH * (doc.dx.western.length * 0.75 + 0.5);
    cell(wy, wH, '西医诊断');
    s.rect(x0 + c0, wy, w - c0, wH, 1.5);
    doc.dx.western.forEach((d, i) => s.put(x0 + c0 + 16, wy + rowH * (0.75 + i * 0.75), `${i + 1}.${d.text}  ${icdOf(d, i)}`, f));
    s.diagnoses(doc.dx.western);
    y = wy + wH;

    const tongue = `舌${rng.pick(['淡红', '暗红', '红'])}，苔${rng.pick(['薄白', '白腻', '黄腻', '少苔'])}，脉${rng.pick(['弦细', '沉细', '弦滑', '细数'])}`;
    const first = doc.dates.firstVisit;
    const rows: [string, string][] = [
      ['四诊摘要', `${doc.complaint}。${tongue}。`],
      ['医疗意见', `该患者自${formatDate(first, 'cnShort')}起于我院门诊治疗，病情稳定，需长期门诊中西医结合治疗，定期复查。`],
    ];
    for (const [l, t] of rows) {
      const top = y;
      const end = para(s, x0 + c0 + 16, top + rowH * 0.72, w - c0 - 32, t, f, lh);
      const h = end - top - lh + rowH * 0.5;
      cell(top, h, l);
      s.rect(x0 + c0, top, w - c0, h, 1.5);
      y = top + h;
    }

    y += lh * 1.6;
    const dw = s.put(x0, y, '医师签名：', f);
    handwritten(s, x0 + dw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(right, y, `开具日期：${formatDate(doc.dates.issue, 'cnShort')}`, { ...b, align: 'right' });
    y += lh;
    s.put(right, y, `有效期至：${formatDate(addDays(doc.dates.issue, 30), 'cnShort')}`, { ...f, align: 'right', color: '#444' });
    seal(s, right - 200, y - 70, 95, doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, y + lh * 1.6, '注：本证明涂改无效，须加盖医院诊断证明专用章。', st('serif', 9.5, { color: '#444' }));
  },
};
