import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { COMMUNITY14, local14, mono, SOUTH14 } from './tune14-kit';
import { para } from './tune6-kit';

/**
 * 门诊病历 of a Guangdong / Fujian / Zhejiang county hospital or 社区卫生服务中心, printed from the outpatient doctor's
 * workstation: a QR code, a fixed-pitch two-column header (left the patient with the ID, right 门诊号 / 科室 / 就诊时间: truth),
 * run-in sections. Decoys: the 预约时间 (the day the visit was booked), an earlier 检验日期 in 辅助检查, the 既往史, the
 * 预约复诊 date and the 打印时间. Truth: name, ID, the visit day and the 诊断 list.
 */
export const blind20Outpatient1: Layout = {
  id: 'blind20-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'south-east county hospital / 社区中心 门诊病历 from the doctor workstation: QR, fixed-pitch two-column header, run-in sections',
  exercises: ['就诊时间 in a fixed-pitch right header column (truth)', '预约时间 booked days earlier (decoy)',
    '辅助检查 with an earlier 检验日期 (decoy)', '预约复诊 date and 打印时间 (decoys)', '诊断 list (counted), 既往史 (not)'],
  doc: (rng) => local14(makeDoc(rng, { kind: 'outpatient', hospitals: [...SOUTH14, ...COMMUNITY14], compoundSurnames: 0.05 }), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const right = s.width - 150;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const serif = rng.chance(0.6);
    const f = st(serif ? 'serifLight' : 'sansLight', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const m = st('sans', pt - 0.5);
    const pitch = px(pt) * 0.55;
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['isoTime', 'slashTime'] as const);

    qrCode(s, x0, 90, 150, rng);
    s.put(s.width / 2, 160, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center' }));
    s.put(s.width / 2, 235, '门 诊 病 历', st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 6 }));
    s.put(right, 235, `第${rng.int(1, 3)}次就诊`, st(f.face, 9.5, { align: 'right' }));

    const booked = addDays(doc.dates.visit, -rng.int(1, 6));
    const left: readonly string[] = [`姓  名：${p.name}`, `性  别：${p.sex}    年龄：${p.age}岁`, `证件号：${p.idNumber}`,
      `预约时间：${formatDate(booked, 'iso')}`];
    const rightCol: readonly string[] = [`门诊号：${doc.recordNo}`, `科  室：${doc.department}`,
      `就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, `费  别：${rng.pick(['职工医保', '城乡居民医保', '自费'])}`];
    let y = 320;
    s.line(x0, y - 40, right, y - 40, 2);
    const mid = x0 + w * 0.54;
    left.forEach((t, i) => mono(s, x0, y + i * lh, t, m, pitch));
    rightCol.forEach((t, i) => mono(s, mid, y + i * lh, t, m, pitch));
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    y += lh * 3 + 30;
    s.line(x0, y, right, y, 2);
    s.line(x0, y + 6, right, y + 6, 0.8);
    y += lh * 1.3;

    const run = (label: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, label, b);
      y = para(s, x0, y, w, text, f, lh, { indent: lw + 8, keep }) + lh * 0.35;
    };
    run('主诉：', doc.complaint);
    run('现病史：', `患者${doc.complaint}，今来我院就诊。近期规律服用${doc.medicines[0] ?? '药物'}，无明显不良反应。`, doc.medicines);
    run('既往史：', `${pastHistory(doc, rng)}。`);
    run('体格检查：', `T ${rng.pick(['36.4', '36.6', '36.8'])}℃，BP ${rng.int(118, 168)}/${rng.int(70, 98)}mmHg，`
      + '神清，心肺听诊未闻及明显异常，双下肢无水肿。');
    const lab = doc.labs[0];
    const labDay = addDays(doc.dates.visit, -rng.int(3, 40));
    const labText = formatDate(labDay, 'cnShort');
    const rows = lab ? lab.rows.slice(0, 2).map((r) => `${r.name}${r.value}${r.unit}${r.flag}`) : [];
    run('辅助检查：', `${labText}本院${lab?.title ?? '检验'}：${rows.join('，')}。`, [labText, ...rows]);

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const dl = s.put(x0, y, rng.pick(['诊断：', '初步诊断：', '门诊诊断：']), b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dl + 8, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 0.35);

    run('处理：', doc.medicines.map((x, i) => `${i + 1}.${x}`).join('；') + '。', doc.medicines);
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'iso');
    run('医嘱：', `按时服药，定期复查。预约复诊：${back}，如有不适随时就诊。`, [back]);

    y += lh * 0.8;
    const sx = x0 + w * 0.6;
    const sw = s.put(sx, y, '医师签名：', f);
    handwritten(s, sx + sw + 10, y, doc.doctors.attending, pt * 1.25, rng);

    const fy = s.height - 130;
    s.line(x0, fy - 38, right, fy - 38, 1);
    s.put(x0, fy, `打印时间：${formatDate(doc.dates.print > doc.dates.visit ? doc.dates.print : addDays(doc.dates.visit, 1), 'isoSec',
      doc.times.print)}`, st('sans', 9));
    s.put(right, fy, doc.hospital.address, st('sans', 9, { align: 'right' }));
  },
};
