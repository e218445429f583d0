import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { seal } from '../marks';
import type { Layout } from '../types';
import { st } from './common';
import { listed, reprinted, type Mark } from './kit';
import { suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL15, local15, SPROCKET, tractorPaper } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA'];

/**
 * 出院小结 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county hospital printed by a 24-pin dot-matrix printer on
 * narrow tractor-feed paper (sprocket holes down both margins, a tear-off perforation) lying on the A4 glass, the rest of
 * the scan white: the hospital and the title pre-printed in red, every value in pins at a fixed pitch of some 29 characters
 * a line, half-width colons. 姓名 and 身份证号 (truth) in the header lines, 入院日期 / 出院日期 on one line (truth), 入院诊断
 * run on and wrapped (not counted), 诊疗经过 broken wherever the line ends (a date may split), 出院诊断 one a line
 * (counted), 出院医嘱 with a 复查 day, 打印 date and time of the run; a red 出院结算专用章 over the foot.
 */
export const tune15DischargeDotmatrixNarrow: Layout = {
  id: 'tune15-discharge-dotmatrix-narrow',
  kind: 'discharge',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county hospital 出院小结 in 24-pin dot matrix on narrow tractor-feed '
    + 'paper scanned on A4: red pre-printed heading, fixed-pitch lines of ~29 characters, half-width colons, 出院结算专用章',
  exercises: ['a narrow strip of tractor paper with sprocket holes and perforations placed anywhere across the A4 scan',
    'dot-matrix text (pins, ribbon fade, missed dots, pass offset) at ~10 pt', '姓名:张三 / 身份证号:… with half-width colons (truth)',
    '入院日期:2025-03-04 and 出院日期:2025-03-16 on one line (iso, 2025.03.04, 2025/03/04, 2025年03月04日; truth)',
    '入院诊断 run on with 、 and wrapped (not counted)', '诊疗经过 wrapped at a fixed width, a date split over two lines (not truth)',
    '出院诊断 one a line (counted)', '打印 date and time of a later print run (not truth)', 'red seal over the last lines'],
  doc: (rng) => local15(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: GENERAL15, compoundSurnames: 0.05,
    yearEnd: 0.05 })), rng, { outside: 0.2, near: 0.15 }), rng),
  draw(s, doc, rng) {
    const W = 1080;
    const px0 = rng.range(110, s.width - W - 110);
    const [left, right] = [px0 + SPROCKET, px0 + W - SPROCKET];
    const mid = (left + right) / 2;
    const cols = 58;
    const dm = new DotMatrix(s, left + 38 + rng.range(-10, 10), 330 + rng.range(-8, 8), 15, 48, rng.pick(['sans', 'sansMedium'] as const));
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'dotPad', 'slash', 'cn'] as const);
    let row = 0;
    const line = (...cells: readonly (readonly [number, string])[]): void => {
      cells.forEach(([c, t]) => dm.text(c, row, t));
      row += 1;
    };
    const wrapped = (text: string, indent = 0): void => {
      DotMatrix.wrap(text, cols - indent).forEach((t, i) => dm.text(i === 0 ? 0 : indent, row + i, t));
      row += DotMatrix.wrap(text, cols - indent).length;
    };
    line([0, `住院号:${doc.recordNo}`], [32, `科别:${doc.department}`]);
    line([0, `姓名:${p.name}`], [18, `性别:${p.sex}`], [30, `年龄:${p.age}岁`], [44, `床号:${doc.bed}`]);
    line([0, `身份证号:${p.idNumber}`]);
    line([0, `入院日期:${formatDate(doc.dates.admission, ds)}`], [30, `出院日期:${formatDate(doc.dates.discharge, ds)}`]);
    line([0, `住院天数:${doc.stayDays}天`], [30, `转归:${rng.pick(['好转', '好转', '稳定'])}`]);
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    dm.rule(0, row, cols);
    row += 1;

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    wrapped(`入院诊断:${doc.dx.admission.map((d) => d.text).join('、')}`, 9);
    const exam = addDays(doc.dates.admission, rng.int(1, 3));
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    wrapped(`诊疗经过:患者因${doc.complaint}入院，${formatDate(exam, 'cnShort')}查${lab ? `${lab.name}${lab.value}${lab.unit}` : '血常规正常'}`
      + `，予${doc.course}等治疗，病情好转出院。`, 0);
    dm.text(0, row, '出院诊断:');
    listed(doc.dx.western, how).forEach((t) => DotMatrix.wrap(t, cols - 9).forEach((part) => line([9, part])));
    s.diagnoses(doc.dx.western);
    wrapped(`出院情况:${rng.pick(['一般情况可，无不适主诉。', '生命体征平稳，症状缓解。', '病情稳定，饮食睡眠可。'])}`, 9);
    const back = formatDate(addDays(doc.dates.discharge, rng.pick([14, 30])), ds);
    wrapped(`出院医嘱:1.${doc.medicines.slice(0, 2).join('，')}。2.${back}复查。3.不适随诊。`, 9);
    dm.rule(0, row, cols);
    row += 1;
    const printed = reprinted(doc).dates.print;
    line([0, `经治医师:${doc.doctors.resident}`], [26, `打印:${formatDate(printed, ds)} ${clock(doc.times.print)}`]);
    // The strip is as long as the form, the heading pre-printed on it in red; then the pins.
    const y = dm.y(row - 1);
    tractorPaper(s, px0, 60, W, Math.max(1350, y + 300), rng);
    const red = rng.pick(['#c23b3b', '#b8333f', '#a83a2c']);
    s.put(mid, 165, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 3, color: red }));
    s.put(mid, 235, '出 院 小 结', st('serifBold', 15, { align: 'center', spacing: 8, color: red }));
    s.line(left + 20, 262, right - 20, 262, 2, red);
    s.line(left + 20, 269, right - 20, 269, 1, red);
    dm.flush(rng);
    seal(s, mid + rng.range(-160, 160), y - rng.range(10, 60), rng.range(118, 132), doc.hospital.name, '出院结算专用章', rng);
  },
};
