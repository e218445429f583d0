import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { COUNTY, COUNTY_MORE, TCM } from '../hospitals';
import { logo, nameStamp, signature } from '../marks';
import type { Layout } from '../types';
import { advice, footer, px, sexAge, st } from './common';
import { addressLine, fillIn, icdOf, listed, mark, pastHistory, reprinted, type Mark } from './kit';

/** County TCM hospital 出院小结: bordered header, 中医/西医 出院诊断 with ICD codes in a column. */
export const dischargeTcmIcd: Layout = {
  id: 'discharge-tcm-icd',
  kind: 'discharge',
  split: 'tune',
  style: 'County TCM hospital 出院小结, serif 11 pt, bordered header with 民族/职业, ICD codes beside the diagnoses',
  exercises: ['入院/出院时间 2025-06-03 09:12 in header cells', '住院天数 cell', '中医诊断 消渴病 气阴两虚证 (证 after a space)',
    '西医诊断 with ICD-10 codes in their own column', '入院诊断 (中医 + 西医) inline, not final', 'past illness named only in the history',
    'address / phone line', 'handwritten signature beside the printed name', '第1页/共1页 and 打印时间 2025年03月04日 09:12'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...TCM, ...COUNTY_MORE.slice(5)], tcm: true, aliases: true, yearEnd: 0.1 }),
  draw(s, doc, rng) {
    s.ink = '#1b1b1b';
    const x0 = 140;
    const w = s.width - 2 * x0;
    const red = rng.pick(['#9b1c1f', '#7a2a12']);
    logo(s, x0 + 56, 140, 52, red, 'ring');
    s.put(s.width / 2 + 30, 150, doc.hospital.name, st('serifBold', 21, { align: 'center', color: red, spacing: 4 }));
    s.put(s.width / 2 + 30, 200, addressLine(doc), st('serifLight', 9, { align: 'center', color: '#444' }));
    s.put(s.width / 2, 290, '出 院 小 结', st('serifSemi', 17, { align: 'center' }));
    s.put(s.width - x0, 290, `病案号：${doc.recordNo}`, st('serif', 10, { align: 'right' }));
    const f = st('serif', 11);
    const lab = st('serifMedium', 11);
    const [sex, age] = sexAge(doc);
    const time = (d: string, m: number): string => formatDate(d, 'isoTime', m);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    const job = rng.pick(['农民', '退休', '工人', '无业', '个体']);
    const bottom = s.grid(x0, 330, 62, [
      [L('姓名', 150), V(doc.patient.name, 280), L('性别', 150), V(sex, 180), L('年龄', 150), V(age, w - 910)],
      [L('民族', 150), V(rng.pick(['汉族', '汉族', '汉族', '回族']), 280), L('职业', 150), V(job, 180), L('床号', 150), V(`${doc.bed}床`, w - 910)],
      [L('入院时间', 150), V(time(doc.dates.admission, doc.times.admission), 430), L('出院时间', 150),
        V(time(doc.dates.discharge, doc.times.discharge), 330), L('住院天数', 150), V(`${doc.stayDays}天`, w - 1210)],
      [L('身份证号', 150), V(doc.patient.idNumber, 580), L('科室', 150), V(doc.department, w - 880)],
    ], f, { label: lab, border: 1.6 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const lh = px(11) * 1.75;
    let y = bottom + 75;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, lab);
      y = s.para(x0, y, w, text, f, lh, lw) + 10;
    };
    section('入院情况：', `患者因“${doc.complaint}”入院。既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`);
    const admTcm = doc.dx.tcm[0]?.text ?? '眩晕病';
    section('入院诊断：', `中医诊断：${admTcm}  西医诊断：${listed(doc.dx.admission, '1.').join(' ')}`);
    section('诊疗经过：', `入院后完善相关检查，西医予${doc.course}等治疗；中医以${rng.pick(['益气养阴、活血通络', '平肝潜阳、化痰息风', '健脾益肾、利水渗湿'])}`
      + `为法，予中药汤剂口服，配合针灸、穴位贴敷。于${formatDate(doc.dates.surgery, 'cnShort')}行${doc.procedure}。现病情好转，准予出院。`);
    s.put(x0, y, '出院诊断：', lab);
    y += lh;
    const how: Mark = rng.pick(['1.', '1、'] as const);
    const codeX = x0 + 960;
    const dxRows = (title: string, items: typeof doc.dx.western, withCode: boolean): void => {
      if (items.length === 0) return;
      items.forEach((d, i) => {
        const text = `${i === 0 ? title : ''}${mark(i, how)}${d.text}`;
        const tx = x0 + 40 + (i === 0 ? 0 : s.measure(title, f));
        const tw = s.put(tx, y, text, f);
        if (withCode) s.put(Math.max(codeX, tx + tw + 40), y, icdOf(d, i), st('serif', 10.5));
        y += lh;
      });
    };
    dxRows('中医诊断：', doc.dx.tcm, false);
    dxRows('西医诊断：', doc.dx.western, true);
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    y += 10;
    section('出院情况：', `神志清，精神可，${rng.pick(['舌淡红，苔薄白，脉弦细', '舌暗红，苔薄黄，脉沉细', '舌淡胖，苔白，脉细弱'])}，生命体征平稳。`);
    s.put(x0, y, '出院医嘱：', lab);
    for (const line of advice(doc)) y = s.para(x0 + 40, y + lh, w - 40, line, f, lh) - lh;
    y = Math.max(y + lh * 2.5, 1960);
    const sw = s.put(x0 + 560, y, '住院医师：', f);
    signature(s, x0 + 560 + sw + 10, y - 8, 170, rng);
    s.put(x0 + 1000, y, `主治医师：${doc.doctors.attending}`, f);
    footer(s, reprinted(doc), { y: 2235, style: st('serif', 9), page: '第1页/共1页', print: 'cnTime', x0, x1: s.width - x0 });
  },
};

/** County 出院记录 on a pre-printed form: fill-in lines, 入院诊断 and 出院诊断 side by side in one box. */
export const dischargeFormTwinDx: Layout = {
  id: 'discharge-form-twindx',
  kind: 'discharge',
  split: 'tune',
  style: 'County hospital pre-printed 出院记录 form filled by printer: 宋体 labels, 黑体 values on underlines, twin diagnosis box',
  exercises: ['label ____value____ fill-in lines', '入院诊断 and 出院诊断 in two columns on the same rows', '① numbering',
    'dates 2024年12月28日 (stays across the year end often)', '住院 12 天 fill-in', 'past illness named only in the history',
    'red name stamp over the signature', 'ID number on a fill-in line'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...COUNTY_MORE.slice(0, 4), ...COUNTY], yearEnd: 0.4, aliases: true }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    const pre = '#202020';
    const ink = rng.pick(['#121a3a', '#111111', '#2a2238']);
    s.put(s.width / 2, 160, doc.hospital.name, st('serifBold', 20, { align: 'center', color: pre, spacing: 10 }));
    s.put(s.width / 2, 250, '出 院 记 录', st('serifBold', 18, { align: 'center', color: pre }));
    const lab = st('serif', 11.5, { color: pre });
    const val = st('sans', 11, { color: ink });
    const [sex, age] = sexAge(doc);
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const [r0, r1, r2] = [340, 410, 480];
    let x = fillIn(s, x0, r0, '姓名', doc.patient.name, 200, lab, val) + 24;
    x = fillIn(s, x, r0, '性别', sex, 90, lab, val) + 24;
    x = fillIn(s, x, r0, '年龄', age, 110, lab, val) + 24;
    x = fillIn(s, x, r0, '科别', doc.department, 190, lab, val) + 24;
    fillIn(s, x, r0, '住院号', doc.recordNo, s.width - x0 - x - s.measure('住院号', lab), lab, val);
    x = fillIn(s, x0, r1, '入院日期', cn(doc.dates.admission), 290, lab, val) + 30;
    x = fillIn(s, x, r1, '出院日期', cn(doc.dates.discharge), 290, lab, val) + 30;
    x = fillIn(s, x, r1, '住院', String(doc.stayDays), 80, lab, val);
    s.put(x + 8, r1, '天', lab);
    x = fillIn(s, x0, r2, '身份证号', doc.patient.idNumber, 520, lab, val) + 30;
    fillIn(s, x, r2, '床号', doc.bed, 100, lab, val);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    // The twin box: 入院诊断 | 出院诊断, one item per row in each column.
    const top = 550;
    const half = w / 2;
    const lh = px(11) * 1.8;
    const rows = Math.max(doc.dx.admission.length, doc.dx.western.length);
    const boxH = 70 + rows * lh + 20;
    s.rect(x0, top, w, boxH, 2, pre);
    s.line(x0 + half, top, x0 + half, top + boxH, 2, pre);
    s.line(x0, top + 62, x0 + w, top + 62, 1.4, pre);
    s.put(x0 + half / 2, top + 44, '入院诊断', { ...lab, align: 'center' });
    s.put(x0 + half * 1.5, top + 44, '出院诊断', { ...lab, align: 'center' });
    // A long diagnosis is printed smaller to stay inside its column, as the form's template does.
    const fit = (t: string): typeof val => (s.measure(t, val) > half - 48 ? { ...val, pt: 9.5 } : val);
    listed(doc.dx.admission, '①').forEach((t, i) => s.put(x0 + 24, top + 62 + lh * (i + 0.85), t, fit(t)));
    listed(doc.dx.western, '①').forEach((t, i) => s.put(x0 + half + 24, top + 62 + lh * (i + 0.85), t, fit(t)));
    s.diagnoses(doc.dx.western);

    let y = top + boxH + 80;
    const section = (label: string, text: string): void => {
      s.put(x0, y, label, st('serifBold', 11.5, { color: pre }));
      y = s.para(x0 + 40, y + lh, w - 40, text, val, lh) + 14;
    };
    section('入院时情况：', `因“${doc.complaint}”入院。既往${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
      + `查体：BP ${rng.int(120, 180)}/${rng.int(70, 105)}mmHg，神志清，双肺呼吸音清。`);
    section('诊疗经过：', `入院后予${doc.course}等治疗，${cn(doc.dates.surgery)}行${doc.procedure}，术程顺利。经治疗症状明显缓解。`);
    section('出院时情况：', '一般情况可，无明显不适，切口愈合良好，生命体征平稳。');
    s.put(x0, y, '出院医嘱：', st('serifBold', 11.5, { color: pre }));
    for (const line of advice(doc)) y = s.para(x0 + 40, y + lh, w - 40, line, val, lh) - lh;
    y = Math.max(y + lh * 3, 1980);
    const lw = s.put(x0 + 820, y, '医师签名：', lab);
    signature(s, x0 + 830 + lw, y - 6, 180, rng);
    nameStamp(s, x0 + 900 + lw + rng.range(-20, 40), y - 14 + rng.range(-12, 12), doc.doctors.resident, rng);
    s.put(x0 + 820, y + 80, `${cn(doc.dates.discharge)}`, val);
    s.put(s.width / 2, 2240, `${doc.hospital.name}医务科监制`, st('serif', 9, { align: 'center', color: '#555' }));
  },
};
