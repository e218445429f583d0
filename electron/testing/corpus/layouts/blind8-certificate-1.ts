import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE } from '../hospitals';
import { logo, seal } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { maskedId } from './kit';
import { panel } from './tune4-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords, restSpan } from './tune10-kit';
import { stamp } from './tune9-kit';
import { NATION_CITY, native } from './blind8-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE',
  'MALIGNANT_TUMOR_OUTPATIENT', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA'];

/**
 * A phone screenshot of an 电子诊断证明 from a city hospital's app or WeChat service (ten provinces and Liaocheng's cities),
 * printed in the middle of an A4 sheet: status bar with the phone's clock and battery, a nav bar, rounded white cards on grey —
 * hospital and 证明编号 with an 已签发 tag, 就诊人 rows with the ID masked (truth null) and 就诊日期 (the visit, days before the
 * issue: not truth), 诊断 (counted) and 医嘱建议, 开具时间 with seconds (truth: the date of issue) over an 有效期至 a month later,
 * a small red electronic seal, and the app's buttons.
 */
export const blind8Certificate1: Layout = {
  id: 'blind8-cert-app-screenshot',
  kind: 'certificate',
  split: 'blind',
  style: 'City hospital app / WeChat 电子诊断证明 as a printed phone screenshot: status bar, nav bar, rounded cards on grey, label-left '
    + 'value-right rows, light sans 9.5–12 pt, small electronic seal',
  exercises: ['a phone-shaped page in the middle of the sheet (status-bar clock 10:27 and battery 86% are not dates)',
    '就诊人 label with the name; masked 证件号码 (truth null)', '就诊日期 (not truth) vs 开具时间 with seconds (truth)',
    '有效期至 a month later (not truth)', '诊断 one per line in a card (counted)'],
  doc: (rng) => native(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...NATION_CITY, ...NATION_CITY, ...CITY.slice(0, 5), ...CITY_MORE.slice(0, 4)], compoundSurnames: 0.1 }))), rng,
  { outside: 0.15, near: 0.1 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const sw = rng.int(860, 940);
    const sx = Math.round((s.width - sw) / 2 + rng.range(-60, 60));
    const sy = rng.int(70, 110);
    const sh = Math.min(Math.round(sw * 2.16), 2190 - sy);
    const k = sw / 900;
    const blue = rng.pick(['#1677ff', '#0a8f6a', '#2f54eb']);
    const f = st('sans', 10.5 * k);
    const grey = st('sansLight', 10.5 * k, { color: '#6b6b6b' });
    const bold = st('sansMedium', 12 * k);
    const lh = px(10.5 * k) * 1.95;
    const g = s.g;
    g.fillStyle = '#f4f5f7';
    g.fillRect(sx, sy, sw, sh);
    s.rect(sx, sy, sw, sh, 1, '#d6d6d6');

    // Status bar and nav bar.
    s.put(sx + 40 * k, sy + 50 * k, clock(doc.times.print % (24 * 60)), st('sansMedium', 10.5 * k));
    const battery = `${rng.int(21, 99)}%`;
    const bw = s.put(sx + sw - 40 * k, sy + 50 * k, battery, st('sansMedium', 9.5 * k, { align: 'right' }));
    g.fillStyle = '#222';
    const bars = sx + sw - 40 * k - bw - 150 * k;
    for (let i = 0; i < 4; i += 1) g.fillRect(bars + i * 14 * k, sy + (40 - i * 5) * k, 9 * k, (10 + i * 5) * k);
    s.rect(sx + sw - 48 * k - bw - 76 * k, sy + 26 * k, 62 * k, 28 * k, 2, '#222');
    g.fillRect(sx + sw - 44 * k - bw - 76 * k, sy + 30 * k, 40 * k, 20 * k);
    g.fillStyle = '#ffffff';
    g.fillRect(sx + 1, sy + 76 * k, sw - 2, 100 * k);
    s.put(sx + sw / 2, sy + 140 * k, '电子诊断证明', st('sansMedium', 12.5 * k, { align: 'center' }));
    s.line(sx + 50 * k, sy + 126 * k, sx + 34 * k, sy + 142 * k, 3.5, '#222');
    s.line(sx + 34 * k, sy + 142 * k, sx + 50 * k, sy + 158 * k, 3.5, '#222');
    for (let i = 0; i < 3; i += 1) g.fillRect(sx + sw - 80 * k + i * 16 * k, sy + 134 * k, 8 * k, 8 * k);

    const x = sx + 30 * k;
    const w = sw - 60 * k;
    const pad = 34 * k;
    let y = sy + 210 * k;
    const card = (h: number): void => panel(s, x, y, w, h, '#ffffff', '#ececec');
    const row = (label: string, value: string): void => {
      s.put(x + pad, y, label, grey);
      s.put(x + w - pad, y, value, { ...f, align: 'right' });
      y += lh;
    };

    card(250 * k);
    logo(s, x + pad + 30 * k, y + 64 * k, 30 * k, blue, 'cross');
    s.put(x + pad + 78 * k, y + 78 * k, doc.hospital.name, bold);
    const no = `ZM${formatDate(doc.dates.issue, 'iso').replace(/-/g, '')}${String(rng.int(0, 99999)).padStart(5, '0')}`;
    s.put(x + pad, y + 150 * k, '诊断证明书', st('sansBold', 15 * k));
    s.put(x + pad, y + 210 * k, `证明编号：${no}`, grey);
    g.fillStyle = '#e8f7ee';
    g.beginPath();
    g.roundRect(x + w - pad - 130 * k, y + 112 * k, 130 * k, 50 * k, 25 * k);
    g.fill();
    s.put(x + w - pad - 65 * k, y + 147 * k, '已签发', st('sansMedium', 10 * k, { align: 'center', color: '#1a9b55' }));
    y += 280 * k;

    const visit = addDays(doc.dates.issue, -rng.pick([0, 0, 1, 2, 3, 5]));
    card(lh * 7 + 90 * k);
    y += 66 * k;
    s.put(x + pad, y, '就诊人信息', bold);
    y += lh * 1.1;
    row('就诊人', p.name);
    row('性别/年龄', `${p.sex} / ${p.age}岁`);
    row('证件号码', maskedId(p.idNumber));
    row('就诊科室', doc.department);
    row('就诊日期', formatDate(visit, 'iso'));
    row('就诊卡号', `${doc.recordNo.slice(2)}${rng.int(10, 99)}`);
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.issue });
    y += 40 * k;

    const dx = doc.dx.western.map((d, i) => `${i + 1}. ${d.text}`).flatMap((t) => wrap(s, t, w - 2 * pad, f));
    const rest = rng.chance(0.5) ? `建议休息${restSpan(rng)}，` : '';
    const adv = wrap(s, `${rest}需长期规律服药治疗，定期门诊复查，不适随诊。`, w - 2 * pad, f);
    card(lh * (dx.length + adv.length + 2.4) + 70 * k);
    y += 66 * k;
    s.put(x + pad, y, '诊断信息', bold);
    y += lh * 1.1;
    dx.forEach((t) => {
      s.put(x + pad, y, t, f);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    s.put(x + pad, y, '医嘱建议', grey);
    y += lh;
    adv.forEach((t) => {
      s.put(x + pad, y, t, f);
      y += lh;
    });
    y += 30 * k;

    card(lh * 3 + 90 * k);
    const sealY = y + 110 * k;
    y += 66 * k;
    row('开具医生', `${doc.doctors.attending}（${rng.pick(['主治医师', '副主任医师', '主任医师'])}）`);
    row('开具时间', stamp(doc.dates.issue, doc.times.visit, 'iso'));
    row('有效期至', formatDate(addDays(doc.dates.issue, 30), 'iso'));
    seal(s, x + w * 0.42, sealY, 78 * k, doc.hospital.name, '电子签章', rng);
    y += 60 * k;

    const by = Math.min(y + 30 * k, sy + sh - 150 * k);
    g.strokeStyle = blue;
    g.lineWidth = 2.5;
    g.beginPath();
    g.roundRect(x, by, w * 0.46, 84 * k, 42 * k);
    g.stroke();
    g.fillStyle = blue;
    g.beginPath();
    g.roundRect(x + w * 0.54, by, w * 0.46, 84 * k, 42 * k);
    g.fill();
    s.put(x + w * 0.23, by + 55 * k, '下载PDF', st('sansMedium', 11 * k, { align: 'center', color: blue }));
    s.put(x + w * 0.77, by + 55 * k, '分享给家人', st('sansMedium', 11 * k, { align: 'center', color: '#ffffff' }));
    g.fillStyle = '#1c1c1c';
    g.beginPath();
    g.roundRect(sx + sw / 2 - 130 * k, sy + sh - 34 * k, 260 * k, 10 * k, 5 * k);
    g.fill();
  },
};
