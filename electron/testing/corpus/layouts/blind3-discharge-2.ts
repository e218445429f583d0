import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { barcode, handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { B3_CITY, B3_PRIVATE, labelled, local, mobile, pastOnly, sexFit } from './blind3-kit';
import { printedOn } from './kit';
import { plausible } from './tune4-kit';

/** Blind layout (split 'blind'): see blind3-kit.ts. Not for reading while tuning the extractor. */

export const blind3Discharge2: Layout = {
  id: 'blind3-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'blind3 layout 2',
  exercises: ['blind'],
  doc: (rng) => sexFit(plausible(local(makeDoc(rng, { kind: 'discharge', hospitals: [...B3_CITY, ...B3_PRIVATE], aliases: true, outside: 0.2,
    yearEnd: 0.1, compoundSurnames: 0.15 }), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    const tone = rng.pick(['#0d5c91', '#1c6b48', '#8a1f2b']);
    logo(s, x0 + 46, 118, 44, tone, rng.pick(['shield', 'cross'] as const));
    s.put(x0 + 110, 122, doc.hospital.name, st('sansBold', 15, { color: tone }));
    s.put(x0 + 110, 172, `地址：${doc.hospital.address}\u3000电话：${doc.hospital.phone}`, st('sansLight', 9, { color: '#444' }));
    const bw = barcode(s, x1 - 290, 64, doc.recordNo, 54, 2);
    s.put(x1 - 290 + bw / 2, 150, doc.recordNo, st('sans', 9, { align: 'center' }));
    s.line(x0, 200, x1, 200, 2.5, tone);
    s.put(s.width / 2, 268, '出院记录', st('sansBold', 15, { align: 'center', spacing: 10 }));

    const small = st('sans', 10);
    const times = rng.int(1, 3);
    s.put(x0, 330, `科室：${doc.department}`, small);
    s.put(x0 + 470, 330, `床号：${rng.chance(0.3) ? '+' : ''}${doc.bed}`, small);
    s.put(x0 + 760, 330, `住院次数：${times}`, small);
    s.put(x1, 330, `住院号：${doc.recordNo}`, { ...small, align: 'right' });

    const [sex, age] = sexAge(doc);
    const f = st('sans', 10);
    const lab = st('sansMedium', 10);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const t = (d: string, m: number): string => formatDate(d, 'slashTime', m);
    let y = s.grid(x0, 356, 58, [
      [L('姓名', 190), V(doc.patient.name, 300), L('性别', 150), V(sex, 150), L('年龄', 150), V(age, 190), L('婚姻', 150), V('已婚', w - 1280)],
      [L('身份证号', 190), V(doc.patient.idNumber, 520), L('联系电话', 190), V(mobile(rng), w - 900)],
      [L('入院时间', 190), V(t(doc.dates.admission, doc.times.admission), 520), L('出院时间', 190),
        V(t(doc.dates.discharge, doc.times.discharge), w - 900)],
      [L('住院天数', 190), V(`${doc.stayDays}天`, 520), L('离院方式', 190), V(rng.pick(['医嘱离院', '医嘱离院', '医嘱转社区卫生服务机构']), w - 900)],
    ], f, { label: lab, shade: '#f1f3f5', border: 1.4 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const lh = px(10) * 1.6;
    const row = (label: string, ...paragraphs: string[]): void => {
      y = labelled(s, x0, y, 190, w, label, paragraphs, f, lab, lh, { border: 1.4, minH: 58 });
    };
    const slash = (d: string): string => formatDate(d, 'slash');
    row('入院诊断', doc.dx.admission.map((d, i) => `${i + 1}.${d.text}`).join('\u3000'));
    row('入院情况', `患者因“${doc.complaint}”入院。既往史：${pastOnly(doc, rng)}。家族史：${doc.history.family}。`
      + `查体：BP ${rng.int(132, 184)}/${rng.int(76, 106)}mmHg，HR ${rng.int(62, 96)}次/分，神志清，双肺呼吸音清，心律齐，双下肢无水肿。`);
    const lab1 = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? '';
    row('诊疗经过', `入院后完善相关检查：${slash(addDays(doc.dates.admission, 1))}${doc.labs[0]?.title ?? '化验'}示${lab1}。`
      + `予${doc.course}等治疗。于${slash(doc.dates.surgery)}行${doc.procedure}，${doc.procedure.endsWith('术') ? '术后安返病房' : '过程顺利'}。`
      + '现患者一般情况可，请示上级医师后准予出院。');
    s.diagnoses(doc.dx.western);
    row('出院诊断', ...doc.dx.western.map((d, i) => `${i + 1}.${d.text}`));
    row('出院情况', '患者无明显不适，神志清，精神可，饮食睡眠可，二便正常。查体：生命体征平稳，心肺腹查体未见明显异常。');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    row('出院医嘱', ...[
      '1.注意休息，低盐低脂饮食，戒烟限酒，监测血压、血糖。',
      `2.出院带药：${doc.medicines.join('，')}。`,
      `3.${slash(back)}于${doc.department}门诊复查血常规、肝肾功能。`,
      '4.如有不适，随时就诊。',
    ]);

    const sy = y + 130;
    const body = st('sans', 10.5);
    const a = s.put(x0 + 20, sy, '经治医师：', body);
    handwritten(s, x0 + 30 + a, sy, doc.doctors.resident, 12.5, rng);
    const b = s.put(x0 + 520, sy, '上级医师：', body);
    handwritten(s, x0 + 530 + b, sy, doc.doctors.attending, 12.5, rng);
    s.put(x1 - 20, sy, `日期：${slash(doc.dates.discharge)}`, { ...body, align: 'right' });
    const foot = st('sansLight', 9);
    s.line(x0, 2196, x1, 2196, 1, '#666');
    s.put(x0, 2238, `打印人：${doc.doctors.checker}\u3000打印时间：${formatDate(printedOn(doc), 'slashTime', doc.times.print)}`, foot);
    s.put(x1, 2238, '第1页/共1页', { ...foot, align: 'right' });
  },
};
