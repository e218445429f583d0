import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode, qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory, type Mark } from './kit';
import { wrap, settled, suited } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords, followUp } from './tune10-kit';
import { mono } from './tune14-kit';
import { CITY10, COUNTY10, local10, rollSlip, slipWear } from './blind10-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 门诊病历 printed by the self-service kiosk of a city or county hospital in Hubei, Hunan, Jiangxi, Chongqing, Guizhou, Yunnan,
 * Hainan, Anhui, Guangxi, Qinghai, Tianjin or Shanghai on 80 mm thermal roll, photocopied onto A4 with the visit's 挂号凭条 and
 * the 预约挂号单 for the next visit beside it. The record slip: key–value lines at a fixed pitch (姓名, 身份证 masked — so no ID
 * is truth — 就诊卡号, 就诊日期 with the time — truth), prose history with denials, 诊断 one per line (counted), 处理 and a 复诊
 * advice, 打印时间 minutes or days later. The 挂号 slip repeats the visit day with an earlier time; the appointment slip names a
 * later day (not truth).
 */
export const blind10Outpatient1: Layout = {
  id: 'blind10-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'City / county hospital self-service kiosk 门诊病历 on 80 mm thermal roll photocopied on A4 beside its 挂号凭条 and a '
    + '预约挂号单: fixed-pitch key–value lines, dashed rules, masked ID, faded head band, serif or sans 9.5–10.5 pt',
  exercises: ['narrow slip in the left half of the page, other slips at the right (reading order across slips)', '身份证 masked (no ID)',
    '就诊日期 2025-03-04 09:12 (truth) beside 挂号时间 the same morning and 打印时间 later', '预约就诊日期 weeks later on another slip',
    '诊断 one per line (counted)', 'history with denials and a past illness (not counted)'],
  doc: (rng) => local10(countyWords(settled(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS,
    hospitals: [...CITY10, ...CITY10, ...COUNTY10], compoundSurnames: 0.05 }))), rng, { outside: 0.25, near: 0.15 }), rng),
  draw(s, doc, rng) {
    const pt = rng.pick([9.5, 10, 10.5]);
    const face = rng.pick(['serif', 'sans'] as const);
    const ink = rng.pick(['#2e2e2e', '#3a3a3a', '#262626']);
    const f: Style = st(face, pt, { color: ink });
    const b: Style = st(face === 'serif' ? 'serifBold' : 'sansBold', pt, { color: ink });
    const lh = px(pt) * 1.5;
    const pitch = px(pt) * 0.5;
    const p = doc.patient;
    const W = 610;
    const [lx, rx] = [140, 905];
    const inner = W - 60;
    const dash = (x: number, y: number): void => {
      s.g.setLineDash([8, 6]);
      s.line(x + 30, y, x + W - 30, y, 1.5, ink);
      s.g.setLineDash([]);
    };
    const cols = (a: string, bb: string): string => {
      const width = [...a].reduce((n, ch) => n + (/[\x20-\x7e]/u.test(ch) ? 1 : 2), 0);
      return `${a}${' '.repeat(Math.max(2, 22 - width))}${bb}`;
    };

    // The record slip, drawn onto a tall sheet of roll paper; its height is fixed once the text is known.
    const top = 110;
    const card = `${rng.int(1000, 9999)}${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const head = rng.chance(0.5) ? 6 : 4;
    const masked = `${p.idNumber.slice(0, head)}${'*'.repeat(14 - head)}${p.idNumber.slice(14)}`;
    const lines: { text: string; style: Style; mono?: boolean; center?: boolean; dash?: boolean; dx?: boolean }[] = [];
    const add = (text: string, style = f, o: { mono?: boolean; center?: boolean; dx?: boolean } = {}): void => {
      lines.push({ text, style, ...o });
    };
    const prose = (label: string, text: string): void => wrap(s, `${label}${text}`, inner, f).forEach((t) => add(t));
    add(doc.hospital.name, st(b.face, pt + 1.5, { color: ink }), { center: true });
    add(rng.pick(['门诊病历（自助打印）', '门诊电子病历', '门诊病历记录']), b, { center: true });
    lines.push({ text: '', style: f, dash: true });
    add(cols(`姓名：${p.name}`, `性别：${p.sex}`), f, { mono: true });
    add(cols(`年龄：${p.age}岁`, `费别：${rng.pick(['医保', '自费', '居民医保'])}`), f, { mono: true });
    add(`身份证：${masked}`, f, { mono: true });
    add(`就诊卡号：${card}`, f, { mono: true });
    add(`科室：${doc.department}门诊`, f, { mono: true });
    add(`医生：${doc.doctors.attending}（${rng.pick(['主治医师', '副主任医师', '主任医师'])}）`, f, { mono: true });
    add(`就诊日期：${formatDate(doc.dates.visit, 'isoTime', doc.times.visit)}`, f, { mono: true });
    lines.push({ text: '', style: f, dash: true });
    prose('主诉：', `${followUp(doc)}。`);
    prose('现病史：', `患者${rng.pick(['规律服药', '服药不规律', '自行停药1周'])}，近期${rng.pick(['偶有头晕', '乏力', '睡眠差', '无明显不适'])}，今来复诊。`);
    prose('既往史：', `${pastHistory(doc, rng)}。`);
    prose('查体：', `BP ${rng.int(118, 172)}/${rng.int(68, 102)}mmHg，心肺听诊无明显异常，双下肢无水肿。`);
    add('诊断：', b);
    const mk: Mark = rng.pick(['1.', '1、', '(1)'] as const);
    listed(doc.dx.western, mk).forEach((t) => add(t, s.measure(t, f) > inner - 20 ? st(face, pt - 1.5, { color: ink }) : f, { dx: true }));
    s.diagnoses(doc.dx.western);
    prose('处理：', `${doc.medicines.slice(0, 3).join('；')}。`);
    prose('医嘱：', `按时服药，监测${rng.pick(['血压', '血糖', '血压、血糖'])}，${rng.pick([2, 4])}周后复诊，不适随诊。`);
    lines.push({ text: '', style: f, dash: true });
    const printAt = rng.chance(0.6) ? doc.dates.visit : addDays(doc.dates.visit, rng.int(1, 12));
    const printTime = Math.min(doc.times.visit + rng.int(20, 200), 23 * 60);
    add(`打印时间：${stamp(printAt, printTime, 'iso', 4)}`, st(face, pt - 1, { color: ink }), { mono: true });
    add(`流水号：${doc.recordNo}${rng.int(10, 99)}`, st(face, pt - 1, { color: ink }), { mono: true });
    const height = lines.length * lh + 300;
    rollSlip(s, lx, top, W, height, rng);
    let y = top + 70;
    let dxTop = Infinity;
    let dxBottom = 0;
    for (const l of lines) {
      if (l.dash) dash(lx, y - lh * 0.45);
      else if (l.center) s.put(lx + W / 2, y, l.text, { ...l.style, align: 'center' });
      else if (l.mono) mono(s, lx + 30, y, l.text, l.style, pitch * (l.style.pt / pt));
      else s.put(lx + 30, y, l.text, l.style);
      if (l.dx) [dxTop, dxBottom] = [Math.min(dxTop, y), y];
      y += lh;
    }
    qrCode(s, lx + W / 2 - 70, y - lh * 0.4, 140, rng);
    s.put(lx + W / 2, y + 165, '扫码查看电子病历及检查报告', st(face, 8, { color: ink, align: 'center' }));
    slipWear(s, lx, top, W, height, rng);
    s.note({ name: p.name, visitDate: doc.dates.visit });

    // The slips at the right never share a row with the diagnoses (their text would run into them).
    let ry = top;
    const place = (h: number): number | null => {
      const at = ry + h + 40 < dxTop - lh ? ry : Math.max(ry, dxBottom + lh * 1.5);
      if (at + h > s.height - 100) return null;
      ry = at + h + 60;
      return at;
    };
    const small = st(face, pt - 0.5, { color: ink });
    const booked = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    const slips: { title: string; rows: string[]; code?: boolean }[] = [
      { title: '挂号凭条', code: true, rows: [`姓名：${p.name}`, `就诊卡号：${card}`, `科室：${doc.department}门诊`,
        `号别：${rng.pick(['普通号', '专家号', '副主任号'])}  ${doc.doctors.attending}`, `就诊序号：第${rng.int(3, 60)}号`,
        `挂号时间：${formatDate(doc.dates.visit, 'iso')} ${clock(Math.max(7 * 60 + 20, doc.times.visit - rng.int(15, 90)))}`,
        `挂号费：${rng.pick(['¥8.00', '¥15.00', '¥25.00'])}  医保支付`, `位置：门诊${rng.int(1, 4)}楼${rng.pick(['A', 'B', 'C'])}区`] },
      { title: '预约挂号单', rows: [`姓名：${p.name}`, `预约科室：${doc.department}门诊`, `预约医生：${doc.doctors.attending}`,
        `预约日期：${formatDate(booked, 'iso')} ${rng.pick(['上午', '下午'])}`, `时段：${rng.pick(['08:30-09:00', '09:30-10:00', '14:30-15:00'])}`,
        '请提前30分钟到自助机签到取号', '过时未签到视为爽约'] },
    ];
    for (const sl of slips) {
      const h = (sl.rows.length + 2) * lh + (sl.code ? 210 : 110);
      const at = place(h);
      if (at === null) continue;
      rollSlip(s, rx, at, W, h, rng);
      let yy = at + 70;
      s.put(rx + W / 2, yy, doc.hospital.name, st(b.face, pt + 0.5, { color: ink, align: 'center' }));
      yy += lh;
      s.put(rx + W / 2, yy, sl.title, st(b.face, pt, { color: ink, align: 'center' }));
      yy += lh * 0.6;
      dash(rx, yy);
      yy += lh;
      for (const r of sl.rows) {
        mono(s, rx + 30, yy, r, small, pitch * ((pt - 0.5) / pt));
        yy += lh;
      }
      if (sl.code) barcode(s, rx + 60, yy - lh * 0.3, card, 80, 2.4);
      slipWear(s, rx, at, W, h, rng);
    }
  },
};
