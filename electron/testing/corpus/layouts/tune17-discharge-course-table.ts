import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, reprinted } from './kit';
import { examOf, suited, wrap } from './tune6-kit';
import { countyWords, denial } from './tune10-kit';
import { GENERAL17, local17 } from './tune17-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'URAEMIA_DIALYSIS', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/**
 * 出院小结 of a Sichuan, Chongqing, Yunnan, Guizhou or Guangxi county hospital: barcode top left, name and title centred, a
 * borderless key-value block over a double rule (姓名 — truth —, 身份证号 — truth —, 入院时间 / 出院时间 with the hour — truth),
 * 入院诊断 on one line (not truth) and 出院诊断 numbered （1） (truth) at the top, then the 诊疗经过 as a bordered table by date:
 * 日期 | 病情 | 处理, five to six rows from the day of admission to the day of discharge (the dates in between are not truth),
 * lab values inside the cells, 出院医嘱 with the 复查 date, physicians' names and the 小结日期.
 */
export const tune17DischargeCourseTable: Layout = {
  id: 'tune17-discharge-course-table',
  kind: 'discharge',
  split: 'tune',
  style: 'Sichuan / Chongqing / Yunnan / Guizhou / Guangxi county hospital 出院小结: barcode, borderless key-value block over a double '
    + 'rule, diagnoses at the top, 诊疗经过 as a bordered 日期 | 病情 | 处理 table, light sans or serif 10–11 pt',
  exercises: ['入院时间 2025-03-02 10:20 / 出院时间 with the hour, side by side in a borderless block (truth)',
    '出院诊断 （1）（2） at the top of the record (truth); 入院诊断 one line above it (not truth)',
    '诊疗经过 table with five or six dated rows (2025-03-03, 03-05 …) inside the stay (not truth), first and last on the stay\'s ends',
    'lab values with ↑ / ↓ inside table cells', '复查 date after discharge in 出院医嘱 (not truth)', '小结日期 the discharge day'],
  doc: (rng) => local17(reprinted(suited(countyWords(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL17, yearEnd: 0.08 }),
    rng, { outside: 0.2, avoid: /后遗症/u }))), rng),
  draw(s, doc, rng) {
    const x0 = 125;
    const right = s.width - 125;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sansLight', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const short: DateStyle = rng.pick(['iso', 'dotPad', 'slash'] as const);

    barcode(s, x0, 80, doc.recordNo, 54, 2.3);
    s.put(x0, 170, doc.recordNo, st('sans', 9));
    s.put(s.width / 2, 130, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 205, '出 院 小 结', st(bold, 16, { align: 'center', spacing: 4 }));

    let y = 275;
    const stops = [x0, x0 + w * 0.36, x0 + w * 0.68];
    const rows: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`]],
      [['身份证号：', p.idNumber], ['', ''], ['住院号：', doc.recordNo]],
      [['科室：', doc.department], ['床号：', `${doc.bed}`], ['住院天数：', `${doc.stayDays}天`]],
      [['入院时间：', formatDate(doc.dates.admission, ds, doc.times.admission)], ['', ''],
        ['出院时间：', formatDate(doc.dates.discharge, ds, doc.times.discharge)]],
    ];
    for (const r of rows) {
      r.forEach(([l, v], i) => { if (l) s.pair(stops[i] ?? x0, y, l, v, b, f); });
      y += lh;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 2);
    s.line(x0, y - lh * 0.5 + 6, right, y - lh * 0.5 + 6, 1);
    y += lh * 0.6;

    const aw = s.put(x0, y, '入院诊断：', b);
    s.put(x0 + aw, y, doc.dx.admission.map((d) => d.text).join('；'), f);
    y += lh * 1.2;
    const dw = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, '（1）').forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.6);

    const hist = `因“${doc.complaint}”入院。${denial(doc, rng)}。`;
    s.put(x0, y, '入院情况：', b);
    y = wrap(s, hist, w - aw, f).reduce((yy, t) => { s.put(x0 + aw, yy, t, f); return yy + lh; }, y) + lh * 0.3;

    // The course, a row a day.
    s.put(x0, y, '诊疗经过：', b);
    y += lh * 0.6;
    const labs = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`) ?? [];
    const exam = examOf(doc);
    const second = addDays(doc.dates.admission, 1);
    const surgery = doc.dates.surgery > second ? doc.dates.surgery : addDays(second, 1);
    // Days between the examination and the discharge that the ward wrote up (at most three, in order).
    const between = Array.from({ length: doc.stayDays }, (_, i) => addDays(doc.dates.admission, i))
      .filter((d) => d > surgery && d < doc.dates.discharge);
    const events: [string, string][] = rng.sample([
      ['症状较前缓解，无新发不适。', '复查血常规、生化，结果较前好转。'],
      ['夜间睡眠欠佳，偶有头晕。', '予对症处理，监测血压、血糖。'],
      [`${rng.pick(['营养科', '康复科', '眼科', '心内科'])}会诊，建议调整饮食及运动方案。`, '遵会诊意见执行。'],
      ['上级医师查房，同意目前诊断及治疗方案。', '继续当前治疗，评估出院指征。'],
    ], Math.min(3, between.length));
    const days = rng.sample(between, events.length).sort();
    const course: [string, string, string][] = [
      [doc.dates.admission, `入院，${doc.complaint.split('，')[0]}，查体：血压${rng.int(126, 176)}/${rng.int(70, 100)}mmHg，心率${rng.int(62, 96)}次/分。`,
        '完善入院检查，予二级护理、低盐低脂饮食。'],
      [second, `检验回报：${labs.join('，')}。`, `${doc.course.split('、')[0]}治疗，调整用药。`],
      [surgery, `行${exam}，过程顺利。`, '观察病情变化，继续目前治疗。'],
      ...days.map((d, i): [string, string, string] => [d, ...(events[i] ?? ['', ''])]),
      [doc.dates.discharge, '病情平稳，生命体征正常，准予出院。', '办理出院，交代出院医嘱。'],
    ];
    const cw = [w * 0.17, w * 0.48, w * 0.35];
    const pad = px(pt) * 0.6;
    const head = ['日期', '病情', '处理'];
    const th = lh * 1.35;
    s.g.fillStyle = '#eeeeee';
    s.g.fillRect(x0, y, w, th);
    let cx = x0;
    head.forEach((t, i) => {
      s.rect(cx, y, cw[i] ?? 0, th, 1.4);
      s.put(cx + (cw[i] ?? 0) / 2, y + th / 2 + px(pt) * 0.36, t, { ...b, align: 'center' });
      cx += cw[i] ?? 0;
    });
    y += th;
    for (const [day, what, done] of course) {
      const cells = [[formatDate(day, short)], wrap(s, what, (cw[1] ?? 0) - 2 * pad, f, { keep: labs }),
        wrap(s, done, (cw[2] ?? 0) - 2 * pad, f)];
      const rh = Math.max(...cells.map((c) => c.length)) * lh + pad * 1.4;
      cx = x0;
      cells.forEach((lines, i) => {
        s.rect(cx, y, cw[i] ?? 0, rh, 1.4);
        lines.forEach((t, k) => s.put(cx + pad, y + pad + lh * 0.72 + k * lh, t, f));
        cx += cw[i] ?? 0;
      });
      y += rh;
    }
    y += lh * 1.1;

    s.put(x0, y, '出院情况：', b);
    s.put(x0 + aw, y, '神志清，精神可，饮食睡眠可，二便正常。', f);
    y += lh * 1.2;
    s.put(x0, y, '出院医嘱：', b);
    const again = addDays(doc.dates.discharge, rng.pick([14, 30]));
    const advice = `继续服用${doc.medicines.slice(0, 2).join('、')}；${formatDate(again, 'cnShort')}复查肝肾功能及血糖、血脂，不适随诊。`;
    y = wrap(s, advice, w - aw, f).reduce((yy, t) => { s.put(x0 + aw, yy, t, f); return yy + lh; }, y);

    const by = Math.max(y + lh * 3, 1800);
    s.pair(x0, by, '主任医师：', doc.doctors.director, b, f);
    s.pair(x0 + w * 0.3, by, '主治医师：', doc.doctors.attending, b, f);
    const rw = s.put(x0 + w * 0.58, by, '住院医师：', b);
    handwritten(s, x0 + w * 0.58 + rw + 6, by, doc.doctors.resident, pt * 1.3, rng);
    s.put(right, by + lh * 1.4, `小结日期：${formatDate(doc.dates.discharge, 'cn')}`, { ...f, align: 'right' });
    s.put(x0, 2245, `打印日期：${formatDate(doc.dates.print, 'iso')}`, st(f.face, 8.5, { color: '#555' }));
  },
};
