import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten } from '../marks';
import type { Rng } from '../rng';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedMobile } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { md } from './tune11-kit';
import { spread } from './tune18-kit';
import { localB15, placeB15, SHANGHAI_B15, trendChart, WEST_B15 } from './blind15-kit';

/** Where the operation was done (a provincial or Shanghai centre, never the hospital of the page). */
const CENTRES: Record<string, readonly string[]> = {
  新疆: ['新疆医科大学第一附属医院', '新疆维吾尔自治区人民医院'], 青海: ['青海省人民医院', '青海省心脑血管病专科医院'],
  上海: ['复旦大学附属中山医院', '上海市胸科医院'], 海南: ['海南省人民医院'],
};

/** A patient on warfarin: a mechanical valve, or a stent with atrial fibrillation. */
function onWarfarin(doc: Doc, rng: Rng): Doc {
  const valve = rng.chance(0.55);
  const text = valve ? rng.pick(['心脏机械瓣膜置换术后', '主动脉瓣机械瓣置换术后']) : rng.pick(['冠状动脉支架植入术后', '下肢动脉支架置入术后']);
  const western = doc.dx.western.filter((d) => !/感染|贫血/u.test(d.text))
    .map((d) => (d.key === 'POST_ARTERIAL_STENT_ANTICOAGULATION' ? { ...d, text } : d));
  if (!valve) western.splice(1, 0, { text: '心房颤动', key: null });
  return { ...doc, department: '心血管内科', dx: { ...doc.dx, western } };
}

/**
 * 抗凝门诊随访记录 of a Xinjiang, Qinghai or Shanghai hospital for a patient on warfarin: 就诊日期 (truth) on the patient lines with
 * 身份证号 (truth); a box with the operation's date and centre, the day warfarin was started and the target INR (none truth);
 * an INR chart over the earlier visits (month.day labels) and a table of them with doses (dates not truth); 诊断 (counted; the
 * atrial fibrillation beside a stent is outside the catalogue), the new dose and the next check's date (not truth).
 */
export const blind15Outpatient2: Layout = {
  id: 'blind15-outpatient-2',
  kind: 'outpatient',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Shanghai hospital 抗凝门诊 (warfarin clinic) follow-up sheet: borderless patient lines, boxed anticoagulation '
    + 'facts, INR trend chart with the target band, dose table, serif or sans 10.5–11.5 pt',
  exercises: ['就诊日期 on the patient lines (truth)', '手术日期, 开始服药日期 and earlier INR dates (not truth)', 'INR chart labels as month.day',
    '目标INR ranges and doses (numbers, not dates)', '下次复查 date (not truth)', 'another hospital named as the operating centre'],
  doc: (rng) => localB15(onWarfarin(suited(makeDoc(rng, { kind: 'outpatient', keys: ['POST_ARTERIAL_STENT_ANTICOAGULATION'],
    hospitals: [...WEST_B15, ...SHANGHAI_B15], compoundSurnames: 0.05 })), rng), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const valve = /瓣/u.test(doc.dx.western.map((d) => d.text).join(''));
    const band: readonly [number, number] = valve && rng.chance(0.5) ? [1.8, 2.5] : [2.0, 3.0];

    s.put(s.width / 2, 150, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 222, rng.pick(['抗凝门诊随访记录', '华法林抗凝治疗门诊随访单']),
      st(serif ? 'serifBold' : 'sansBold', 14, { align: 'center', spacing: 3 }));
    const ds: DateStyle = rng.pick(['cn', 'iso', 'cnShort'] as const);
    let y = 310;
    spread(s, x0, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['门诊号：', doc.recordNo]], b, f);
    y += lh;
    spread(s, x0, right, y, [['身份证号：', p.idNumber], ['电话：', maskedMobile(rng)], ['就诊日期：', formatDate(doc.dates.visit, ds)]], b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });
    s.line(x0, y + lh * 0.5, right, y + lh * 0.5, 1.6);
    y += lh * 1.4;

    // The anticoagulation box.
    const surgery = addDays(doc.dates.visit, -rng.int(200, 2400));
    const started = addDays(surgery, rng.int(2, 9));
    const centre = rng.pick(CENTRES[placeB15(doc.hospital)] ?? ['新疆医科大学第一附属医院']);
    const boxTop = y - lh * 0.8;
    const lines = [
      `抗凝指征：${valve ? '机械瓣膜置换术后' : '心房颤动（CHA2DS2-VASc评分 ' + rng.int(2, 5) + '分）合并支架植入术后'}`,
      `手术日期：${formatDate(surgery, 'iso')}\u3000手术医院：${centre}`,
      `开始服用华法林：${formatDate(started, 'iso')}\u3000目标INR：${band[0].toFixed(1)}-${band[1].toFixed(1)}`,
      `合并用药：${valve ? rng.pick(['无', '美托洛尔缓释片 47.5mg qd']) : '氯吡格雷片 75mg qd'}`,
    ];
    lines.forEach((t) => {
      s.put(x0 + 24, y, t, f);
      y += lh;
    });
    s.rect(x0, boxTop, w, y - boxTop - lh * 0.45, 1.4);
    y += lh * 0.6;

    // The INR record: seven earlier checks and today's.
    const days: string[] = [doc.dates.visit];
    for (let i = 0; i < 7; i += 1) days.unshift(addDays(days[0] ?? doc.dates.visit, -rng.int(14, 35)));
    const mid = (band[0] + band[1]) / 2;
    const inr = days.map(() => Math.max(1.1, mid + rng.gauss() * 0.45));
    const dose = days.map(() => rng.pick([1.875, 2.25, 2.5, 2.625, 3]));
    // Today's dose follows today's INR: kept in range, a step up below it, a step down above it.
    const [last, before] = [inr[inr.length - 1] ?? 2, dose[dose.length - 2] ?? 2.5];
    dose[dose.length - 1] = last < band[0] ? before + 0.375 : last > band[1] ? Math.max(1.5, before - 0.375) : before;
    s.put(x0, y, 'INR监测趋势', b);
    s.put(right, y, `绿色区域为目标范围（${band[0].toFixed(1)}-${band[1].toFixed(1)}）`, st(f.face, 9, { align: 'right', color: '#444' }));
    y = trendChart(s, x0 + 60, y + lh * 0.5, w - 60, 300, days.map((d, i) => [md(d), inr[i] ?? 2] as const), band, 4.5,
      st('sans', 9)) + lh * 0.9;

    const cw = [w * 0.22, w * 0.13, w * 0.2, w * 0.2, w * 0.25];
    const L = (t: string, i: number): Cell => ({ text: t, w: cw[i] ?? 0, label: true });
    const V = (t: string, i: number): Cell => ({ text: t, w: cw[i] ?? 0, align: 'center' });
    const recent = days.slice(-4);
    y = s.grid(x0, y - lh * 0.6, px(pt) * 1.85, [
      ['检测日期', 'INR', '华法林（mg/日）', '剂量调整', '出血/栓塞'].map(L),
      ...recent.map((d, k) => {
        const i = days.length - recent.length + k;
        const adj = i === 0 ? '—' : (dose[i] ?? 0) > (dose[i - 1] ?? 0) ? '加量' : (dose[i] ?? 0) < (dose[i - 1] ?? 0) ? '减量' : '维持';
        return [formatDate(d, 'iso'), (inr[i] ?? 2).toFixed(2), String(dose[i]), adj, '无'].map(V);
      }),
    ], f, { shade: '#eeeeee', label: st(b.face, pt - 0.5), border: 1.2 }) + lh * 1.1;

    const today = inr[inr.length - 1] ?? 2;
    const inRange = today >= band[0] && today <= band[1];
    const run = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { indent: hw, keep }) + lh * 0.2;
    };
    run('本次情况：', `规律服用华法林，${rng.pick(['无牙龈出血、皮下瘀斑', '偶有刷牙时牙龈少量出血', '无黑便、血尿'])}，`
      + `饮食${rng.pick(['无明显变化', '近期绿叶蔬菜摄入增多'])}。今日指尖血INR ${today.toFixed(2)}，${inRange ? '在目标范围内' : '未达目标范围'}。`);
    s.put(x0, y, '诊断：', b);
    doc.dx.western.forEach((d, i) => s.put(x0 + s.measure('诊断：', b), y + i * lh, `${i + 1}.${d.text}`, f));
    s.diagnoses(doc.dx.western);
    y += doc.dx.western.length * lh + lh * 0.2;
    const next = formatDate(addDays(doc.dates.visit, inRange ? rng.pick([21, 28]) : 7), 'cnShort');
    run('处理：', `华法林钠片${inRange ? '维持' : '调整为'}${dose[dose.length - 1]}mg每日1次口服；避免自行加用药物；于${next}复查INR，不适随诊。`, [next]);
    y += lh * 0.6;
    const sw = s.put(right - 520, y, '医师签名：', f);
    handwritten(s, right - 520 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
  },
};
