import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import { KEYS } from '../diseases';
import { COUNTY, COUNTY_MORE, PROVINCES, TOWNSHIP } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, pastHistory, printedOn } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { countyOf } from './tune5-kit';
import { agreeing, examOf, type Flow, lungTumour, shortYear, suited, twoColumns, wrap } from './tune6-kit';

/** General county hospitals (no TCM or 妇幼 ones: their records look otherwise). */
const HOSPITALS = [...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES].filter((h) => !/中医|妇幼/u.test(h.name));

/** A compact header's date: 25-03-04, 2025.03.04 or 2025.3.4. */
type Compact = 'short' | 'dotPad' | 'dot';
const compact = (iso: string, how: Compact): string => (how === 'short' ? shortYear(iso) : formatDate(iso, how));

/** The township hospital a patient was moved from (one of Liaocheng's, or a 卫生院 of the hospital's own county). */
function township(doc: Doc, rng: Rng): string {
  if (!/省|自治区/u.test(doc.hospital.address)) return rng.pick(TOWNSHIP).name;
  return `${countyOf(doc).replace(/^.*市(?=.+县)/u, '')}${rng.pick(['城关镇', '城南镇', '东风镇', '新华乡'])}卫生院`;
}

/** What brought the patient in: straight from the clinic, or moved from a township hospital after days there. */
function arrival(doc: Doc, rng: Rng): string {
  const cn = (iso: string): string => formatDate(iso, 'cnShort');
  if (rng.chance(0.45)) return `患者因“${doc.complaint}”于${cn(doc.dates.admission)}由门诊收入院。`;
  const before = addDays(doc.dates.admission, -rng.int(4, 12));
  const until = addDays(doc.dates.admission, -rng.int(0, 1));
  return `患者因“${doc.complaint}”于${cn(before)}至${cn(until)}在${township(doc, rng)}住院治疗，效果欠佳，`
    + `为进一步诊治于${cn(doc.dates.admission)}转入我院。`;
}

/** A heading and its paragraph as column lines (the heading on a line of its own). */
function section(s: Sheet, head: string, text: string, w: number, hs: Style, f: Style, keep: readonly string[] = []): Flow[] {
  return [{ text: head, style: hs, head: true }, ...wrap(s, text, w, f, { indent: px(f.pt) * 2, keep }).map((t, i) => ({ text: t, style: f,
    indent: i === 0 ? px(f.pt) * 2 : 0 }))];
}

/**
 * 出院记录 of a county hospital set in two balanced columns: a reverse-printed band with 住院号 / 病区 / 床号, a compact
 * header with the stay as 入院 25-03-04 09:30 (or 2025.03.04), sections numbered 一、… 七、 that run from the first column
 * into the second, a stay in a township hospital before the transfer, and 出院诊断 as one run-on line without numbers.
 */
export const tune6DischargeTwoColumn: Layout = {
  id: 'tune6-discharge-two-column',
  kind: 'discharge',
  split: 'tune',
  style: 'County hospital (Shandong and other provinces) 出院记录 in two balanced columns: reverse-printed 住院号 band, compact header, sections 一、… 七、, sans or serif 10–11.5 pt',
  exercises: ['white-on-black band 住院号 / 科室 / 病区 / 床号', 'compact header: 姓名：张三　性别：男　年龄：67岁 …, 身份证号 and 医保类型',
    'the stay in a compact line 入院：25-03-04 09:30　出院：25-03-15 08:40　住院11天 (two-digit years), or 2025.03.04 / 2025.3.4',
    'text in two columns: a row of the page holds a line of each, a section runs on from the foot of the first column to the top of the second',
    'section heads numbered 一、入院情况 … 六、出院诊断 (numbers that are not diagnoses)', '辅助检查 dated the admission day with lab values', 'a stay in a township hospital (于…至…在…卫生院住院治疗) before the transfer in (half the pages; not the stay)',
    '入院诊断 numbered inline (not counted)', '出院诊断 as one run-on line without numbers, joined by ；/ ，/ 、 or a wide space (counted)',
    'past illness, denials and family history', '医师签名 handwritten, 科主任 printed, 记录日期 the discharge day', '打印时间 footer (later)'],
  doc: (rng) => lungTumour(suited(localTo(forPatient(makeDoc(rng, { kind: 'discharge', hospitals: HOSPITALS, keys: KEYS, aliases: true, outside: 0.12,
    yearEnd: 0.1, compoundSurnames: 0.15 }), rng, COUNTY), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const bold = serif ? 'serifBold' : 'sansBold';
    let pt = rng.pick([10.5, 11, 11.5]);

    s.put(s.width / 2, 140, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 215, rng.pick(['出院记录', '出 院 记 录']), st(bold, 16, { align: 'center', spacing: 8 }));
    const bandY = 250;
    s.g.fillStyle = '#262626';
    s.g.fillRect(x0, bandY, w, 58);
    const white = st(semi, 10, { color: '#ffffff' });
    const ward = `${rng.pick(['一', '二', '三', '五'])}病区`;
    [`住院号：${doc.recordNo}`, `科室：${doc.department}`, `病区：${ward}`, `床号：${doc.bed}`]
      .forEach((t, i) => s.put(x0 + 24 + ([0, 420, 800, 1120][i] ?? 0), bandY + 40, t, white));

    const f0 = st(face, 10.5);
    const b0 = st(semi, 10.5);
    const [sex, age] = sexAge(doc);
    let y = bandY + 120;
    const row = (cells: readonly (readonly [string, string])[], at: readonly number[]): void =>
      cells.forEach(([l, v], i) => s.pair(x0 + (at[i] ?? 0), y, l, v, b0, i === 0 ? st(semi, 11) : f0));
    row([['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['职业：', doc.patient.age >= 60 ? '退休' : rng.pick(['农民', '工人', '个体'])],
      ['民族：', rng.pick(['汉族', '汉族', '回族'])]], [0, 360, 600, 860, 1150]);
    y += px(10.5) * 1.8;
    row([['身份证号：', doc.patient.idNumber], ['医保类型：', rng.pick(['城乡居民医保', '城镇职工医保', '居民医保'])]], [0, 860]);
    y += px(10.5) * 1.8;
    const how: Compact = rng.pick(['short', 'short', 'dotPad', 'dot'] as const);
    const [inL, outL] = rng.pick([['入院：', '出院：'], ['入院日期：', '出院日期：']] as const);
    row([[inL, `${compact(doc.dates.admission, how)} ${clock(doc.times.admission)}`], [outL, `${compact(doc.dates.discharge, how)} ${clock(doc.times.discharge)}`],
      ['住院', `${doc.stayDays}天`]], [0, 600, 1150]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y + 30, right, y + 30, 2.4);
    const top = y + 100;

    const gutter = 60;
    const colW = (w - gutter) / 2;
    const sep = rng.pick(['；', '，', '、', '\u3000'] as const);
    const cn = (iso: string): string => formatDate(iso, 'cnShort');
    const arrived = arrival(doc, rng);
    const past = pastHistory(doc, rng);
    const surgery = cn(doc.dates.surgery);
    const meds = [...new Set(doc.medicines)].slice(0, 3);
    const tumour = doc.primary === 'MALIGNANT_TUMOR_OUTPATIENT' || doc.primary === 'LEUKEMIA';
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 30]));
    const panel = doc.labs[0];
    const values = (panel?.rows ?? []).slice(0, 4).map((r) => `${r.abbr} ${r.value}${r.unit}${r.flag}`).join('，');
    const tests = `${formatDate(doc.dates.admission, 'dotPad')}${panel?.title ?? '血常规'}：${values}。心电图：${rng.pick(['窦性心律', '窦性心律，ST-T改变', '窦性心律，左室高电压'])}。`
      + `${agreeing(doc) ? `${doc.imaging?.exam}：${doc.imaging?.impression}。` : ''}`;
    const consult = rng.chance(0.5) ? `住院期间请${rng.pick(['眼科', '康复科', '营养科', '心内科'])}会诊，协助诊治。` : '';
    let lines: Flow[] = [];
    for (;;) {
      const f = st(face, pt);
      const hs = st(bold, pt);
      lines = [
        ...section(s, '一、入院情况', `${arrived}既往史：${past}。家族史：${doc.history.family}。查体：T ${(36.3 + rng.int(0, 5) / 10).toFixed(1)}℃，`
          + `BP ${rng.int(116, 178)}/${rng.int(64, 102)}mmHg，神志清，双肺呼吸音清，心律齐，腹软，双下肢无水肿。`, colW, hs, f),
        ...section(s, '二、辅助检查', tests, colW, hs, f),
        ...section(s, '三、入院诊断', listed(doc.dx.admission, '1.').join('  '), colW, hs, f, listed(doc.dx.admission, '1.')),
        ...section(s, '四、诊疗经过', `入院后完善三大常规、肝肾功能、电解质、血脂、心电图及影像学检查，予${doc.course}等治疗，`
          + `于${surgery}行${examOf(doc)}，过程顺利。住院期间病情平稳，复查${doc.labs[0]?.title ?? '血常规'}较前好转。${consult}`, colW, hs, f),
        ...section(s, '五、出院情况', `患者${rng.pick(['无明显不适', '症状较前明显好转', '一般情况可'])}，饮食睡眠可，查体无特殊，`
          + `于${cn(doc.dates.discharge)}${rng.pick(['好转出院', '办理出院'])}。`, colW, hs, f),
        ...section(s, '六、出院诊断', doc.dx.western.map((d) => d.text).join(sep), colW, hs, f, doc.dx.western.map((d) => d.text)),
        ...section(s, '七、出院医嘱', `1.${tumour ? '注意休息，加强营养' : '低盐低脂饮食，注意休息'}；`
          + `2.${tumour ? '1周后复查血常规、肝肾功能，21天后返院行下一周期治疗' : `继续口服：${meds.join('，')}`}；3.${cn(back)}门诊复查，不适随诊。`, colW, hs, f, meds),
      ];
      // A diagnosis is never broken between two lines (a row of the page holds a line of each column).
      const fits = doc.dx.western.every((d) => s.measure(d.text, f) + px(pt) * 2 <= colW);
      if ((fits && top + Math.ceil(lines.length / 2) * px(pt) * 1.85 < 1960) || pt <= 9) break;
      pt -= 0.5;
    }
    const lh = px(pt) * 1.85;
    // Balanced, but a heading never ends the first column.
    const half = Math.ceil(lines.length / 2);
    const split = lines[half - 1]?.head ? half - 1 : half;
    const bottom = twoColumns(s, lines, split, x0, x0 + colW + gutter, top, lh);
    s.line(x0 + colW + gutter / 2, top - lh, x0 + colW + gutter / 2, bottom - lh * 0.6, 1, '#777');
    s.diagnoses(doc.dx.western);

    const f = st(face, pt);
    const sy = bottom + lh * 1.6;
    const mw = s.put(x0, sy, '医师签名：', f);
    handwritten(s, x0 + mw + 10, sy, doc.doctors.resident, pt * 1.35, rng);
    s.pair(x0 + 520, sy, '科主任：', doc.doctors.director, f);
    s.pair(x0 + 960, sy, '记录日期：', formatDate(doc.dates.discharge, 'cnShort'), f);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2195, right, 2195, 1);
    s.put(x0, 2232, `打印时间：${formatDate(printedOn(doc), 'slashTime', doc.times.print)}`, small);
    s.put(right, 2232, '第1页/共1页', { ...small, align: 'right' });
  },
};
