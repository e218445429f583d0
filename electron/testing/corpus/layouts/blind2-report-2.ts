import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, nameStamp } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, SD_CITY } from './blind-kit';
import { plausible, resident } from './blind2-kit';
import { printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['LEUKEMIA', 'LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT'];
const MARROW_TUMOURS = ['多发性骨髓瘤', '弥漫大B细胞淋巴瘤（恶性淋巴瘤）', '套细胞淋巴瘤'];

/** A marrow is taken for a blood cancer: a solid tumour becomes a myeloma or a lymphoma. */
function marrow(doc: Doc, rng: Rng): Doc {
  const western = doc.dx.western.map((d) => (d.key === 'MALIGNANT_TUMOR_OUTPATIENT' ? { ...d, text: rng.pick(MARROW_TUMOURS) } : d));
  return { ...doc, department: '血液科', dx: { ...doc.dx, western }, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.int(1, 3)) } };
}

type Line = readonly [string, number, number, string];
/** Cell lines (name, blood %, marrow %, reference) shaped by the disease and whether it is in remission. */
function differential(rng: Rng, doc: Doc, remission: boolean): Line[] {
  const text = doc.dx.western.find((d) => d.key)?.text ?? '';
  const blast = remission ? rng.range(0.5, 4) : /慢性粒/.test(text) ? rng.range(2, 8) : /白血病/.test(text) ? rng.range(35, 82) : rng.range(0.5, 2);
  const plasma = /骨髓瘤/.test(text) && !remission ? rng.range(18, 55) : rng.range(0.2, 1.5);
  const lymph = /淋巴瘤/.test(text) && !remission ? rng.range(25, 60) : rng.range(10, 22);
  const mono = rng.range(0.5, 4);
  const rest = Math.max(5, 100 - blast - plasma - lymph - mono);
  const share = [0.02, 0.08, 0.12, 0.14, 0.16, 0.03, 0.06, 0.14, 0.17, 0.08].map((x) => x * rng.range(0.6, 1.4));
  const total = share.reduce((a, b) => a + b, 0);
  const parts = share.map((x) => (x / total) * rest);
  const names: [string, string][] = [[/急性淋巴/.test(text) ? '原始+幼稚淋巴细胞' : '原始粒细胞', '0-1.8'], ['早幼粒细胞', '0.4-3.9'], ['中性中幼粒细胞', '2.2-12.2'], ['中性晚幼粒细胞', '3.5-13.2'],
    ['中性杆状核粒细胞', '16.4-32.1'], ['中性分叶核粒细胞', '4.2-21.2'], ['嗜酸性粒细胞', '0.5-4.0'], ['原红细胞', '0-1.9'], ['早幼红细胞', '0.2-2.6'],
    ['中幼红细胞', '2.6-10.7'], ['晚幼红细胞', '5.2-17.5'], ['淋巴细胞', '10.7-43.1'], ['单核细胞', '0-6.2'], ['浆细胞', '0-2.1']];
  const marrowPct = [blast, ...parts.slice(0, 6), ...parts.slice(6, 9), parts[9] ?? 0, lymph, mono, plasma].slice(0, names.length);
  const blood = (i: number, v: number): number => (i === 0 ? (remission ? 0 : v * rng.range(0.4, 1.1)) : (i >= 7 && i <= 10) || i === 13 ? 0 : v * rng.range(0.6, 1.5));
  return names.map(([n, ref], i) => [n, blood(i, marrowPct[i] ?? 0), marrowPct[i] ?? 0, ref] as const);
}

/** A round field of a stained smear under oil (not text). */
function field(s: Sheet, cx: number, cy: number, r: number, rng: Rng, blasts: number): void {
  const g = s.g;
  g.save();
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.clip();
  g.fillStyle = '#efe2e6';
  g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
  for (let i = 0; i < 70; i += 1) {
    g.fillStyle = `rgba(${rng.int(200, 230)}, ${rng.int(140, 170)}, ${rng.int(160, 190)}, 0.8)`;
    g.beginPath();
    g.arc(cx + rng.range(-r, r), cy + rng.range(-r, r), rng.range(8, 13), 0, Math.PI * 2);
    g.fill();
  }
  for (let i = 0; i < 8 + blasts / 4; i += 1) {
    const [x, y, rr] = [cx + rng.range(-r, r) * 0.8, cy + rng.range(-r, r) * 0.8, rng.range(16, 26)];
    g.fillStyle = 'rgba(176, 150, 200, 0.9)';
    g.beginPath();
    g.arc(x, y, rr, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = `rgba(${rng.int(70, 100)}, ${rng.int(40, 60)}, ${rng.int(120, 150)}, 0.95)`;
    g.beginPath();
    g.ellipse(x + rng.range(-3, 3), y + rng.range(-3, 3), rr * 0.72, rr * 0.6, rng.range(0, 3), 0, Math.PI * 2);
    g.fill();
  }
  g.restore();
  g.strokeStyle = '#333333';
  g.lineWidth = 2;
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.stroke();
}

export const blind2Report2: Layout = {
  id: 'blind2-report-2',
  kind: 'report',
  split: 'blind',
  style: 'blind2 layout 6',
  exercises: ['blind'],
  doc: (rng) => plausible(resident(marrow(makeDoc(rng, { kind: 'report', hospitals: [...BIG, ...SD_CITY], keys: KEYS, outside: 0.1, compoundSurnames: 0.15 }), rng), rng)),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 100;
    const x1 = s.width - 100;
    const w = x1 - x0;
    s.put(s.width / 2, 120, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 186, '骨髓细胞形态学检查报告单', st('serifSemi', 14, { align: 'center', spacing: 2 }));
    const no = `GS${doc.dates.sample.slice(0, 4)}-${String(rng.int(1, 2400)).padStart(4, '0')}`;
    const bw = barcode(s, x0, 96, no.replace(/\D/g, ''), 44, 2);
    s.put(x0 + bw / 2, 172, no, st('sans', 8, { align: 'center' }));
    s.line(x0, 212, x1, 212, 2);
    s.line(x0, 219, x1, 219, 0.8);

    const f = st('serif', 10);
    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + 380, x0 + 640, x0 + 960];
    const remission = /化疗|缓解|术后/.test(doc.dx.western.map((d) => d.text).join('')) || rng.chance(0.35);
    const site = rng.pick(['髂后上棘', '髂后上棘', '髂前上棘', '胸骨']);
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `住院号：${doc.recordNo}`],
      [`科别：${doc.department}`, `床号：${doc.bed}`, `送检医师：${doc.doctors.attending}`, `取材部位：${site}`],
      [`身份证号：${doc.patient.idNumber}`, '', `取材日期：${formatDate(doc.dates.sample, 'dotPad')}`, '']]
      .forEach((r, i) => r.forEach((t, j) => { if (t) s.put(cols[j] ?? x0, 270 + i * 48, t, f); }));
    const lh = px(10) * 1.75;
    let y = s.para(x0, 270 + 3 * 48, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}${remission ? '（治疗后复查）' : ''}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });

    const lines = differential(rng, doc, remission);
    const widths = [300, 150, 150, 230];
    const cell = st('sans', 9);
    const fmt = (v: number): string => (v < 0.05 ? '—' : v.toFixed(1));
    const tableTop = y + 10;
    const gy = s.grid(x0, tableTop, 44, [
      ['细胞名称', '血片(%)', '髓片(%)', '参考值(%)'].map((text, i) => ({ text, w: widths[i] ?? 0, label: true })),
      ...lines.map(([n, b, m, ref]) => [{ text: n, w: widths[0] ?? 0 }, ...[fmt(b), fmt(m), ref].map((text, i) => ({ text, w: widths[i + 1] ?? 0, align: 'center' as const }))]),
    ], cell, { label: st('sansMedium', 9), shade: '#eeeeee', border: 1.1 });
    const gr = (lines.slice(1, 7).reduce((a, l) => a + l[2], 0) / Math.max(0.1, lines.slice(7, 11).reduce((a, l) => a + l[2], 0))).toFixed(2);
    s.put(x0, gy + 44, `粒系：红系 = ${gr} : 1\u3000\u3000计数有核细胞 200 个`, st('sans', 9));

    // The right-hand column: two fields of view, then the description.
    const rx = x0 + 880;
    const rw = x1 - rx;
    field(s, rx + rw * 0.25, tableTop + 150, 128, rng, lines[0]?.[2] ?? 0);
    field(s, rx + rw * 0.75, tableTop + 150, 128, rng, lines[0]?.[2] ?? 0);
    s.put(rx + rw / 2, tableTop + 336, '瑞氏-吉姆萨染色 ×1000', st('sans', 8.5, { align: 'center' }));
    const blasts = lines[0]?.[2] ?? 0;
    const plasma = lines[lines.length - 1]?.[2] ?? 0;
    const features = [
      `1.取材、涂片、染色${rng.pick(['良好', '尚可'])}；骨髓小粒${rng.pick(['（+）', '（++）'])}，油滴${rng.pick(['（+）', '（-）'])}。`,
      `2.骨髓增生${blasts > 30 || plasma > 15 ? '明显活跃' : '活跃'}，粒系：红系 = ${gr} : 1。`,
      blasts > 20 ? `3.${lines[0]?.[0] ?? '原始细胞'}占${blasts.toFixed(1)}%，胞体大小不一，核染色质细致，可见核仁1～3个${/淋巴/.test(lines[0]?.[0] ?? '') ? '' : '，部分胞浆内可见Auer小体'}。`
        : plasma > 15 ? `3.浆细胞比例增高，占${plasma.toFixed(1)}%，可见双核及幼稚浆细胞。` : '3.粒系各阶段比例大致正常，形态未见明显异常。',
      `4.全片见巨核细胞${rng.int(3, 60)}个，血小板${blasts > 30 ? '少见' : '散在可见'}。`,
      '5.NAP、POX等细胞化学染色见附页。',
    ];
    let ry = tableTop + 400;
    s.put(rx, ry, '骨髓象特征：', st('sansBold', 9.5));
    ry += px(9.5) * 1.7;
    for (const t of features) ry = s.para(rx, ry, rw, t, st('sans', 9.5), px(9.5) * 1.7);

    y = Math.max(gy + 120, ry + 40);
    const opinion = blasts > 20 ? '急性白血病骨髓象，请结合流式细胞术免疫分型、染色体及融合基因检查。'
      : plasma > 15 ? '浆细胞比例明显增高，考虑浆细胞肿瘤骨髓象，请结合免疫固定电泳。'
        : remission ? '骨髓增生活跃，原始细胞比例不高，请结合临床评估疗效。' : '骨髓增生活跃，未见明显异常细胞，请结合临床。';
    const ow = s.put(x0, y, '形态学意见：', st('sansBold', 10.5));
    y = s.para(x0, y, w, opinion, st('sans', 10.5), px(10.5) * 1.75, ow);
    const by = Math.max(y + 80, 2040);
    s.put(x0, by, `检验者：${doc.doctors.resident}`, f);
    const cw = s.put(x0 + 420, by, '审核者：', f);
    nameStamp(s, x0 + 420 + cw + 90, by - 12, doc.doctors.checker, rng);
    s.put(x1, by, `报告日期：${formatDate(doc.dates.report, 'dotPad')}`, { ...f, align: 'right' });
    s.line(x0, 2180, x1, 2180, 1);
    s.put(x0, 2226, `打印时间：${formatDate(printedOn(doc), 'dotPad')} ${String(8 + (doc.times.print % 9)).padStart(2, '0')}:${String(doc.times.print % 60).padStart(2, '0')}`,
      st('sans', 8.5, { color: '#444' }));
    s.put(x1, 2226, '本报告仅对本次送检标本负责', st('sans', 8.5, { align: 'right', color: '#444' }));
  },
};
