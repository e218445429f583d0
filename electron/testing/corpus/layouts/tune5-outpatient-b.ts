import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { KEYS } from '../diseases';
import { CITY, COUNTY, COUNTY_MORE, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten, nameStamp } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed } from './kit';
import { checkBox, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { fitting, maskedMobile, rxItem } from './tune5-kit';

/** A5 portrait at 200 dpi. */
const A5 = { width: 1165, height: 1654 } as const;

/**
 * 处方笺 printed by the outpatient system on an A5 sheet and scanned on A4 glass (the lid white below it): the kind
 * of prescription in a box at the top right (普通 / 慢病 / 长期处方 / 儿科 on green paper), 费别 check boxes, 日期 in
 * the header, 临床诊断 as the only diagnosis, Rp lines with packs and 用法, the pharmacists' names at the bottom.
 */
export const tune5OutpatientPrescription: Layout = {
  id: 'tune5-outpatient-prescription',
  kind: 'outpatient',
  split: 'tune',
  style: 'County / city / township / other-province hospital 处方笺 on an A5 sheet scanned on A4: serif or sans 10–11 pt, prescription kind boxed top right, green paper for children',
  exercises: ['姓名 / 性别 / 年龄 on one line of a small sheet, the rest of the A4 scan blank', '身份证号 (required on 慢病 and 长期处方)',
    '日期：2025.3.4 / 2025.03.04 / 2025年3月4日 / 2025-03-04 / 开具日期 in the header beside 科别 and 门诊号 (the visit)',
    '临床诊断：… joined by ；/ ， or numbered 1. (the only diagnosis, counted)', 'NO. and 门诊号 digits, 费别 □自费 ☑医保 □公费',
    'Rp lines: drug, strength × count × boxes, 用法 with doses and frequencies (numbers that are not dates)',
    '长期处方 with 用药周期 4周 and 下次取药日期 weeks on (not the visit)', '医师 handwritten with a red name stamp; 审核药师, 调配药师, 核对发药药师 printed (four names)',
    '金额 with a ¥ amount', '注：处方当日有效'],
  doc: (rng) => fitting(localTo(forPatient(makeDoc(rng, { kind: 'outpatient', keys: [...KEYS, 'PHENYLKETONURIA'],
    hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY, ...TOWNSHIP, ...PROVINCES, ...FAR_PROVINCES], aliases: true, outside: 0.1, compoundSurnames: 0.15 }),
  rng, COUNTY), rng)),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const child = doc.patient.age < 14;
    const steady = !['MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'HEMOPHILIA'].includes(doc.primary);
    const kind = child ? '儿科' : steady ? rng.pick(['普通', '慢病', '长期处方', '普通']) : '普通';
    const px0 = rng.int(150, 330);
    const py0 = rng.int(60, 110);
    const g = s.g;
    g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    g.fillRect(px0 + 6, py0 + 6, A5.width, A5.height);
    g.fillStyle = child ? '#e9f4e4' : '#fffefb';
    g.fillRect(px0, py0, A5.width, A5.height);
    s.rect(px0, py0, A5.width, A5.height, 1, '#c8c8c0');

    const x0 = px0 + 80;
    const right = px0 + A5.width - 80;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.9;

    const bw = s.measure(kind, st('sansBold', 13)) + 40;
    s.rect(right - bw, py0 + 50, bw, 70, 2.4);
    s.put(right - bw / 2, py0 + 98, kind, st('sansBold', 13, { align: 'center' }));
    s.put(px0 + A5.width / 2, py0 + 175, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 2 }));
    s.put(px0 + A5.width / 2, py0 + 255, '处 方 笺', st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 10 }));

    let y = py0 + 335;
    let cx = x0 + s.put(x0, y, '费别：', f) + 6;
    const fee = kind === '慢病' || kind === '长期处方' ? '医保' : rng.pick(['医保', '医保', '自费', '新农合']);
    for (const c of ['医保', '自费', fee === '新农合' ? '新农合' : '公费']) cx = checkBox(s, cx, y, c, c === fee, f) + 22;
    s.put(right, y, `NO：${String(rng.int(1, 99999999)).padStart(8, '0')}`, { ...f, align: 'right' });
    y += lh;
    const ds: DateStyle = rng.pick(['dot', 'dotPad', 'cnShort', 'iso'] as const);
    s.pair(x0, y, '科别：', doc.department, b, f);
    s.pair(x0 + w * 0.3, y, '门诊号：', doc.recordNo, b, f);
    const date = formatDate(doc.dates.visit, ds);
    const dl = rng.pick(['日期：', '日期：', '开具日期：']);
    s.pair(right - s.measure(dl, b) - s.measure(date, f), y, dl, date, b, f);
    s.line(x0, y + 22, right, y + 22, 1.4);
    y += lh * 1.2;
    const [sex, age] = sexAge(doc);
    s.pair(x0, y, '姓名：', doc.patient.name, b, st(serif ? 'serifSemi' : 'sansMedium', pt + 1));
    s.pair(x0 + w * 0.36, y, '性别：', sex, b, f);
    s.pair(x0 + w * 0.6, y, '年龄：', age, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + w * 0.6, y, '电话：', maskedMobile(rng), b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh;
    const dx = doc.dx.western;
    const text = rng.pick(['；', '，', 'n'] as const);
    const joined = text === 'n' ? listed(dx, '1.').join(' ') : dx.map((d) => d.text).join(text);
    const lw = s.put(x0, y, '临床诊断：', b);
    y = prose(s, x0, y, w, joined, f, lh, { indent: lw, keep: dx.map((d) => d.text) });
    s.diagnoses(dx);
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 2);

    y += lh * 0.5;
    s.put(x0, y + 10, 'Rp', st('serifBold', 24));
    if (kind === '长期处方') {
      const weeks = rng.pick([4, 8, 12]);
      s.put(right, y, `用药周期：${weeks}周`, { ...f, align: 'right' });
      s.put(right, y + lh, `下次取药日期：${formatDate(addDays(doc.dates.visit, weeks * 7), ds)}`, { ...f, align: 'right' });
      y += lh * 0.8;
    }
    y += lh * 1.6;
    const meds = [...new Set(doc.medicines)].slice(0, 5).map((m) => rxItem(m, rng));
    meds.forEach((m, i) => {
      s.put(x0 + 60, y, `${i + 1}. ${m.name}`, f);
      s.put(right - 20, y, m.pack, { ...f, align: 'right' });
      y += lh * 0.95;
      s.put(x0 + 110, y, `用法：${m.dose}  ${m.route}  ${m.often}`, st(face, pt - 0.5, { color: '#333' }));
      y += lh * 1.15;
    });
    s.put(px0 + A5.width / 2, y + 10, '（以下空白）', st(face, pt - 1, { align: 'center', color: '#555' }));

    const by = py0 + A5.height - 300;
    s.line(x0, by - lh * 0.9, right, by - lh * 0.9, 1.4);
    const mw = s.put(x0, by, '医师：', b);
    const hw = handwritten(s, x0 + mw + 10, by, doc.doctors.attending, pt * 1.3, rng);
    nameStamp(s, x0 + mw + hw + 130, by - 16, doc.doctors.attending, rng);
    s.pair(x0 + w * 0.62, by, '金额：', `¥${rng.range(60, 900).toFixed(2)}`, b, f);
    s.pair(x0, by + lh, '审核药师：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.52, by + lh, '调配药师/士：', doc.doctors.resident, b, f);
    s.pair(x0, by + lh * 2, '核对、发药药师：', doc.doctors.director, b, f);
    const note = kind === '长期处方' ? '注：长期处方适用于病情稳定的慢性病患者，用量一般不超过12周。' : '注：本处方当日有效，取药时请核对药品及数量。';
    s.put(x0, by + lh * 3.1, note, st(face, 8.5, { color: '#444' }));
  },
};
