import { makeDoc, type Doc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { signature } from '../marks';
import type { Rng } from '../rng';
import type { Sheet } from '../sheet';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { SD_CITY, SD_COUNTY } from './blind-kit';
import { plausible, resident } from './blind2-kit';

/** Blind layouts (split 'blind'): see blind2-kit.ts. Not for reading while tuning the extractor. */

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS'];

type Reading = { readonly t: number; readonly sys: number; readonly dia: number; readonly hr: number };
const night = (t: number): boolean => t % 1440 >= 22 * 60 || t % 1440 < 6 * 60;

/** A day of cuff readings from `start` (minutes after midnight): every 30 minutes by day, every 60 by night. */
function readings(rng: Rng, start: number, high: boolean): Reading[] {
  const day = high ? rng.int(138, 162) : rng.int(118, 134);
  const dip = rng.range(-0.02, 0.16);
  const gap = high ? rng.int(48, 62) : rng.int(40, 50);
  const out: Reading[] = [];
  for (let t = start; t < start + 1425; t += night(t) ? 60 : 30) {
    const n = night(t);
    const wave = 6 * Math.sin(((t % 1440) - 8 * 60) / 1440 * 2 * Math.PI);
    const sys = Math.round((n ? day * (1 - dip) : day + wave) + rng.gauss() * 7);
    out.push({ t, sys, dia: Math.round(sys - gap + rng.gauss() * 5), hr: Math.round((n ? 62 : 76) + rng.gauss() * 6) });
  }
  return out;
}

const mean = (xs: readonly number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
const load = (xs: readonly number[], limit: number): string => `${((100 * xs.filter((x) => x > limit).length) / Math.max(1, xs.length)).toFixed(1)}%`;

/** The trend chart: night shaded, 135/85 lines dashed, systolic and diastolic traces. */
function chart(s: Sheet, x: number, y: number, w: number, h: number, rs: readonly Reading[], start: number, color: string): void {
  const [lo, hi] = [40, 220];
  const X = (t: number): number => x + ((t - start) / 1440) * w;
  const Y = (v: number): number => y + h - ((v - lo) / (hi - lo)) * h;
  const g = s.g;
  for (let t = Math.ceil(start / 60) * 60; t < start + 1440; t += 60) {
    if (night(t)) {
      g.fillStyle = '#ececec';
      g.fillRect(X(t), y, Math.min(X(t + 60), x + w) - X(t), h);
    }
  }
  s.rect(x, y, w, h, 1.4);
  const tick = st('sans', 8);
  for (let v = 60; v <= 200; v += 40) {
    s.line(x, Y(v), x + w, Y(v), 0.8, '#c8c8c8');
    s.put(x - 12, Y(v) + 9, String(v), { ...tick, align: 'right' });
  }
  for (let t = Math.ceil(start / 120) * 120; t < start + 1440; t += 120) {
    s.line(X(t), y + h, X(t), y + h + 10, 1.2);
    s.put(X(t), y + h + 40, `${String(Math.floor(t / 60) % 24).padStart(2, '0')}:00`, { ...tick, align: 'center' });
  }
  g.save();
  g.setLineDash([10, 8]);
  s.line(x, Y(135), x + w, Y(135), 1.4, '#d32f2f');
  s.line(x, Y(85), x + w, Y(85), 1.4, '#1976d2');
  g.restore();
  for (const [key, c] of [['sys', color], ['dia', '#444444']] as const) {
    g.strokeStyle = c;
    g.fillStyle = c;
    g.lineWidth = 2.4;
    g.beginPath();
    rs.forEach((r, i) => (i === 0 ? g.moveTo(X(r.t), Y(r[key])) : g.lineTo(X(r.t), Y(r[key]))));
    g.stroke();
    for (const r of rs) {
      g.beginPath();
      g.arc(X(r.t), Y(r[key]), 4.5, 0, Math.PI * 2);
      g.fill();
    }
  }
}

/** The cuff comes off the next morning; the report is written that day or a day or two later. */
function worn(doc: Doc, rng: Rng): Doc {
  const off = addDays(doc.dates.sample, 1);
  return { ...doc, dates: { ...doc.dates, report: addDays(off, rng.pick([0, 0, 1, 2])) } };
}

export const blind2Report1: Layout = {
  id: 'blind2-report-1',
  kind: 'report',
  split: 'blind',
  style: 'blind2 layout 5',
  exercises: ['blind'],
  doc: (rng) => worn(plausible(resident(makeDoc(rng, { kind: 'report', hospitals: [...SD_COUNTY, ...SD_CITY], keys: KEYS, aliases: true, outside: 0.1 }), rng)), rng),
  draw(s, doc, rng) {
    const x0 = 110;
    const x1 = s.width - 110;
    const w = x1 - x0;
    const color = rng.pick(['#c62828', '#ad1457', '#d84315']);
    s.put(s.width / 2, 122, doc.hospital.name, st('sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 190, '动态血压监测报告', st('sansMedium', 14, { align: 'center', spacing: 3 }));
    const start = doc.times.sample;
    const no = `ABPM${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 60)).padStart(3, '0')}`;
    s.put(x1, 190, `检查号：${no}`, st('sans', 9, { align: 'right' }));
    s.line(x0, 218, x1, 218, 2.2);

    const f = st('sans', 10);
    const [sex, age] = sexAge(doc);
    const height = doc.patient.sex === '男' ? rng.int(160, 182) : rng.int(150, 168);
    const cols = [x0, x0 + 390, x0 + 700, x0 + 1040];
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `科别：${doc.department}`],
      [`ID号：${doc.recordNo}`, `身高：${height}cm`, `体重：${Math.round((height / 100) ** 2 * rng.range(21, 29))}kg`, `申请医生：${doc.doctors.attending}`]]
      .forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 280 + i * 52, t, f)));
    const lh = px(10) * 1.75;
    let y = s.para(x0, 384, w, `临床诊断：${doc.dx.western.map((d) => d.text).join('，')}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });
    const off = addDays(doc.dates.sample, 1);
    const offAt = Math.max(start - rng.int(5, 40), 7 * 60);
    s.put(x0, y, `佩戴时间：${formatDate(doc.dates.sample, 'isoTime', start)}\u3000\u3000摘除时间：${formatDate(off, 'isoTime', offAt)}`, f);
    const rs = readings(rng, start, doc.dx.keys.includes('HYPERTENSION') || rng.chance(0.3));
    const planned = rs.length + rng.int(2, 6);
    y += lh;
    s.put(x0, y, `有效读数：${rs.length}/${planned}（${((100 * rs.length) / planned).toFixed(1)}%）\u3000白天（06:00-22:00）每30分钟，夜间（22:00-06:00）每60分钟`, f);

    const day = rs.filter((r) => !night(r.t));
    const nite = rs.filter((r) => night(r.t));
    const row = (name: string, xs: readonly Reading[], ls: number, ld: number): string[] => {
      const sys = mean(xs.map((r) => r.sys));
      const dia = mean(xs.map((r) => r.dia));
      return [name, String(sys), String(dia), String(Math.round(dia + (sys - dia) / 3)), String(mean(xs.map((r) => r.hr))),
        load(xs.map((r) => r.sys), ls), load(xs.map((r) => r.dia), ld), String(xs.length)];
    };
    const widths = [170, 180, 180, 170, 170, 190, 190, w - 1250];
    const cells = (texts: readonly string[], label: boolean) => texts.map((text, i) => ({ text, w: widths[i] ?? 0, label, align: 'center' as const }));
    y = s.grid(x0, y + 36, 54, [
      cells(['时段', '收缩压均值', '舒张压均值', '平均动脉压', '心率均值', '收缩压负荷', '舒张压负荷', '读数'], true),
      cells(row('全天', rs, 130, 80), false), cells(row('白天', day, 135, 85), false), cells(row('夜间', nite, 120, 70), false),
    ], st('sans', 9.5), { label: st('sansMedium', 9.5), shade: '#f6eeee', border: 1.2 });
    s.put(x0, y + 36, '单位：血压 mmHg，心率 次/分；负荷：超过界值读数所占百分比（白天135/85，夜间120/70）', st('sansLight', 8.5));
    const top = rs.reduce((a, b) => (b.sys > a.sys ? b : a));
    const bottom = rs.reduce((a, b) => (b.dia < a.dia ? b : a));
    const when = (r: Reading): string => `${formatDate(r.t >= 1440 ? off : doc.dates.sample, 'iso').slice(5)} ${clock(r.t % 1440)}`;
    y += 90;
    s.put(x0, y, `最高收缩压：${top.sys}mmHg（${when(top)}）\u3000\u3000最低舒张压：${bottom.dia}mmHg（${when(bottom)}）`, f);

    y += 70;
    s.put(x0, y, '血压趋势图', st('sansBold', 10));
    s.line(x1 - 420, y - 10, x1 - 380, y - 10, 3, color);
    s.put(x1 - 370, y, '收缩压', st('sans', 8.5));
    s.line(x1 - 230, y - 10, x1 - 190, y - 10, 3, '#444444');
    s.put(x1 - 180, y, '舒张压', st('sans', 8.5));
    chart(s, x0 + 70, y + 30, w - 70, 470, rs, start, color);
    y += 30 + 470 + 110;

    const daySys = mean(day.map((r) => r.sys));
    const drop = ((daySys - mean(nite.map((r) => r.sys))) / daySys) * 100;
    const all = row('全天', rs, 130, 80);
    const findings = [
      Number(all[1]) >= 130 || Number(all[2]) >= 80 ? `24小时平均血压升高（${all[1]}/${all[2]}mmHg）` : `24小时平均血压正常（${all[1]}/${all[2]}mmHg）`,
      `夜间血压下降率${drop.toFixed(1)}%，${drop >= 10 ? '呈杓型血压节律' : drop >= 0 ? '呈非杓型血压节律' : '呈反杓型血压节律'}`,
      `白天收缩压负荷${load(day.map((r) => r.sys), 135)}，夜间收缩压负荷${load(nite.map((r) => r.sys), 120)}`,
    ];
    const hw = s.put(x0, y, '结论：', st('sansBold', 10.5));
    findings.forEach((t, i) => s.put(x0 + hw, y + i * lh, `${i + 1}.${t}`, st('sans', 10.5)));
    y += findings.length * lh;
    const by = Math.max(y + 80, 2100);
    const sw = s.put(x0, by, '报告医师：', f);
    signature(s, x0 + sw + 10, by - 8, 150, rng);
    s.put(x0 + 480, by, `审核医师：${doc.doctors.checker}`, f);
    s.put(x1, by, `报告日期：${formatDate(doc.dates.report, 'cn')}`, { ...f, align: 'right' });
    s.put(x0, by + 64, '注：本报告仅供临床参考，请结合诊室血压及临床综合分析。', st('sansLight', 8.5));
  },
};
