import { makeDoc } from '../case';
import { addDays, clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, maskedId, reprinted } from './kit';
import { suited } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { mono } from './tune14-kit';
import { local11, PLACES11 } from './blind11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 门诊病历 printed by a hospital's self-service kiosk on an 80 mm thermal roll and laid on the A4 scanner glass (Shanghai's
 * islands, Fujian, Hunan, Guangxi, Hainan, Yunnan …): a narrow off-white strip with a shadow, text at a fixed pitch in a
 * small sans, dashed separators. 姓名 (truth), the ID masked (no truth ID), 预约 / 挂号时间 (decoy: an evening before, or
 * earlier the same morning), 就诊时间 (truth), 诊断 (counted), 复诊日期 and 打印时间 (decoys), a QR code.
 */
export const blind11Outpatient1: Layout = {
  id: 'blind11-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Self-service kiosk 门诊病历 on an 80 mm thermal strip laid on A4 glass: fixed-pitch small sans 8.5–9.5 pt, dashed '
    + 'separators, masked ID, QR',
  exercises: ['narrow strip in the middle of the page', '预约时间 / 挂号时间 before 就诊时间 (decoy)', '就诊时间 (truth)',
    'masked 证件号 (no truth ID)', '诊断 list (counted)', '复诊日期 / 打印时间 (decoys)'],
  doc: (rng) => countyWords(suited(local11(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: PLACES11, compoundSurnames: 0.05 }),
    rng)),
    rng, { outside: 0.25, near: 0.2 }),
  draw(s, d, rng) {
    const doc = reprinted(d);
    const pt = rng.pick([8.5, 9, 9.5]);
    const pitch = px(pt) * 0.5;
    const stripW = 640;
    const left = rng.int(380, s.width - stripW - 380);
    const top = rng.int(90, 160);
    const margin = 34;
    const cols = Math.floor((stripW - 2 * margin) / pitch);
    const lh = px(pt) * 1.5;
    const f = st(rng.pick(['sans', 'sansMedium'] as const), pt, { color: rng.pick(['#2a2a2a', '#3a3a3a', '#303036']) });
    const lines: ({ t: string; c?: boolean; big?: boolean } | 'rule' | 'qr')[] = [];
    const add = (t: string, indent = 0): void => {
      DotMatrix.wrap(t, cols - indent).forEach((x, i) => lines.push({ t: i === 0 ? x : ' '.repeat(indent) + x }));
    };
    const p = doc.patient;
    lines.push({ t: doc.hospital.name, c: true, big: true }, { t: '门诊病历（自助打印）', c: true }, 'rule');
    add(`姓名：${p.name}  性别：${p.sex}  年龄：${p.age}岁`);
    add(`门诊号：${doc.recordNo}`);
    add(`证件号：${maskedId(p.idNumber)}`);
    add(`费别：${rng.pick(['城乡居民医保', '职工医保', '门诊慢特病', '自费'])}`);
    add(`科室：${doc.department}  医生：${doc.doctors.attending}`);
    const booked = rng.chance(0.55);
    const before = booked ? addDays(doc.dates.visit, -rng.int(1, 6)) : doc.dates.visit;
    const bookMin = booked ? rng.int(19 * 60, 22 * 60) : Math.max(7 * 60, doc.times.visit - rng.int(20, 90));
    add(`${booked ? '预约时间' : '挂号时间'}：${formatDate(before, 'iso')} ${clock(bookMin)}`);
    add(`就诊时间：${formatDate(doc.dates.visit, rng.pick(['isoTime', 'slashTime'] as const), doc.times.visit)}`);
    s.note({ name: p.name, idNumber: null, visitDate: doc.dates.visit });
    lines.push('rule');
    add(`主诉：${followUp(doc)}。`);
    add(`既往史：${denial(doc, rng)}。`);
    add(`查体：BP ${rng.int(118, 176)}/${rng.int(68, 104)}mmHg，HR ${rng.int(62, 94)}次/分，心肺未见异常。`);
    const lab = doc.labs[0]?.rows[0];
    if (lab) add(`辅助检查：${lab.abbr} ${lab.value}${lab.unit}${lab.flag}`);
    add('诊断：');
    s.diagnoses(doc.dx.western);
    for (const item of listed(doc.dx.western, rng.pick(['1.', '1、'] as const))) add(`  ${item}`, 2);
    add('处理：');
    for (const m of doc.medicines.slice(0, 3)) add(`  ${m}`, 2);
    const back = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    add(`医嘱：按时服药，${formatDate(back, 'iso')}复诊，不适随诊。`);
    lines.push('rule', 'qr');
    add(`打印时间：${formatDate(doc.dates.print, 'isoSec', doc.times.print)}`);
    add(`终端：ZZJ-${String(rng.int(1, 24)).padStart(2, '0')}  流水号：${rng.int(100000, 999999)}`);

    const height = lines.reduce((h, l) => h + (l === 'qr' ? 220 : l === 'rule' ? lh * 0.8 : lh * ((l as { big?: boolean }).big ? 1.4 : 1)),
      0) + 110;
    const g = s.g;
    g.fillStyle = 'rgba(0, 0, 0, 0.10)';
    g.fillRect(left + 6, top + 6, stripW, height);
    const grad = g.createLinearGradient(0, top, 0, top + height);
    grad.addColorStop(0, '#f7f6f1');
    grad.addColorStop(1, rng.pick(['#efeee8', '#f3f1ea', '#eceae3']));
    g.fillStyle = grad;
    g.fillRect(left, top, stripW, height);
    for (let x = left; x < left + stripW; x += 10) s.line(x, top + height, x + 5, top + height + rng.range(-3, 3), 1, '#c9c7bf');

    let y = top + 70;
    const x = left + margin;
    for (const l of lines) {
      if (l === 'rule') {
        for (let dx = x; dx < left + stripW - margin; dx += pitch * 2) s.line(dx, y - lh * 0.55, dx + pitch, y - lh * 0.55, 1.6, f.color);
        y += lh * 0.8;
      } else if (l === 'qr') {
        qrCode(s, left + stripW / 2 - 85, y - lh * 0.6, 170, rng);
        y += 220;
      } else if (l.c) {
        const style = l.big ? st('sansBold', pt + 2, { color: f.color, align: 'center' }) : { ...f, align: 'center' as const };
        s.put(left + stripW / 2, y, l.t, style);
        y += lh * (l.big ? 1.4 : 1);
      } else {
        mono(s, x, y, l.t, f, pitch);
        y += lh;
      }
    }
  },
};
