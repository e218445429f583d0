import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { advice, dxBlock, footer, historyText, px, st, type Numbering } from './common';
import { rehome, SOUTH_EAST } from './blind17-kit';

/**
 * 出院小结 of a south-eastern city hospital (Fujian, Guangdong, Jiangxi) printed from its EMR: a logo and the hospital's
 * name at the left, the 住院号 barcode at the right, the patient as label–value pairs in three columns (证件号码 and the
 * stay's 入院时间 / 出院时间 are the truth), then sections under shaded bars or 【】 headings. Decoys: 入院诊断 (superseded),
 * the history (past and family illnesses), the day of the operation, the 复诊 day, the 记录日期 and the 打印时间.
 */
export const blind17Discharge1: Layout = {
  id: 'blind17-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'south-eastern city hospital EMR 出院小结: logo header, three-column label pairs, shaded section bars or 【】 headings',
  exercises: ['证件号码 among three-column pairs (truth)', '入院时间 / 出院时间 with clock times (truth)', '入院诊断 before 出院诊断',
    'operation day and 复诊 day in prose (decoys)', 'handwritten physicians, 记录日期 and 打印时间 (decoys)'],
  doc: (rng) => rehome(makeDoc(rng, { kind: 'discharge', hospitals: SOUTH_EAST, yearEnd: 0.08, aliases: true, outside: 0.3 }), rng),
  draw(s, doc, rng) {
    const serif = rng.chance(0.35);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.55;
    const x0 = 120;
    const x1 = s.width - 120;
    const p = doc.patient;
    const color = rng.pick(['#1b5e9e', '#0e7a5a', '#9e1b32']);

    logo(s, x0 + 48, 128, 44, color, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 112, 126, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([17, 18, 19]), { color }));
    s.put(x0 + 112, 170, doc.hospital.address, st('sans', 8.5, { color: '#444' }));
    const bw = barcode(s, x1 - 320, 82, doc.recordNo, 60, 2.2);
    s.put(x1 - 320 + bw / 2, 172, `住院号：${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.put(s.width / 2, 262, rng.pick(['出院小结', '出 院 小 结', '出院记录（小结）']), st(serif ? 'serifBold' : 'sansBold', 17,
      { align: 'center', spacing: 3 }));
    s.line(x0, 292, x1, 292, 3, color);
    s.line(x0, 299, x1, 299, 1, color);

    const ds: DateStyle = rng.pick(['isoTime', 'cnHour', 'slashTime', 'cnTime'] as const);
    const cols = [x0, x0 + 520, x0 + 1020, x0 + 707];
    const rows: [number, string][][] = [
      [[0, `姓名：${p.name}`], [1, `性别：${p.sex}`], [2, `年龄：${p.age}岁`]],
      [[0, `科室：${doc.department}`], [1, `床号：${doc.bed}床`], [2, `费别：${rng.pick(['城乡居民医保', '职工医保', '异地医保'])}`]],
      [[0, `证件号码：${p.idNumber}`], [1, `联系电话：1${rng.int(3, 8)}${rng.int(100000000, 999999999)}`], [2, `实际住院：${doc.stayDays}天`]],
      [[0, `入院时间：${formatDate(doc.dates.admission, ds, doc.times.admission)}`],
        [3, `出院时间：${formatDate(doc.dates.discharge, ds, doc.times.discharge)}`]],
    ];
    let y = 350;
    for (const r of rows) {
      for (const [i, t] of r) s.put(cols[i] ?? x0, y, t, f);
      y += lh * 1.05;
    }
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const bars = rng.chance(0.55);
    const heading = (label: string): void => {
      y += lh * 0.35;
      if (bars) {
        s.g.fillStyle = '#e3e9f0';
        s.g.fillRect(x0, y - px(pt) * 1.05, x1 - x0, px(pt) * 1.45);
        s.put(x0 + 12, y, label, b);
      } else s.put(x0, y, `【${label}】`, b);
      y += lh * 1.1;
    };
    const how: Numbering = rng.pick(['1.', '1、', '（1）'] as const);
    const cn = (iso: string): string => formatDate(iso, rng.pick(['cnShort', 'iso'] as const));
    const vitals = `查体：T ${36 + rng.int(2, 8) / 10}℃，P ${rng.int(62, 98)}次/分，BP ${rng.int(118, 176)}/${rng.int(70, 104)}mmHg。`;

    heading('入院情况');
    y = s.para(x0, y, x1 - x0, `${historyText(doc)}${vitals}`, f, lh, px(pt) * 2);
    heading('入院诊断');
    y = dxBlock(s, x0 + 20, y, '', doc.dx.admission, { how, style: f, lineH: lh, final: false });
    heading('诊疗经过');
    const op = doc.procedure !== '胃镜检查' ? `于${cn(doc.dates.surgery)}在局麻下行${doc.procedure}，过程顺利。` : '';
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    y = s.para(x0, y, x1 - x0, `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}${lab.flag}` : ''}。${op}`
      + `予${doc.course}等对症支持治疗，患者症状较前好转。`, f, lh, px(pt) * 2);
    heading('出院诊断');
    y = dxBlock(s, x0 + 20, y, '', doc.dx.western, { how, style: f, lineH: lh, final: true });
    heading('出院情况');
    y = s.para(x0, y, x1 - x0, rng.pick(['神志清，精神可，无胸闷气促，饮食睡眠可，二便正常。', '一般情况良好，生命体征平稳，无特殊不适，予办理出院。']),
      f, lh, px(pt) * 2);
    heading('出院医嘱');
    for (const a of advice(doc)) y = s.para(x0 + 20, y, x1 - x0 - 20, a, f, lh);
    y = s.para(x0 + 20, y, x1 - x0 - 20, `4.请于${cn(addDays(doc.dates.discharge, rng.pick([7, 14, 28])))}到${doc.department}门诊复诊。`, f, lh);

    y += lh * 0.8;
    const w1 = s.put(x0, y, '主治医师：', f);
    handwritten(s, x0 + w1 + 10, y, doc.doctors.attending, pt * 1.3, rng);
    const w2 = s.put(x0 + 520, y, '住院医师：', f);
    handwritten(s, x0 + 520 + w2 + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x1, y, `记录日期：${formatDate(doc.dates.discharge, rng.pick(['iso', 'cn'] as const))}`, { ...f, align: 'right' });
    footer(s, doc, { y: 2230, style: st('sans', 8.5, { color: '#555' }), page: '第1页/共1页', print: 'isoSec', x0, x1 });
  },
};
