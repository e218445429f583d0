import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { prose } from './tune2-kit';
import { later, HIS24, runningFoot, runningHead } from './tune24-kit';

/**
 * 出院记录 printed from a city or county hospital's HIS (东华 / 卫宁 style), page 1 of 2, as the 病案室 copies it for the patient:
 * a running header (hospital, form, 姓名, 住院号) and footer (打印人, 打印时间 a later day, 第1页 共2页), a sans label grid with
 * 身份证号 and 入院时间 / 出院时间 to the minute (truth), run-in sections in serif with the 手术日期 inside the course (decoy),
 * 入院诊断 (superseded) and 出院诊断 (counted), the 出院医嘱 running on to page 2 (续下页), and in red the round 病案复印专用章
 * with its own dater stamp under it (复印日期, decoy).
 */
export const tune24DischargeHisCopy: Layout = {
  id: 'tune24-discharge-his-copy',
  kind: 'discharge',
  split: 'tune',
  style: 'city / county HIS 出院记录 page 1 of 2 with running header and footer (打印人, 打印时间, 第1页 共2页), sans label grid, '
    + 'serif run-in sections, red 病案复印专用章 with its own dater date',
  exercises: ['入院时间 / 出院时间 with hours in a label grid (truth)', '打印时间 in the running footer a later day (decoy)',
    '病案复印专用章 with a red dater date (decoy)', '手术日期 inside the course (decoy)', '入院诊断 (not counted) vs 出院诊断 (counted)',
    'the page ends mid-section: 出院医嘱 续下页'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: HIS24, compoundSurnames: 0.1 }),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const small = st('sans', 9);
    const p = doc.patient;
    const no = `住院号：${doc.recordNo}`;
    let y = runningHead(s, doc, 110, small, { form: '电子病历', no, x0 });
    s.put(s.width / 2, y + 60, doc.hospital.name, st('serifBold', 16, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, y + 140, '出 院 记 录', st('sansBold', 15, { align: 'center', spacing: 8 }));
    y += 230;

    const f = st('sans', rng.pick([10, 10.5]));
    const fl = st('sansMedium', f.pt);
    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'cnHour'] as const);
    const c = [w * 0.13, w * 0.2, w * 0.13, w * 0.2, w * 0.13, w * 0.21];
    const rowH = px(f.pt) * 2;
    const cell = (t: string, i: number, label = false) => ({ text: t, w: c[i] ?? 100, label });
    y = s.grid(x0, y, rowH, [
      [cell('姓名', 0, true), cell(p.name, 1), cell('性别', 2, true), cell(p.sex, 3), cell('年龄', 4, true), cell(`${p.age}岁`, 5)],
      [cell('科室', 0, true), cell(doc.department, 1), cell('床号', 2, true), cell(`${doc.bed}床`, 3), cell('住院天数', 4, true),
        cell(`${doc.stayDays}天`, 5)],
      [cell('身份证号', 0, true), { text: p.idNumber, w: (c[1] ?? 0) + (c[2] ?? 0) + (c[3] ?? 0) }, cell('主治医师', 4, true),
        cell(doc.doctors.attending, 5)],
      [cell('入院时间', 0, true), { text: formatDate(doc.dates.admission, ds, doc.times.admission), w: (c[1] ?? 0) + (c[2] ?? 0) },
        cell('出院时间', 3, true), { text: formatDate(doc.dates.discharge, ds, doc.times.discharge), w: (c[4] ?? 0) + (c[5] ?? 0) }],
    ], f, { shade: '#ececec', label: fl, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const serif = st('serif', rng.pick([10.5, 11]));
    const bold = st('serifBold', serif.pt);
    const lh = px(serif.pt) * 1.7;
    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    y += lh * 1.3;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, bold);
      y = prose(s, x0, y, w, text, serif, lh, { indent: lw, keep }) + lh * 0.3;
    };
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。`);
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const op = formatDate(doc.dates.surgery, 'cnShort');
    const lab = doc.labs[0]?.rows[0];
    run('诊疗经过：', `入院后完善相关检查，${lab ? `${lab.name}${lab.value}${lab.unit}，` : ''}予${doc.course}等治疗。`
      + `${op}行${doc.procedure}，过程顺利。经治疗患者病情好转，准予出院。`, [op]);
    const items = doc.labs.map((l) => l.rows.map((r) => `${r.abbr} ${r.value}${r.flag}${r.unit}`));
    const found = doc.labs.map((l, i) => `${l.title}：${(items[i] ?? []).join('，')}`);
    run('辅助检查：', `${found.join('；')}。${doc.imaging ? `${doc.imaging.exam}：${doc.imaging.impression}。` : ''}`, items.flat());
    s.put(x0, y, '出院诊断：', bold);
    const lw = s.measure('出院诊断：', bold);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + lw, y + i * lh, t, serif));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.3);
    run('出院情况：', '神志清，精神可，生命体征平稳，饮食睡眠可。');
    s.put(x0, y, '出院医嘱：', bold);
    s.put(x0 + lw, y, `1.继续口服${doc.medicines.slice(0, 2).join('、')}；`, serif);
    s.put(x0 + lw, y + lh, '2.定期复查，不适随诊（续下页）', serif);
    y += lh * 2;

    // The 病案室's copy stamp: the round seal, and under it the dater with the day of copying.
    const red = `rgb(${rng.int(196, 222)}, ${rng.int(28, 50)}, ${rng.int(38, 58)})`;
    const cx = right - rng.range(260, 420);
    const cy = Math.max(y + 200, 1880) + rng.range(-40, 40);
    seal(s, cx, cy, rng.range(120, 135), doc.hospital.name, '病案复印专用章', rng);
    const copied = later(doc.dates.discharge, rng, 90);
    const dater = st('sansBold', 13, { color: red, align: 'center', spacing: 3 });
    s.put(cx, cy + 200, formatDate(copied, rng.pick(['dotPad', 'iso', 'cn'] as const)), dater);
    s.rect(cx - 190, cy + 150, 380, 70, 3, red);
    if (rng.chance(0.5)) s.put(x0, cy + 200, `复印申请：患者本人  份数：${rng.int(1, 3)}份`, st('sans', 10));
    runningFoot(s, doc, s.height - 110, small, rng, { page: 1, of: 2, print: rng.pick(['isoSec', 'slashTime'] as const), x0 });
  },
};
