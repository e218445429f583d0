import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { barcode, handwritten, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { para, suited, wrap } from './tune6-kit';
import { codeOf, countyWords, denial } from './tune10-kit';
import { historyItem, md, withWeekday } from './tune11-kit';

/** The Z code of a history item. */
const pastCode = (t: string): string => (t.startsWith('脑梗死') ? 'Z86.701' : t.startsWith('恶性') ? 'Z85.900' : 'Z98.800');

const KEYS: readonly DiseaseKey[] = ['CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'DIABETES', 'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS'];

/**
 * 出院小结 of a city or county hospital whose stay sits in a two-row header grid, the labels in a shaded row and the values
 * under them (入院时间 | 出院时间 | 住院天数 | 手术日期 | 转科日期), the admission sometimes with its weekday; an ICU stay
 * and the operation told again in the 诊疗经过 as month.day; 出院诊断 as a 主要诊断 / 次要诊断 table whose 诊断名称 is the
 * last column and wraps inside its cell, the code before it.
 */
export const tune11DischargeSummaryGrid: Layout = {
  id: 'tune11-discharge-summary-grid',
  kind: 'discharge',
  split: 'tune',
  style: 'City / county hospital 出院小结: barcode letterhead, shaded label-over-value stay grid, 主要诊断 / 次要诊断 table with the '
    + 'name last and wrapping, serif or sans 10.5–11 pt, seal over the signature block',
  exercises: ['入院时间 / 出院时间 values under their labels in a two-row grid (cnShort, dotPad, weekday 2025年3月4日（星期二）, iso time)',
    '手术日期 and 转科日期 in the same grid (not truth); ICU 3.6-3.9 in 诊疗经过 (not truth)',
    '主要诊断 / 次要诊断 table: 类别 | ICD-10 | 诊断名称, the name wrapping to a second line in its cell',
    'a past operation (…术后) or 个人史 among 次要诊断 is printed as 既往 and not counted', '入院诊断 on one line with a ？ (not counted)'],
  doc: (rng) => countyWords(suited(forPatient(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: [...CITY, ...CITY_MORE, ...COUNTY],
    compoundSurnames: 0.12, yearEnd: 0.15 }), rng, COUNTY)), rng, { outside: 0.6, near: 0.3, avoid: /后遗症/u }),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([10.5, 11]);
    const f = st(face, pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.7;
    const shade = rng.pick(['#e8e8e8', '#e6edf5']);

    s.put(x0, 130, doc.hospital.name, st(bold, 18, { spacing: 2 }));
    s.put(x0, 195, rng.pick(['出院小结', '出 院 小 结']), st(bold, 15, { spacing: 5 }));
    const bw = barcode(s, right - 320, 80, doc.recordNo, 60, 2.3);
    s.put(right - 320 + bw / 2, 170, `住院号 ${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    s.line(x0, 225, right, 225, 2.5);

    let y = 280;
    const row1: [string, string][] = [['姓名：', doc.patient.name], ['性别：', doc.patient.sex], ['年龄：', `${doc.patient.age}岁`],
      ['科室：', doc.department], ['床号：', `${doc.bed}`]];
    const cw = [330, 190, 190, 420, 0];
    let x = x0;
    row1.forEach(([l, v], i) => {
      s.pair(x, y, l, v, b, f);
      x += cw[i] ?? 0;
    });
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    y += lh * 0.7;

    // The stay grid: labels over values.
    const ds: DateStyle | 'week' = rng.pick(['cnShort', 'dotPad', 'week', 'isoTime'] as const);
    const day = (iso: string, minutes: number): string =>
      ds === 'week' ? withWeekday(iso, 'cn') : formatDate(iso, ds, minutes);
    const op = doc.procedure !== '胃镜检查';
    const icuIn = addDays(doc.dates.admission, 1);
    const icuDays = Math.min(3, Math.max(1, doc.stayDays - 4));
    const icuOut = addDays(icuIn, icuDays);
    const cols: [string, string][] = [['入院时间', day(doc.dates.admission, doc.times.admission)],
      ['出院时间', day(doc.dates.discharge, doc.times.discharge)], ['住院天数', `${doc.stayDays}天`],
      op ? ['手术日期', formatDate(doc.dates.surgery, 'iso')] : ['入院途径', rng.pick(['门诊', '急诊'])],
      ['转科日期', formatDate(icuOut, 'iso')]];
    const widths = ds === 'week' || ds === 'isoTime' ? [390, 390, 160, 237, 257] : [310, 310, 190, 312, 312];
    const rh = px(pt) * 2;
    x = x0;
    cols.forEach(([l, v], i) => {
      const cwid = widths[i] ?? 200;
      s.g.fillStyle = shade;
      s.g.fillRect(x, y, cwid, rh);
      s.rect(x, y, cwid, rh, 1.4);
      s.rect(x, y + rh, cwid, rh, 1.4);
      s.put(x + cwid / 2, y + rh / 2 + px(pt) * 0.36, l, { ...b, align: 'center' });
      s.put(x + cwid / 2, y + rh * 1.5 + px(pt) * 0.36, v, { ...f, align: 'center' });
      x += cwid;
    });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y += rh * 2 + lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    section('入院情况：', `因“${doc.complaint}”入院。既往：${doc.history.past}；${denial(doc, rng)}。`);
    const adm = doc.dx.admission.map((d) => d.text).join('  ');
    section('入院诊断：', adm, doc.dx.admission.map((d) => d.text));
    const inIcu = `${md(icuIn)}-${md(icuOut)}`;
    section('诊疗经过：', `入院后予${doc.course}等治疗。${md(icuIn)}因病情加重转入ICU监护治疗，${inIcu}住ICU共${icuDays}天，`
      + `${md(icuOut)}转回我科。${op ? `${md(doc.dates.surgery)}行${doc.procedure}，术后恢复顺利。` : ''}`, [inIcu, md(icuIn), md(icuOut)]);
    section('出院情况：', '患者一般情况可，生命体征平稳，无明显不适。');

    s.put(x0, y, '出院诊断：', b);
    y += lh * 0.5;
    const items: { cat: string; d: Dx }[] = doc.dx.western.map((d, i) => ({ cat: i === 0 ? '主要诊断' : '次要诊断', d }));
    const past = rng.chance(0.5) ? historyItem(doc, rng) : null;
    if (past) items.push({ cat: '次要诊断', d: past });
    const catW = 200;
    const codeW = 230;
    const nameW = Math.min(w - catW - codeW, rng.pick([360, 420, 900]));
    const tableW = catW + codeW + nameW;
    items.forEach((it, i) => {
      const lines = wrap(s, it.d.text, nameW - 30, f);
      const h = Math.max(rh, lines.length * lh + px(pt) * 0.8);
      if (i === 0) {
        s.g.fillStyle = shade;
        s.g.fillRect(x0, y, tableW, rh);
        let hx = x0;
        for (const [t, cwid] of [['诊断类别', catW], ['ICD-10编码', codeW], ['诊断名称', nameW]] as const) {
          s.rect(hx, y, cwid, rh, 1.4);
          s.put(hx + cwid / 2, y + rh / 2 + px(pt) * 0.36, t, { ...b, align: 'center' });
          hx += cwid;
        }
        y += rh;
      }
      const base = y + (lines.length > 1 ? lh * 0.5 + px(pt) * 0.5 : rh / 2 + px(pt) * 0.36);
      s.rect(x0, y, catW, h, 1.4);
      s.rect(x0 + catW, y, codeW, h, 1.4);
      s.rect(x0 + catW + codeW, y, nameW, h, 1.4);
      s.put(x0 + catW / 2, base, it.cat, { ...f, align: 'center' });
      s.put(x0 + catW + codeW / 2, base, it.d === past ? pastCode(it.d.text) : codeOf(it.d, i),
        { ...f, align: 'center' });
      lines.forEach((t, j) => s.put(x0 + catW + codeW + 15, base + j * lh, t, f));
      y += h;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 1.2;
    section('出院医嘱：', `1.继续口服${doc.medicines.slice(0, 2).join('，')}；2.${rng.pick(['2周', '1个月'])}后门诊复查。`, doc.medicines);

    y += lh * 0.8;
    const sw = s.put(x0 + w * 0.45, y, '主治医师：', b);
    handwritten(s, x0 + w * 0.45 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.72, y, '住院医师：', doc.doctors.resident, b, f);
    if (rng.chance(0.5)) seal(s, x0 + w * 0.62, y - 20, 110, doc.hospital.name, '病案管理专用章', rng);
  },
};
