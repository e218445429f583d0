import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { spread } from './tune18-kit';
import { ALL_B15, fundus, localB15 } from './blind15-kit';

const GRADES = ['无明显DR', '轻度NPDR', '中度NPDR', '重度NPDR', 'PDR'] as const;
const SEEN = ['视网膜平伏，未见微血管瘤、出血及渗出', '后极部见少许微血管瘤', '后极部散在微血管瘤、点片状出血，黄斑区颞侧见少许硬性渗出',
  '四个象限均见较多视网膜内出血，可见静脉串珠样改变', '视盘表面见新生血管，视网膜散在出血及渗出'] as const;

/**
 * 眼底照相检查报告 (diabetic retinopathy screening) of a Xinjiang, Qinghai, Hainan or Shanghai hospital: a borderless header with
 * the ID masked (truth: none), the 临床诊断 on its own line (counted), the last HbA1c with its date and the camera's 拍摄时间 (not
 * truth), two fundus photographs (right and left eye), findings per eye, a grading table, the AI pre-read, the 诊断意见 and the
 * recall date (not truth), and 报告日期 beside the reading doctors (truth).
 */
export const blind15Report1: Layout = {
  id: 'blind15-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / Qinghai / Hainan / Shanghai 眼科 or 内分泌科 免散瞳眼底照相 DR screening report: borderless header with masked ID, '
    + 'two colour fundus photographs, grading table, AI pre-read line, sans or light sans 10–11 pt',
  exercises: ['身份证号 masked 652301********123X (truth: none)', '临床诊断 line (counted)', '拍摄时间 and an HbA1c date (not truth)',
    'two large fundus images between header and text', 'DR grading table (NPDR / PDR words)', '建议复查 date (not truth)',
    '报告日期 at the foot (truth)'],
  doc: (rng) => localB15(countyWords(suited(makeDoc(rng, { kind: 'report', keys: ['DIABETES'], hospitals: ALL_B15,
    compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0, avoid: /视网膜|足|急性/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5, 11]);
    const face = rng.pick(['sans', 'sansLight'] as const);
    const f: Style = st(face, pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const tone = rng.pick(['#1b4f8a', '#0f6a5a', '#333333']);

    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 3, color: tone }));
    s.put(s.width / 2, 212, rng.pick(['眼底照相检查报告', '糖尿病视网膜病变筛查报告', '免散瞳眼底照相报告单']), st('sansBold', 14.5, { align: 'center', spacing: 2 }));
    s.line(x0, 240, right, 240, 2.5, tone);
    let y = 240 + lh;
    const no = `FP${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 999)).padStart(3, '0')}`;
    spread(s, x0, right, y, [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['检查号：', no]], b, f);
    y += lh;
    spread(s, x0, right, y, [['身份证号：', maskedId(p.idNumber)], ['门诊号：', doc.recordNo],
      ['申请科室：', rng.pick(['内分泌科', '内分泌代谢科', '全科医学科', '眼科'])]], b, f);
    y += lh;
    const dx = doc.dx.western.map((d) => d.text).join('；');
    y = para(s, x0, y, w, dx, f, lh, { indent: s.put(x0, y, '临床诊断：', b) });
    s.diagnoses(doc.dx.western);
    const a1cDay = formatDate(addDays(doc.dates.sample, -rng.int(7, 80)), 'iso');
    s.pair(x0, y, '糖尿病病程：', `${rng.int(2, 20)}年\u3000最近HbA1c：${rng.range(6.3, 10.8).toFixed(1)}%（${a1cDay}）`, b, f);
    y += lh;
    const shot = formatDate(doc.dates.sample, 'isoTime', doc.times.sample);
    s.pair(x0, y, '检查设备：', `${rng.pick(['Canon CR-2 AF', 'Topcon TRC-NW400', 'Kowa nonmyd 8'])}\u3000免散瞳 45°\u3000拍摄时间：${shot}`, b, f);
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });
    s.line(x0, y + lh * 0.5, right, y + lh * 0.5, 1, '#999');

    // The photographs: right eye at the left of the page, as the camera prints them.
    const base = rng.pick([0, 0, 0, 1, 1, 2, 2, 3, 4]);
    const grade = [base, Math.max(0, Math.min(4, base + rng.pick([-1, 0, 0, 1])))];
    const r = 260;
    const cy = y + lh + r + 20;
    [0, 1].forEach((i) => fundus(s, x0 + w * (0.25 + i * 0.5), cy, r, i === 0, grade[i] ?? 0, rng));
    y = cy + r + 20 + lh * 1.2;
    ['右眼（OD）', '左眼（OS）'].forEach((t, i) => s.put(x0 + w * (0.25 + i * 0.5), y, t, { ...b, align: 'center' }));
    y += lh * 1.3;

    s.put(x0, y, '检查所见：', b);
    y += lh;
    ['右眼', '左眼'].forEach((eye, i) => {
      const g = grade[i] ?? 0;
      const cd = rng.pick(['0.3', '0.4', '0.5']);
      y = para(s, x0 + px(pt) * 2, y, w - px(pt) * 2, `${eye}：屈光间质${rng.pick(['清', '稍混浊'])}，视盘边界清，色淡红，C/D约${cd}，`
        + `${SEEN[g]}；黄斑中心凹反光${g >= 2 ? '不清' : '可见'}。`, f, lh);
    });
    y += lh * 0.3;
    const cw = [w * 0.2, w * 0.3, w * 0.25, w * 0.25];
    const cell = (t: string, i: number, label = false): Cell => ({ text: t, w: cw[i] ?? 0, label, align: 'center' });
    y = s.grid(x0, y, px(pt) * 1.9, [
      ['眼别', 'DR分级（国际）', '糖尿病黄斑水肿', '图像质量'].map((t, i) => cell(t, i, true)),
      ...['右眼', '左眼'].map((eye, i) => [cell(eye, 0), cell(GRADES[grade[i] ?? 0] ?? '', 1), cell((grade[i] ?? 0) >= 2 ? '可疑' : '无', 2),
        cell(rng.pick(['合格', '合格', '可读']), 3)]),
    ], f, { shade: '#eef1f5', label: b, border: 1.2 }) + lh;
    const worst = Math.max(...grade);
    const ai = worst >= 2 ? '转诊型DR' : worst === 1 ? '轻度DR' : '未见明显DR';
    s.pair(x0, y, 'AI辅助判读：', `${ai}（置信度 ${rng.range(0.82, 0.98).toFixed(2)}），经阅片医师复核`, b, f);
    y += lh * 1.2;
    const both = grade[0] === grade[1];
    const impression = worst === 0 ? '双眼未见明显糖尿病视网膜病变'
      : both ? `双眼糖尿病视网膜病变（${GRADES[worst]}）` : `右眼${GRADES[grade[0] ?? 0]}，左眼${GRADES[grade[1] ?? 0]}`;
    s.pair(x0, y, '诊断意见：', impression, b, st('sansBold', pt));
    y += lh;
    const recall = formatDate(addDays(doc.dates.report, worst >= 2 ? 90 : 365), 'cnShort');
    y = para(s, x0, y, w, `建议：${worst >= 3 ? '尽快至眼科门诊进一步行OCT及荧光造影检查' : worst === 2 ? '3个月内转诊眼科' : '控制血糖、血压'}，`
      + `于${recall}前后复查眼底照相。`, f, lh, { keep: [recall] });

    const ds: DateStyle = rng.pick(['iso', 'cn', 'isoTime'] as const);
    y = Math.max(y + lh * 1.2, 2080);
    const rw = s.put(x0, y, '阅片医师：', f);
    handwritten(s, x0 + rw + 10, y, doc.doctors.resident, pt * 1.25, rng);
    const cw2 = s.put(x0 + w * 0.32, y, '审核医师：', f);
    handwritten(s, x0 + w * 0.32 + cw2 + 10, y, doc.doctors.checker, pt * 1.25, rng);
    s.put(right, y, `报告日期：${formatDate(doc.dates.report, ds, doc.times.report)}`, { ...f, align: 'right' });
    s.put(s.width / 2, 2225, '本报告仅供临床参考，不作为诊断证明', st(face, 8.5, { align: 'center', color: '#555' }));
  },
};
