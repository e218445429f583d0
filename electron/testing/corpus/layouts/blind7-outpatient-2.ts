import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { COUNTY, CITY, CITY_MORE } from '../hospitals';
import { barcode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, printedOn, type Mark } from './kit';
import { dashed } from './blind4-kit';
import { deny } from './blind6-kit';
import { pending } from './tune7-kit';
import { CITY7, COUNTY7 } from './blind7-kit';

/**
 * A self-service kiosk's 门诊病历（患者联） on an 80 mm thermal roll, laid on the scanner glass: a narrow off-white strip
 * with a torn lower edge, sans 9–9.5 pt in grey-black, dashed rules, registration (or booking) and visit times, a
 * pending symptom after the diagnoses now and then, print time and kiosk number, a barcode.
 * Truth: the visit date (not the booking or print time), the ID, the counted diagnoses.
 */
export const blind7Outpatient2: Layout = {
  id: 'blind7-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'blind7 layout 4',
  exercises: ['held out'],
  doc: (rng) => makeDoc(rng, { kind: 'outpatient', hospitals: [...CITY7, ...COUNTY7, ...CITY, ...CITY_MORE, ...COUNTY], aliases: true,
    compoundSurnames: 0.12 }),
  draw(s, doc, rng) {
    const p = doc.patient;
    const W = 640;
    const sx = rng.range(380, 640);
    const top = rng.range(90, 170);
    const pt = rng.pick([9, 9.5]);
    const ink = rng.pick(['#2b2b2b', '#3a3a3a', '#222']);
    const f = st(rng.pick(['sans', 'sansMedium'] as const), pt, { color: ink });
    const b = st('sansBold', pt, { color: ink });
    const lh = px(pt) * 1.45;
    const x0 = sx + 22;
    const tw = W - 44;
    let y = top + 70;
    s.put(sx + W / 2, y, doc.hospital.name, st('sansBold', 11.5, { align: 'center', color: ink }));
    y += lh * 1.2;
    s.put(sx + W / 2, y, rng.pick(['门诊病历（患者联）', '门诊电子病历', '门诊病历']), { ...b, align: 'center' });
    y += lh * 0.7;
    const rule = (): void => {
      dashed(s, x0, y, x0 + tw, y, 7, ink, 1.4);
      y += lh;
    };
    rule();
    const line = (t: string, st0 = f): void => {
      y = s.para(x0, y, tw, t, st0, lh);
    };
    const iso = rng.chance(0.5);
    const when = (d: string, m: number): string => (iso ? `${d} ${clock(m)}` : `${d.replace(/-/g, '/')} ${clock(m)}`);
    line(`门诊号：${doc.recordNo}`);
    line(`姓名：${p.name}  性别：${p.sex}`);
    line(`年龄：${p.age}岁  费别：${rng.pick(['居民医保', '职工医保', '自费', '异地医保'])}`);
    line(`身份证号：${p.idNumber}`);
    line(`就诊科室：${doc.department}`);
    line(`接诊医生：${doc.doctors.attending}`);
    const booked = rng.chance(0.4);
    const regDay = booked ? addDays(doc.dates.visit, -rng.int(1, 6)) : doc.dates.visit;
    const regTime = booked ? rng.int(8 * 60, 21 * 60) : Math.max(7 * 60, doc.times.visit - rng.int(20, 90));
    line(`${booked ? '预约时间' : '挂号时间'}：${when(regDay, regTime)}`);
    line(`${rng.pick(['就诊时间', '接诊时间'])}：${when(doc.dates.visit, doc.times.visit)}`);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 0.2;
    rule();

    const sect = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = s.para(x0, y, tw, text, f, lh, lw) + lh * 0.1;
    };
    sect('主诉：', `${doc.complaint}。`);
    const past = doc.history.past.includes('病史') ? doc.history.past : '病情尚稳定';
    sect('现病史：', `${rng.pick(['患者', '病人'])}${past}，${rng.pick(['今来复诊', '近日症状反复，今来就诊', '要求调整用药'])}。`);
    sect('既往史：', `${deny(doc, rng)}。`);
    sect('查体：', `BP ${rng.int(118, 176)}/${rng.int(66, 104)}mmHg，心肺未及明显异常。`);
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，');
    if (lab) sect('辅助检查：', `${lab}。`);
    s.put(x0, y, rng.pick(['诊断：', '初步诊断：', '门诊诊断：']), b);
    y += lh;
    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    s.diagnoses(doc.dx.western);
    const extra = rng.chance(0.3) ? [pending(rng)] : [];
    for (const t of listed([...doc.dx.western, ...extra], how)) y = s.para(x0 + px(pt), y, tw - px(pt), t, f, lh);
    sect('处理：', `${doc.medicines.slice(0, 3).join('；')}。${rng.pick(['2周后复诊', '1月后复诊', '不适随诊'])}。`);
    y += lh * 0.2;
    rule();

    const printed = printedOn(doc);
    const sec = String((doc.times.print * 7) % 60).padStart(2, '0');
    line(`打印时间：${formatDate(printed, iso ? 'iso' : 'slash')} ${clock(doc.times.print)}:${sec}`);
    line(`自助机编号：ZZJ-${String(rng.int(1, 24)).padStart(2, '0')}`);
    line(rng.pick(['温馨提示：本病历由自助机打印，请妥善保管。', '温馨提示：请凭此联到药房取药，检查请按预约时间到达。']), st(f.face, 9, { color: ink }));
    y += lh * 0.3;
    const bw = barcode(s, sx + W / 2 - 150, y, doc.recordNo, 70, 2);
    s.put(sx + W / 2 - 150 + bw / 2, y + 70 + lh * 0.8, doc.recordNo, st('sans', 9, { align: 'center', color: ink }));

    // The strip under the print (multiplied, so the print stays): thermal paper cut or torn below the barcode, a faint shadow.
    const bottom = Math.min(y + 70 + lh * 0.8 + rng.range(50, 160), s.height - 80);
    const g = s.g;
    g.save();
    g.globalCompositeOperation = 'multiply';
    g.fillStyle = 'rgba(0, 0, 0, 0.12)';
    g.fillRect(sx + W, top + 6, 6, bottom - top);
    g.fillStyle = rng.pick(['#f7f6f1', '#f4f4f2', '#f8f7f4']);
    g.beginPath();
    g.moveTo(sx, top);
    g.lineTo(sx + W, top);
    const torn = rng.chance(0.5);
    for (let x = W; x >= 0; x -= 16) g.lineTo(sx + x, bottom + (torn && x % 32 !== 0 ? rng.range(6, 14) : 0));
    g.closePath();
    g.fill();
    g.restore();
  },
};
