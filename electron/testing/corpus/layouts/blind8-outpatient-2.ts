import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY_MORE } from '../hospitals';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { weekday } from './tune3-kit';
import { earlierVisits } from './tune4-kit';
import { suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { NATION_CITY, NATION_COUNTY, native } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['POST_ARTERIAL_STENT_ANTICOAGULATION', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'CEREBROVASCULAR_DISEASE'];
const VALVES = ['二尖瓣机械瓣置换术后', '主动脉瓣机械瓣置换术后', '二尖瓣及主动脉瓣机械瓣置换术后', '心脏机械瓣膜置换术后'];
const AF: Dx = { text: '心房颤动', key: null };

/** A warfarin patient: a mechanical valve (most), or a stent or an embolic stroke with atrial fibrillation beside it. */
function anticoagulated(doc: Doc, rng: Rng): Doc {
  const valve = doc.primary === 'POST_ARTERIAL_STENT_ANTICOAGULATION' && rng.chance(0.7);
  const western = doc.dx.western.map((d) => (valve && d.key === 'POST_ARTERIAL_STENT_ANTICOAGULATION' ? { ...d, text: rng.pick(VALVES) }
    : d.key === 'CEREBROVASCULAR_DISEASE' ? { ...d, text: rng.pick(['脑栓塞', '心源性脑栓塞', '脑梗死（心源性栓塞型）']) } : d))
    .filter((d) => d.key !== null || !/心房颤动|心力衰竭|支气管/u.test(d.text));
  const withAf = valve && rng.chance(0.5) ? western : [...western.slice(0, 1), AF, ...western.slice(1)];
  return { ...doc, department: '心血管内科', dx: { ...doc.dx, western: withAf } };
}

/** Tablets of 2.5 mg for a daily dose: 1片, 3/4片, 1又1/4片. */
const tablets = (mg: number): string => {
  const q = Math.round((mg / 2.5) * 4);
  const whole = Math.floor(q / 4);
  const part = ['', '1/4', '1/2', '3/4'][q % 4] ?? '';
  return `${whole > 0 ? whole : ''}${whole > 0 && part ? '又' : ''}${part}片`;
};

/**
 * 抗凝门诊 华法林抗凝治疗随访记录 of a city or county 心血管内科 (fifteen provinces and Liaocheng's neighbours): a shaded patient grid
 * with 身份证号 (truth), 抗凝指征 and 开始抗凝日期 (years back), the visit line with weekday and today's POCT INR (就诊日期: truth),
 * an INR trend chart with short date ticks, a table of earlier checks (dates, INR, dose), this week's dose by weekday, 诊断 with
 * 心房颤动 beside the valve or stent (only the catalogue disease counts), 下次复查 two weeks on, physician and 临床药师.
 */
export const blind8Outpatient2: Layout = {
  id: 'blind8-outpatient-warfarin-clinic',
  kind: 'outpatient',
  split: 'blind',
  style: 'City / county hospital 心内科 抗凝门诊 华法林随访记录: shaded patient grid, INR trend chart, history and weekday-dose tables, '
    + 'sans or serif 10–11 pt, physician and pharmacist',
  exercises: ['就诊日期 with weekday (truth) among many earlier INR dates and chart ticks 12/3 (not truth)', '开始抗凝日期 years back',
    '下次复查日期 (not truth)', '身份证号 in a grid cell (truth)', '诊断 with 心房颤动 (not counted) beside 机械瓣置换术后 / 支架 / 脑栓塞 (counted)'],
  doc: (rng) => native(anticoagulated(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...NATION_CITY, ...NATION_COUNTY.slice(0, 12), ...CITY_MORE.slice(2, 5)], compoundSurnames: 0.1 })), rng,
  { outside: 0, near: 0.1 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const valve = doc.dx.western.some((d) => /瓣/u.test(d.text));
    const mitral = doc.dx.western.some((d) => /二尖瓣/u.test(d.text));
    const target = mitral ? '2.5～3.5' : '2.0～3.0';

    s.put(s.width / 2, 130, doc.hospital.name, st(b.face, 18, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 200, '华法林抗凝治疗门诊随访记录', st(b.face, 15, { align: 'center', spacing: 2 }));
    s.put(x0, 262, `${doc.department}\u3000抗凝门诊`, f);
    s.put(right, 262, `门诊号：${doc.recordNo}`, { ...f, align: 'right' });
    const started = addDays(doc.dates.visit, -rng.int(300, 2600));
    const indication = valve ? '机械瓣膜置换术后' : doc.primary === 'CEREBROVASCULAR_DISEASE' ? '心房颤动并脑栓塞' : '心房颤动（CHA₂DS₂-VASc 4分）';
    const c = [w * 0.14, w * 0.22, w * 0.12, w * 0.14, w * 0.14, w * 0.24];
    const L = (text: string, i: number): { text: string; w: number; label: true } => ({ text, w: c[i] ?? 0, label: true });
    const V = (text: string, wd: number): { text: string; w: number } => ({ text, w: wd });
    const yb = s.grid(x0, 290, lh * 1.3, [
      [L('姓名', 0), V(p.name, c[1] ?? 0), L('性别', 2), V(p.sex, c[3] ?? 0), L('年龄', 4), V(`${p.age}岁`, c[5] ?? 0)],
      [L('身份证号', 0), V(p.idNumber, (c[1] ?? 0) + (c[2] ?? 0) + (c[3] ?? 0)), L('目标INR', 4), V(target, c[5] ?? 0)],
      [L('抗凝指征', 0), V(indication, (c[1] ?? 0) + (c[2] ?? 0) + (c[3] ?? 0)), L('开始抗凝', 4), V(formatDate(started, 'iso'), c[5] ?? 0)],
    ], f, { shade: '#ececec', label: b, border: 1.5 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const [lo, hi] = mitral ? [2.5, 3.5] : [2, 3];
    const before = earlierVisits(rng, doc.dates.visit, 5);
    const inr = [...before, doc.dates.visit].map(() => Math.round(rng.range(lo - 0.7, hi + 0.45) * 100) / 100);
    const change = (v: number): string => (v < lo ? '加量' : v > hi ? '减量' : '维持');
    let dose = rng.pick([2.5, 3.125, 3.75]);
    const doses = inr.map((v) => {
      const d = dose;
      dose = v < lo ? dose + 0.625 : v > hi ? Math.max(1.25, dose - 0.625) : dose;
      return d;
    });
    const now = inr[inr.length - 1] ?? 2.2;
    let y = yb + lh * 1.2;
    const day = `${formatDate(doc.dates.visit, ds)}（${weekday(doc.dates.visit)}）`;
    const vw = s.pair(x0, y, '就诊日期：', day, b, f);
    s.pair(x0 + vw + px(pt) * 2, y, '本次INR：', `${now.toFixed(2)}（POCT指尖血）`, b, f);
    y += lh;
    s.pair(x0, y, '出血/血栓事件：', rng.pick(['无', '无', '偶有牙龈出血']), b, f);
    s.pair(x0 + w * 0.5, y, '合并用药：', rng.pick(['阿司匹林肠溶片', '无', '胺碘酮片', '阿托伐他汀钙片']), b, f);
    y += lh * 0.9;

    // INR trend: target band shaded, points joined, date ticks under the axis.
    const [cx0, cy0, cw, ch] = [x0 + 90, y + 20, w * 0.55, 330];
    const yOf = (v: number): number => cy0 + ch - ((v - 1) / 3) * ch;
    s.g.fillStyle = '#e3efe3';
    s.g.fillRect(cx0, yOf(hi), cw, yOf(lo) - yOf(hi));
    s.rect(cx0, cy0, cw, ch, 1.4, '#555');
    [1, 2, 3, 4].forEach((v) => s.put(cx0 - 14, yOf(v) + 10, v.toFixed(1), st(f.face, 9, { align: 'right' })));
    const step = cw / inr.length;
    s.g.strokeStyle = '#1f4e9c';
    s.g.lineWidth = 3;
    s.g.beginPath();
    inr.forEach((v, i) => (i === 0 ? s.g.moveTo(cx0 + step * (i + 0.5), yOf(v)) : s.g.lineTo(cx0 + step * (i + 0.5), yOf(v))));
    s.g.stroke();
    [...before, doc.dates.visit].forEach((d, i) => {
      s.g.fillStyle = '#1f4e9c';
      s.g.fillRect(cx0 + step * (i + 0.5) - 6, yOf(inr[i] ?? 2) - 6, 12, 12);
      const [, m, dd] = parts(d);
      s.put(cx0 + step * (i + 0.5), cy0 + ch + 34, `${m}/${dd}`, st(f.face, 9, { align: 'center' }));
    });
    s.put(cx0 + cw / 2, cy0 - 14, 'INR变化趋势', st(b.face, 9.5, { align: 'center' }));

    // This week's dose by weekday, at the right of the chart.
    const wx = cx0 + cw + 60;
    const ww = right - wx;
    s.put(wx, cy0 + 10, '本周剂量安排（2.5mg/片）', b);
    const alt = rng.chance(0.5) ? Math.max(1.25, dose - 0.625) : dose;
    ['周一', '周二', '周三', '周四', '周五', '周六', '周日'].forEach((d, i) => {
      const ry = cy0 + 10 + (i + 1) * lh * 0.9;
      s.put(wx + 20, ry, d, f);
      s.put(wx + ww * 0.45, ry, tablets(i % 3 === 2 ? alt : dose), f);
    });
    y = cy0 + ch + 34 + lh * 1.2;

    s.put(x0, y, '历次监测记录', b);
    y += lh * 0.4;
    const tc = [w * 0.24, w * 0.14, w * 0.2, w * 0.24, w * 0.18];
    const rows = [...before, doc.dates.visit].map((d, i) => [formatDate(d, 'iso'), (inr[i] ?? 2).toFixed(2), `${doses[i] ?? 2.5}mg/d`,
      i === before.length ? '见本次医嘱' : change(inr[i] ?? 2), i === before.length ? '门诊' : rng.pick(['门诊', '门诊', '电话', '社区'])]);
    y = s.grid(x0, y, lh * 1.05, [['监测日期', 'INR', '华法林剂量', '调整', '随访方式'].map((t, i) => ({ text: t, w: tc[i] ?? 0, label: true })),
      ...rows.map((r) => r.map((t, i) => ({ text: t, w: tc[i] ?? 0, align: 'center' as const })))], f,
    { shade: '#f2f2f2', label: b, border: 1.2 });
    y += lh * 1.2;

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    const dl = listed(doc.dx.western, how);
    s.put(x0, y, '诊断：', b);
    dl.forEach((t, i) => s.put(x0 + s.measure('诊断：', b), y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += lh * (dl.length + 0.3);
    const next = addDays(doc.dates.visit, rng.pick([7, 14, 14, 28]));
    const advice = { 加量: '加量', 减量: '减量', 维持: '维持原剂量' }[change(now)] ?? '维持原剂量';
    const lines = [`处理意见：INR ${now.toFixed(2)}，华法林${advice}，按本周剂量安排服用；避免进食大量绿叶蔬菜，注意出血倾向。`,
      `下次复查INR日期：${formatDate(next, ds)}`];
    lines.forEach((t) => {
      s.put(x0, y, t, f);
      y += lh;
    });
    y += lh * 0.5;
    const sw = s.put(x0 + w * 0.45, y, '医师签名：', f);
    handwritten(s, x0 + w * 0.45 + sw + 8, y, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.75, y, '临床药师：', doc.doctors.checker, f);
  },
};
