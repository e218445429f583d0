import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { dopplerPanel, local9, SOUTH_WEST9 } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION',
  'HYPERTENSION', 'DIABETES'];
const DEVICES = ['EMS-9A', 'DWL Doppler-Box', 'MultiDop T', 'CBS-2000'];
/** Vessel, depth range (mm), typical systolic velocity (cm/s). */
const VESSELS: readonly (readonly [string, number, number, number])[] = [['左MCA', 50, 60, 95], ['右MCA', 50, 60, 95], ['左ACA', 62, 72, 80],
  ['右ACA', 62, 72, 80], ['左PCA', 60, 70, 62], ['右PCA', 60, 70, 62], ['左VA', 60, 75, 55], ['右VA', 60, 75, 55], ['BA', 80, 100, 60]];
const NAMES: Record<string, string> = { MCA: '大脑中动脉', ACA: '大脑前动脉', PCA: '大脑后动脉', VA: '椎动脉', BA: '基底动脉' };

/**
 * 经颅多普勒（TCD）检查报告单 of a county hospital's 神经电生理室 in Sichuan, Chongqing, Guizhou, Yunnan or Hunan: centred letterhead,
 * a bordered header grid (身份证号 — truth —, 检查时间 with the hour — not truth when the report is signed later), 临床诊断 (counted),
 * four spectrum panels with their vessel and depth, the nine-vessel table (深度, Vs, Vm, Vd, PI, RI, 频谱), 检查所见 prose and
 * 检查提示 numbered (a stenosis, arteriosclerosis), the examining doctor's hand and 报告日期 (truth). Sans or serif 10–10.5 pt.
 */
export const blind9Report2: Layout = {
  id: 'blind9-report-2',
  kind: 'report',
  split: 'blind',
  style: 'South-western county hospital 神经电生理室 经颅多普勒 (TCD) report: centred letterhead, bordered header grid, four Doppler '
    + 'spectrum panels, nine-vessel velocity table, 检查所见 / 检查提示, sans or serif 10–10.5 pt, handwritten signature',
  exercises: ['检查时间 with the hour in the grid (not truth when later signed), 报告日期 at the foot (truth)', '身份证号 in the grid (truth)',
    '临床诊断 (counted) beside 检查提示 that names no catalogue disease', 'a table of velocities, depths and indices (numbers, not dates)'],
  doc: (rng) => local9(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: SOUTH_WEST9, compoundSurnames: 0.04 })),
    rng, { outside: 0.15, near: 0.2, avoid: /足/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10, 10.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;

    s.put(s.width / 2, 145, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 220, rng.pick(['经颅多普勒（TCD）检查报告单', '经颅多普勒超声检查报告', 'TCD脑血流检测报告']),
      st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 2 }));
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const L = (text: string, cw: number): Cell => ({ text, w: cw, label: true });
    const V = (text: string, cw: number): Cell => ({ text, w: cw });
    const exam = formatDate(doc.dates.sample, ds === 'iso' ? 'isoTime' : ds === 'cn' ? 'cnTime' : 'slashTime', doc.times.sample);
    let y = s.grid(x0, 265, px(pt) * 2.1, [
      [L('姓名', 130), V(p.name, 230), L('性别', 110), V(p.sex, 110), L('年龄', 110), V(`${p.age}岁`, 150), L('科别', 130), V(doc.department, 464)],
      [L('门诊号', 130), V(doc.recordNo, 340), L('检查号', 110), V(`TCD${doc.dates.sample.slice(2, 4)}${rng.int(1000, 9999)}`, 260),
        L('仪器', 130), V(rng.pick(DEVICES), 464)],
      [L('身份证号', 130), V(p.idNumber, 560), L('检查时间', 260), V(exam, 484)],
    ], f, { border: 1.2, label: b }) + lh;
    const cw0 = s.put(x0, y, '临床诊断：', b);
    const said = doc.dx.western.map((d) => d.text);
    y = para(s, x0, y, w, said.join('；'), f, lh, { indent: cw0, keep: said }) + lh * 0.2;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    // One vessel narrowed (fast flow) in a stroke patient; stiff vessels (high PI) in the elderly.
    const stroke = doc.dx.keys.includes('CEREBROVASCULAR_DISEASE');
    const narrow = stroke && rng.chance(0.7) ? rng.int(0, 1) : -1;
    const stiff = p.age >= 60 || rng.chance(0.4);
    const rows = VESSELS.map(([name, lo, hi, vs0], i) => {
      const vs = i === narrow ? rng.range(165, 240) : vs0 * rng.range(0.8, 1.2);
      const vd = vs * (stiff ? rng.range(0.3, 0.38) : rng.range(0.42, 0.52));
      const vm = vd + (vs - vd) / 3;
      return { name, depth: rng.int(lo, hi), vs, vd, vm, pi: (vs - vd) / vm, ri: (vs - vd) / vs,
        look: i === narrow ? '湍流、涡流' : stiff ? '收缩峰圆钝' : '正常' };
    });
    const shown = [0, 1, 6, 8];
    const pw = (w - 3 * 30) / 4;
    shown.forEach((k, i) => {
      const r = rows[k];
      if (!r) return;
      dopplerPanel(s, x0 + i * (pw + 30), y, pw, 200, r.vs, r.vd, Math.max(140, r.vs * 1.3), rng);
      s.put(x0 + i * (pw + 30) + pw / 2, y + 240, `${r.name}  ${r.depth}mm`, { ...f, align: 'center' });
    });
    y += 240 + lh * 1.2;

    const cols = [150, 140, 150, 150, 150, 130, 130, 434];
    y = s.grid(x0, y, px(pt) * 1.75, [
      ['血管', '深度(mm)', 'Vs(cm/s)', 'Vm(cm/s)', 'Vd(cm/s)', 'PI', 'RI', '频谱形态'].map((text, i) => ({ text, w: cols[i] ?? 0, label: true })),
      ...rows.map((r) => [r.name, String(r.depth), ...[r.vs, r.vm, r.vd].map((v) => v.toFixed(0)), r.pi.toFixed(2), r.ri.toFixed(2), r.look]
        .map((text, i) => ({ text, w: cols[i] ?? 0, align: 'center' as const }))),
    ], f, { shade: '#f0f0f0', label: b, border: 1 }) + lh * 1.2;

    const vessel = rows[narrow]?.name ?? '';
    const side = vessel.startsWith('左') ? '左侧' : '右侧';
    const findings = `${narrow >= 0 ? `${side}${NAMES.MCA}血流速度明显增快（Vs ${rows[narrow]?.vs.toFixed(0)}cm/s），频谱紊乱，可闻及粗糙杂音；` : ''}`
      + `${narrow >= 0 ? '余' : ''}所检血管${stiff ? '血流速度大致正常，频谱形态收缩峰圆钝，PI值增高' : '血流速度及频谱形态未见明显异常'}。`;
    const hints = [...(narrow >= 0 ? [`${side}${NAMES.MCA}狭窄（${rng.pick(['轻-中度', '中度', '中-重度'])}）`] : []),
      stiff ? '脑动脉硬化血流频谱改变' : '所检颅内动脉血流未见明显异常'];
    s.put(x0, y, '检查所见：', b);
    y = para(s, x0, y + lh, w, findings, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    s.put(x0, y, '检查提示：', b);
    hints.forEach((t, i) => s.put(x0 + px(pt) * 2, y + lh * (i + 1), `${i + 1}.${t}`, f));
    y += lh * (hints.length + 1.5);

    y = Math.max(y, 2050);
    const ew = s.put(x0, y, '检查医师：', f);
    handwritten(s, x0 + ew + 8, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(right, y, `报告日期：${formatDate(doc.dates.report, ds)}`, { ...f, align: 'right' });
    s.put(x0, 2200, '注：TCD检查结果仅供临床参考。', st(f.face, 9, { color: '#555' }));
  },
};
