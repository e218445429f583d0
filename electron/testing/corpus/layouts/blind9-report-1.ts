import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { EAST9, NORTH_EAST9, tegChart, type TegTrace } from './blind9-kit';

const KEYS: readonly DiseaseKey[] = ['POST_ARTERIAL_STENT_ANTICOAGULATION', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE'];

/** A parameter row: name, value, reference range, and the arrow when the value is outside it. */
const param = (name: string, v: number, lo: number, hi: number, digits: number): string[] =>
  [name, v.toFixed(digits), `${lo}-${hi}`, v > hi ? '↑' : v < lo ? '↓' : ''];

/**
 * 血栓弹力图（TEG）检测报告, often with 血小板图 (platelet mapping), from the 检验科 or 输血科 of a north-eastern or east-coast city
 * hospital for a patient on antiplatelet drugs after a stent: letterhead with the department, borderless ruled header with
 * 病人ID and 样本号 digits (no 身份证号), 临床诊断 (counted), the trace chart in colours at the left and the parameter table at
 * the right (R, K, Angle, MA, LY30, CI; MA-ADP, MA-AA and the inhibition percentages), 结果分析 prose, then 采样 / 接收 /
 * 报告时间 stacked at the foot (报告时间 truth) beside the two signing hands. Sans or serif 10–10.5 pt.
 */
export const blind9Report1: Layout = {
  id: 'blind9-report-1',
  kind: 'report',
  split: 'blind',
  style: 'North-eastern / east-coast city hospital 检验科 血栓弹力图 (TEG) + 血小板图 report: ruled header, colour trace chart beside '
    + 'the parameter table, 结果分析 prose, three times stacked at the foot, sans or serif 10–10.5 pt',
  exercises: ['采样时间 / 接收时间 (not truth) over 报告时间 (truth) at the foot', '临床诊断 (counted) wrapping in the header',
    'inhibition percentages and MA / R values that are neither dates nor IDs', 'no 身份证号; 病人ID and 样本号 digits'],
  doc: (rng) => countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...EAST9, ...NORTH_EAST9],
    compoundSurnames: 0.05 })), rng, { outside: 0.2, near: 0.1 }),
  draw(s, doc, rng) {
    s.ink = '#171717';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const mapping = rng.chance(0.7);

    s.put(x0, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { spacing: 2 }));
    s.put(right, 150, rng.pick(['检验科', '输血科', '检验医学部']), st(b.face, 13, { align: 'right' }));
    s.put(s.width / 2, 240, mapping ? '血栓弹力图（TEG）+血小板图检测报告' : '血栓弹力图（TEG）检测报告', st(b.face, 15.5, { align: 'center' }));
    s.line(x0, 270, right, 270, 2.2);

    const cols = [x0, x0 + w * 0.26, x0 + w * 0.5, x0 + w * 0.74];
    const cells = (y: number, items: readonly (readonly [string, string])[]): void =>
      items.forEach(([l, v], i) => s.pair(cols[i] ?? x0, y, l, v, b, f));
    let y = 325;
    cells(y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['病人ID：', String(rng.int(100000, 9999999)).padStart(9, '0')]]);
    y += lh;
    const sampleNo = `${doc.dates.sample.replace(/-/g, '').slice(4)}${rng.int(100, 999)}`;
    cells(y, [['科室：', doc.department], ['床号：', `${doc.bed}床`], ['样本号：', sampleNo],
      ['申请医生：', doc.doctors.attending]]);
    y += lh;
    cells(y, [['标本类型：', rng.pick(['枸橼酸钠抗凝全血', '肝素抗凝全血'])]]);
    s.pair(cols[2] ?? x0, y, '检测仪器：', rng.pick(['TEG 5000', 'CFMS LEPU-8800', 'TEG 6s']), b, f);
    y += lh;
    const dw = s.put(x0, y, '临床诊断：', b);
    const said = doc.dx.western.map((d) => d.text);
    y = para(s, x0, y, w, said.join('；'), f, lh, { indent: dw, keep: said });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.55, right, y - lh * 0.55, 1.2);

    // The patient's clot: normal clotting factors, platelets inhibited on the AA path (aspirin) and more or less on the ADP path.
    const [r, k, angle, ma, ly] = [rng.range(4.6, 9.8), rng.range(1.1, 2.9), rng.range(52, 72), rng.range(52, 72), rng.range(0, 6)];
    const ci = rng.range(-2.9, 3.2);
    const fib = rng.range(4, 12);
    const [maAdp, maAa] = [rng.range(20, 58), rng.range(12, 32)];
    const inhibit = (m: number): number => Math.max(0, Math.min(100, ((ma - m) / (ma - fib)) * 100));
    const traces: TegTrace[] = [{ r, k, ma, color: '#1a1a1a' }, ...(mapping ? [{ r: r + 1.5, k: k * 2.2, ma: maAdp, color: '#1e8c3a' },
      { r: r + 1.8, k: k * 2.6, ma: maAa, color: '#c62828' }, { r: r + 2.4, k: k * 4, ma: fib, color: '#1f5fa8' }] : [])];
    const top = y + 10;
    const cw = w * 0.52;
    tegChart(s, x0, top, cw, 500, traces);
    s.put(x0, top + 540, mapping ? '图例：黑—普通杯  绿—ADP  红—AA  蓝—纤维蛋白' : '图例：黑—普通杯（高岭土激活）', st(f.face, pt - 1, { color: '#444' }));
    const rows = [param('R（min）', r, 5, 10, 1), param('K（min）', k, 1, 3, 1), param('Angle（deg）', angle, 53, 72, 1),
      param('MA（mm）', ma, 50, 70, 1), param('LY30（%）', ly, 0, 8, 1), param('CI', ci, -3, 3, 1),
      ...(mapping ? [param('MA-ADP（mm）', maAdp, 45, 69, 1), param('MA-AA（mm）', maAa, 51, 71, 1),
        param('ADP抑制率（%）', inhibit(maAdp), 0, 30, 1), param('AA抑制率（%）', inhibit(maAa), 0, 20, 1)] : [])];
    const tw = [250, 110, 130, 70];
    s.grid(right - tw.reduce((a, c) => a + c, 0), top, px(pt) * 1.8, [
      ['参数', '结果', '参考范围', '提示'].map((text, i) => ({ text, w: tw[i] ?? 0, label: true })),
      ...rows.map((cells2) => cells2.map((text, i) => ({ text, w: tw[i] ?? 0, align: i === 0 ? ('left' as const) : ('center' as const) }))),
    ], f, { shade: '#efefef', label: b, border: 1 });
    y = Math.max(top + 610, top + px(pt) * 1.8 * (rows.length + 1) + lh * 1.2);

    const adp = inhibit(maAdp);
    const text = `凝血因子活性${r > 10 ? '减低' : '正常'}，纤维蛋白原功能${angle < 53 ? '减低' : '正常'}，血小板功能${ma > 70 ? '增强' : '正常'}，`
      + `未见纤溶亢进。${mapping ? `AA途径抑制率${inhibit(maAa).toFixed(1)}%，提示阿司匹林${inhibit(maAa) >= 50 ? '疗效良好' : '抵抗可能'}；`
        + `ADP途径抑制率${adp.toFixed(1)}%，提示${adp >= 30 ? '氯吡格雷/替格瑞洛疗效良好' : '氯吡格雷低反应，请结合临床调整'}。` : ''}`;
    s.put(x0, y, '结果分析：', b);
    y = para(s, x0, y + lh, w, text, f, lh, { indent: px(pt) * 2 }) + lh * 0.3;
    s.put(x0, y, '备注：本结果仅对本次标本负责，请结合临床。', st(f.face, pt - 0.5, { color: '#444' }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const foot = Math.max(y + lh * 2, 1990);
    s.line(x0, foot - lh, right, foot - lh, 1.2);
    const when = (label: string, iso: string, min: number, at: number): void => {
      s.pair(x0, foot + at * lh, label, formatDate(iso, ds, min), b, f);
    };
    when('采样时间：', doc.dates.sample, doc.times.sample, 0);
    when('接收时间：', doc.dates.sample, doc.times.received, 1);
    when('报告时间：', doc.dates.report, doc.times.report, 2);
    const ew = s.put(x0 + w * 0.5, foot + lh * 0.5, '检验者：', f);
    handwritten(s, x0 + w * 0.5 + ew + 8, foot + lh * 0.5, doc.doctors.resident, pt * 1.3, rng);
    const aw = s.put(x0 + w * 0.5, foot + lh * 1.9, '审核者：', f);
    handwritten(s, x0 + w * 0.5 + aw + 8, foot + lh * 1.9, doc.doctors.checker, pt * 1.3, rng);
  },
};
