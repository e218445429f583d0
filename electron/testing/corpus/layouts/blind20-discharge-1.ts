import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, logo, seal } from '../marks';
import type { Layout } from '../types';
import { historyText, px, st } from './common';
import { band, listed, reprinted, type Mark } from './kit';
import { para } from './tune6-kit';
import { ALL22, local22, nation22 } from './tune22-kit';

/**
 * 出院记录 of a western-region county 人民医院 (Xinjiang, Qinghai, the Tibetan prefectures of Sichuan, Guangxi, Hainan) printed
 * from its HIS: logo, barcode of the 住院号, a four-column bordered header (姓名, 身份证号, 入院时间 / 出院时间 with clock times:
 * truth), then sections under grey bands. Decoys: the 转科日期 and 手术日期 inside the course, the 入院诊断 (superseded), a
 * 复查日期 in the advice, the 打印时间 at the foot. Truth: the stay, the ID and the 出院诊断 list.
 */
export const blind20Discharge1: Layout = {
  id: 'blind20-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'western-region county 人民医院 HIS 出院记录: logo + barcode, bordered header grid with clock times, grey section bands',
  exercises: ['入院时间 / 出院时间 with clock times in a header grid (truth)', '转科日期 and 手术日期 in the course (decoys)',
    '入院诊断 superseded by 出院诊断 list', '复查日期 in the advice and 打印时间 (decoys)'],
  doc: (rng) => reprinted(local22(makeDoc(rng, { kind: 'discharge', hospitals: ALL22, yearEnd: 0.1 }), rng)),
  draw(s, doc, rng) {
    const x0 = 130;
    const right = s.width - 130;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['cnTime', 'isoTime', 'slashTime'] as const);

    logo(s, x0 + 70, 150, 58, rng.pick(['#1d5fa8', '#1f7a4a', '#a3262a']), rng.pick(['cross', 'ring', 'shield'] as const));
    // Centred between the logo and the barcode, smaller when the name is long (琼中黎族苗族自治县人民医院).
    const room = right - 360 - (x0 + 160);
    const big = s.measure(doc.hospital.name, st('sansBold', 18, { spacing: 2 })) > room;
    s.put((x0 + 160 + right - 360) / 2, 150, doc.hospital.name, st('sansBold', big ? 15 : 18, { align: 'center', spacing: big ? 0 : 2 }));
    s.put((x0 + 160 + right - 360) / 2, 225, '出 院 记 录', st(b.face, 16, { align: 'center', spacing: 4 }));
    const bw = barcode(s, right - 330, 95, doc.recordNo, 70, 3);
    s.put(right - 330 + bw / 2, 200, doc.recordNo, st('sans', 9, { align: 'center' }));

    const cw = w / 8;
    const row = (cells: readonly [string, number, boolean][]) => cells.map(([text, span, label]) => ({ text, w: cw * span, label }));
    let y = 280;
    y = s.grid(x0, y, px(pt) * 2.1, [
      row([['姓名', 1, true], [p.name, 1, false], ['性别', 1, true], [p.sex, 1, false], ['年龄', 1, true], [`${p.age}岁`, 1, false],
        ['民族', 1, true], [nation22(doc, rng), 1, false]]),
      row([['身份证号', 1, true], [p.idNumber, 3, false], ['住院号', 1, true], [doc.recordNo, 3, false]]),
      row([['入院时间', 1, true], [formatDate(doc.dates.admission, ds, doc.times.admission), 3, false],
        ['出院时间', 1, true], [formatDate(doc.dates.discharge, ds, doc.times.discharge), 3, false]]),
      row([['科室', 1, true], [doc.department, 3, false], ['床号', 1, true], [`${doc.bed}床`, 1, false],
        ['住院天数', 1, true], [`${doc.stayDays}天`, 1, false]]),
    ], f, { shade: '#ececec', label: b, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.2;
    const shade = rng.pick(['#e4e4e4', '#dde6ef']);
    const section = (title: string, text: string, keep: readonly string[] = []): void => {
      y = band(s, x0, y, w, title, b, shade) + lh * 0.35;
      y = para(s, x0 + 20, y, w - 40, text, f, lh, { indent: px(pt) * 2, keep }) + lh * 0.2;
    };
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    section('入院情况', historyText(doc));
    section('入院诊断', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const transfer = addDays(doc.dates.admission, rng.int(1, 2));
    const surgery = addDays(transfer, rng.int(1, Math.max(1, doc.stayDays - 3)));
    const tShort = formatDate(transfer, 'cnShort');
    const sShort = formatDate(surgery, 'cnShort');
    section('诊疗经过', `入院后完善相关检查，予${doc.course}等治疗。${tShort}由急诊科转入我科。`
      + `${sShort}行${doc.procedure}，过程顺利。经治疗病情好转，准予出院。`, [tShort, sShort, doc.procedure]);

    y = band(s, x0, y, w, '出院诊断', b, shade) + lh * 0.35;
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + 20 + px(pt) * 2, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.2);

    section('出院情况', '神志清楚，精神可，生命体征平稳，饮食睡眠可，二便正常。');
    const review = formatDate(addDays(doc.dates.discharge, rng.pick([7, 14, 30])), 'cnShort');
    section('出院医嘱', `1.继续口服${doc.medicines.slice(0, 2).join('、')}。2.请于${review}来院复查，不适随诊。`,
      [review, ...doc.medicines]);

    y += lh * 0.8;
    const sx = x0 + w * 0.55;
    const lw = s.put(sx, y, '主治医师：', f);
    handwritten(s, sx + lw + 10, y, doc.doctors.attending, pt * 1.2, rng);
    y += lh * 1.4;
    const rw = s.put(sx, y, '住院医师：', f);
    handwritten(s, sx + rw + 10, y, doc.doctors.resident, pt * 1.2, rng);
    if (rng.chance(0.6)) seal(s, sx + w * 0.25, y - lh, 110, doc.hospital.name, '病案管理专用章', rng);

    const fy = s.height - 120;
    s.line(x0, fy - px(9) * 1.4, right, fy - px(9) * 1.4, 1.2);
    s.put(x0, fy, `打印时间：${formatDate(doc.dates.print, 'isoSec', doc.times.print)}`, st('sans', 9));
    s.put(right, fy, '第1页/共1页', st('sans', 9, { align: 'right' }));
  },
};
