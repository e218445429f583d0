import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, signature } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, local, SD_CITY, SD_COUNTY } from './blind-kit';
import { printedOn } from './kit';

/** Blind layouts (split 'blind'): see blind-kit.ts. Not for reading while tuning the extractor. */

const ECG_KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'DIABETES',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];
const READING: Record<string, readonly string[]> = {
  HYPERTENSION: ['窦性心律', '左心室高电压'], CORONARY_HEART_DISEASE: ['窦性心律', 'ST-T改变'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['窦性心律', '下壁导联T波低平'], DIABETES: ['窦性心律', '大致正常心电图'],
  CEREBROVASCULAR_DISEASE: ['窦性心动过缓', '大致正常心电图'], URAEMIA_DIALYSIS: ['窦性心律', 'T波高尖（请结合血钾）'],
};
const MM = 200 / 25.4;
const LEADS = [['I', 'aVR', 'V1', 'V4'], ['II', 'aVL', 'V2', 'V5'], ['III', 'aVF', 'V3', 'V6']] as const;
const R_AMP: Record<string, number> = { I: 0.7, II: 1.0, III: 0.4, aVR: -0.7, aVL: 0.4, aVF: 0.6, V1: 0.3, V2: 0.6, V3: 0.9, V4: 1.1, V5: 1.05, V6: 0.8 };

/** Twelve leads on pink millimetre paper (not text, except the lead names). */
function ecg(s: Sheet, x: number, y: number, w: number, h: number, hr: number, rng: Rng): void {
  const g = s.g;
  for (let i = 0; i * MM <= w; i += 1) s.line(x + i * MM, y, x + i * MM, y + h, i % 5 === 0 ? 1.4 : 0.7, i % 5 === 0 ? '#e59a9a' : '#f5cccc');
  for (let j = 0; j * MM <= h; j += 1) s.line(x, y + j * MM, x + w, y + j * MM, j % 5 === 0 ? 1.4 : 0.7, j % 5 === 0 ? '#e59a9a' : '#f5cccc');
  const rowH = h / 4;
  const rr = 60 / hr;
  const pxPerS = 25 * MM;
  const mv = 10 * MM;
  const wave = (t: number, r: number, tAmp: number): number => {
    const u = t % rr;
    const gs = (c: number, wd: number): number => Math.exp(-(((u - c) / wd) ** 2));
    const sign = r < 0 ? -1 : 1;
    return sign * (0.12 * gs(0.1, 0.025) - 0.08 * gs(0.2, 0.008)) + r * gs(0.222, 0.011) - 0.25 * Math.abs(r) * gs(0.245, 0.01)
      + sign * tAmp * gs(0.45, 0.05);
  };
  const trace = (sx: number, ex: number, base: number, lead: string, offset: number): void => {
    const r = R_AMP[lead] ?? 0.6;
    const tAmp = rng.range(0.12, 0.3);
    g.save();
    g.strokeStyle = '#111111';
    g.lineWidth = 1.8;
    g.beginPath();
    for (let px0 = sx; px0 <= ex; px0 += 1) {
      const v = wave((px0 - sx) / pxPerS + offset, r, tAmp) + rng.gauss() * 0.006;
      if (px0 === sx) g.moveTo(px0, base - v * mv);
      else g.lineTo(px0, base - v * mv);
    }
    g.stroke();
    g.restore();
  };
  const offset = rng.range(0, rr);
  const lab = st('sansMedium', 9);
  const cal = (cx: number, base: number): void => {
    g.save();
    g.strokeStyle = '#111111';
    g.lineWidth = 1.8;
    g.beginPath();
    g.moveTo(cx, base);
    g.lineTo(cx + MM, base);
    g.lineTo(cx + MM, base - mv);
    g.lineTo(cx + 6 * MM, base - mv);
    g.lineTo(cx + 6 * MM, base);
    g.lineTo(cx + 7 * MM, base);
    g.stroke();
    g.restore();
  };
  const seg = (w - 8 * MM) / 4;
  for (let row = 0; row < 4; row += 1) {
    const base = y + rowH * (row + 0.62);
    cal(x + 2, base);
    const leads: readonly string[] = LEADS[row] ?? ['II'];
    if (row === 3) {
      trace(x + 8 * MM, x + w - 4, base, 'II', offset);
      s.put(x + 8 * MM + 6, base - rowH * 0.42, 'II', lab);
      continue;
    }
    leads.forEach((lead, i) => {
      const sx = x + 8 * MM + i * seg;
      trace(sx, sx + seg - 2, base, lead, offset + (i * seg) / pxPerS);
      if (i > 0) s.line(sx, base - 14, sx, base + 14, 2, '#111111');
      s.put(sx + 6, base - rowH * 0.42, lead, lab);
    });
  }
}

export const blindReport1: Layout = {
  id: 'blind-report-1',
  kind: 'report',
  split: 'blind',
  style: 'blind layout 5',
  exercises: ['blind'],
  doc: (rng) => local(makeDoc(rng, { kind: 'report', hospitals: [...SD_COUNTY, ...SD_CITY], keys: ECG_KEYS, aliases: true }), rng),
  draw(s, doc, rng) {
    const x0 = 100;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 130, doc.hospital.name, st('serifBold', 17, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, '常规心电图检查报告', st('sansMedium', 14, { align: 'center' }));
    const f = st('sans', 10);
    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + 400, x0 + 690, x0 + 1010];
    const no = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 999)).padStart(3, '0')}`;
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `科别：${doc.department}`],
      [`门诊/住院号：${doc.recordNo}`, `床号：${doc.bed}`, `检查号：${no}`, `申请医生：${doc.doctors.attending}`]]
      .forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 270 + i * 50, t, f)));
    const lh = px(10) * 1.8;
    let y = s.para(x0, 370, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });
    s.line(x0, y - 24, s.width - x0, y - 24, 1.5);
    const hr = doc.primary === 'CEREBROVASCULAR_DISEASE' ? rng.int(48, 58) : rng.int(62, 96);
    const m = st('sans', 9.5);
    const pr = rng.int(132, 196);
    const qrs = rng.int(78, 112);
    const qt = rng.int(350, 420);
    y += 20;
    s.put(x0, y, `心率：${hr} bpm\u3000P-R间期：${pr} ms\u3000QRS时限：${qrs} ms\u3000QT/QTc：${qt}/${qt + rng.int(10, 45)} ms`, m);
    const rv5 = rng.range(1.2, 3.4);
    const sv1 = rng.range(0.5, 1.6);
    s.put(x0, y + 44, `P/QRS/T电轴：${rng.int(20, 70)}/${rng.int(-20, 80)}/${rng.int(10, 70)} °\u3000RV5/SV1：${rv5.toFixed(2)}/${sv1.toFixed(2)} mV`
      + `\u3000RV5+SV1：${(rv5 + sv1).toFixed(2)} mV`, m);
    y += 100;
    s.put(x0, y, `检查时间：${formatDate(doc.dates.sample, 'isoSec', doc.times.sample)}`, st('sans', 8.5));
    s.put(s.width - x0, y, '25mm/s\u300010mm/mV\u30000.05～150Hz', st('sans', 8.5, { align: 'right' }));
    const gh = Math.floor((4 * 190) / MM) * MM;
    ecg(s, x0, y + 20, w, gh, hr, rng);
    y += 20 + gh + 80;
    const hw = s.put(x0, y, '心电图诊断：', st('sansBold', 11));
    const reading = [...(READING[doc.primary] ?? ['窦性心律'])];
    if (rng.chance(0.2)) reading.push('下壁异常Q波，陈旧性心肌梗死不除外');
    if (rng.chance(0.3)) reading.push(rng.pick(['偶发房性早搏', '一度房室传导阻滞', '完全性右束支传导阻滞']));
    const normal = reading.indexOf('大致正常心电图');
    if (reading.length > 2 && normal >= 0) reading.splice(normal, 1);
    reading.forEach((t, i) => s.put(x0 + hw, y + i * px(11) * 1.8, `${i + 1}.${t}`, st('sans', 11)));
    y += reading.length * px(11) * 1.8;
    const by = Math.max(y + 120, 2000);
    const sw = s.put(x0, by, '报告医师：', f);
    signature(s, x0 + sw + 10, by - 8, 150, rng);
    s.put(x0 + 480, by, `审核医师：${doc.doctors.checker}`, f);
    s.put(s.width - x0, by, `报告日期：${formatDate(doc.dates.report, 'dotPad')}`, { ...f, align: 'right' });
    s.put(x0, by + 70, '注：本报告仅供临床参考，请结合临床及既往心电图综合分析。', st('sansLight', 9));
  },
};

const SPECIMEN = ['血清', '静脉全血', '血浆', '肝素锂抗凝血'];
const METHOD: Record<string, string> = { 'mmol/L': '酶法', 'μmol/L': '酶法', '%': '仪器法', 'g/L': '比色法', 'U/L': '速率法',
  'ng/mL': '化学发光', 'U/mL': '化学发光', s: '凝固法', '×10^9/L': '仪器法', '×10^12/L': '仪器法' };

export const blindReport2: Layout = {
  id: 'blind-report-2',
  kind: 'report',
  split: 'blind',
  style: 'blind layout 6',
  exercises: ['blind'],
  doc: (rng) => local(makeDoc(rng, { kind: 'report', hospitals: [...BIG, ...SD_CITY, ...SD_COUNTY.slice(0, 6)], aliases: true, outside: 0.15 }), rng),
  draw(s, doc, rng) {
    const x0 = 100;
    const w = s.width - 2 * x0;
    s.put(x0, 122, doc.hospital.name, st('sansBold', 16));
    s.put(x0, 172, `检验科\u3000电话：${doc.hospital.phone}`, st('sans', 9, { color: '#333' }));
    s.g.fillStyle = '#111111';
    s.g.fillRect(s.width - x0 - 340, 80, 340, 70);
    s.put(s.width - x0 - 170, 128, '临床检验报告', st('sansBold', 13, { color: '#ffffff', align: 'center', spacing: 3 }));
    const bw = barcode(s, s.width - x0 - 340, 160, doc.recordNo.slice(2), 36, 1.8);
    s.put(s.width - x0 - 340 + bw + 12, 188, doc.recordNo.slice(2), st('sans', 8));
    s.line(x0, 214, s.width - x0, 214, 3);

    const f = st('sans', 10);
    const [sex, age] = sexAge(doc);
    const cols = [x0, x0 + 560, x0 + 900, x0 + 1180];
    const rows = [
      [`病人姓名:${doc.patient.name}`, `性  别:${sex}`, `年  龄:${age}`, `标本编号:${rng.int(1, 600)}`],
      [`证件号码:${doc.patient.idNumber}`, `科  室:${doc.department}`, `床  号:${doc.bed}`, `类型:${rng.pick(['住院', '门诊'])}`],
      [`病 历 号:${doc.recordNo}`, `申请医生:${doc.doctors.attending}`, '', `标本:${rng.pick(SPECIMEN)}`],
    ];
    rows.forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 272 + i * 48, t, f)));
    const lh = px(10) * 1.75;
    let y = s.para(x0, 272 + 3 * 48, w, `临床诊断:${doc.dx.western.map((d) => d.text).join('，')}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });

    const tx = [x0 + 4, x0 + 80, x0 + 560, x0 + 720, x0 + 790, x0 + 1060, x0 + 1260];
    const th = st('sansMedium', 9.5);
    y += 6;
    s.line(x0, y - 30, s.width - x0, y - 30, 1.2);
    ['No', '检验项目', '结果', '', '参考区间', '单位', '方法'].forEach((t, i) => s.put(tx[i] ?? x0, y + 6, t, th));
    s.line(x0, y + 22, s.width - x0, y + 22, 1.2);
    s.line(x0, y + 27, s.width - x0, y + 27, 1.2);
    y += 80;
    const cell = st('sansLight', 9.5);
    const rlh = px(9.5) * 1.75;
    let n = 0;
    for (const panel of doc.labs.slice(0, 2)) {
      s.put(x0 + 80, y, `【${panel.title}】`, st('sansMedium', 9.5));
      y += rlh;
      for (const r of panel.rows.slice(0, 7)) {
        n += 1;
        const flag = r.flag === '↑' ? '▲' : r.flag === '↓' ? '▼' : '';
        const value = flag ? st('sansBold', 9.5) : cell;
        s.put(tx[0] ?? x0, y, String(n), cell);
        s.put(tx[1] ?? x0, y, `${r.name}(${r.abbr})`, cell);
        s.put(tx[2] ?? x0, y, r.value, value);
        s.put(tx[3] ?? x0, y, flag, cell);
        s.put(tx[4] ?? x0, y, r.range, cell);
        s.put(tx[5] ?? x0, y, r.unit, cell);
        s.put(tx[6] ?? x0, y, METHOD[r.unit] ?? '仪器法', cell);
        y += rlh;
      }
      y += 12;
    }
    s.line(x0, y - rlh + 16, s.width - x0, y - rlh + 16, 1.2);
    s.put(x0, y + 20, `危急值：无\u3000\u3000备注：${rng.pick(['标本轻度溶血', '复查结果一致', '—'])}`, st('sans', 9.5));
    const slash = (d: string, mm: number): string => formatDate(d, 'slashTime', Math.min(mm, 23 * 60 + 50));
    const by = Math.max(y + 140, 1960);
    const third = [x0, x0 + 500, x0 + 1000];
    s.put(third[0] ?? x0, by, `采集时间:${slash(doc.dates.sample, doc.times.sample)}`, f);
    s.put(third[1] ?? x0, by, `签收时间:${slash(doc.dates.sample, doc.times.received)}`, f);
    s.put(third[2] ?? x0, by, `审核时间:${slash(doc.dates.report, doc.times.report)}`, f);
    s.put(third[0] ?? x0, by + 54, `检验者:${doc.doctors.resident}`, f);
    s.put(third[1] ?? x0, by + 54, `审核者:${doc.doctors.checker}`, f);
    s.put(third[2] ?? x0, by + 54, `打印时间:${slash(printedOn(doc), doc.times.print)}`, f);
    s.line(x0, 2180, s.width - x0, 2180, 1);
    s.put(x0, 2225, '本报告仅对所检标本负责，结果仅供临床参考。报告经电子签名，与纸质签名具有同等效力。', st('sansLight', 9));
    s.put(s.width - x0, 2225, '1/1', st('sansLight', 9, { align: 'right' }));
  },
};
