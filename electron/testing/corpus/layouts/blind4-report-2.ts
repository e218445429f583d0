import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY } from '../hospitals';
import { handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { CITY4, COUNTY4, fit, local, printDay, prose, sonogram, TCM4, wrap } from './blind4-kit';

/** Whose neck vessels a county ultrasound room scans: strokes, pressures, diabetics, hearts. */
const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];
const VESSELS = ['RCCA', 'LCCA', 'RICA', 'LICA', 'RVA', 'LVA'];

/**
 * County / city hospital 颈部血管彩色多普勒超声检查报告: the 申请 time (often the day before) in the header beside the
 * patient, two B-mode images, a measurement table, 超声所见 prose and 超声提示 (the scan's conclusions, not the patient's
 * diagnoses); 检查日期 and 报告时间 at the bottom (the report is the truth), the sonographer's hand.
 */
export const blind4Report2: Layout = {
  id: 'blind4-report-2',
  kind: 'report',
  split: 'blind',
  style: 'County / city / county TCM hospital 超声医学科 颈部血管彩色多普勒超声检查报告: letterhead, '
    + 'underlined header rows, two grey B-mode images, vessel table, serif or sans 10–11 pt',
  exercises: ['姓名 / 性别 / 年龄 / 身份证号 in underlined header rows with 超声号, 门诊/住院号, 检查部位 and 申请医生',
    '申请时间 (the day before, or the same morning) in the header: not the report', '临床诊断 in the header (counted)',
    'two B-mode images with vessel captions (RCCA, LCCA)', 'a vessel table of 内径 / IMT / PSV / EDV / RI numbers',
    '超声所见 prose and numbered 超声提示 (plaque, thickening: not diagnoses)', '检查日期 and 报告时间 at the bottom (truth), the sonographer handwritten',
    '打印 line in the footer (later)'],
  doc: (rng) => {
    const hospitals = [...COUNTY4, ...CITY4, ...TCM4, ...COUNTY];
    const doc = fit(local(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals, compoundSurnames: 0.1 }), rng));
    return { ...doc, dates: { ...doc.dates, report: rng.chance(0.85) ? doc.dates.sample : addDays(doc.dates.sample, 1) } };
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const serif = rng.chance(0.45);
    const face = serif ? 'serif' : 'sans';
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.9;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 212, '彩色多普勒超声检查报告单', st(semi, 15, { align: 'center', spacing: 2 }));
    s.put(x0, 212, rng.pick(['超声医学科', '彩超室', '功能检查科']), st(face, 9.5));
    s.put(right, 212, `超声号：US${doc.recordNo.slice(2)}`, st(face, 9.5, { align: 'right' }));

    const ask = rng.chance(0.6) ? addDays(doc.dates.sample, -1) : doc.dates.sample;
    const askMin = ask === doc.dates.sample ? Math.max(7 * 60 + 30, doc.times.sample - 60) : rng.int(14 * 60, 17 * 60 + 30);
    const inpatient = rng.chance(0.4);
    const col = [x0, x0 + 400, x0 + 700, x0 + 1010];
    const rows: readonly (readonly [number, string][])[] = [
      [[0, `姓名：${p.name}`], [1, `性别：${p.sex}`], [2, `年龄：${p.age}岁`], [3, `${inpatient ? '住院号' : '门诊号'}：${doc.recordNo}`]],
      [[0, `身份证号：${p.idNumber}`], [2, `科室：${doc.department}`], [3, `床号：${inpatient ? doc.bed : ''}`]],
      [[0, `检查部位：${rng.pick(['颈部血管', '双侧颈动脉+椎动脉', '颈动脉'])}`], [2, `申请医生：${doc.doctors.attending}`],
        [3, `申请时间：${formatDate(ask, 'isoTime', askMin)}`]],
    ];
    let y = 290;
    for (const r of rows) {
      r.forEach(([c, t]) => s.put(col[c] ?? x0, y, t, f));
      s.line(x0, y + 14, right, y + 14, 0.8, '#999999');
      y += lh;
    }
    const dxLines = wrap(s, `临床诊断：${doc.dx.western.map((d) => d.text).join('，')}`, w, f, doc.dx.western.map((d) => d.text));
    dxLines.forEach((t) => {
      s.put(x0, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.line(x0, y - lh + 18, right, y - lh + 18, 2);

    // Two images with their captions.
    const iw = 580;
    const ih = 380;
    const gap = (w - 2 * iw) / 3;
    const plaque = doc.primary !== 'HYPERTENSION' || rng.chance(0.5);
    const colour = rng.chance(0.6);
    [0, 1].forEach((i) => {
      const ix = x0 + gap + i * (iw + gap);
      sonogram(s, ix, y + 10, iw, ih, rng, { plaque: plaque && i === 0, colour: i === 1 && colour });
      s.put(ix + iw / 2, y + ih + 50, i === 0 ? 'RCCA 纵切' : colour ? 'LCCA CDFI' : 'LCCA 纵切', st('sans', 9, { align: 'center' }));
    });
    y += ih + 100;

    // The vessel table.
    const cw = Array.from({ length: 6 }, () => w / 6);
    const L = (t: string, i: number): Cell => ({ text: t, w: cw[i] ?? 200, label: true });
    const V = (t: string, i: number): Cell => ({ text: t, w: cw[i] ?? 200, align: 'center' });
    const table: Cell[][] = [['血管', '内径(mm)', 'IMT(mm)', 'PSV(cm/s)', 'EDV(cm/s)', 'RI'].map(L)];
    for (const v of VESSELS) {
      const vert = v.endsWith('VA');
      const psv = vert ? rng.int(35, 65) : rng.int(55, 95);
      const edv = Math.round(psv * rng.range(0.22, 0.34));
      table.push([v, (vert ? rng.range(3.0, 3.9) : rng.range(6.2, 7.6)).toFixed(1), vert ? '—' : rng.range(0.8, 1.4).toFixed(1), String(psv),
        String(edv), ((psv - edv) / psv).toFixed(2)].map(V));
    }
    y = s.grid(x0, y, px(pt - 0.5) * 1.9, table, st(face, pt - 0.5), { label: st(semi, pt - 0.5), shade: '#f0f0f0', border: 1.2 }) + lh;

    const side = rng.pick(['左侧', '右侧']);
    const seen = `双侧颈总动脉内径对称，内-中膜${plaque ? '不均匀增厚' : '增厚'}，最厚处约${rng.range(1.1, 1.5).toFixed(1)}mm；`
      + (plaque ? `${side}颈动脉分叉处后壁见大小约${rng.range(8, 18).toFixed(1)}mm×${rng.range(1.6, 3.2).toFixed(1)}mm${rng.pick(['低回声', '等回声', '强回声'])}斑块，`
        + '形态欠规则，管腔未见明显狭窄。' : '管腔内未见明显斑块回声。')
      + `双侧颈内动脉血流通畅，频谱形态正常。双侧椎动脉走行${rng.pick(['正常', '稍迂曲'])}，血流方向正常。`;
    s.put(x0, y, '超声所见：', b);
    y = prose(s, x0, y + lh, w, seen, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    s.put(x0, y, '超声提示：', b);
    const hints = [plaque ? `双侧颈动脉内-中膜增厚伴${side}斑块形成` : '双侧颈动脉内-中膜增厚', rng.pick(['双侧椎动脉血流未见明显异常', '右侧椎动脉阻力指数增高'])];
    hints.forEach((t, i) => s.put(x0 + px(pt) * 2, y + (i + 1) * lh, `${i + 1}.${t}`, st(semi, pt)));
    y += (hints.length + 1) * lh + lh;

    const ds: DateStyle = rng.pick(['cn', 'iso', 'slash'] as const);
    const by = Math.max(y + lh, 2010);
    s.put(x0, by, `检查日期：${formatDate(doc.dates.sample, ds)}`, f);
    const rep = formatDate(doc.dates.report, ds === 'cn' ? 'cnTime' : ds === 'iso' ? 'isoTime' : 'slashTime', doc.times.report);
    s.put(x0 + w * 0.36, by, `报告时间：${rep}`, f);
    const sw = s.put(x0 + w * 0.74, by, '检查医师：', f);
    handwritten(s, x0 + w * 0.74 + sw + 6, by, doc.doctors.checker, pt * 1.3, rng);
    const small = st(face, 8.5, { color: '#444' });
    s.line(x0, 2170, right, 2170, 1);
    s.put(x0, 2205, '本报告仅供临床医师参考，不作诊断证明。', small);
    s.put(right, 2205, `${formatDate(printDay(doc, rng), 'iso')} 打印`, { ...small, align: 'right' });
  },
};
