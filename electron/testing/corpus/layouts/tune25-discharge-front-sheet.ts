import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE } from '../hospitals';
import { barcode } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { icdOf } from './kit';
import { codeOf, countyWords } from './tune10-kit';
import { onAdmission, ON_ADMISSION, OUTCOMES } from './tune16-kit';

/**
 * 住院病案首页 (the front sheet of the inpatient record, 卫医政发〔2011〕84号 format) as a county hospital's 病案室 prints it for a
 * chronic-disease claim: 医疗付费方式 and 第N次住院 over a bordered grid in serif 9.5–10 pt; 姓名 (truth), 出生日期 and 年龄,
 * 身份证号 (truth), 入院时间 (truth admission) with the hour and 出院时间 (truth discharge), 实际住院 N 天; 门(急)诊诊断 with its code
 * (the clinic's guess, a decoy); the 出院诊断 table — 主要诊断 then 其他诊断, each with its ICD-10 code, 入院病情 1–4 and a 转归 code
 * (counted); a 主要手术及操作 row with its own 手术日期 (a decoy inside the stay); the 科主任 … 住院医师 and 编码员 names; 质控日期
 * (decoy, after the discharge).
 */
export const tune25DischargeFrontSheet: Layout = {
  id: 'tune25-discharge-front-sheet',
  kind: 'discharge',
  split: 'tune',
  style: 'county hospital 住院病案首页 (84号文 format) from the 病案室: bordered serif grid, 入院/出院时间 with hours, 门(急)诊诊断 row, '
    + '出院诊断 table with ICD-10 / 入院病情 / 转归 columns, 主要手术 row with its date, 质控日期',
  exercises: ['入院时间 / 出院时间 as 年月日时 in grid cells (truth)', '门(急)诊诊断 with a code (not truth)',
    '出院诊断 table: 主要诊断 / 其他诊断 with ICD-10, 入院病情 and 转归 codes (counted)', '主要手术及操作 row with its own date (decoy)',
    '出生日期 beside 年龄 (not truth)', '质控日期 after the stay (decoy)', '科主任 / 主任医师 / 主治医师 / 住院医师 / 编码员 names'],
  doc: (rng) => countyWords(makeDoc(rng, { kind: 'discharge', hospitals: [...COUNTY, ...COUNTY_MORE], yearEnd: 0.08 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 110;
    const w = s.width - 2 * x0;
    const pt = rng.pick([9.5, 10]);
    const f: Style = st('serif', pt);
    const lab: Style = st('serifSemi', pt);
    const p = doc.patient;
    const hourly: DateStyle = rng.pick(['cnHour', 'cnTime', 'isoTime'] as const);
    const day: DateStyle = rng.pick(['cn', 'iso'] as const);

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 15, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 225, '住 院 病 案 首 页', st('serifBold', 14, { align: 'center', spacing: 6 }));
    const small = st('serif', 9);
    let y = 290;
    s.put(x0, y, `医疗付费方式：${rng.pick(['1', '2'])}  （1.城镇职工基本医疗保险 2.城乡居民基本医疗保险 3.自费）`, small);
    s.put(x0 + w, y, `第 ${rng.int(1, 6)} 次住院`, { ...small, align: 'right' });
    y += px(9) * 1.7;
    s.put(x0, y, `健康卡号：-`, small);
    s.put(x0 + w, y, `病案号：${doc.recordNo}`, { ...small, align: 'right' });
    y += 22;

    const rowH = px(pt) * 2.1;
    const c = (text: string, wd: number, label = false): Cell => ({ text, w: wd, label });
    const adm = formatDate(doc.dates.admission, hourly, doc.times.admission);
    const dis = formatDate(doc.dates.discharge, hourly, doc.times.discharge);
    const ward = `${doc.department}${rng.int(1, 3)}病区`;
    const head: Cell[][] = [
      [c('姓名', 150, true), c(p.name, 250), c('性别', 120, true), c(p.sex, 110), c('出生日期', 170, true),
        c(formatDate(p.birth, day), w - 1100), c('年龄', 120, true), c(`${p.age}岁`, 180)],
      [c('身份证号', 150, true), c(p.idNumber, 480), c('职业', 170, true), c(rng.pick(['农民', '退休人员', '无业人员', '工人']), w - 1100),
        c('婚姻', 120, true), c(rng.pick(['已婚', '已婚', '丧偶']), 180)],
      [c('入院时间', 150, true), c(adm, 480), c('入院科别', 170, true), c(doc.department, w - 1100), c('病房', 120, true), c(ward, 180)],
      [c('出院时间', 150, true), c(dis, 480), c('出院科别', 170, true), c(doc.department, w - 1100), c('实际住院', 120, true),
        c(`${doc.stayDays}天`, 180)],
    ];
    y = s.grid(x0, y, rowH, head, f, { label: lab, shade: '#f1f1f1' });
    s.note({ name: p.name, idNumber: p.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    const clinic = doc.dx.admission[0] ?? doc.dx.western[0];
    if (clinic) {
      y = s.grid(x0, y, rowH, [[c('门(急)诊诊断', 260, true), c(clinic.text, w - 560), c('疾病编码', 150, true),
        c(/待查|待排/u.test(clinic.text) ? 'R69.x00' : icdOf(clinic, 0), 150)]],
        f, { label: lab, shade: '#f1f1f1' });
    }
    const cols = [300, w - 300 - 190 - 140 - 130, 190, 140, 130];
    y = s.grid(x0, y, rowH, [['出院诊断', '', '疾病编码', '入院病情', '转归'].map((t, i) => c(t, cols[i] ?? 0, true))], f,
      { label: lab, shade: '#f1f1f1' });
    const finals = doc.dx.western;
    s.diagnoses(finals);
    const mid = (text: string, k: number): Cell => ({ text, w: cols[k] ?? 0, align: 'center' });
    const dxRows = finals.map((d, i) => [c(i === 0 ? '主要诊断' : '其他诊断', cols[0] ?? 0, true), c(d.text, cols[1] ?? 0),
      mid(codeOf(d, i), 2), mid(String(onAdmission(d, rng)), 3), mid(String(i === 0 ? 2 : rng.pick([2, 2, 1, 3])), 4)]);
    y = s.grid(x0, y, rowH, dxRows, f, { label: lab, shade: '#f1f1f1' });
    const coded = (xs: readonly string[]): string => xs.map((t, i) => `${i + 1}.${t}`).join(' ');
    const legend = `入院病情：${coded(ON_ADMISSION)}    转归：${coded(OUTCOMES)}`;
    s.put(x0 + 6, y + px(8.5) * 1.5, legend, st('serif', 8.5, { color: '#333' }));
    y += px(8.5) * 2.3;

    const op = [220, 300, w - 220 - 300 - 200 - 180, 200, 180];
    y = s.grid(x0, y, rowH, [['手术及操作编码', '手术及操作日期', '手术及操作名称', '术者', '麻醉方式'].map((t, i) => c(t, op[i] ?? 0, true))], f,
      { label: lab, shade: '#f1f1f1' });
    const operated = rng.chance(0.7);
    y = s.grid(x0, y, rowH, [[
      { text: operated ? `${rng.int(10, 99)}.${rng.int(1000, 9999)}` : '', w: op[0] ?? 0, align: 'center' },
      { text: operated ? formatDate(doc.dates.surgery, day) : '', w: op[1] ?? 0, align: 'center' },
      c(operated ? doc.procedure : '', op[2] ?? 0), c(operated ? doc.doctors.attending : '', op[3] ?? 0),
      c(operated ? rng.pick(['局部麻醉', '静脉麻醉']) : '', op[4] ?? 0)]], f, { label: lab, shade: '#f1f1f1' });
    y = s.grid(x0, y, rowH, [[c('', op[0] ?? 0), c('', op[1] ?? 0), c('', op[2] ?? 0), c('', op[3] ?? 0), c('', op[4] ?? 0)]], f);
    y += rowH * 0.9;

    const d = doc.doctors;
    const sign: [string, string][] = [['科主任：', d.director], ['主治医师：', d.attending], ['住院医师：', d.resident], ['编码员：', d.checker]];
    sign.forEach(([l, v], i) => s.pair(x0 + (w / 4) * i, y, l, v, lab, f));
    y += rowH * 1.1;
    s.pair(x0, y, '病案质量：', rng.pick(['甲', '甲', '乙']), lab, f);
    s.pair(x0 + w / 4, y, '质控医师：', d.director, lab, f);
    s.pair(x0 + w / 2, y, '质控日期：', formatDate(addDays(doc.dates.discharge, rng.int(2, 12)), day), lab, f);
    y += rowH * 1.4;
    s.put(x0, y, `离院方式：${rng.pick(['1', '1', '2'])}  （1.医嘱离院 2.医嘱转院 3.非医嘱离院 4.死亡 9.其他）`, small);
    y += rowH;
    s.put(x0, y, `是否有出院31天内再住院计划：1  （1.无 2.有）`, small);
    y += rowH * 1.2;
    const total = rng.range(6000, 42000);
    const money = (share: number): string => (total * share).toFixed(2);
    const fee: Cell[][] = [
      [c('住院费用（元）：总费用', 360, true), c(money(1), 220), c('自付金额', 170, true), c(money(rng.range(0.2, 0.4)), 200),
        c('综合医疗服务类', 260, true), { text: money(0.12), w: w - 1210, align: 'center' }],
      [c('西药费', 360, true), c(money(0.31), 220), c('检查费', 170, true), c(money(0.14), 200), c('治疗费', 260, true),
        { text: money(0.09), w: w - 1210, align: 'center' }],
    ];
    y = s.grid(x0, y, rowH, fee, f, { label: lab, shade: '#f1f1f1' });
    barcode(s, x0 + w - 360, y + 50, doc.recordNo, 70, 2);
    s.put(x0, s.height - 130, `${doc.hospital.name}病案统计室  复印件与原件一致`, st('serif', 8.5, { color: '#444' }));
  },
};
