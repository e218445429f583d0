import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten, logo, qrCode, seal } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, printedOn } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { settled, suited, wrap } from './tune6-kit';

/**
 * 疾病诊断证明书 from a hospital's EMR with the verification block at the top: QR code, 证明编号 and 开具时间 (the issue,
 * truth) top right; two diagnoses in a bordered form; a 建议 paragraph naming a rest period and a review date after the
 * issue; the doctor's signature and the seal at the bottom with no date, and a later print line.
 */
export const tune7CertQrTop: Layout = {
  id: 'tune7-cert-qr-top',
  kind: 'certificate',
  split: 'tune',
  style: 'City / county / other-province hospital 疾病诊断证明书 with the verification block on top (QR, 证明编号, 开具时间), bordered form, 建议 paragraph with dates, undated signature and seal, sans or serif 11–12 pt',
  exercises: ['开具时间 2025-03-04 10:22 / 2025年03月04日 10:22 only at the top right beside a QR code and 扫码验真 (truth)',
    '证明编号 holding the year and digits', '姓名 / 性别 / 年龄 / 身份证号 / 就诊科室 / 门诊号 in a bordered grid',
    'exactly two diagnoses numbered 1. 2. in the 诊断 cell (counted)',
    '建议 paragraph: 建议休息N天（2025年3月4日至2025年3月10日），于2025年3月25日复诊复查… (dates after the issue, none of them truth)',
    '医师签名 handwritten and 医院盖章 with the seal, both undated', '打印时间 footer (later) and a 本证明… note'],
  doc: (rng) => settled(suited(localTo(forPatient(makeDoc(rng, { kind: 'certificate',
    hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.12 }), rng, COUNTY), rng))),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.85;
    const tone = rng.pick(['#0e4d8a', '#a01818', '#1c1c1c']);
    const issue = doc.dates.issue;
    const issueMin = doc.times.visit;

    logo(s, x0 + 46, 140, 44, tone, rng.pick(['ring', 'cross'] as const));
    s.put(x0 + 112, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { color: tone, spacing: 2 }));
    s.put(x0 + 112, 184, doc.hospital.address, st(face, 9, { color: '#444' }));
    qrCode(s, right - 170, 70, 170, rng);
    s.put(right - 85, 275, '扫码验真', st(face, 9, { align: 'center', color: '#444' }));
    const small = st(face, 9.5);
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime'] as const);
    s.put(right - 200, 225, `证明编号：ZM${issue.slice(0, 4)}${String(rng.int(0, 999999)).padStart(6, '0')}`, { ...small, align: 'right' });
    s.put(right - 200, 265, `开具时间：${formatDate(issue, ds, issueMin)}`, { ...small, align: 'right' });
    s.put(s.width / 2, 380, '疾病诊断证明书', st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 6 }));

    const [sex, age] = sexAge(doc);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const [a, v1, c] = [190, 330, 170];
    const v2 = w - a - v1 - c - c - 190;
    const rh = px(pt) * 2.3;
    let y = s.grid(x0, 440, rh, [
      [L('姓名', a), V(doc.patient.name, v1), L('性别', c), V(sex, v2), L('年龄', c), V(age, 190)],
      [L('身份证号', a), V(doc.patient.idNumber, v1 + c + v2), L('门诊号', c), V(doc.recordNo.slice(2), 190)],
      [L('就诊科室', a), V(doc.department, w - a)],
    ], f, { label: b, shade: '#f3f3f3', border: 1.5 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: issue });

    // Two diagnoses: the main disease and the next one printed.
    const two = doc.dx.western.slice(0, 2);
    const dxH = rh * 0.9 + two.length * lh + 20;
    s.g.fillStyle = '#f3f3f3';
    s.g.fillRect(x0, y, a, dxH);
    s.rect(x0, y, a, dxH, 1.5);
    s.rect(x0 + a, y, w - a, dxH, 1.5);
    s.put(x0 + a / 2, y + dxH / 2 + px(pt) * 0.36, '诊\u3000断', { ...b, align: 'center' });
    two.forEach((d, i) => s.put(x0 + a + 24, y + lh * 0.9 + 10 + i * lh, `${i + 1}.${d.text}`, f));
    s.diagnoses(two);
    y += dxH;

    const rest = rng.pick([7, 14, 30]);
    const from = formatDate(issue, 'cnShort');
    const to = formatDate(addDays(issue, rest - 1), 'cnShort');
    const review = formatDate(addDays(issue, rest + rng.int(3, 14)), 'cnShort');
    const tests = doc.labs.map((l) => l.title).join('、');
    const advice = `建议休息${rest}天（${from}至${to}），注意休息，避免劳累，规律用药；于${review}前后至${doc.department}门诊复诊，复查${tests}。`;
    const lines = wrap(s, advice, w - a - 48, f, { keep: [from, to, review] });
    const adH = lines.length * lh + 40;
    s.g.fillStyle = '#f3f3f3';
    s.g.fillRect(x0, y, a, adH);
    s.rect(x0, y, a, adH, 1.5);
    s.rect(x0 + a, y, w - a, adH, 1.5);
    s.put(x0 + a / 2, y + adH / 2 + px(pt) * 0.36, '建\u3000议', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + a + 24, y + lh * 0.85 + 6 + i * lh, t, f));
    y += adH + 140;

    const lw = s.put(x0 + 40, y, '医师签名：', b);
    handwritten(s, x0 + 40 + lw + 10, y, doc.doctors.attending, pt * 1.35, rng);
    s.put(right - 340, y, '医院盖章：', b);
    seal(s, right - 150, y - 30, 120, doc.hospital.name, '诊断证明专用章', rng);

    const note = st(face, 9, { color: '#444' });
    s.put(x0, 2120, '注：1.本证明仅证明患者就诊时的病情，不作为其他用途；2.涂改无效；3.可扫描右上角二维码验证真伪。', note);
    s.line(x0, 2160, right, 2160, 1);
    s.put(x0, 2200, `打印时间：${formatDate(printedOn(doc), 'isoSec', doc.times.print)}`, note);
    s.put(right, 2200, '第1页 共1页', { ...note, align: 'right' });
  },
};
