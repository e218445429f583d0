import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { Dx } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { forPatient, icdOf, pastHistory, reprinted } from './kit';
import { prose } from './tune2-kit';
import { excluded, FAR_PROVINCES, localTo } from './tune3-kit';

const OUTCOME = ['好转', '好转', '治愈', '稳定', '未愈'];

/**
 * 出院小结, first page of two, from a county / city EMR: a 入出院记录 table (入院时间 / 出院时间 with hours, 住院天数),
 * then one diagnosis table holding the 入院诊断 rows above the 出院诊断 rows, the category cell spanning its rows.
 */
export const tune3DischargeInOutTable: Layout = {
  id: 'tune3-discharge-inout-table',
  kind: 'discharge',
  split: 'tune',
  style: 'County / city / far-province hospital EMR 出院小结, first page of two: 入出院记录 table with hours, one diagnosis table for 入院 and 出院, serif or sans 10.5–11 pt',
  exercises: ['入出院记录 table: 入院时间 2025年1月3日10时22分 / 2025-01-03 10:22 / 2025/01/03 10:22 / 2025年01月03日 10:22, 出院时间, 住院天数, 入院科室 / 出院科室',
    'stays across the year end (some pages)', 'header line 姓名： … 性别 … 科室 … 床号, then 身份证号 / 住院号 / 医保类型',
    'one diagnosis table: 类别 cell spanning 入院诊断 rows (with a ？ suspicion) then 出院诊断 rows, 序号 / 诊断名称 / ICD-10 / 转归 columns',
    'excluded disease, past illness, denials and family history in 入院情况', '手术日期 in 诊疗经过', '复诊 date in 出院医嘱',
    '（接下页） and 第1页 共2页 with 打印时间', 'compound surnames (often)', 'diagnoses outside the catalogue'],
  doc: (rng) => localTo(forPatient(makeDoc(rng, { kind: 'discharge', hospitals: [...COUNTY, ...COUNTY_MORE, ...CITY_MORE, ...FAR_PROVINCES],
    yearEnd: 0.3, compoundSurnames: 0.3, aliases: true, outside: 0.2 }), rng, COUNTY), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const w = s.width - 2 * x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const strong = serif ? 'serifSemi' : 'sansMedium';
    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 228, rng.pick(['出院小结', '出院记录（小结）', '出 院 小 结']), st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 8 }));
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st(strong, pt);
    const [sex, age] = sexAge(doc);
    s.line(x0, 262, s.width - x0, 262, 2);
    const y1 = 320;
    s.pair(x0, y1, '姓名：', doc.patient.name, b, st(strong, pt + 0.5));
    s.pair(x0 + 380, y1, '性别：', sex, b, f);
    s.pair(x0 + 600, y1, '年龄：', age, b, f);
    s.pair(x0 + 820, y1, '科室：', doc.department, b, f);
    s.pair(x0 + 1170, y1, '床号：', `${doc.bed}床`, b, f);
    s.pair(x0, y1 + 55, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + 600, y1 + 55, '住院号：', doc.recordNo, b, f);
    s.pair(x0 + 1000, y1 + 55, '医保类型：', rng.pick(['城乡居民医保', '职工医保', '异地医保', '自费']), b, f);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const shade = rng.pick(['#ececec', '#eef2f6', undefined]);
    const lab = st(strong, pt - 0.5);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const ts: DateStyle = rng.pick(['cnHour', 'isoTime', 'slashTime', 'cnTime'] as const);
    const [inOut, dxHead] = rng.pick([['一、入出院记录', '二、诊断'], ['入出院情况', '诊断情况'], ['【入出院记录】', '【诊断】']] as const);
    let y = y1 + 130;
    s.put(x0, y, inOut, b);
    const rowH = px(pt) * 2;
    const half = w / 2;
    y = s.grid(x0, y + 22, rowH, [
      [L('入院时间', 190), V(formatDate(doc.dates.admission, ts, doc.times.admission), half - 190), L('入院科室', 190), V(doc.department, half - 190)],
      [L('出院时间', 190), V(formatDate(doc.dates.discharge, ts, doc.times.discharge), half - 190), L('出院科室', 190), V(doc.department, half - 190)],
      [L('住院天数', 190), V(`${doc.stayDays}天`, half - 190), L('离院方式', 190), V(rng.pick(['医嘱离院', '医嘱离院', '非医嘱离院']), half - 190)],
    ], f, { label: lab, shade });

    y += 70;
    s.put(x0, y, dxHead, b);
    y += 22;
    const cw = [170, 90, w - 170 - 90 - 240 - 150, 240, 150];
    const header: Cell[] = ['类别', '序号', '诊断名称', 'ICD-10', '转归'].map((t, i) => L(t, cw[i] ?? 100));
    y = s.grid(x0, y, rowH, [header], f, { label: lab, shade });
    const group = (title: string, items: readonly Dx[], final: boolean): void => {
      const top = y;
      const rows: Cell[][] = items.map((d, i) => [
        { text: String(i + 1), w: cw[1] ?? 90, align: 'center' }, V(d.text, cw[2] ?? 600),
        { text: /？|待查/u.test(d.text) ? '' : icdOf(d, i), w: cw[3] ?? 240, align: 'center' },
        { text: final ? (rng.pick(OUTCOME) ?? '') : '', w: cw[4] ?? 150, align: 'center' },
      ]);
      y = s.grid(x0 + (cw[0] ?? 170), y, rowH, rows, f, { label: lab });
      if (shade) {
        s.g.fillStyle = shade;
        s.g.fillRect(x0, top, cw[0] ?? 170, y - top);
      }
      s.rect(x0, top, cw[0] ?? 170, y - top, 2);
      // The merged category cell centres its text: on the middle row's line, or between two rows.
      s.put(x0 + (cw[0] ?? 170) / 2, top + (y - top) / 2 + px(pt) * 0.36, title, { ...lab, align: 'center' });
    };
    group('入院诊断', doc.dx.admission, false);
    group('出院诊断', doc.dx.western, true);
    s.diagnoses(doc.dx.western);

    const lh = px(pt) * 1.75;
    y += 80;
    const sec = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, b);
      y = prose(s, x0, y, w, text, f, lh, { indent: lw }) + 6;
    };
    const past = pastHistory(doc, rng);
    sec('入院情况：', `患者因“${doc.complaint}”入院。${excluded(rng, doc, past + doc.history.family)}。既往史：${past}。家族史：${doc.history.family}。`
      + `查体：BP ${rng.int(118, 178)}/${rng.int(66, 104)}mmHg，神志清，心肺腹未见明显异常。`);
    sec('诊疗经过：', `入院后完善血常规、生化、心电图等检查，予${doc.course}等治疗，于${formatDate(doc.dates.surgery, 'cnShort')}行${doc.procedure}，`
      + '过程顺利。患者症状缓解，病情稳定，准予出院。');
    sec('出院情况：', '神志清，精神可，饮食、睡眠可，二便正常，生命体征平稳。');
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    sec('出院医嘱：', `1.${rng.pick(['低盐低脂饮食', '糖尿病饮食', '清淡饮食'])}，注意休息。2.出院带药：${[...new Set(doc.medicines)].join('；')}。`
      + `3.于${formatDate(back, rng.pick(['cnShort', 'iso'] as const))}来院复查，不适随诊。`);
    s.put(s.width - x0, y + lh * 0.6, '（接下页）', st(face, 10, { align: 'right' }));
    footer(s, reprinted(doc), { y: 2240, style: st(serif ? 'serif' : 'sansLight', 8.5), page: '第1页 共2页', print: 'isoTime', x0, x1: s.width - x0 });
  },
};
