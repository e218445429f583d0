import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { listed } from './kit';
import { para } from './tune6-kit';
import { coronary, HEART23, local23 } from './tune23-kit';

/** A coronary tree as the cath lab sketches it on the record: LM, LAD, LCX, RCA, stented segments filled; labels in a block. */
function coronaryTree(s: Sheet, x: number, y: number, size: number, stented: readonly string[], rng: Rng): void {
  s.rect(x, y, size, size, 1.5);
  const g = s.g;
  const P = (u: number, v: number): [number, number] => [x + u * size, y + v * size];
  const vessels: Record<string, [number, number][]> = {
    LM: [[0.42, 0.16], [0.5, 0.24]], LAD: [[0.5, 0.24], [0.6, 0.45], [0.66, 0.7], [0.68, 0.9]],
    LCX: [[0.5, 0.24], [0.74, 0.3], [0.86, 0.5], [0.88, 0.68]], RCA: [[0.38, 0.18], [0.18, 0.34], [0.14, 0.6], [0.3, 0.86]],
  };
  for (const [name, pts] of Object.entries(vessels)) {
    g.strokeStyle = '#333';
    g.lineWidth = name === 'LM' ? 7 : 5;
    g.beginPath();
    pts.forEach(([u, v], i) => (i === 0 ? g.moveTo(...P(u, v)) : g.lineTo(...P(u, v))));
    g.stroke();
    if (stented.includes(name)) {
      const [a, b] = [pts[1]!, pts[2] ?? pts[1]!];
      const k = rng.range(0.2, 0.5);
      const [sx, sy] = P(a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k);
      g.fillStyle = '#c0392b';
      g.fillRect(sx - 12, sy - 12, 24, 24);
    }
  }
  const lab = st('sans', 9);
  s.block(() => {
    s.put(x + 14, y + 34, '冠脉示意图', st('sansMedium', 9.5));
    s.put(...P(0.44, 0.12), 'LM', lab);
    s.put(...P(0.54, 0.9), 'LAD', lab);
    s.put(...P(0.85, 0.8), 'LCX', lab);
    s.put(...P(0.03, 0.74), 'RCA', lab);
    s.put(x + 14, y + size - 16, '■ 支架植入部位', st('sans', 8.5, { color: '#c0392b' }));
  });
}

/**
 * 出院记录 of a Henan / Hebei / Shandong 心血管病医院 after PCI: barcode, centred serif title, a ruled header (姓名 — truth —,
 * 身份证号 — truth —, 入院日期 / 出院日期 — truth — with a time), 入院诊断 in its own line (decoy: the 待查 names of the day he
 * came in), then the 手术经过 written beside a sketched coronary tree in a box (its labels read as a block), the 手术日期 (decoy),
 * 出院诊断 numbered (truth) and 出院带药 with the 双抗 course end (decoy).
 */
export const tune23DischargePciDiagram: Layout = {
  id: 'tune23-discharge-pci-diagram',
  kind: 'discharge',
  split: 'tune',
  style: 'Henan / Hebei / Shandong 心血管病医院 PCI 出院记录: barcode, centred serif title, ruled header with the stay, 入院诊断 line, '
    + '手术经过 beside a sketched coronary tree in a box, numbered 出院诊断, 出院带药, serif 10.5–11.5 pt',
  exercises: ['入院日期 / 出院日期 with times in the header (truth)', '入院诊断 with 待查 / ？ names (decoys)',
    '手术日期 inside the stay (decoy)', 'a drawn figure with short Latin labels beside the prose (a block)', '双抗 until next year (decoy)'],
  doc: (rng) => local23(coronary(makeDoc(rng, { kind: 'discharge', keys: ['CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION'],
    hospitals: HEART23 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cnTime', 'isoTime', 'cnHour'] as const);

    barcode(s, right - 330, 80, doc.recordNo, 56, 2.5);
    s.put(right - 165, 165, doc.recordNo, st('sans', 9, { align: 'center' }));
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 20, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 235, '出 院 记 录', st('serifBold', 16, { align: 'center', spacing: 6 }));
    let y = 310;
    const [sex, age] = sexAge(doc);
    const cells: [string, string, number][] = [['姓名：', p.name, 0], ['性别：', sex, 0.22], ['年龄：', age, 0.38],
      ['科室：', rng.pick(['心内三科', '心内二科', '冠心病监护病区']), 0.56], ['床号：', `${doc.bed}`, 0.84]];
    for (const [l, v, k] of cells) s.pair(x0 + w * k, y, l, v, b, f);
    s.line(x0, y + 14, right, y + 14, 1.2);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.56, y, '住院号：', doc.recordNo, b, f);
    s.line(x0, y + 14, right, y + 14, 1.2);
    y += lh;
    s.pair(x0, y, '入院日期：', formatDate(doc.dates.admission, ds, doc.times.admission), b, f);
    s.pair(x0 + w * 0.56, y, '出院日期：', formatDate(doc.dates.discharge, ds, doc.times.discharge), b, f);
    s.line(x0, y + 14, right, y + 14, 1.2);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.4;
    const admitted = [{ text: rng.pick(['胸痛待查', '冠心病？', '急性冠脉综合征？', '冠心病 不稳定型心绞痛？']), key: null },
      ...doc.dx.western.filter((d) => d.key !== 'POST_ARTERIAL_STENT_ANTICOAGULATION' && d.key !== 'CORONARY_HEART_DISEASE')];
    const adl = s.put(x0, y, '入院诊断：', b);
    y = para(s, x0, y, w, listed(admitted, '1.').join('  '), f, lh, { indent: adl }) + lh * 0.3;
    const box = 430;
    const stented = rng.sample(['LAD', 'LCX', 'RCA'], rng.int(1, 2));
    const lesion = { LAD: '前降支中段狭窄约90%', LCX: '回旋支近段狭窄约85%', RCA: '右冠中段狭窄约95%' } as Record<string, string>;
    const top = y - lh * 0.7;
    coronaryTree(s, right - box, top, box, stented, rng);
    const tw = w - box - 40;
    const hl = s.put(x0, y, '手术经过：', b);
    y = para(s, x0, y, tw, `于${formatDate(doc.dates.surgery, 'cnShort')}在局麻下经${rng.pick(['右桡动脉', '左桡动脉', '右股动脉'])}`
      + `行冠状动脉造影术，示${stented.map((v) => lesion[v]).join('、')}，`
      + `遂行PCI，植入药物洗脱支架${stented.length}枚，术后TIMI血流3级。术后予抗血小板、调脂、稳定斑块等治疗，`
      + '穿刺处无血肿，无胸闷、胸痛发作。', f, lh, { indent: hl });
    y = Math.max(y, top + box + lh * 0.9);
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, '1.').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    y = para(s, x0, y, w, `出院带药：${doc.medicines.join('；')}。阿司匹林联合P2Y12抑制剂至少12个月，`
      + '定期复查血常规、肝功能、血脂，术后1个月心内科门诊复诊。', f, lh);

    const by = y + lh * 2.2;
    const sw = s.put(right - 540, by, '医师签名：', f);
    handwritten(s, right - 540 + sw + 8, by, doc.doctors.resident, pt * 1.3, rng);
    seal(s, right - 180, by - 30, 90, doc.hospital.name, '病案专用章', rng);
  },
};
