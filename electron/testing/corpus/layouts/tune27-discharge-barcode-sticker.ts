import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { CITY, COUNTY } from '../hospitals';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { prose } from './tune2-kit';
import { unrecorded } from './tune21-kit';
import { sticker } from './tune27-kit';

/**
 * 出院记录 of a Shandong / Henan county or city hospital printed by the ward's EMR in serif 11–12 pt, as it comes back from the
 * 病案室: a two-column header (姓名 / 性别 / 年龄 / 身份证号 / 入院日期 / 出院日期 on the left, truth; 科室 / 床号 / 住院号 on
 * the right), over whose right half the 病案室 has stuck a white thermal 归档条码 label — its barcode, the name again, the
 * 住院号 and an 归档日期 some days after discharge (decoy) — hiding the 床号 and 住院号 printed under it. Below, run-in
 * sections: 入院诊断 (superseded), 诊疗经过 with the 手术日期 (decoy), 出院诊断 (counted), 出院医嘱 and the doctor's hand with
 * the 记录日期.
 */
export const tune27DischargeBarcodeSticker: Layout = {
  id: 'tune27-discharge-barcode-sticker',
  kind: 'discharge',
  split: 'tune',
  style: 'Shandong / Henan county or city EMR 出院记录 in serif 11–12 pt, two-column header with a white 病案归档 barcode label '
    + 'stuck over its right half, run-in sections, handwritten signature',
  exercises: ['barcode label hiding part of the header (床号 / 住院号 under it not on the page)',
    'the label repeats the name and 住院号 and adds an 归档日期 after discharge (decoy)', '入院日期 / 出院日期 in the header (truth)',
    '手术日期 inside the course (decoy)', '入院诊断 (not counted) vs 出院诊断 (counted)', '记录日期 under the signature'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...COUNTY, ...CITY], compoundSurnames: 0.1 }),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5, 12]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;

    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 260, '出 院 记 录', st('sansBold', 16, { align: 'center', spacing: 10 }));

    // The header: truth on the left; the right column partly under the label.
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    const top = 350;
    const hl = lh * 1.15;
    const left = [`姓名：${p.name}`, `性别：${p.sex}    年龄：${p.age}岁`, `身份证号：${p.idNumber}`,
      `入院日期：${formatDate(doc.dates.admission, ds)}`, `出院日期：${formatDate(doc.dates.discharge, ds)}`];
    left.forEach((t, i) => s.put(x0, top + i * hl, t, f));
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const rx = x0 + w * 0.56;
    s.put(rx, top, `科室：${doc.department}`, f);
    const hidden = unrecorded(s);
    hidden.put(rx, top + hl, `床号：${doc.bed}床`, f);
    hidden.put(rx, top + hl * 2, `住院号：${doc.recordNo}`, f);
    s.put(rx, top + hl * 3, `主治医师：${doc.doctors.attending}`, f);
    s.put(rx, top + hl * 4, `住院天数：${doc.stayDays}天`, f);
    const bottom = top + hl * 4 + 16;
    s.line(x0, bottom, right, bottom, 2);

    // The 病案室's label, a little askew in place, over 床号 and 住院号 (and some of the rows around them).
    const lx = rx - rng.range(20, 40);
    const ly = top + hl * 0.35 - rng.range(0, 10);
    const small = st('sans', 9.5);
    const filed = addDays(doc.dates.discharge, rng.int(3, 12));
    s.block(() => sticker(s, lx, ly, rng.range(500, 560), hl * 2.2, doc.recordNo, [
      `${p.name}  ${p.sex}  住院号${doc.recordNo}`,
      `归档日期：${formatDate(filed, 'iso')}`,
    ], small, rng));

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    let y = bottom + lh * 1.2;
    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw, keep }) + lh * 0.35;
    };
    run('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。`);
    run('入院诊断：', listed(doc.dx.admission, how).join('  '), doc.dx.admission.map((d) => d.text));
    const op = formatDate(doc.dates.surgery, 'cnShort');
    run('诊疗经过：', `入院后完善相关检查，予${doc.course}等治疗，${op}行${doc.procedure}，术后恢复好。经治疗病情好转，准予出院。`, [op]);
    if (doc.imaging) run('辅助检查：', `${doc.imaging.exam}：${doc.imaging.impression}。`);
    const dl = s.put(x0, y, '出院诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.35);
    run('出院情况：', '一般情况好，神志清，精神可，饮食睡眠可，二便正常。');
    run('出院医嘱：', `1.继续口服${doc.medicines.slice(0, 2).join('、')}；2.定期复查，${rng.int(1, 4)}周后门诊随诊，不适随诊。`);

    y = Math.max(y + lh * 1.5, 1700);
    const sx = right - 560;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.resident, pt * 1.2, rng);
    s.put(sx, y + lh * 1.3, `记录日期：${formatDate(doc.dates.discharge, ds)}`, f);
    s.put(s.width / 2, s.height - 120, '第 1 页', st('serif', 9.5, { align: 'center', color: '#444' }));
  },
};
