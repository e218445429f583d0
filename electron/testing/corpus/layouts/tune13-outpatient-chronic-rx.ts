import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { SCHEME_NAMES, type DiseaseKey } from '../diseases';
import { handwritten, nameStamp } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { rxItem } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords } from './tune10-kit';
import { GENERAL13, local13, TCM13 } from './tune13-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'SEVERE_MENTAL_DISORDER', 'URAEMIA_DIALYSIS',
  'TRANSPLANT_ANTI_REJECTION'];

/**
 * 门诊慢特病处方笺 of a Hebei, Henan or Jiangsu county hospital printed on a whole A4 sheet: the kind boxed at the top right,
 * a bordered header grid with 身份证号 (truth), 病种 in the scheme's words and its 认定日期 (an earlier date, not truth),
 * 临床诊断 (counted), 开具日期 (the visit, truth) beside 用药周期; the drugs in a bordered table after a large Rp; the
 * pharmacists' four names; and a 慢病取药记录 table of the last dispensings (dates that are not the visit) with the
 * 下次取药日期 weeks on.
 */
export const tune13OutpatientChronicRx: Layout = {
  id: 'tune13-outpatient-chronic-rx',
  kind: 'outpatient',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county hospital 门诊慢特病处方笺 on A4: boxed kind, bordered header grid with 病种 and 认定日期, '
    + 'Rp drug table, pharmacists\' names, 取药记录 table, serif or sans 10.5–11.5 pt',
  exercises: ['开具日期 in the grid beside 用药周期 4周 (truth)', '病种：高血压、糖尿病 in the scheme\'s words and 认定日期 years back (not truth)',
    '临床诊断 joined by ；(counted)', 'drug table with 规格 / 数量 / 用法用量 (numbers that are not dates)',
    '慢病取药记录 with three earlier dispensing dates and 下次取药日期 (not the visit)',
    'handwritten 医师 with a red name stamp; 审核 / 调配 / 核对发药 names'],
  doc: (rng) => {
    const d = local13(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...GENERAL13, ...GENERAL13, ...TCM13],
      compoundSurnames: 0.1 })), rng, { outside: 0.25, near: 0.1, avoid: /急性|不稳定|恢复期/u }), rng);
    return settled(d);
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const bold = serif ? 'serifBold' : 'sansBold';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const weeks = rng.pick([4, 4, 8, 12]);

    const kind = rng.pick(['慢病', '长处方', '慢特病']);
    const kw = s.measure(kind, st('sansBold', 14)) + 44;
    s.rect(right - kw, 90, kw, 76, 2.6);
    s.put(right - kw / 2, 142, kind, st('sansBold', 14, { align: 'center' }));
    s.put(s.width / 2, 160, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 245, rng.pick(['门诊慢特病处方笺', '门诊慢性病处方', '慢病长期处方笺']), st(bold, 16, { align: 'center', spacing: 5 }));
    const fee = rng.pick(['居民医保', '职工医保']);
    s.put(x0, 320, `费别：${ticks(['职工医保', '居民医保', '自费'], fee)}`, f);
    s.put(right, 320, `NO.${String(rng.int(1, 9_999_999)).padStart(8, '0')}`, { ...f, align: 'right' });

    // The header grid.
    const rh = px(pt) * 2.3;
    let y = 350;
    const row = (cells: readonly (readonly [string, number, boolean])[]): void => {
      let cx = x0;
      cells.forEach(([t, cw, label], i) => {
        const width = i === cells.length - 1 ? right - cx : cw;
        s.rect(cx, y, width, rh, 1.6);
        const base = y + rh / 2 + px(pt) * 0.36;
        if (label) s.put(cx + width / 2, base, t, { ...b, align: 'center' });
        else s.put(cx + 14, base, t, f);
        cx += width;
      });
      y += rh;
    };
    const ds: DateStyle = rng.pick(['cn', 'iso', 'dotPad'] as const);
    const granted = addDays(doc.dates.visit, -rng.int(200, 1400));
    const lw = 170;
    row([['姓名', lw, true], [p.name, 280, false], ['性别', 120, true], [p.sex, 120, false], ['年龄', 120, true], [`${p.age}岁`, 150, false],
      ['门诊号', 150, true], [doc.recordNo, 0, false]]);
    row([['身份证号', lw, true], [p.idNumber, 570, false], ['科别', 120, true], [doc.department, 0, false]]);
    const schemes = doc.dx.keys.map((k) => SCHEME_NAMES[k]).join('、');
    row([['病种', lw, true], [schemes, 0, false]]);
    row([['认定日期', lw, true], [formatDate(granted, ds), 570, false], ['慢病证号', 270, true], [`MB${doc.recordNo.slice(3)}`, 0, false]]);
    const texts = doc.dx.western.map((d) => d.text);
    wrap(s, texts.join('；'), w - lw - 30, f, { keep: texts }).forEach((t, i) => row([[i === 0 ? '临床诊断' : '', lw, true], [t, 0, false]]));
    s.diagnoses(doc.dx.western);
    row([['开具日期', lw, true], [formatDate(doc.dates.visit, ds), 570, false], ['用药周期', 120 + 150, true],
      [`${weeks}周（${weeks * 7}天）`, 0, false]]);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    // Rp and the drug table.
    y += px(pt) * 3.4;
    s.put(x0, y, 'Rp.', st('serifBold', 22));
    y += px(pt) * 1.6;
    const cols = [0, 90, 640, 900, 1080];
    const heads = ['序号', '药品名称', '规格', '数量', '用法用量'];
    const th = px(pt) * 2;
    s.line(x0, y, right, y, 1.6);
    heads.forEach((t, i) => s.put(x0 + (cols[i] ?? 0) + 12, y + th * 0.68, t, b));
    y += th;
    s.line(x0, y, right, y, 1);
    const meds = [...new Set(doc.medicines)].slice(0, 5).map((m) => rxItem(m, rng));
    meds.forEach((m, i) => {
      const parts = m.pack.split('×');
      const [spec, qty] = parts.length >= 3 ? [parts.slice(0, 2).join('×'), parts[2] ?? ''] : [parts[0] ?? '', parts[1] ?? ''];
      const cells = [String(i + 1), m.name, spec, qty, `${m.dose} ${m.often} ${m.route}`];
      cells.forEach((t, j) => s.put(x0 + (cols[j] ?? 0) + 12, y + th * 0.68, t, j === 4 ? st(face, pt - 0.5) : f));
      y += th;
    });
    s.line(x0, y, right, y, 1.6);
    y += th;
    s.put(s.width / 2, y, '（以下空白）', st(face, pt - 1, { align: 'center', color: '#555' }));
    y += th * 1.6;

    const mw = s.put(x0, y, '医师：', b);
    const hw = handwritten(s, x0 + mw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    nameStamp(s, x0 + mw + hw + 130, y - 16, doc.doctors.attending, rng);
    s.pair(x0 + w * 0.64, y, '金额：', `¥${rng.range(80, 1200).toFixed(2)}`, b, f);
    y += px(pt) * 2.2;
    [['审核药师：', doc.doctors.checker], ['调配：', doc.doctors.resident], ['核对/发药：', doc.doctors.director]]
      .forEach(([l, v], i) => s.pair(x0 + i * w * 0.34, y, l ?? '', v ?? '', b, f));
    y += px(pt) * 2;
    s.line(x0, y, right, y, 1, '#777');

    // The dispensing record of this 病种.
    y += px(pt) * 2.6;
    s.put(x0, y, '慢病取药记录', st(bold, pt + 1));
    const next = formatDate(addDays(doc.dates.visit, weeks * 7), ds);
    s.put(right, y, `下次取药日期：${next}`, { ...f, align: 'right' });
    y += px(pt) * 1.2;
    const past = [1, 2, 3].map((k) => addDays(doc.dates.visit, -weeks * 7 * k - rng.int(0, 4)));
    const rec = [x0, x0 + 320, x0 + 620, x0 + 900];
    const rows = [['取药日期', '医师', '周期', '金额（元）'], ...past.map((d) => [formatDate(d, ds), doc.doctors.attending, `${weeks}周`,
      rng.range(80, 1200).toFixed(2)])];
    rows.forEach((r, i) => {
      s.rect(x0, y, w, th, 1);
      r.forEach((t, j) => s.put((rec[j] ?? x0) + 14, y + th * 0.68, t, i === 0 ? b : f));
      y += th;
    });
    const small = st(face, 8.5, { color: '#444' });
    s.put(x0, 2190, '注：1.本处方当日有效；2.慢特病长期处方用量一般不超过12周，病情变化请及时就诊。', small);
  },
};
