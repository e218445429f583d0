import { makeDoc } from '../case';
import { addDays, parts } from '../dates';
import { CITY, CITY_MORE } from '../hospitals';
import { barcode, handwritten, logo } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { icdOf, pastHistory } from './kit';
import { type F5, flow, fmt, type IdPrint, idText, REFERRAL5, sane, signedOn, spread } from './blind5-kit';

const CUT: readonly string[] = ['CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA'];

/**
 * 出院记录 printed from a referral or city hospital's inpatient EMR: logo and name at the left, 住院号 barcode at the
 * right, a patient strip, the stay in a small ruled table, prose sections, the 出院诊断 in a table with ICD codes.
 */
export const blind5Discharge1: Layout = {
  id: 'blind5-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Provincial / city hospital inpatient EMR 出院记录: logo header, barcode, stay table, diagnosis table with ICD-10, sans 11–12 pt',
  exercises: ['stay in a ruled table with times', 'diagnoses in a table with 主要/其他 rows', 'admission diagnoses and history in prose',
    'dated procedure and sign-off after the discharge'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'discharge', hospitals: [...REFERRAL5, ...CITY, ...CITY_MORE], aliases: true, outside: 0.2, yearEnd: 0.1,
    compoundSurnames: 0.1 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.55;
    const x0 = rng.int(120, 140);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const colour = rng.pick(['#1a4f8b', '#0f6a4f', '#8b1a1a']);

    // Header: logo and name at the left, barcode at the right.
    logo(s, x0 + 38, 150, 38, colour, rng.pick(['cross', 'ring', 'shield'] as const));
    const nameW = s.put(x0 + 95, 168, doc.hospital.name, st('sansBold', doc.hospital.name.length > 11 ? 16 : 18, { color: colour }));
    const bw = barcode(s, x1 - 230, 110, doc.recordNo, 56, 2);
    s.put(x1 - 230 + bw / 2, 200, doc.recordNo, st('sans', 9, { align: 'center' }));
    if (x0 + 95 + nameW < x1 - 260) s.put(x0 + 95, 212, rng.pick(['住院电子病历', '住院病历', '病案首页附页']), st(face, 9.5, { color: '#555' }));
    s.line(x0, 240, x1, 240, 3, colour);
    s.put(s.width / 2, 320, rng.pick(['出院记录', '出 院 记 录']), st('sansBold', 19, { align: 'center', spacing: 6 }));

    // Patient strip.
    const idHow: IdPrint = rng.pick(['plain', 'plain', 'six', 'four'] as const);
    const two = [...p.name].length === 2 && rng.chance(0.4);
    const nm = two ? [...p.name].join('\u3000') : p.name;
    const ward = `${rng.pick(['一', '二', '三', '五', '七'])}病区`;
    const small = st(face, pt - 0.5);
    let y = 400;
    spread(s, x0, x1, y, [`姓名：${nm}`, `性别：${p.sex}`, `年龄：${p.age}岁`, `科室：${doc.department}`, `病区：${ward}`, `床号：${doc.bed}`], small);
    y += lh;
    spread(s, x0, x1, y, [`住院号：${doc.recordNo}`, `身份证号：${idText(p.idNumber, idHow)}`, `入院途径：${rng.pick(['门诊', '急诊', '门诊'])}`], small);
    s.line(x0, y + 22, x1, y + 22, 1.2);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // The stay, as a ruled table.
    const ds: F5 = rng.pick(['isoTime', 'slashTime', 'cnTime', 'cnHour', 'isoSec'] as const);
    const adm = fmt(doc.dates.admission, ds, doc.times.admission);
    const dis = fmt(doc.dates.discharge, ds, doc.times.discharge);
    y += 60;
    const rowH = px(pt) * 1.8;
    const lab = st('sansMedium', pt - 0.5);
    if (rng.chance(0.5)) {
      const cw = [w * 0.38, w * 0.38, w * 0.24];
      const cells = (a: readonly string[], label: boolean): Cell[] => a.map((t, i) => ({ text: t, w: cw[i] ?? 0, label, align: 'center' }));
      y = s.grid(x0, y, rowH, [cells(['入院时间', '出院时间', '住院天数'], true), cells([adm, dis, `${doc.stayDays}天`], false)], f,
        { shade: '#ececec', label: lab, border: 1.5 });
    } else {
      const lw = w * 0.12;
      const vw = (w - 3 * lw) / 2 - w * 0.04;
      const row: Cell[] = [{ text: '入院日期', w: lw, label: true }, { text: adm, w: vw }, { text: '出院日期', w: lw, label: true },
        { text: dis, w: vw }, { text: '住院', w: lw, label: true }, { text: `${doc.stayDays}天`, w: w - 3 * lw - 2 * vw }];
      y = s.grid(x0, y, rowH, [row], f, { shade: '#ececec', label: lab, border: 1.5 });
    }

    // Sections.
    const section = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = flow(s, x0, y, w, text, f, lh, keep, lw) + lh * 0.25;
    };
    y += lh * 1.2;
    const bp = `${rng.int(128, 182)}/${rng.int(72, 104)}mmHg`;
    section('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
      + `查体：T ${(36.2 + rng.int(0, 6) / 10).toFixed(1)}℃，P ${rng.int(62, 96)}次/分，BP ${bp}，神志清，精神可。`);
    const admDx = doc.dx.admission.map((d, i) => `${i + 1}.${d.text}`);
    section(rng.pick(['入院诊断：', '初步诊断：']), admDx.join('  '), admDx);
    const [, sm, sd] = parts(doc.dates.surgery);
    const op = CUT.includes(doc.primary) ? `于${sm}月${sd}日行${doc.procedure}，` : '';
    section('诊疗经过：', `入院后完善血常规、尿常规、肝肾功能、电解质、心电图等相关检查，${op}予${doc.course}等治疗，病情好转。`);

    // The discharge diagnoses as a table.
    s.put(x0, y, rng.pick(['出院诊断：', '出院诊断（西医）：']), b);
    y += lh * 0.45;
    const cw = [w * 0.12, w * 0.48, w * 0.13, w * 0.15, w * 0.12];
    const head: Cell[] = ['诊断类别', '诊断名称', '疾病编码', '入院病情', '出院情况'].map((t, i) => ({ text: t, w: cw[i] ?? 0, label: true }));
    const outcome = (): string => rng.pick(['好转', '好转', '稳定', '未愈', '治愈']);
    const rows: Cell[][] = [head, ...doc.dx.western.map((d, i): Cell[] => [
      { text: i === 0 ? '主要诊断' : '其他诊断', w: cw[0] ?? 0, align: 'center' }, { text: d.text, w: cw[1] ?? 0 },
      { text: icdOf(d, i), w: cw[2] ?? 0, align: 'center' }, { text: rng.pick(['有', '有', '临床未确定']), w: cw[3] ?? 0, align: 'center' },
      { text: outcome(), w: cw[4] ?? 0, align: 'center' }])];
    const longest = Math.max(...doc.dx.western.map((d) => s.measure(d.text, st(face, pt - 0.5))));
    const tpt = longest > (cw[1] ?? 0) - 30 ? ((pt - 0.5) * ((cw[1] ?? 0) - 30)) / longest : pt - 0.5;
    y = s.grid(x0, y, px(pt) * 1.75, rows, st(face, tpt), { shade: '#f2f2f2', label: lab, border: 1.2 });
    s.diagnoses(doc.dx.western);
    y += lh * 1.1;

    section('出院情况：', `患者${rng.pick(['症状明显缓解', '一般情况可', '病情平稳'])}，饮食睡眠可，生命体征平稳，查体未见新的阳性体征。`);
    const review = addDays(doc.dates.discharge, rng.int(7, 30));
    const [, rm, rd] = parts(review);
    const adv = [`1.继续口服：${doc.medicines.slice(0, 3).join('；')}。`, rng.pick(['2.低盐低脂饮食，戒烟限酒，适当活动。', '2.注意休息，避免劳累及情绪激动。']),
      `3.${rm}月${rd}日来院复查，不适随诊。`];
    s.put(x0, y, '出院医嘱：', b);
    y += lh;
    for (const a of adv) y = flow(s, x0 + px(pt) * 2, y, w - px(pt) * 2, a, f, lh);

    // Sign-off.
    y = Math.max(y + lh, 1900);
    const signed = signedOn(doc.dates.discharge, rng);
    const lw1 = s.put(x0, y, '住院医师：', f);
    handwritten(s, x0 + lw1 + 8, y, doc.doctors.resident, pt * 1.3, rng);
    const lw2 = s.put(x0 + w * 0.36, y, '主治医师：', f);
    handwritten(s, x0 + w * 0.36 + lw2 + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x1, y, fmt(signed, rng.pick(['iso', 'cn', 'dotPad'] as const)), { ...f, align: 'right' });
    s.line(x0, 2150, x1, 2150, 1);
    const foot = st(face, 9);
    s.put(x0, 2190, `${doc.hospital.name}  ${doc.department}`, foot);
    s.put(s.width / 2 + 120, 2190, '第1页/共1页', { ...foot, align: 'center' });
    s.put(x1, 2190, `打印日期：${fmt(doc.dates.print, 'iso')}`, { ...foot, align: 'right' });
  },
};
