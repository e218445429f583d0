import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { localB14, QINGHAI14, spectrum, XINJIANG14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION',
  'DIABETES', 'CORONARY_HEART_DISEASE'];

/** The vessels a TCD examines: name, depth range (mm), mean velocity (cm/s) and whether flow runs towards the probe. */
const VESSELS: readonly (readonly [string, number, number, number, boolean])[] = [
  ['L-MCA', 48, 58, 58, true], ['R-MCA', 48, 58, 57, true], ['L-ACA', 62, 72, 47, false], ['R-ACA', 62, 72, 46, false],
  ['L-PCA', 60, 68, 39, true], ['R-PCA', 60, 68, 38, true], ['L-VA', 58, 72, 35, false], ['R-VA', 58, 72, 34, false],
  ['BA', 82, 100, 40, false],
];

/**
 * 经颅多普勒超声（TCD）检查报告 of a Qinghai or Xinjiang county hospital's 神经电生理室: letterhead, a bordered patient grid with
 * 身份证号 (truth) and a 临床诊断 row (counted; wrapped when long), six Doppler spectra with their vessel and depth, the velocity table
 * of nine vessels (depths, Vs / Vm / Vd, PI, RI — numbers that are not dates), 检查所见 prose and 检查提示 naming arteriosclerotic
 * spectra or a faster MCA (not the clinical diagnoses), 检查日期 (not truth) and 报告日期 (truth) with the examiner's hand.
 */
export const blind14Report2: Layout = {
  id: 'blind14-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Qinghai / Xinjiang county hospital 神经电生理室 经颅多普勒（TCD）报告: bordered patient grid with a 临床诊断 row, six Doppler '
    + 'spectra with captions, nine-vessel velocity table, 检查所见 / 检查提示, serif or sans 10–11 pt',
  exercises: ['姓名 / 身份证号 in a bordered grid (truth)', '临床诊断 row, wrapped when long (counted)', 'Doppler spectra (not text)',
    'velocity table of depths, velocities, PI and RI (numbers, not dates)', '检查提示: 脑动脉硬化频谱改变, MCA 血流速度增快 (not counted)',
    '检查日期 the same day or the day before 报告日期 (truth = 报告日期)'],
  doc: (rng) => localB14(countyWords(settled(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...QINGHAI14, ...XINJIANG14],
    compoundSurnames: 0.05 }))), rng, { outside: 0.2, near: 0.15 }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;

    s.put(s.width / 2, 135, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 205, '经颅多普勒超声（TCD）检查报告', st(serif ? 'serifBold' : 'sansBold', 14.5, { align: 'center', spacing: 1 }));
    const inpatient = rng.chance(0.5);
    const c = (text: string, cw: number, label = false): Cell => ({ text, w: cw, label });
    const rh = px(pt) * 2;
    let y = s.grid(x0, 250, rh, [
      [c('姓名', 140, true), c(p.name, 230), c('性别', 110, true), c(p.sex, 100), c('年龄', 110, true), c(`${p.age}岁`, 130),
        c('检查号', 140, true), c(`TCD${doc.recordNo.slice(4)}`, w - 960)],
      [c('科室', 140, true), c(doc.department, 230), c('床号', 110, true), c(inpatient ? doc.bed : '', 100),
        c(inpatient ? '住院号' : '门诊号', 240, true), c(doc.recordNo, w - 820)],
      [c('身份证号', 140, true), c(p.idNumber, 580), c('仪器', 110, true),
        c(rng.pick(['Delica EMS-9A', 'DWL Doppler-Box X', 'KJ-2V6M']), w - 830)],
    ], f, { label: b, border: 1.5 });
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - 170, f, { keep: texts });
    const dh = Math.max(rh, lines.length * lh + px(pt) * 0.8);
    s.rect(x0, y, 140, dh, 1.5);
    s.rect(x0 + 140, y, w - 140, dh, 1.5);
    s.put(x0 + 70, y + dh / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + 152, y + dh / 2 + px(pt) * 0.36 + (i - (lines.length - 1) / 2) * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += dh + 50;

    // Velocities: stiff vessels (PI up) in the old or the hypertensive; a faster MCA on one side now and then.
    const stiff = p.age >= 55 || doc.dx.keys.includes('HYPERTENSION') || doc.dx.keys.includes('DIABETES');
    const fast = rng.chance(doc.dx.keys.includes('CEREBROVASCULAR_DISEASE') ? 0.5 : 0.2) ? rng.pick(['L-MCA', 'R-MCA']) : '';
    const rows = VESSELS.map(([name, d0, d1, vm0, towards]) => {
      const vm = vm0 * (name === fast ? rng.range(1.35, 1.65) : rng.range(0.8, 1.15));
      const pi = stiff ? rng.range(1.05, 1.38) : rng.range(0.68, 1.02);
      const vd = (vm * (3 - pi)) / 3;
      const vs = vd + pi * vm;
      return { name, depth: rng.int(d0, d1), vs, vm, vd, pi, ri: (vs - vd) / vs, towards };
    });
    const sw = (w - 2 * 30) / 3;
    const sh = 190;
    const shown = ['L-MCA', 'R-MCA', 'L-ACA', 'R-ACA', rng.pick(['L-VA', 'R-VA']), 'BA'];
    rows.filter((r) => shown.includes(r.name)).forEach((r, i) => {
      const [ix, iy] = [x0 + (i % 3) * (sw + 30), y + Math.floor(i / 3) * (sh + 70)];
      spectrum(s, ix, iy, sw, sh, rng, { up: r.towards, vs: r.vs, vd: r.vd, top: Math.max(120, Math.ceil(r.vs / 40) * 40 + 20) });
      s.put(ix + sw / 2, iy + sh + px(9) * 1.5, `${r.name}  深度${r.depth}mm`, st('sans', 9, { align: 'center' }));
    });
    y += 2 * (sh + 70) + lh * 0.4;

    const cw = [w * 0.13, w * 0.12, w * 0.12, w * 0.12, w * 0.12, w * 0.12, w * 0.12, w * 0.15];
    const cell = (text: string, i: number, label = false): Cell => ({ text, w: cw[i] ?? 100, label, align: 'center' });
    y = s.grid(x0, y, lh * 1.05, [
      ['血管', '深度(mm)', 'Vs(cm/s)', 'Vm(cm/s)', 'Vd(cm/s)', 'PI', 'RI', '血流方向'].map((t, i) => cell(t, i, true)),
      ...rows.map((r) => [r.name, String(r.depth), r.vs.toFixed(0), r.vm.toFixed(0), r.vd.toFixed(0), r.pi.toFixed(2), r.ri.toFixed(2),
        r.towards ? '正向' : '负向'].map((t, i) => cell(t, i))),
    ], st(f.face, pt - 1), { shade: '#eeeeee', label: st(b.face, pt - 1), border: 1.1 }) + lh * 1.1;

    const side = fast === 'L-MCA' ? '左侧' : '右侧';
    const seen = `双侧大脑中动脉、大脑前动脉、大脑后动脉及椎-基底动脉血流信号可探及，${fast ? `${side}大脑中动脉血流速度增快，频谱紊乱，可闻及粗糙杂音，` : ''}`
      + `${stiff ? '各血管频谱形态呈阻力型改变，收缩峰圆钝，S1、S2峰融合，PI值普遍增高' : '各血管血流速度及频谱形态未见明显异常'}；`
      + '颈内动脉颅外段未见明显异常血流信号。';
    s.put(x0, y, '检查所见：', st(b.face, pt + 0.5));
    y = para(s, x0, y + lh * 1.1, w, seen, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    s.put(x0, y, '检查提示：', st(b.face, pt + 0.5));
    y += lh * 1.1;
    const says = [...(stiff ? ['脑动脉硬化频谱改变'] : []), ...(fast ? [`${side}大脑中动脉血流速度增快（轻度狭窄可能）`] : []),
      ...(!stiff && !fast ? ['所检颅内动脉血流速度及频谱形态未见明显异常'] : [])];
    says.forEach((t, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${t}`, b);
      y += lh;
    });

    const fy = Math.max(y + lh * 1.2, 2080);
    s.line(x0, fy - lh * 0.9, right, fy - lh * 0.9, 1.2);
    s.pair(x0, fy, '检查日期：', formatDate(doc.dates.sample, 'iso'), b, f);
    s.pair(x0 + w * 0.36, fy, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'isoTime'] as const), doc.times.report), b, f);
    const ew = s.put(x0 + w * 0.7, fy, '检查医师：', b);
    handwritten(s, x0 + w * 0.7 + ew + 8, fy, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0, fy + lh * 1.3, '注：TCD结果受颞窗透声条件影响，仅供临床参考。', st('sans', 8.5, { color: '#444' }));
  },
};
