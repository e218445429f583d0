import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, SPECIALTY } from '../hospitals';
import { qrCode, seal } from '../marks';
import { physician } from '../people';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, st } from './common';
import { lungTumour, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { NATION_CITY, ymd } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA',
  'LEUKEMIA'];
const LABS = [['华鼎医学检验实验室', 'HUADING MEDICAL LABORATORY'], ['川渝康检医学检验所', 'CHUANYU KANGJIAN CLINICAL LABORATORY'],
  ['中原精准医学检验实验室', 'ZHONGYUAN PRECISION MEDICAL LABORATORY'], ['江南迪诺医学检验所', 'JIANGNAN DINUO CLINICAL LABORATORY']] as const;

/** Molecular tests take days: the sample is received the same or the next day and reported three to eight days after it was taken. */
function turnaround(doc: Doc, rng: Rng): Doc {
  const report = addDays(doc.dates.sample, rng.int(3, 8));
  return { ...doc, dates: { ...doc.dates, report, print: addDays(report, rng.int(0, 6)) } };
}

type Finding = { title: string; method: string; sample: string; rows: string[][]; head: string[]; summary: string; drugs: string[][];
  history?: string[][] };

/** What the lab tested and found, by the disease on the request. */
function finding(doc: Doc, rng: Rng): Finding {
  const dx = doc.dx.western.map((d) => d.text).join('');
  if (doc.primary === 'MALIGNANT_TUMOR_OUTPATIENT') {
    const hit = rng.pick(['L858R', '19del', '', 'T790M']);
    const af = `${(rng.range(3, 42)).toFixed(1)}%`;
    const gene = (g: string, what: string, found: boolean): string[] => [g, what, found ? '检出' : '未检出', found ? af : '—'];
    return { title: '肿瘤个体化用药基因检测报告', method: '高通量测序（NGS）', sample: rng.pick(['FFPE组织切片', '外周血（ctDNA）']),
      head: ['基因', '检测内容', '结果', '突变丰度'],
      rows: [gene('EGFR', hit === '19del' ? '19号外显子缺失' : hit === 'T790M' ? '20号外显子T790M' : '21号外显子L858R', hit !== ''),
        gene('ALK', '融合', false), gene('ROS1', '融合', false), gene('KRAS', '2号外显子突变', false), gene('BRAF', 'V600E', false),
        gene('MET', '14号外显子跳跃', false)],
      summary: hit ? `检出EGFR ${hit}突变（丰度${af}），提示EGFR-TKI类药物可能敏感。` : '本次检测范围内未检出具有明确用药指导意义的驱动基因变异。',
      drugs: hit ? [['奥希替尼', '敏感'], ['吉非替尼', hit === 'T790M' ? '耐药' : '敏感'], ['阿法替尼', hit === 'T790M' ? '耐药' : '敏感']]
        : [['克唑替尼', '证据不足'], ['奥希替尼', '证据不足']] };
  }
  if (/慢性髓|慢性粒/u.test(dx)) {
    const response = (r: number): string => (r <= 0.0032 ? 'MR4.5' : r <= 0.1 ? '主要分子学反应（MMR）' : '未达主要分子学反应');
    const ratio = rng.range(0.004, 12);
    const abl = rng.int(40000, 120000);
    let before = doc.dates.sample;
    let r = ratio;
    const history = [1, 2, 3].map(() => {
      before = addDays(before, -rng.int(80, 100));
      r *= rng.range(1.5, 6);
      if (r > 70) r = rng.range(35, 70);
      return [formatDate(before, 'iso'), `${r.toFixed(3)}%`, response(r)];
    }).reverse();
    return { title: 'BCR-ABL1（P210）融合基因定量检测报告', method: '实时荧光定量PCR', sample: rng.pick(['外周血', '骨髓']),
      head: ['检测项目', 'BCR-ABL1拷贝数', 'ABL1拷贝数', 'BCR-ABL1/ABL1（IS）'],
      rows: [['P210', `${Math.max(1, Math.round((ratio / 100) * abl))}`, `${abl}`, `${ratio.toFixed(3)}%`]], history,
      summary: `BCR-ABL1（P210）/ABL1（IS）为${ratio.toFixed(3)}%，${response(ratio)}。`, drugs: [['伊马替尼', '继续监测'], ['尼洛替尼', '备选']] };
  }
  const gene = /早幼粒/u.test(dx) ? 'PML-RARα' : /M2/u.test(dx) ? 'RUNX1-RUNX1T1' : /急性淋巴/u.test(dx) ? 'BCR-ABL1（P190）' : '';
  const panel = ['PML-RARα', 'RUNX1-RUNX1T1', 'CBFβ-MYH11', 'BCR-ABL1（P190）', 'KMT2A-AFF1', 'TCF3-PBX1'];
  return { title: '白血病相关融合基因筛查报告', method: '多重巢式RT-PCR', sample: '骨髓',
    head: ['融合基因', '检测方法', '结果', '备注'], rows: panel.map((g) => [g, 'RT-PCR', g === gene ? '阳性' : '阴性', g === gene ? '建议定量监测' : '']),
    summary: gene ? `检出${gene}融合基因阳性，其余${panel.length - 1}种融合基因阴性。` : `所检${panel.length}种融合基因均为阴性。`, drugs: [] };
}

/**
 * 基因检测报告 of an independent 医学检验实验室 (third-party lab) for a city or tumour hospital's patient: the lab's letterhead and QR,
 * a bordered 送检信息 grid naming the sending hospital, 样本编号 with the date in it, 病理号, 采样日期 / 收样日期 (not truth) and
 * 报告日期 (truth, days later), 临床诊断 (counted), no ID number; the result table, a summary, drug hints, 检测者 / 审核者 / 批准人
 * (three names, none the patient) and the lab's seal.
 */
export const blind8Report2: Layout = {
  id: 'blind8-report-molecular-lab',
  kind: 'report',
  split: 'blind',
  style: 'Independent 医学检验实验室 基因检测报告 (NGS / qPCR) for a city or tumour hospital: lab letterhead with QR, bordered 送检信息 grid, '
    + 'result and drug tables, sans or light sans 10–10.5 pt, three signers, lab seal, no ID number',
  exercises: ['送检医院 (the hospital) under a lab letterhead', '采样日期 / 收样日期 before 报告日期 (truth) days later',
    '样本编号 holding digits of the date (not a date field)', '临床诊断 (counted) with a stage or an M code', 'three signers (not the patient)'],
  doc: (rng) => turnaround(countyWords(lungTumour(suited(makeDoc(rng, { kind: 'report', keys: KEYS,
    hospitals: [...NATION_CITY, ...CITY, ...SPECIALTY.slice(0, 1)], compoundSurnames: 0.1 })), rng), rng, { outside: 0.1, near: 0 }), rng),
  draw(s, doc, rng) {
    const x0 = 100;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['sans', 'sansLight'] as const);
    const pt = rng.pick([10, 10.5]);
    const f = st(face, pt);
    const b = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const [labName, en] = rng.pick(LABS);
    const teal = rng.pick(['#0f6e7a', '#2a5caa', '#7a3d8c']);
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const fd = finding(doc, rng);

    s.g.fillStyle = teal;
    s.g.fillRect(x0, 80, 16, 96);
    s.put(x0 + 36, 124, labName, st('sansBold', 17, { color: teal }));
    s.put(x0 + 36, 164, en, st('sans', 9, { color: '#555' }));
    qrCode(s, right - 120, 74, 120, rng);
    s.put(right - 140, 112, `报告编号：MD${ymd(doc.dates.report, 'compact').slice(2)}${rng.int(1000, 9999)}`, { ...f, align: 'right' });
    s.put(right - 140, 156, '第1页/共1页', { ...f, align: 'right' });
    s.line(x0, 206, right, 206, 3, teal);
    s.put(s.width / 2, 272, fd.title, st('sansBold', 15, { align: 'center', spacing: 1 }));

    const code = doc.primary === 'LEUKEMIA' ? rng.pick(['LK', 'MB']) : rng.pick(['GT', 'NG']);
    const sampleNo = `${ymd(doc.dates.sample, 'compact').slice(2)}${code}${rng.int(100, 999)}`;
    const received = addDays(doc.dates.sample, rng.int(0, 1));
    const c = [w * 0.13, w * 0.2, w * 0.13, w * 0.2, w * 0.13, w * 0.21];
    const L = (t: string, i: number): { text: string; w: number; label: true } => ({ text: t, w: c[i] ?? 0, label: true });
    const V = (t: string, i: number, span = 1): { text: string; w: number } =>
      ({ text: t, w: c.slice(i, i + span).reduce((a, x) => a + x, 0) });
    let y = s.grid(x0, 310, lh * 1.25, [
      [L('姓名', 0), V(p.name, 1), L('性别', 2), V(p.sex, 3), L('年龄', 4), V(`${p.age}岁`, 5)],
      [L('送检医院', 0), V(doc.hospital.name, 1, 3), L('送检科室', 4), V(doc.department, 5)],
      [L('送检医生', 0), V(doc.doctors.attending, 1), L('住院号', 2), V(doc.recordNo, 3), L('样本类型', 4), V(fd.sample, 5)],
      [L('样本编号', 0), V(sampleNo, 1), L('采样日期', 2), V(formatDate(doc.dates.sample, ds), 3), L('收样日期', 4), V(formatDate(received, ds), 5)],
      [L('病理号', 0), V(fd.sample.includes('FFPE') ? `B${String(doc.dates.sample).slice(0, 4)}-${rng.int(1000, 29999)}` : '—', 1),
        L('检测方法', 2), V(fd.method, 3), L('报告日期', 4), V(formatDate(doc.dates.report, ds), 5)],
    ], f, { shade: '#eef4f5', label: b, border: 1.3 });
    const dxText = doc.dx.western.map((d) => d.text).join('；');
    const lines = wrap(s, dxText, w - (c[0] ?? 0) - 30, f, { keep: doc.dx.western.map((d) => d.text) });
    const dh = lines.length * lh + lh * 0.5;
    s.g.fillStyle = '#eef4f5';
    s.g.fillRect(x0, y, c[0] ?? 0, dh);
    s.rect(x0, y, c[0] ?? 0, dh, 1.3);
    s.rect(x0 + (c[0] ?? 0), y, w - (c[0] ?? 0), dh, 1.3);
    s.put(x0 + (c[0] ?? 0) / 2, y + lh * 0.95, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + (c[0] ?? 0) + 12, y + lh * 0.95 + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: null, reportDate: doc.dates.report });
    y += dh + lh * 1.3;

    const section = (t: string): void => {
      s.g.fillStyle = teal;
      s.g.fillRect(x0, y - px(11) * 0.95, 8, px(11) * 1.2);
      s.put(x0 + 22, y, t, st('sansBold', 11, { color: teal }));
      y += lh * 1.1;
    };
    section('检测结果');
    const tw = w / fd.head.length;
    y = s.grid(x0, y - lh * 0.5, lh * 1.15, [fd.head.map((t) => ({ text: t, w: tw, label: true })),
      ...fd.rows.map((r) => r.map((t) => ({ text: t, w: tw, align: 'center' as const })))], f, { shade: '#f3f3f3', label: b, border: 1.1 });
    y += lh * 1.3;
    if (fd.history) {
      section('既往监测结果（本实验室）');
      y = s.grid(x0, y - lh * 0.5, lh * 1.1, [['检测日期', 'BCR-ABL1/ABL1（IS）', '分子学反应'].map((t) => ({ text: t, w: w / 3, label: true })),
        ...fd.history.map((r) => r.map((t) => ({ text: t, w: w / 3, align: 'center' as const })))], f,
      { shade: '#f3f3f3', label: b, border: 1.1 });
      y += lh * 1.3;
    }
    section('结果解读');
    y = wrap(s, fd.summary, w - 40, f).reduce((yy, t) => (s.put(x0 + 20, yy, t, f), yy + lh), y) + lh * 0.4;
    if (fd.drugs.length > 0) {
      section('用药提示（仅供临床参考）');
      fd.drugs.forEach(([d, v], i) => s.pair(x0 + 20 + (i % 3) * (w / 3), y + Math.floor(i / 3) * lh, `${d ?? ''}：`, v ?? '', b, f));
      y += lh * (Math.ceil(fd.drugs.length / 3) + 0.6);
    }
    section('方法学说明');
    const note = `本检测采用${fd.method}方法，检测下限约为1%（定量检测以实验室验证性能为准）；`
      + `${doc.primary === 'LEUKEMIA' ? '样本运输时间过长或RNA降解' : '样本中肿瘤细胞含量不足或核酸降解'}可能导致假阴性。`;
    y = wrap(s, note, w - 40, st(face, 9.5)).reduce((yy, t) => (s.put(x0 + 20, yy, t, st(face, 9.5)), yy + lh * 0.9), y);

    y = Math.max(y + lh * 1.5, 1900);
    const names = [doc.doctors.resident, doc.doctors.checker, physician(rng, [p.name, doc.doctors.resident, doc.doctors.checker])];
    ['检测者：', '审核者：', '批准人：'].forEach((l, i) => s.pair(x0 + i * w * 0.3, y, l, names[i] ?? '', b, f));
    seal(s, right - 150, y - 30, 100, labName, '检验报告专用章', rng);
    const small = st(face, 9, { color: '#555' });
    s.put(x0, 2196, '*本报告仅对本次送检样本负责，结果需结合临床综合判断。', small);
    s.put(x0, 2236, `打印日期：${formatDate(doc.dates.print, 'iso')}\u3000实验室地址及电话见官网\u3000执业许可证：PDY${rng.int(10000000, 99999999)}`, small);
  },
};
