import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { pastedSlip } from './tune4-kit';
import { later } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { GENERAL17, local17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS'];

/** A dashed rule across a thermal strip (a row of minus signs on the printer; not text). */
function dashes(s: Sheet, x0: number, x1: number, y: number): void {
  for (let x = x0; x < x1 - 8; x += 16) s.line(x, y, x + 9, y, 2, '#333');
}

/**
 * 门诊病历 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital printed by the consulting room's thermal receipt
 * printer: a strip 80 mm wide down the left of the scan with a large empty margin beside it; hospital and title centred, the
 * 门诊号, 姓名 (truth), 身份证 (truth) and 就诊时间 (truth) in short lines between dashed rules, 主诉 / 现病史 / 查体 / 诊断 (numbered,
 * truth) / 处理 wrapped to twenty-odd characters, the doctor and 打印时间, a barcode at the foot. Beside it, a smaller 挂号凭条
 * (its 挂号时间 the same morning or days before for a booking, 候诊号, 诊查费 — not truth) pasted further right; each slip reads on its own.
 */
export const tune17OutpatientReceiptStrip: Layout = {
  id: 'tune17-outpatient-receipt-strip',
  kind: 'outpatient',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county hospital 门诊病历 on an 80 mm thermal strip with a wide empty margin, '
    + 'a 挂号凭条 slip beside it, dashed rules, sans 9–10 pt, barcode at the foot',
  exercises: ['a narrow strip (about 600 px of 1654) at the left of the page, nothing printed across the rest',
    '就诊时间 2025-03-04 09:12 (truth) under the 门诊号 and name lines', 'diagnoses numbered in 21-character lines (truth)',
    '挂号凭条 beside it: 挂号时间 the same morning or a booking days earlier, 候诊号 and 诊查费 (not truth), read as its own block',
    '打印时间 minutes after the visit at the foot of the strip'],
  doc: (rng) => settled(local17(suited(countyWords(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: GENERAL17 }), rng,
    { outside: 0.2, avoid: /急性|不稳定/u })), rng)),
  draw(s, doc, rng) {
    const pt = rng.pick([9, 9.5, 10]);
    const f: Style = st(rng.pick(['sans', 'serif'] as const), pt);
    const b: Style = st('sansBold', pt);
    const lh = px(pt) * 1.55;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'isoSec'] as const);

    // The record strip.
    const sx = rng.int(110, 230);
    const sw = rng.int(590, 640);
    const inner = sw - 56;
    const tx = sx + 28;
    const lines: { text: string; style: Style; center?: boolean; rule?: boolean; indent?: number }[] = [];
    const add = (text: string, style = f, o: { center?: boolean; indent?: number } = {}): void => { lines.push({ text, style, ...o }); };
    const rule = (): void => { lines.push({ text: '', style: f, rule: true }); };
    const block = (label: string, text: string): void => {
      wrap(s, label + text, inner, f).forEach((t) => add(t));
    };
    let np = pt + 3;
    while (s.measure(doc.hospital.name, st('sansBold', np)) > inner) np -= 0.5;
    add(doc.hospital.name, st('sansBold', np), { center: true });
    add('门 诊 病 历', st('sansBold', pt + 2), { center: true });
    rule();
    add(`门诊号：${doc.recordNo}`);
    add(`姓名：${p.name}  ${p.sex}  ${p.age}岁`);
    add(`身份证：${p.idNumber}`);
    add(`科室：${doc.department}门诊`);
    add(`就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`);
    add(`医保：${rng.pick(['城乡居民', '城镇职工', '自费'])}`);
    rule();
    block('主诉：', `${followUp(doc)}。`);
    block('现病史：', `患者${followUp(doc)}，平素规律服药，近期${rng.pick(['症状较平稳', '偶有不适', '自测指标控制欠佳'])}，今来复诊。`);
    block('既往史：', `${denial(doc, rng)}。`);
    block('查体：', `BP ${rng.int(122, 172)}/${rng.int(70, 100)}mmHg，P ${rng.int(62, 96)}次/分，神清，心肺听诊未见异常。`);
    add('诊断：', b);
    listed(doc.dx.western, '1.').forEach((t) => wrap(s, t, inner - 26, f).forEach((x, i) => add(x, f, { indent: i === 0 ? 12 : 38 })));
    s.diagnoses(doc.dx.western);
    add('处理：', b);
    doc.medicines.slice(0, 3).forEach((m, i) => wrap(s, `${i + 1}.${m}`, inner - 26, f).forEach((x) => add(x, f, { indent: 12 })));
    block('医嘱：', `${rng.pick(['2周', '4周', '1月'])}后复诊，不适随诊。`);
    rule();
    add(`医生：${doc.doctors.attending}`);
    add(`打印时间：${formatDate(doc.dates.visit, 'iso')} ${later(doc.times.visit, rng.int(8, 30))}`);

    const top = rng.int(90, 150);
    const height = lines.length * lh + 190;
    pastedSlip(s, sx, top, sw, height);
    let y = top + 70;
    s.block(() => {
      for (const l of lines) {
        if (l.rule) dashes(s, tx, tx + inner, y - lh * 0.35);
        else if (l.center) s.put(sx + sw / 2, y, l.text, { ...l.style, align: 'center' });
        else s.put(tx + (l.indent ?? 0), y, l.text, l.style);
        y += lh;
      }
    });
    barcode(s, sx + sw / 2 - 170, y, doc.recordNo, 70, 2);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    // The registration slip beside it.
    const booked = rng.chance(0.4);
    const day = booked ? addDays(doc.dates.visit, -rng.int(1, 6)) : doc.dates.visit;
    const at = booked ? rng.int(8 * 60, 20 * 60) : Math.max(7 * 60 + 30, doc.times.visit - rng.int(15, 90));
    const rw = 520;
    const rx = Math.min(sx + sw + rng.int(80, 160), s.width - 100 - rw);
    const ry = top + rng.int(40, 260);
    const slip = [
      [doc.hospital.name, 'bold'], [booked ? '预约挂号凭条' : '挂号凭条', 'bold'], ['', 'rule'],
      [`姓名：${p.name}`, ''], [`科室：${doc.department}`, ''], [`医生：${doc.doctors.attending}（${rng.pick(['主任医师', '副主任医师', '主治医师'])}）`, ''],
      [`候诊号：${rng.int(3, 68)}号`, ''], [`诊查费：${rng.pick(['10.00', '15.00', '20.00', '25.00'])}元`, ''],
      [`挂号时间：${formatDate(day, ds, at)}`, ''], ['', 'rule'], ['请妥善保管，过号请重新排队', ''],
    ] as const;
    const small = st(f.face, pt - 0.5);
    pastedSlip(s, rx, ry, rw, slip.length * lh + 90);
    let yy = ry + 64;
    s.block(() => {
      for (const [t, kind] of slip) {
        if (kind === 'rule') dashes(s, rx + 26, rx + rw - 26, yy - lh * 0.35);
        else if (kind === 'bold') {
          const big = s.measure(t, st('sansBold', pt + 0.5)) > rw - 40 ? pt - 1 : pt + 0.5;
          s.put(rx + rw / 2, yy, t, st('sansBold', big, { align: 'center' }));
        }
        else s.put(rx + 26, yy, t, small);
        yy += lh;
      }
    });
  },
};
