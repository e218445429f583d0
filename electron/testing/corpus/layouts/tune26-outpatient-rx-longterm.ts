import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { rxItem } from './tune5-kit';
import { wrap } from './tune6-kit';
import { COUNTY26, sheetOnGlass } from './tune26-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'URAEMIA_DIALYSIS'];

/**
 * County general hospital 处方笺 printed by the HIS on a 16开 slip (portrait, narrower than A4, scanned on the glass): a thick top
 * rule, the hospital's name, 处方笺 and a bordered kind tag (普通 / 慢病长期处方) at the right, 处方号 barcode at the left; a two-column
 * header — 姓名 (truth), 性别, 年龄, 门诊号, 科别, 费别, 身份证号 (truth) and 开具日期 (truth visitDate) — then 临床诊断 (all counted);
 * the drugs in a ruled table 药品名称 | 规格 | 数量 | 用法用量; for a long prescription the 长期处方周期 from the visit to 12 weeks
 * later and the 下次取药日期 (decoys); under the table 医师 and 金额, then 审核 / 调配 / 核对 / 发药 pharmacists (other people) and
 * the pharmacy's seal. Serif or sans, 9.5–11 pt.
 */
export const tune26OutpatientRxLongterm: Layout = {
  id: 'tune26-outpatient-rx-longterm',
  kind: 'outpatient',
  split: 'tune',
  style: 'County hospital HIS 处方笺 on a 16开 slip scanned on A4: kind tag 普通 / 慢病长期处方, two-column header with 开具日期, '
    + 'ruled drug table (药品名称 规格 数量 用法用量), 长期处方周期 and 下次取药日期, pharmacists, 金额, seal; serif or sans 9.5–11 pt',
  exercises: ['开具日期 in the header (truth visitDate)', '长期处方周期 start–end and 下次取药日期 (decoys)', '临床诊断 (counted)',
    '审核 / 调配 / 核对 / 发药 pharmacists\' names (not the patient)', '金额 with decimals', 'a narrower slip on the A4 glass'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: COUNTY26 }),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const [sx, sy, sw, sh] = [rng.int(90, 140), rng.int(70, 100), 1380, 1960];
    sheetOnGlass(s, sx, sy, sw, sh);
    const x0 = sx + 80;
    const right = sx + sw - 80;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([9.5, 10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const long = rng.chance(0.6);

    s.line(x0, sy + 60, right, sy + 60, 5);
    s.put(sx + sw / 2, sy + 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 2 }));
    s.put(sx + sw / 2, sy + 215, '处 方 笺', st('serifBold', 15, { align: 'center', spacing: 8 }));
    const tag = long ? '慢病长期处方' : '普通';
    const tw = s.measure(tag, st('sansBold', 11)) + 40;
    s.rect(right - tw, sy + 150, tw, 80, 2.5);
    s.put(right - tw / 2, sy + 205, tag, st('sansBold', 11, { align: 'center' }));
    const bw = barcode(s, x0, sy + 120, doc.recordNo, 56, 2);
    s.put(x0 + bw / 2, sy + 212, `处方号：${doc.recordNo.slice(2)}`, st('sans', 8.5, { align: 'center' }));

    let y = sy + 300;
    s.line(x0, y - lh * 0.8, right, y - lh * 0.8, 1.5);
    const pairs: (readonly [string, string])[][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]],
      [['门诊号：', doc.recordNo], ['科别：', doc.department], ['费别：', rng.pick(['职工医保', '居民医保', '门诊慢特病'])]],
      [['身份证号：', p.idNumber], ['开具日期：', formatDate(doc.dates.visit, ds)]],
    ];
    for (const cells of pairs) {
      cells.forEach(([l, v], i) => s.pair(x0 + ([0, w * 0.42, w * 0.7][i] ?? 0), y, l, v, b, f));
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    const dx = doc.dx.western;
    const dl = s.put(x0, y, '临床诊断：', b);
    wrap(s, dx.map((d) => d.text).join('；'), w - dl, f, { keep: dx.map((d) => d.text) }).forEach((t, i) => {
      if (i > 0) y += lh;
      s.put(x0 + dl, y, t, f);
    });
    s.diagnoses(dx);
    y += lh * 0.6;
    s.line(x0, y, right, y, 2);

    y += lh * 1.5;
    s.put(x0, y, 'Rp', st('serifBold', 22));
    y += lh * 0.7;
    const cols = [0, 0.4, 0.56, 0.66].map((c) => x0 + 60 + (w - 60) * c);
    const th = lh * 1.1;
    s.line(x0 + 60, y, right, y, 1.5);
    ['药品名称', '规格', '数量', '用法用量'].forEach((t, i) => s.put((cols[i] ?? x0) + 10, y + th * 0.7, t, b));
    y += th;
    s.line(x0 + 60, y, right, y, 1);
    const days = long ? rng.pick([28, 56, 84]) : rng.pick([7, 14]);
    const rx = doc.medicines.slice(0, 4).map((m) => rxItem(m, rng));
    for (const r of rx) {
      const boxes = Math.max(1, Math.round(days / 28) * rng.int(1, 2));
      const cells = [r.name, r.dose, `${boxes}盒`, `${r.dose} ${r.often} ${r.route}`];
      cells.forEach((t, i) => s.put((cols[i] ?? x0) + 10, y + th * 0.7, t, f));
      y += th;
    }
    s.line(x0 + 60, y, right, y, 1.5);
    y += lh * 1.2;
    s.put(x0 + 70, y, `（共${rx.length}种，以下空白）`, st(f.face, pt - 1, { color: '#555' }));
    y += lh * 1.3;
    if (long) {
      const end = addDays(doc.dates.visit, days);
      s.pair(x0, y, '长期处方周期：', `${formatDate(doc.dates.visit, ds)} 至 ${formatDate(end, ds)}（${days / 7}周）`, b, f);
      y += lh;
      s.pair(x0, y, '下次取药日期：', formatDate(addDays(doc.dates.visit, Math.min(days, 28) - rng.int(0, 3)), ds), b, f);
      y += lh;
      s.put(x0, y, '注：长期处方适用于病情稳定的慢性病患者，用药期间如病情变化请及时就诊。', st(f.face, pt - 1, { color: '#444' }));
    } else s.put(x0, y, '注：本处方当日有效，特殊情况下需延长有效期的，由开具处方的医师注明，最长不超过3天。', st(f.face, pt - 1, { color: '#444' }));

    y = Math.max(y + lh * 2, sy + sh - 360);
    s.line(x0, y - lh * 0.8, right, y - lh * 0.8, 1.5);
    s.pair(x0, y, '医师：', doc.doctors.attending, b, f);
    s.pair(x0 + w * 0.5, y, '金额：', `${rng.int(26, 880)}.${rng.int(10, 99)}元`, b, f);
    y += lh;
    const staff: [string, string][] = [['审核：', doc.doctors.checker], ['调配：', doc.doctors.resident],
      ['核对：', doc.doctors.director], ['发药：', doc.doctors.resident]];
    staff.forEach(([l, v], i) => s.pair(x0 + (w / 4) * i, y, l, v, b, f));
    seal(s, right - 180, y - lh * 1.5, 88, doc.hospital.name, '药剂科', rng);
    y += lh * 1.4;
    s.put(sx + sw / 2, y, '请遵医嘱服药，取药时当面点清，药品离柜概不退换。', st(f.face, 8.5, { color: '#555', align: 'center' }));
  },
};
