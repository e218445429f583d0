import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { COUNTY, TOWNSHIP } from '../hospitals';
import { barcode, handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, mark, type Mark } from './kit';
import { COUNTY6, deny, idText, relatives, reword, section, suspect, TOWNS6, village } from './blind6-kit';

/** Township and county HIS 出院记录: info grid with the stay, labelled sections, numbered diagnoses. */
export const blind6Discharge1: Layout = {
  id: 'blind6-discharge-1',
  kind: 'discharge',
  split: 'blind',
  style: 'Township / county HIS discharge record with an info grid',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'discharge', hospitals: [...TOWNS6, ...TOWNSHIP, ...COUNTY6, ...COUNTY], yearEnd: 0.12,
    compoundSurnames: 0.1 }), rng, { near: 0.3 }),
  draw(s, doc, rng) {
    const serif = rng.chance(0.35);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const x0 = 120;
    const w = s.width - 2 * x0;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st(bold, rng.pick([18, 20]), { align: 'center', spacing: 2 }));
    const title = rng.pick(['出 院 记 录', '出院记录', '出 院 小 结']);
    s.put(s.width / 2, 240, title, st(bold, 18, { align: 'center', spacing: title.includes(' ') ? 2 : 10 }));
    const hasBar = rng.chance(0.5);
    if (hasBar) {
      barcode(s, s.width - x0 - 300, 90, doc.recordNo, 56, 2);
      s.put(s.width - x0 - 300, 172, doc.recordNo, st('sans', 8.5));
    }
    const small = st(face, pt - 1);
    const top = 320;
    s.put(x0, top, `科室：${doc.department}`, small);
    s.put(x0 + w * 0.36, top, `床号：${doc.bed}`, small);
    s.put(x0 + w, top, `${rng.pick(['住院号', '病案号', '住院号码'])}：${doc.recordNo}`, { ...small, align: 'right' });

    const ts: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime', 'cnHour', 'cn', 'dotPad'] as const);
    const adm = formatDate(doc.dates.admission, ts, doc.times.admission);
    const dis = formatDate(doc.dates.discharge, ts, doc.times.discharge);
    const id = idText(p.idNumber, rng.pick(['plain', 'plain', 'group', 'quad'] as const));
    const q = w / 8;
    const L = (text: string, cw: number) => ({ text, w: cw, label: true });
    const V = (text: string, cw: number) => ({ text, w: cw });
    const stayLabel = rng.pick(['住院天数', '实际住院', '住院日数']);
    const stay = rng.pick([`${doc.stayDays}天`, `${doc.stayDays}日`, `共${doc.stayDays}天`]);
    const rows = [
      [L('姓名', q), V(p.name, q * 1.3), L('性别', q * 0.8), V(p.sex, q * 0.7), L('年龄', q * 0.8), V(`${p.age}岁`, q * 0.9), L('职业', q * 0.8), V(rng.pick(['农民', '退休', '无业', '个体']), q * 1.7)],
      [L(rng.pick(['身份证号', '证件号码', '身份证']), q * 1.3), V(id, q * 3.7), L('住址', q * 0.8), V(village(doc, rng), q * 2.2)],
      [L(rng.pick(['入院时间', '入院日期']), q), V(adm, q * 2.1), L(rng.pick(['出院时间', '出院日期']), q), V(dis, q * 2.1), L(stayLabel, q * 0.9), V(stay, q * 0.9)],
    ];
    let y = s.grid(x0, top + 30, 74, rows, small, { shade: rng.pick(['#ececec', '#f3f3f3', '#ffffff']), label: st(bold, pt - 1) });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    y += lh * 1.2;
    const how: Mark = rng.pick(['1.', '1、', '（1）', '①'] as const);
    const inText = `患者因“${doc.complaint}”入院。${rng.pick(['既往', '既往史：'])}${doc.history.past}；${deny(doc, rng)}。家族史：${relatives(doc, rng)}。`
      + `查体：BP ${rng.int(120, 185)}/${rng.int(70, 110)}mmHg，神志清，精神可。`;
    y = section(s, x0, y, w, rng.pick(['入院情况：', '入院时情况：']), inText, f, b, lh);
    const admDx = [...doc.dx.admission.filter((d) => !/？/u.test(d.text)).slice(0, 2).map((d) => d.text), suspect(doc, rng)];
    y = section(s, x0, y, w, '入院诊断：', admDx.map((t, i) => `${mark(i, how)}${t}`).join('  '), f, b, lh);
    y = section(s, x0, y, w, rng.pick(['诊疗经过：', '住院经过：']), `入院后完善血常规、肝肾功能、心电图等检查，给予${doc.course}等治疗，症状${rng.pick(['好转', '明显好转', '缓解'])}。`, f, b, lh);
    y = section(s, x0, y, w, '出院情况：', `一般情况${rng.pick(['可', '良好', '尚可'])}，无明显不适，${rng.pick(['准予出院', '患者要求出院', '病情稳定出院'])}。`, f, b, lh);

    const dx = doc.dx.western;
    s.diagnoses(dx);
    const lines = listed(dx, how);
    const lw = s.put(x0, y, '出院诊断：', b);
    if (rng.chance(0.5)) {
      lines.forEach((t, i) => s.put(x0 + lw, y + i * lh, t, f));
      y += lines.length * lh;
    } else y = s.para(x0, y, w, lines.join('；'), f, lh, lw);
    const adv = [`出院带药：${doc.medicines.slice(0, 2).join('，')}`, `${rng.pick(['2周', '1月', '半月'])}后门诊复查，不适随诊`];
    y = section(s, x0, y, w, '出院医嘱：', adv.join('；') + '。', f, b, lh);

    y = Math.min(y + lh * 1.6, 1980);
    const sw = s.put(x0 + w * 0.5, y, rng.pick(['医师签名：', '经治医师：', '住院医师：']), f);
    handwritten(s, x0 + w * 0.5 + sw + 12, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.5, y + lh * 1.3, `${rng.pick(['上级医师', '主治医师'])}：${doc.doctors.attending}`, f);
    s.put(x0 + w * 0.5, y + lh * 2.6, `${rng.pick(['日期', '记录时间'])}：${formatDate(doc.dates.discharge, rng.pick(['cn', 'iso', 'cnShort'] as const))}`, f);
    if (rng.chance(0.6)) seal(s, x0 + w * 0.78, y + lh * 1.6, rng.range(110, 130), doc.hospital.name, rng.pick(['病案专用章', '医务科']), rng);
    s.line(x0, 2190, x0 + w, 2190, 1);
    s.put(x0, 2230, `${doc.hospital.address}  ${doc.hospital.phone}`, st(face, 8.5, { color: '#444' }));
    s.put(x0 + w, 2230, '第1页/共1页', st(face, 8.5, { color: '#444', align: 'right' }));
  },
};
