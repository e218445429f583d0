import { makeDoc } from '../case';
import { addDays, daysBetween, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { COUNTY } from '../hospitals';
import type { LabRow } from '../labs';
import { logo, qrCode, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { CITY4, COUNTY4, fit, local, printDay, PRIVATE4, tumourAgrees, wrap } from './blind4-kit';

/** The tests a county hospital sends out to a regional laboratory. */
const KEYS: readonly DiseaseKey[] = ['MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT', 'HEMOPHILIA', 'TRANSPLANT_ANTI_REJECTION',
  'LEUKEMIA',
  'DIABETES', 'URAEMIA_DIALYSIS'];
const LABS: readonly [string, string][] = [['四川', '川北康诺医学检验实验室'], ['河南', '豫东华信医学检验所'], ['江西', '赣北瑞恒医学检验实验室'],
  ['河北', '冀南博远医学检验所'], ['江苏', '苏北明德医学检验实验室'], ['湖南', '湘南康诺医学检验实验室'], ['甘肃', '陇东华信医学检验所'],
  ['黑龙江', '龙江瑞恒医学检验实验室']];
const METHOD: Record<string, string> = {
  肿瘤标志物: '化学发光法', 凝血功能: '凝固法', 血药浓度: '化学发光免疫法', 氨基酸分析: '串联质谱法', 血常规: '流式细胞法', 肾功能: '酶法',
  糖代谢: '高效液相色谱法', 血脂: '酶法', 肝功能: '速率法',
};

/**
 * A regional (third-party) laboratory's 检验报告单 for a county hospital's patient: the laboratory's name on top, the
 * hospital only as 送检单位; the ID masked (no full number on the page); 临床诊断 on a line of its own; results with
 * H / L (or ↑ ↓, 偏高 / 偏低) and the method; 采样 / 接收 / 检测 / 报告 times a few days apart; the laboratory's seal.
 */
export const blind4Report1: Layout = {
  id: 'blind4-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Regional third-party medical laboratory (Sichuan, Henan, Jiangxi, Hebei, Jiangsu, Hunan, Gansu, '
    + 'Heilongjiang, Shandong) 检验报告单: logo, QR, ruled header, eight-column result table, sans 9.5–10.5 pt',
  exercises: ['the laboratory\'s name as the letterhead; the hospital only after 送检单位',
    '证件号 masked (4 digits, asterisks, 4 characters): no ID in the truth',
    '临床诊断 on a line of its own (counted)', 'result flags H / L, ↑ / ↓ or 偏高 / 偏低; panel titles as sub-headings; 检测方法 column',
    '采样时间, 接收时间 (often the next day), 检测日期 and 报告时间 (truth) days apart, all with times',
    'printed 检验者 / 审核者 under the laboratory\'s seal', '打印时间 (later) in the footer'],
  doc: (rng) => {
    const doc = tumourAgrees(fit(local(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...COUNTY4, ...CITY4, ...PRIVATE4, ...COUNTY],
      compoundSurnames: 0.1 }), rng)), rng);
    const report = addDays(doc.dates.sample, rng.int(1, 4));
    const times = { ...doc.times, received: rng.int(9 * 60, 20 * 60), report: rng.int(9 * 60, 19 * 60) };
    return { ...doc, dates: { ...doc.dates, report }, times };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;
    const tone = rng.pick(['#1d5fa6', '#0b7a75', '#5b2e8c']);
    const lab = LABS.find(([k]) => doc.hospital.address.startsWith(k))?.[1] ?? '鲁西明德医学检验实验室';
    const pt = rng.pick([9.5, 10, 10.5]);
    const f = st('sans', pt);
    const b = st('sansMedium', pt);

    logo(s, x0 + 40, 122, 38, tone, 'ring');
    s.put(x0 + 96, 130, lab, st('sansBold', 17, { color: tone }));
    s.put(x0 + 96, 172, 'CLINICAL LABORATORY TEST REPORT', st('sans', 8.5, { color: tone, spacing: 2 }));
    qrCode(s, right - 140, 62, 140, rng);
    s.put(right - 70, 232, '扫码查看报告', st('sans', 8, { align: 'center', color: '#444' }));
    s.put(s.width / 2, 290, '检 验 报 告 单', st('sansMedium', 16, { align: 'center', spacing: 4 }));
    const sampleNo = `${doc.dates.sample.slice(2, 4)}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    s.put(x0, 290, `报告单号：R${sampleNo}`, st('sans', 9));

    const masked = `${p.idNumber.slice(0, 4)}**********${p.idNumber.slice(14)}`;
    const col = [x0, x0 + 380, x0 + 720, x0 + 1040];
    const lh = px(pt) * 1.9;
    let y = 330;
    s.line(x0, y, right, y, 2.4);
    y += lh;
    const rows: readonly (readonly [number, string][])[] = [
      [[0, `姓\u3000\u3000名：${p.name}`], [1, `性\u3000\u3000别：${p.sex}`], [2, `年\u3000\u3000龄：${p.age}岁`], [3, `样本编号：${sampleNo}`]],
      [[0, `送检单位：${doc.hospital.name}`], [2, `送检科室：${doc.department}`], [3, `送检医生：${doc.doctors.attending}`]],
      [[0, `证 件 号：${masked}`], [2, `样本类型：${rng.pick(['血清', '血浆', '全血', '干血斑'])}`], [3, `样本状态：${rng.pick(['正常', '合格'])}`]],
      [[0, `${rng.pick(['门诊号', '住院号'])}：${doc.recordNo}`], [1, `床\u3000\u3000号：${rng.chance(0.5) ? doc.bed : '—'}`],
        [2, `条码号：${doc.recordNo.slice(-6)}${rng.int(10, 99)}`]],
    ];
    rows.forEach((r) => {
      r.forEach(([c, t]) => s.put(col[c] ?? x0, y, t, f));
      y += lh;
    });
    y = wrap(s, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}`, w, f, doc.dx.western.map((d) => d.text))
      .reduce((cy, t) => {
        s.put(x0, cy, t, f);
        return cy + lh;
      }, y);
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, reportDate: doc.dates.report });
    y -= lh * 0.45;
    s.line(x0, y, right, y, 1.4);

    // Results: the panels one under the other, each with its title.
    const mode = rng.pick(['HL', 'HL', 'arrow', 'word'] as const);
    const flag = (r: LabRow): string => (r.flag === '' ? '' : mode === 'arrow' ? r.flag : mode === 'HL' ? (r.flag === '↑' ? 'H' : 'L')
      : r.flag === '↑' ? '偏高' : '偏低');
    const cw = [70, 360, 180, 140, 90, 200, 150];
    const cx = cw.reduce<number[]>((a, c) => [...a, (a[a.length - 1] ?? x0) + c], [x0]);
    const heads = ['序号', '检测项目', '英文缩写', '结果', '提示', '参考区间', '单位', '检测方法'];
    y += lh * 0.95;
    heads.forEach((h, i) => s.put((cx[i] ?? x0) + 6, y, h, b));
    y += lh * 0.4;
    s.line(x0, y, right, y, 1);
    y += lh * 0.85;
    let n = 0;
    const panels = doc.labs.slice(0, rng.chance(0.6) ? 2 : 1);
    for (const panel of panels) {
      s.put(x0 + (cw[0] ?? 70) + 6, y, `【${panel.title}】`, b);
      y += lh;
      for (const r of panel.rows.slice(0, 7)) {
        n += 1;
        const cells = [String(n), r.name, r.abbr, r.value, flag(r), r.range, r.unit, METHOD[panel.title] ?? '化学发光法'];
        cells.forEach((t, i) => s.put((cx[i] ?? x0) + 6, y, t, i === 3 && r.flag !== '' ? b : f));
        y += lh;
      }
    }
    y -= lh * 0.5;
    s.line(x0, y, right, y, 1.4);
    y += lh;
    s.put(x0, y, `备注：${rng.pick(['样本于冷链条件下运送，', '', '标本已离心分装，'])}检测结果仅对本次送检样本负责，请结合临床综合分析。`, st('sans', 9));

    const clockStyle = rng.pick(['isoTime', 'isoSec'] as const);
    const iso = (d: string, m: number): string => formatDate(d, clockStyle, m);
    // Received the next day when the report took two days or more, else the day it was drawn (and later that day).
    const recv = daysBetween(doc.dates.sample, doc.dates.report) >= 2 ? addDays(doc.dates.sample, 1) : doc.dates.sample;
    const recvMin = recv === doc.dates.sample ? doc.times.sample + 90 + (doc.times.received % 120) : doc.times.received;
    const by = Math.max(y + lh * 2.5, 1880);
    s.put(x0, by, `采样时间：${iso(doc.dates.sample, doc.times.sample)}`, f);
    s.put(x0 + w / 2, by, `接收时间：${iso(recv, recvMin)}`, f);
    s.put(x0, by + lh, `检测日期：${formatDate(recv, 'iso')}`, f);
    s.put(x0 + w / 2, by + lh, `${rng.pick(['报告时间', '报告日期'])}：${iso(doc.dates.report, doc.times.report)}`, f);
    s.put(x0, by + lh * 2.2, `检验者：${doc.doctors.resident}`, f);
    s.put(x0 + w / 2, by + lh * 2.2, `审核者：${doc.doctors.checker}`, f);
    seal(s, x0 + w / 2 + 420, by + lh * 1.4, 105, lab, '检验专用章', rng);
    const small = st('sans', 8, { color: '#555' });
    s.line(x0, 2200, right, 2200, 1, tone);
    s.put(x0, 2236, `打印时间：${formatDate(printDay(doc, rng), 'isoTime', doc.times.print)}`, small);
    s.put(s.width / 2, 2236, '第1页/共1页', { ...small, align: 'center' });
    s.put(right, 2236, `客服电话：400-${rng.int(100, 999)}-${rng.int(1000, 9999)}`, { ...small, align: 'right' });
  },
};
