import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { wrap } from './tune6-kit';
import { fundus, HOSP22, local22 } from './blind22-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'HYPERTENSION'];

/**
 * 眼科 免散瞳眼底照相 (糖尿病视网膜病变筛查) report of a county / city hospital in Fujian, Zhejiang, Yunnan, Shaanxi, Chongqing
 * or Gansu: logo and name, a bordered header grid with 临床诊断 (the truth diagnoses) and 检查日期, the two fundus photographs
 * side by side, 检查所见 and an 印象 naming retinopathy stages (findings, not counted), a 复查 advice, and 报告日期 with time
 * at the bottom right (truth); the full 身份证号 is printed in the grid on every page (screening programmes file by ID).
 */
export const blind22Report1: Layout = {
  id: 'blind22-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Southern / western county or city hospital 眼科 免散瞳眼底照相 report: bordered header grid, two colour fundus photos, '
    + 'sans 10–11 pt',
  exercises: ['临床诊断 in the header grid (truth)', '检查日期 (not truth) vs 报告日期 with time at the bottom (truth)',
    '印象 naming 糖尿病视网膜病变 / 高血压性视网膜病变 (findings, not counted)', 'two dark photographs'],
  doc: (rng) => local22(makeDoc(rng, { kind: 'report', hospitals: HOSP22, keys: KEYS, compoundSurnames: 0.08 }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = rng.pick([120, 135]);
    const x1 = s.width - x0;
    const w = x1 - x0;
    const fpt = rng.pick([10, 10.5, 11]);
    const f = st('sans', fpt);
    const b = st('sansBold', fpt);
    const lh = px(fpt) * 1.85;
    const p = doc.patient;

    logo(s, x0 + 55, 150, 48, '#1d6a9c', rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 125, 140, doc.hospital.name, st('sansBold', 18, { color: '#1d6a9c' }));
    s.put(x0 + 125, 190, doc.hospital.address, st('sansLight', 9, { color: '#1d6a9c' }));
    s.put(s.width / 2, 290, rng.pick(['眼底照相检查报告单', '免散瞳眼底照相报告', '糖尿病视网膜病变筛查报告']), st('sansBold', 16, { align: 'center', spacing: 3 }));

    const q = Math.floor(w / 6);
    const cell = (text: string, label = false, span = 1): { text: string; w: number; label?: boolean } =>
      ({ text, w: label ? q - 30 : q * span + 30, ...(label ? { label } : {}) });
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const rows = [
      [cell('姓名', true), cell(p.name), cell('性别', true), cell(p.sex), cell('年龄', true), cell(`${p.age}岁`)],
      [cell('门诊号', true), cell(doc.recordNo), cell('申请科室', true), cell(doc.department), cell('检查日期', true),
        cell(formatDate(doc.dates.sample, ds))],
      [cell('身份证号', true), cell(p.idNumber, false, 2), cell('设备', true), cell('Topcon TRC-NW400', false, 2)],
    ];
    let y = s.grid(x0, 340, Math.round(lh * 1.3), rows, f, { shade: '#eef3f7', label: b, border: 1.5 });
    const dx = doc.dx.western;
    s.diagnoses(dx);
    const dxText = `临床诊断：${dx.map((d) => d.text).join('；')}`;
    const dxLines = wrap(s, dxText, w - 24, f, { keep: dx.map((d) => d.text) });
    s.rect(x0, y, q * 6, lh * (dxLines.length + 0.5), 1.5);
    dxLines.forEach((t, i) => s.put(x0 + 12, y + lh * (0.95 + i), t, f));
    y += lh * (dxLines.length + 0.5) + 40;
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    const r = Math.round(w * 0.2);
    const diabetic = doc.dx.keys.includes('DIABETES');
    const stage = rng.pick(diabetic ? [0, 1, 1, 2] : [0, 1]);
    const les = [0, rng.int(6, 12), rng.int(14, 26)][stage] ?? 0;
    ['右眼（OD）', '左眼（OS）'].forEach((t, i) => {
      const cx = x0 + w * (i === 0 ? 0.27 : 0.73);
      s.put(cx, y + 10, t, { ...b, align: 'center' });
      fundus(s, cx, y + 45 + r, r, i === 0, les, rng);
    });
    y += 45 + 2 * r + 40 + lh;

    const finding = stage === 0
      ? '双眼视盘边界清，色淡红，C/D约0.3，视网膜血管走行可，A/V约2:3，黄斑中心凹反光可见，未见出血及渗出。'
      : `双眼视盘边界清，C/D约0.3，视网膜动脉变细，${diabetic ? '后极部可见散在微血管瘤及点状出血' : '可见动静脉交叉压迫征'}`
        + `${stage === 2 ? '，颞侧见硬性渗出' : ''}，黄斑区中心凹反光${stage === 2 ? '不清' : '可见'}。`;
    const impression = stage === 0 ? '双眼底未见明显异常。'
      : diabetic ? `双眼糖尿病视网膜病变（非增殖期，${stage === 2 ? '中度' : '轻度'}）。` : '双眼高血压性视网膜病变（Ⅰ级）。';
    s.put(x0, y, '检查所见：', b);
    y += lh;
    wrap(s, finding, w - px(fpt) * 2, f, { indent: px(fpt) * 2 }).forEach((t, i) => {
      s.put(x0 + (i === 0 ? px(fpt) * 2 : 0), y, t, f);
      y += lh;
    });
    y += lh * 0.4;
    s.put(x0, y, '印象：', b);
    y += lh;
    s.put(x0 + px(fpt) * 2, y, impression, st('sansBold', fpt + 0.5));
    y += lh * 1.4;
    s.put(x0, y, `建议：${stage === 0 ? '每年复查眼底一次。' : '控制血糖、血压，3～6个月复查眼底，必要时眼科门诊进一步诊治。'}`, f);

    const by = 2090;
    s.line(x0, by - lh * 0.9, x1, by - lh * 0.9, 1.5);
    const l1 = s.put(x0, by, '检查医师：', f);
    handwritten(s, x0 + l1 + 8, by, doc.doctors.resident, fpt * 1.3, rng);
    const l2 = s.put(x0 + w * 0.3, by, '审核医师：', f);
    handwritten(s, x0 + w * 0.3 + l2 + 8, by, doc.doctors.checker, fpt * 1.3, rng);
    s.put(x1, by, `报告日期：${formatDate(doc.dates.report, rng.pick(['isoTime', 'cnTime'] as const), doc.times.report)}`, { ...f, align: 'right' });
    s.put(x0, by + lh * 1.2, '注：本报告仅供临床参考，图像质量受屈光间质影响。', st('sansLight', 8.5, { color: '#555' }));
  },
};
