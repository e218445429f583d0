import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { barcode, handwritten } from '../marks';
import type { Layout } from '../types';
import { footer, px, st } from './common';
import { listed, pastHistory, reprinted, type Mark } from './kit';
import { wrap } from './tune6-kit';
import { kin } from './tune10-kit';
import { HOSP22, local22, idAsPrinted, insurance, later } from './blind22-kit';

/**
 * 门诊病历 of a county hospital in Yunnan, Guizhou, Gansu, Shanxi, Fujian or Jiangxi printed from the outpatient doctor
 * station: hospital name left with the 就诊卡 barcode right, one patient line split by vertical bars with the 身份证号 full
 * (truth) or masked (truth null), a grey strip with 科别, 医生 and 就诊时间 (truth), 【】 section heads; the history names the
 * last visit and an onset date, 辅助检查 a dated earlier test, 处理 a 预约复诊 date (none of them truth); 诊断 numbered
 * (truth); 打印时间 in the footer.
 */
export const blind22Outpatient1: Layout = {
  id: 'blind22-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Southern / western county hospital doctor-station 门诊病历: bar-separated patient line, grey visit strip, 【】 heads, '
    + 'serif or sans 10.5–12 pt',
  exercises: ['patient line 姓名 | 性别 | 年龄 | 医保 | 身份证 (full or masked)', '就诊时间 with hour in a grey strip (truth)',
    'last visit, onset and earlier test dates in the history (not truth)', '预约复诊 date (not truth)', '【诊断】 list (truth)'],
  doc: (rng) => local22(makeDoc(rng, { kind: 'outpatient', hospitals: HOSP22, compoundSurnames: 0.08, aliases: true }), rng),
  draw(s, doc, rng) {
    s.ink = '#181818';
    const x0 = rng.pick([120, 140, 150]);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const serif = rng.chance(0.5);
    const fpt = rng.pick([10.5, 11, 11.5, 12]);
    const f = st(serif ? 'serif' : 'sans', fpt);
    const hb = st(serif ? 'serifBold' : 'sansBold', fpt);
    const lh = px(fpt) * 1.8;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const d = (iso: string): string => formatDate(iso, ds);

    s.put(x0, 165, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([18, 20])));
    s.put(x0, 240, rng.pick(['门诊病历', '门诊病历记录', '门（急）诊病历']), st(serif ? 'serifBold' : 'sansBold', 15, { spacing: 3 }));
    const card = `${doc.recordNo.slice(4)}${rng.int(10, 99)}`;
    barcode(s, x1 - 330, 110, card, 58, 3);
    s.put(x1, 200, `就诊卡号：${card}`, st('sans', 9.5, { align: 'right' }));
    s.line(x0, 268, x1, 268, 2.5);

    const id = idAsPrinted(doc, rng, 0.6);
    const parts = [`姓名：${p.name}`, `性别：${p.sex}`, `年龄：${p.age}岁`, `${insurance(rng)}`, `身份证：${id.text}`];
    s.put(x0, 320, parts.join(' | '), f);
    s.note({ name: p.name, idNumber: id.full ? p.idNumber : null, visitDate: doc.dates.visit });

    s.g.fillStyle = '#e4e4e4';
    s.g.fillRect(x0, 345, w, lh * 1.15);
    const stripY = 345 + lh * 0.8;
    s.put(x0 + 12, stripY, `科别：${doc.department}`, f);
    s.put(x0 + w * 0.3, stripY, `医生：${doc.doctors.attending}`, f);
    const when = formatDate(doc.dates.visit, rng.pick(['isoTime', 'slashTime', 'cnTime'] as const), doc.times.visit);
    s.put(x1 - 12, stripY, `就诊时间：${when}${rng.chance(0.5) ? '（复诊）' : ''}`, { ...f, align: 'right' });

    let y = 345 + lh * 2.3;
    const section = (head: string, text: string): void => {
      const hw = s.put(x0, y, `【${head}】`, hb);
      wrap(s, text, w - hw - 8, f).forEach((line, i) => {
        s.put(x0 + hw + 8, y, line, f);
        y += i >= 0 ? lh : 0;
      });
      y += lh * 0.25;
    };
    const last = addDays(doc.dates.visit, -rng.int(20, 60));
    const onset = addDays(doc.dates.visit, -rng.int(400, 3000));
    const test = addDays(doc.dates.visit, -rng.int(2, 12));
    section('主诉', doc.complaint);
    section('现病史', `患者${formatDate(onset, 'cnShort').slice(0, 5)}起病，${d(last)}在我院门诊就诊，予${doc.course}治疗，`
      + `现规律用药，今为复查及续开药物来诊。${rng.pick(['无胸痛、黑便。', '饮食睡眠可，二便正常。', '近期无发热。'])}`);
    section('既往史', `${pastHistory(doc, rng)}。`);
    section('家族史', `${kin(rng)}。`);
    const bp = `${rng.int(118, 168)}/${rng.int(68, 98)}mmHg`;
    section('体格检查', `T 36.${rng.int(2, 8)}℃，P ${rng.int(62, 96)}次/分，BP ${bp}，神清，心肺听诊未闻及明显异常，双下肢无水肿。`);
    const lab = doc.labs[0]?.rows[0];
    section('辅助检查', lab ? `${d(test)}本院：${lab.name} ${lab.value}${lab.unit}${lab.flag}。` : '暂无。');

    const how: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    const items = [...doc.dx.tcm, ...doc.dx.western];
    s.diagnoses(items);
    const hw = s.put(x0, y, '【诊断】', hb);
    listed(items, how).forEach((t) => {
      s.put(x0 + hw + 8, y, t, f);
      y += lh;
    });
    y += lh * 0.25;
    const rx = doc.medicines.slice(0, 3).map((m, i) => `${i + 1}.${m}`).join('  ');
    section('处理', `${rx}。`);
    section('医嘱', `低盐低脂饮食，规律服药，预约${d(later(doc.dates.visit, rng))}复诊，不适随诊。`);

    y += lh;
    const lw = s.put(x0 + w * 0.6, y, '医生签名：', f);
    handwritten(s, x0 + w * 0.6 + lw + 10, y, doc.doctors.attending, fpt * 1.3, rng);
    footer(s, reprinted(doc), { y: 2235, style: st(serif ? 'serif' : 'sansLight', 8.5), page: '第1页', print: 'isoTime', x0, x1 });
  },
};
