import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { KEYS } from '../diseases';
import { COUNTY, COUNTY_MORE, PROVINCES, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, reprinted, type Mark } from './kit';
import { doubtful, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { firstFound, plausible } from './tune4-kit';

/**
 * 出院记录 of a county general or TCM hospital: a boxed header with the stay as one range (住院日期 … 至 …, 共9天),
 * the same dates again in prose, 入院诊断 then 出院诊断 each split into 中医 and 西医 at TCM hospitals.
 */
export const tune4DischargeRangeTcm: Layout = {
  id: 'tune4-discharge-range-tcm',
  kind: 'discharge',
  split: 'tune',
  style: 'County general / TCM hospital (Jiangsu, Sichuan, Hebei, Henan, Shandong and far provinces) 出院记录: boxed header with the stay as one range, serif light or regular 10.5–11 pt, 中医 and 西医 diagnoses',
  exercises: ['病员姓名 / 患者姓名 / 姓名 in a boxed header', 'the stay as one range cell: 住院日期：2025年01月03日 至 2025年01月12日 / 入出院日期：2025.01.03-2025.01.12 / 住院期间：2025-01-03～2025-01-12, with 共9天',
    'the admission again in prose with the hour (于2025年1月3日10时22分入院) and the discharge (于…出院)', 'the year first found (when the complaint counts years), a 手术 / 检查 date during the stay and a 复查 date after it (not the stay)',
    '入院诊断 (中医 and 西医, a suspected item) before 出院诊断 (not counted)', '出院诊断 中医诊断 消渴病 / 中风病 with its 证 and 西医诊断 numbered （1） / 1. / ① (both counted)',
    'past illness, denials and family history', 'stays across the year end (some pages)', '住院医师 and 主治医师 handwritten, 科主任 printed', '打印时间 footer (later)'],
  doc: (rng) => {
    const tcm = rng.chance(0.6);
    return plausible(localTo(forPatient(makeDoc(rng, { kind: 'discharge', tcm,
      hospitals: tcm ? [...PROVINCES_TCM, ...TCM] : [...PROVINCES, ...FAR_PROVINCES, ...COUNTY_MORE, ...COUNTY],
      keys: tcm ? ['DIABETES', 'CEREBROVASCULAR_DISEASE', 'DIABETES', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'CORONARY_HEART_DISEASE'] : KEYS,
      yearEnd: 0.25, aliases: true, outside: 0.15, compoundSurnames: 0.2 }), rng, COUNTY), rng));
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const w = s.width - 2 * x0;
    const right = s.width - x0;
    const face = rng.pick(['serif', 'serifLight'] as const);
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st('serifSemi', pt);
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 230, rng.pick(['出院记录', '出 院 记 录', '出院记录（小结）']), st('serifBold', 17, { align: 'center', spacing: 6 }));

    const [sex, age] = sexAge(doc);
    const rh = px(pt) * 2.4;
    const top = 280;
    s.rect(x0, top, w, rh * 3, 2);
    s.line(x0, top + rh, right, top + rh, 1);
    s.line(x0, top + rh * 2, right, top + rh * 2, 1);
    const row = (i: number): number => top + rh * i + rh * 0.64;
    s.pair(x0 + 24, row(0), rng.pick(['病员姓名：', '患者姓名：', '姓名：']), doc.patient.name, b, st('serifSemi', pt + 0.5));
    s.pair(x0 + 480, row(0), '性别：', sex, b, f);
    s.pair(x0 + 700, row(0), '年龄：', age, b, f);
    s.pair(x0 + 930, row(0), '科室：', doc.department, b, f);
    s.pair(x0 + 24, row(1), '住院号：', doc.recordNo, b, f);
    s.pair(x0 + 480, row(1), '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + 1100, row(1), '床号：', `${doc.bed}`, b, f);
    const ds: DateStyle = rng.pick(['cn', 'dotPad', 'iso'] as const);
    const [a, d] = [formatDate(doc.dates.admission, ds), formatDate(doc.dates.discharge, ds)];
    const [label, sep] = rng.pick([['住院日期：', ' 至 '], ['入出院日期：', '-'], ['住院期间：', '～']] as const);
    s.pair(x0 + 24, row(2), label, `${a}${sep}${d}\u3000共${doc.stayDays}天`, b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const lh = px(pt) * 1.8;
    let y = top + rh * 3 + 90;
    const sec = (title: string, text: string, keep: readonly string[] = []): void => {
      const lw = s.put(x0, y, title, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw, keep }) + 8;
    };
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const tcm = doc.dx.tcm.length > 0;
    const found = firstFound(doc, doc.dates.admission);
    sec('入院情况：', `患者因“${doc.complaint}”于${formatDate(doc.dates.admission, 'cnHour', doc.times.admission)}入院。`
      + `${found ? `${found}${rng.pick(['于当地医院', '在我院'])}首次诊断，长期服药。` : ''}既往史：${pastHistory(doc, rng)}。家族史：${doc.history.family}。`
      + `查体：BP ${rng.int(120, 180)}/${rng.int(68, 104)}mmHg，神清，${tcm ? `舌${rng.pick(['红', '淡红', '暗红'])}，苔${rng.pick(['薄白', '黄腻', '少'])}，脉${rng.pick(['弦细', '沉细', '细数'])}` : '心肺未见明显异常'}。`);
    const how: Mark = rng.pick(['（1）', '1.', '①'] as const);
    const adm = listed(doc.dx.admission, how);
    sec('入院诊断：', tcm ? `中医：${doc.dx.tcm[0]?.text ?? ''}\u3000西医：${adm.join('  ')}` : adm.join('  '), adm);
    const exam = addDays(doc.dates.admission, rng.int(1, Math.max(1, doc.stayDays - 2)));
    sec('诊疗经过：', `入院后完善血常规、生化、心电图等检查，${cn(exam)}行${tcm ? '头颅CT及颈部血管彩超检查' : doc.procedure}。`
      + `予${doc.course}${tcm ? '，并予中药汤剂辨证施治' : ''}等治疗，症状好转。`);

    const fw = s.put(x0, y, '出院诊断：', b);
    if (tcm) {
      const tw = s.put(x0 + fw, y, '中医诊断：', f);
      doc.dx.tcm.forEach((t, i) => s.put(x0 + fw + tw, y + i * lh, t.text, f));
      y += doc.dx.tcm.length * lh;
    }
    const western = [...doc.dx.western, ...(rng.chance(0.2) ? [doubtful(rng, doc)] : [])];
    if (western.length > 0) {
      const ww = tcm ? s.put(x0 + fw, y, '西医诊断：', f) : 0;
      listed(western, how).forEach((t, i) => s.put(x0 + fw + ww, y + i * lh, t, f));
      y += western.length * lh;
    }
    s.diagnoses([...doc.dx.tcm, ...doc.dx.western]);
    y += 8;
    sec('出院情况：', `患者${rng.pick(['症状明显缓解', '病情稳定', '一般情况可'])}，饮食、睡眠可，于${cn(doc.dates.discharge)}${rng.pick(['出院', '办理出院'])}。`);
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    sec('出院医嘱：', `1.${tcm ? '调畅情志，饮食有节' : '低盐低脂饮食，注意休息'}；2.出院带药：${[...new Set(doc.medicines)].slice(0, 3).join('；')}；`
      + `3.请于${cn(back)}来院复查，不适随诊。`);

    const sy = Math.max(y + lh * 1.5, 1900);
    const rw = s.put(x0, sy, '住院医师：', f);
    handwritten(s, x0 + rw + 12, sy, doc.doctors.resident, pt * 1.3, rng);
    const aw = s.put(x0 + 500, sy, '主治医师：', f);
    handwritten(s, x0 + 500 + aw + 12, sy, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + 1000, sy, '科主任：', doc.doctors.director, f);
    footer(s, reprinted(doc), { y: 2240, style: st(face, 8.5), page: '第1页 共1页', print: 'cnTime', x0, x1: right });
  },
};
