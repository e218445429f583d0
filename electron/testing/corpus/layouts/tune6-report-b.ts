import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE, PROVINCES } from '../hospitals';
import { handwritten, logo } from '../marks';
import type { Cell, Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient } from './kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { para, suited } from './tune6-kit';

/** Who wears a recorder for a day: hypertension (the blood-pressure cuff), coronary disease, stents and strokes (the Holter). */
const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'CEREBROVASCULAR_DISEASE'];

const pad = (n: number): string => String(n).padStart(2, '0');
/** 03-05 03:12: a Holter event as the software prints it, month and day without the year. */
const event = (iso: string, m: number): string => `${iso.slice(5)} ${clock(m)}`;

/** A day's trace (not text): 24 hourly points from the hour the recorder was put on, the time axis captioned every four hours. */
function trace(s: Sheet, x: number, y: number, w: number, h: number, series: readonly (readonly number[])[], from: number, small: Style,
  colors: readonly string[]): void {
  s.rect(x, y, w, h, 1, '#999');
  for (let k = 1; k < 4; k += 1) s.line(x, y + (h * k) / 4, x + w, y + (h * k) / 4, 1, '#e4e4e4');
  const all = series.flat();
  const [lo, hi] = [Math.min(...all) * 0.9, Math.max(...all) * 1.05];
  series.forEach((vals, j) => {
    s.g.strokeStyle = colors[j] ?? '#333';
    s.g.lineWidth = 2.5;
    s.g.beginPath();
    vals.forEach((v, i) => {
      const [px0, py0] = [x + (i / (vals.length - 1)) * w, y + h - ((v - lo) / (hi - lo)) * h];
      if (i === 0) s.g.moveTo(px0, py0);
      else s.g.lineTo(px0, py0);
    });
    s.g.stroke();
  });
  for (let i = 0; i <= 24; i += 4) s.put(x + (i / 24) * w, y + h + 34, `${pad((Math.floor(from / 60) + i) % 24)}:00`, { ...small, align: 'center' });
}

/** True during the night hours (22:00–06:00). */
const night = (hour: number): boolean => hour >= 22 || hour < 6;

/**
 * 24小时动态血压 or 动态心电图 (Holter) report: the recorder put on one morning and taken off the next, the report written a
 * day or two later (truth = 报告时间), statistics in a bordered table or in two columns of key–value lines with events
 * timed 03-05 03:12, a trace over the day, a numbered conclusion, and the ordering doctor beside the patient.
 */
export const tune6ReportAmbulatory: Layout = {
  id: 'tune6-report-ambulatory',
  kind: 'report',
  split: 'tune',
  style: 'City / county / other-province 心电图室 report: 24小时动态血压监测 or 动态心电图 (Holter), logo letterhead, statistics table or key–value columns, trace, sans or serif 10–11 pt',
  exercises: ['开始 / 佩戴时间 on one day and 结束 / 拆除时间 the next (记录时长 23小时41分), neither of them the report',
    '报告时间 one or two days after the recording ended (truth), beside 报告医师 handwritten and 审核医师 printed',
    '申请医生 named in the header next to the patient, 检查号 ABPM… / DCG…, recorder model names with digits',
    '临床诊断 naming the disease (counted)', 'ABPM table: 全天 / 白天（06:00-22:00） / 夜间（22:00-06:00） averages, 负荷 percentages, 最高 / 最低 with clock times',
    'Holter lines: 总心搏数 with thousands separators, 最慢 / 最快心率 at 03-05 03:12 (month–day event times), 室早 / 房早 counts, ST段, SDNN',
    'a 24-hour trace with hour captions (not values)', '结论 numbered 1. 2. 3. without the diagnosis'],
  doc: (rng) => {
    const doc = suited(localTo(forPatient(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE, ...PROVINCES, ...FAR_PROVINCES], aliases: true, compoundSurnames: 0.15 }),
    rng, COUNTY), rng));
    // The analysis is read after the recorder comes off the next day: one or two days after it was put on.
    return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, rng.pick([1, 1, 2])) } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const face = serif ? 'serif' : rng.pick(['sans', 'sansLight'] as const);
    const semi = serif ? 'serifSemi' : 'sansMedium';
    const pt = rng.pick([10, 10.5, 11]);
    const f = st(face, pt);
    const b = st(semi, pt);
    const lh = px(pt) * 1.85;
    const small = st(face, 8.5, { color: '#444' });
    const tone = rng.pick(['#0d4f8b', '#7b1d1d', '#185c37']);
    const abpm = doc.primary === 'HYPERTENSION';

    logo(s, x0 + 50, 130, 46, tone, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(x0 + 120, 128, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 18, { color: tone, spacing: 2 }));
    s.put(x0 + 120, 178, rng.pick(['心电图室', '心功能科', '功能检查科']), st(face, 10, { color: tone }));
    s.put(s.width / 2, 262, abpm ? '24小时动态血压监测报告' : rng.pick(['动态心电图（Holter）报告', '24小时动态心电图分析报告']),
      st(serif ? 'serifBold' : 'sansBold', 16, { align: 'center', spacing: 2 }));
    s.line(x0, 295, right, 295, 2.4, tone);

    const [sex, age] = sexAge(doc);
    const inpatient = rng.chance(0.55);
    const cols = [0, 400, 640, 930];
    let y = 350;
    const row = (cells: readonly (readonly [string, string] | null)[]): void => {
      cells.forEach((c, i) => c && s.pair(x0 + (cols[i] ?? 0), y, c[0], c[1], b, c[0] === '姓名：' ? st(semi, pt + 1) : f));
      y += lh;
    };
    const model = abpm ? rng.pick(['Welch Allyn ABPM 6100', 'Spacelabs 90207', '康泰 CONTEC ABPM50']) : rng.pick(['GE SEER 1000', '美高怡 MECG-200', 'DMS 300-4A']);
    const no = `${abpm ? 'ABPM' : 'DCG'}${doc.recordNo.slice(2)}`;
    row([['姓名：', doc.patient.name], ['性别：', sex], ['年龄：', age], ['科室：', doc.department]]);
    row([['身份证号：', doc.patient.idNumber], null, [inpatient ? '床号：' : '类别：', inpatient ? doc.bed : '门诊'],
      ['申请医生：', doc.doctors.attending]]);
    row([['检查号：', no], null, ['记录仪：', model]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber });
    const dl = s.put(x0, y, '临床诊断：', b);
    const dx = doc.dx.western.map((d) => d.text);
    y = para(s, x0 + dl, y, w - dl, dx.join('，'), f, lh, { keep: dx });
    s.diagnoses(doc.dx.western);

    // On one morning, off the next, under 24 hours.
    const on = doc.times.sample;
    const off = on - rng.int(5, 40);
    const end = addDays(doc.dates.sample, 1);
    const ts: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    s.g.fillStyle = '#f1f3f5';
    s.g.fillRect(x0, y - lh * 0.7, w, lh * 1.1);
    const [startL, endL] = abpm ? ['开始时间：', '结束时间：'] : ['佩戴时间：', '拆除时间：'];
    s.pair(x0 + 16, y, startL, formatDate(doc.dates.sample, ts, on), b, f);
    s.pair(x0 + 560, y, endL, formatDate(end, ts, off), b, f);
    const span = 24 * 60 + off - on;
    s.pair(x0 + 1110, y, '时长：', `${Math.floor(span / 60)}小时${span % 60}分`, b, f);
    y += lh * 1.8;

    const hours = Array.from({ length: 25 }, (_, i) => (Math.floor(on / 60) + i) % 24);
    const tf = st(face, pt - 0.5);
    const conclusion: string[] = [];
    if (abpm) {
      const [sd, dd] = [rng.int(138, 162), rng.int(84, 98)];
      const [sn, dn] = [sd - rng.int(-4, 20), dd - rng.int(-2, 14)];
      const sbp = hours.map((hr) => (night(hr) ? sn : sd) + rng.int(-12, 14));
      const dbp = hours.map((hr) => (night(hr) ? dn : dd) + rng.int(-8, 9));
      const fall = (((sd - sn) / sd) * 100).toFixed(1);
      const avg = (a: number, c: number): number => Math.round((a * 16 + c * 8) / 24);
      const C = (text: string, cw: number, label = false): Cell => ({ text, w: cw, label, align: 'center' });
      const cw = [330, 250, 230, 170, 222, 222];
      const [dayN, nightN] = [rng.int(44, 48), rng.int(20, 24)];
      const [dayOk, nightOk] = [dayN - rng.int(0, 4), nightN - rng.int(0, 5)];
      const hi = (m: number): string => `${Math.max(...sbp)}（${clock(m)}）`;
      y = s.grid(x0, y - lh * 0.4, px(pt) * 2.2, [
        ['时段', '平均血压(mmHg)', '平均心率(次/分)', '读数', '收缩压负荷', '舒张压负荷'].map((t, i) => C(t, cw[i] ?? 200, true)),
        ['全天（24h）', `${avg(sd, sn)}/${avg(dd, dn)}`, `${rng.int(66, 82)}`, `${dayOk + nightOk}/${dayN + nightN}`, `${rng.int(45, 80)}%`, `${rng.int(30, 70)}%`]
          .map((t, i) => C(t, cw[i] ?? 200)),
        ['白天（06:00-22:00）', `${sd}/${dd}`, `${rng.int(70, 86)}`, `${dayOk}/${dayN}`, `${rng.int(45, 85)}%`, `${rng.int(30, 75)}%`]
          .map((t, i) => C(t, cw[i] ?? 200)),
        ['夜间（22:00-06:00）', `${sn}/${dn}`, `${rng.int(58, 70)}`, `${nightOk}/${nightN}`, `${rng.int(40, 90)}%`, `${rng.int(25, 80)}%`]
          .map((t, i) => C(t, cw[i] ?? 200)),
      ], tf, { label: st(semi, pt - 0.5), shade: '#eef1f4', border: 1.2 }) + lh * 1.2;
      s.put(x0, y, `最高收缩压：${hi(rng.int(9 * 60, 17 * 60))}\u3000最低收缩压：${Math.min(...sbp)}（${clock(rng.int(60, 300))}）\u3000夜间收缩压下降率：${fall}%`, f);
      y += lh * 1.5;
      trace(s, x0 + 40, y, w - 80, 360, [sbp, dbp], on, small, ['#c62828', '#1565c0']);
      y += 360 + lh * 2.4;
      conclusion.push('24小时平均血压高于正常', '白天及夜间血压均升高，血压负荷增高',
        Number(fall) < 0 ? '夜间血压高于白天，呈反杓型血压节律' : Number(fall) < 10 ? '夜间血压下降率<10%，呈非杓型血压节律' : '夜间血压下降率≥10%，呈杓型血压节律');
    } else {
      const mean = rng.int(64, 82);
      const hr = hours.map((h) => mean + (night(h) ? -rng.int(6, 14) : rng.int(-4, 16)));
      const total = (mean * span).toLocaleString('en-US');
      const pvc = rng.int(20, 2400);
      const pac = rng.int(10, 900);
      const slowAt = rng.int(60, 330);
      const fastAt = rng.int(9 * 60, 18 * 60);
      const ischaemic = doc.primary !== 'CEREBROVASCULAR_DISEASE' && rng.chance(0.6);
      const lines = [
        `总心搏数：${total}次`, `平均心率：${mean}次/分`, `最慢心率：${mean - rng.int(16, 24)}次/分（${event(end, slowAt)}）`,
        `最快心率：${mean + rng.int(34, 52)}次/分（${event(night(Math.floor(fastAt / 60)) ? end : doc.dates.sample, fastAt)}）`,
        `室性早搏：${pvc.toLocaleString('en-US')}次，成对${rng.int(0, 12)}次`, `房性早搏：${pac}次，短阵房速${rng.int(0, 4)}阵`,
        `RR间期>2.0s：${rng.pick([0, 0, 1])}次`, `SDNN：${rng.int(88, 146)}ms`,
        `ST段：${ischaemic ? `于${event(doc.dates.sample, fastAt)}见Ⅱ、Ⅲ、aVF导联ST段水平型压低0.1mV，持续${rng.int(3, 12)}分钟` : '未见明显动态改变'}`,
      ];
      lines.forEach((t, i) => s.put(x0 + (i % 2 === 0 || i === 8 ? 0 : w / 2), y + Math.floor(i / 2) * lh, t, f));
      y += 5 * lh + lh * 0.6;
      trace(s, x0 + 40, y, w - 80, 320, [hr], on, small, ['#2e7d32']);
      y += 320 + lh * 2.4;
      conclusion.push('窦性心律', `${pvc > 720 ? '频发' : '偶发'}室性早搏${pvc > 720 ? '，部分成对' : ''}`, `${pac > 500 ? '频发' : '偶发'}房性早搏`,
        ischaemic ? '活动时下壁导联ST段压低' : 'ST-T未见明显动态改变');
    }
    s.put(x0, y, rng.pick(['结论：', '诊断意见：', '提示：']), st(semi, pt + 0.5));
    y += lh;
    conclusion.forEach((t, i) => s.put(x0 + px(pt) * 2, y + i * lh, `${i + 1}.${t}`, f));
    y += conclusion.length * lh;

    const by = Math.max(y + lh * 1.5, 2020);
    const rw = s.put(x0, by, '报告医师：', b);
    handwritten(s, x0 + rw + 10, by, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + 470, by, '审核医师：', doc.doctors.checker, b, f);
    // Written after the recorder came off (the same morning at the earliest).
    const at = doc.dates.report === end ? Math.min(off + rng.int(60, 300), 17 * 60 + 40) : rng.int(8 * 60, 17 * 60 + 30);
    s.pair(x0 + 880, by, '报告时间：', formatDate(doc.dates.report, ts, at), b, f);
    s.note({ reportDate: doc.dates.report });
    s.line(x0, 2170, right, 2170, 1);
    s.put(x0, 2210, '本报告需结合临床，仅供临床医师参考。', small);
  },
};
