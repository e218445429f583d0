import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { COUNTY, COUNTY_MORE, PROVINCES, PROVINCES_TCM, TCM } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { labelRowTable, localTo } from './tune3-kit';
import { issuedSoon, plausible } from './tune4-kit';
import { tcmDx } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { PRIVATE, runnable, spaced } from './tune9-kit';

/**
 * 住院诊断证明书 of a county general, TCM or private hospital as a bordered form: label rows over value rows (姓  名 | 性  别 |
 * …, then 身份证号 | 入院日期（时间） | 出院日期（时间） | 住院天数 with the hour), the diagnoses run together in one tall cell that
 * wraps (中医 with 证型 first at TCM hospitals), 建议 with a rest period, 有效期 starting on the day of issue, the doctor's name
 * handwritten, and the date of issue in Chinese numerals under the seal.
 */
export const tune9CertGridValidity: Layout = {
  id: 'tune9-cert-grid-validity',
  kind: 'certificate',
  split: 'tune',
  style: 'County general / TCM / private / other-province hospital 住院诊断证明书 as a double-framed bordered form: shaded label rows '
    + 'over values, tall wrapped cells, date of issue in Chinese numerals, sans or serif 11–12 pt',
  exercises: ['labels spread over their boxes in shaded rows over the values: 姓  名 | 性  别 | 年  龄 | 科  室 | 住 院 号',
    '身份证号 | 入院日期（时间） | 出院日期（时间） | 住院天数 (also 入院日期/时间, 入院时间) with values 2025-01-02 10:30 / 2025年01月02日 10:30 (truth)',
    'the diagnoses run together with ；in a tall 诊断 cell, wrapping inside it; at TCM hospitals 中医诊断：消渴病 气阴两虚证 first (all counted)',
    '建议 with 休息14天（2025年1月13日至2025年1月26日） and a 复查 date (not the issue)',
    '有效期 beginning on the day of issue (2025年1月13日至2025年2月11日) or 自开具之日起30日内有效',
    '经治医师 handwritten, 科主任 printed', '开具日期 in Chinese numerals 二〇二五年一月十三日 / 二○二五年… under the seal (truth)'],
  doc: (rng) => runnable(issuedSoon(plausible(localTo(makeDoc(rng, { kind: 'certificate',
    hospitals: [...COUNTY, ...TCM, ...COUNTY_MORE.filter((h) => !h.name.includes('妇幼')), ...PRIVATE, ...PROVINCES, ...PROVINCES_TCM],
    compoundSurnames: 0.12, yearEnd: 0.15 }), rng)), rng)),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([11, 11.5, 12]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.75;
    const [fx0, fy0, fx1, fy1] = [80, 80, s.width - 80, s.height - 80];
    s.rect(fx0, fy0, fx1 - fx0, fy1 - fy0, 3);
    s.rect(fx0 + 9, fy0 + 9, fx1 - fx0 - 18, fy1 - fy0 - 18, 1);
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const shade = rng.pick(['#eeeeee', '#eaf0f6']);
    const wide = rng.chance(0.3);

    s.put(s.width / 2, 210, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    const title = rng.pick(['住院诊断证明书', '疾病诊断证明书', '诊断证明书']);
    s.put(s.width / 2, 310, title, st(serif ? 'serifBold' : 'sansBold', 20, { align: 'center', spacing: 10 }));
    const small = st(face, 10);
    s.put(right, 385, `编号：（${doc.dates.issue.slice(0, 4)}）第${String(rng.int(1, 9999)).padStart(4, '0')}号`, { ...small, align: 'right' });

    const [sex, age] = sexAge(doc);
    const sp = (l: string): string => spaced(l, wide);
    let y = labelRowTable(s, x0, 410, [
      { label: sp('姓名'), value: doc.patient.name, w: 260 }, { label: sp('性别'), value: sex, w: 170 },
      { label: sp('年龄'), value: age, w: 180 },
      { label: sp('科室'), value: doc.department, w: w - 940 }, { label: spaced('住院号', false), value: doc.recordNo, w: 330 },
    ], b, f, { shade, border: 1.5 });
    const ds: DateStyle = rng.pick(['isoTime', 'isoTime', 'cnTime'] as const);
    const hints = rng.pick([['入院日期（时间）', '出院日期（时间）'], ['入院日期/时间', '出院日期/时间'], ['入院时间', '出院时间']]);
    const dw = Math.max(380, s.measure(formatDate(doc.dates.admission, ds, doc.times.admission), f) + 40);
    y = labelRowTable(s, x0, y, [
      { label: '身份证号', value: doc.patient.idNumber, w: 460 },
      { label: hints[0] ?? '', value: formatDate(doc.dates.admission, ds, doc.times.admission), w: dw },
      { label: hints[1] ?? '', value: formatDate(doc.dates.discharge, ds, doc.times.discharge), w: dw },
      { label: '住院天数', value: `${doc.stayDays}天`, w: w - 460 - 2 * dw },
    ], b, f, { shade, border: 1.5 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge,
      visitDate: doc.dates.issue });

    const tcm = doc.hospital.name.includes('中医') ? tcmDx(doc, rng, rng.pick([' ', '（）'] as const)) : [];
    const all = [...tcm, ...doc.dx.western];
    s.diagnoses(all);
    const texts = all.map((d) => d.text);
    const dxText = tcm.length > 0 ? `中医诊断：${tcm.map((d) => d.text).join('；')}；西医诊断：${doc.dx.western.map((d) => d.text).join('；')}`
      : texts.join('；');
    const cs: DateStyle = rng.pick(['cnShort', 'cn'] as const);
    const days = rng.pick([7, 14, 14, 30]);
    const from = addDays(doc.dates.issue, 1);
    const to = addDays(from, days - 1);
    const back = addDays(doc.dates.discharge, rng.pick([14, 30]));
    const validEnd = addDays(doc.dates.issue, 29);
    const valid = rng.chance(0.6) ? `${formatDate(doc.dates.issue, cs)}至${formatDate(validEnd, cs)}` : '自开具之日起30日内有效';
    y = sectionTable(s, x0, y + lh * 0.8, w, 200, [
      { label: sp('诊断'), text: dxText, keep: texts },
      { label: '诊疗经过', text: `因“${doc.complaint}”入院，予${doc.course}等治疗，病情好转出院。` },
      { label: sp('建议'), text: `出院后继续规律用药，${days >= 14 ? '建议全休' : '建议休息'}${days}天（${formatDate(from, cs)}至${formatDate(to, cs)}），`
        + `${formatDate(back, cs)}门诊复查。`, keep: [formatDate(from, cs), formatDate(to, cs), formatDate(back, cs)] },
      { label: '有效期', text: valid, keep: [formatDate(doc.dates.issue, cs), formatDate(validEnd, cs)] },
    ], f, b, lh, { shade, border: 1.5 });

    y = Math.max(y + lh * 2.2, 1500);
    const sw = s.put(x0, y, '经治医师：', f);
    handwritten(s, x0 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.34, y, '科主任：', doc.doctors.director, f);
    const date = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO'] as const));
    const office = `${rng.pick(['医务科', '医院'])}（盖章）`;
    const cx = right - s.measure(`开具日期：${date}`, f) / 2 - 10;
    s.put(cx, y + lh * 2, office, { ...f, align: 'center' });
    s.put(cx, y + lh * 3.2, `开具日期：${date}`, { ...f, align: 'center' });
    seal(s, cx + rng.range(-50, 50), y + lh * 2.4 + rng.range(-20, 20), rng.range(125, 145), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科']), rng);
    s.put(s.width / 2, 2170, '注：本证明涂改无效，复印无效；须加盖医院诊断证明专用章。', st(face, 9.5, { align: 'center', color: '#333' }));
  },
};
