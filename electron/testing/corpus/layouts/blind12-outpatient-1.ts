import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { DotMatrix } from '../dotmatrix';
import { barcode } from '../marks';
import type { Sheet, Style } from '../sheet';
import type { Layout } from '../types';
import { st } from './common';
import { pastedSlip } from './tune4-kit';
import { settled, suited } from './tune6-kit';
import { countyWords, denial, followUp } from './tune10-kit';
import { mono } from './tune14-kit';
import { local12, SOUTHWEST12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'SEVERE_MENTAL_DISORDER', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'MALIGNANT_TUMOR_OUTPATIENT'];
const PITCH = 12;

/** `text` cut into lines of at most `cols` columns (a CJK character takes two), never inside a date, a time or a number. */
function cut(text: string, cols: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const t of text.match(/\d{4}-\d{2}-\d{2}|\d+(?:[.:/]\d+)*[A-Za-z%/]*[，。；]?|[A-Za-z]+|.[，。；、）”]?/gu) ?? []) {
    if (line !== '' && DotMatrix.width(line + t) > cols) {
      lines.push(line);
      line = '';
    }
    line += t;
  }
  return line === '' ? lines : [...lines, line];
}

/** A thermal roll: lines of fixed-pitch text from `y`, a dashed rule for '-', centred lines for '^'. Returns the next baseline. */
function roll(s: Sheet, x: number, y: number, cols: number, lines: readonly string[], f: Style, lh: number): number {
  let cy = y;
  for (const l of lines) {
    if (l === '-') {
      for (let c = 0; c < cols; c += 2) s.line(x + c * PITCH + 2, cy - lh * 0.35, x + (c + 1) * PITCH, cy - lh * 0.35, 1.6, '#3a3a3a');
    } else if (l.startsWith('^')) {
      const t = l.slice(1);
      mono(s, x + ((cols - DotMatrix.width(t)) * PITCH) / 2, cy, t, f, PITCH);
    } else {
      const parts = cut(l, cols);
      parts.forEach((part, i) => mono(s, x, cy + i * lh, part, f, PITCH));
      cy += (parts.length - 1) * lh;
    }
    cy += lh;
  }
  return cy;
}

/**
 * 门诊病历 printed by a self-service kiosk (自助机) of a Sichuan, Chongqing, Guizhou, Yunnan or Guangxi hospital on an 80 mm thermal
 * roll and laid on the A4 glass beside the 挂号凭条 of the same morning: fixed-pitch grey print, 46 columns. The record gives
 * 姓名, 身份证号 (truth), 就诊时间 with seconds (truth), the history with denials, a dated earlier result, 诊断 numbered (counted),
 * 处理 with the next visit, then 挂号时间 (the same morning) and 打印时间 days later (not truth) over a barcode; the 挂号凭条
 * (read on its own) repeats the name with 就诊日期 上午/下午, 候诊序号 and the fee.
 */
export const blind12Outpatient1: Layout = {
  id: 'blind12-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'Southwest hospital self-service kiosk 门诊病历 on an 80 mm thermal roll beside the 挂号凭条 slip, both on A4 glass: '
    + 'fixed-pitch grey sans 8–8.5 pt, 46 columns, dashed rules, barcode',
  exercises: ['就诊时间 2025-03-04 09:12:35 on the slip (truth); 挂号时间 the same morning, 打印时间 days later (not truth)',
    '身份证号 in fixed-pitch print (truth)', '诊断 numbered on a narrow roll (counted)', 'a second slip read on its own with 就诊日期 上午',
    'an earlier dated result and the next visit date (not truth)'],
  doc: (rng) => local12(settled(countyWords(suited(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: SOUTHWEST12 })), rng,
    { outside: 0.25, avoid: /急性|不稳定/u })), rng),
  draw(s, doc, rng) {
    const pt = rng.pick([8, 8.5]);
    const f: Style = st(rng.pick(['sans', 'sansMedium'] as const), pt, { color: rng.pick(['#2e2e2e', '#3b3b3b', '#262626']) });
    const lh = PITCH * 3;
    const cols = 46;
    const p = doc.patient;
    const sx = rng.int(150, 250);
    const sy = rng.int(120, 200);
    const cw = cols * PITCH + 48;
    const card = `${rng.int(1, 9)}${String(rng.int(0, 9999999)).padStart(9, '0')}`;
    const t = doc.times.visit;
    const booked = Math.max(7 * 60 + 30, t - rng.int(15, 90));
    const printed = addDays(doc.dates.visit, rng.int(1, 12));
    const before = addDays(doc.dates.visit, -rng.int(10, 60));
    const lab = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? '';
    const again = rng.chance(0.65);
    const dx = doc.dx.western.map((d, i) => `${i + 1}.${d.text}`);
    s.diagnoses(doc.dx.western);
    const lines = [`^${doc.hospital.name}`, '^门诊病历（自助打印）', '-',
      `姓名：${p.name}  性别：${p.sex}  年龄：${p.age}岁`, `身份证号：${p.idNumber}`, `就诊卡号：${card}`,
      `科室：${doc.department}门诊  医生：${doc.doctors.attending}`, `就诊时间：${formatDate(doc.dates.visit, 'isoSec', t)}`, '-',
      `主诉：${again ? followUp(doc) : doc.complaint}。`, `现病史：${again ? '长期门诊随诊，规律服药，今来复诊开药。' : '未系统诊治，今来就诊。'}`
        + '无发热，饮食睡眠可。', `既往史：${doc.history.past}；${denial(doc, rng)}。`, '过敏史：否认药物过敏史。',
      `查体：BP ${rng.int(118, 176)}/${rng.int(68, 102)}mmHg，神志清，心肺未及明显异常。`,
      `辅助检查：${formatDate(before, 'iso')}${doc.labs[0]?.title ?? '化验'}：${lab}。`, '诊断：', ...dx, '处理：',
      ...doc.medicines.slice(0, 2).map((m, i) => `${i + 1}.${m}`),
      `${Math.min(doc.medicines.length, 2) + 1}.嘱${rng.pick(['2周', '4周', '1月'])}`
        + '后复诊，不适随诊。', '-',
      `挂号时间：${formatDate(doc.dates.visit, 'isoSec', booked)}`, `打印时间：${formatDate(printed, 'isoSec', doc.times.print)}`,
      `终端号：ZZJ${String(rng.int(1, 40)).padStart(3, '0')}  流水号：${rng.int(10000000, 99999999)}`];
    const needed = lines.reduce((n, l) => n + (l === '-' || l.startsWith('^') ? 1 : cut(l, cols).length), 0) * lh + 260;
    pastedSlip(s, sx, sy, cw, needed);
    s.block(() => {
      let y = roll(s, sx + 24, sy + 60, cols, lines, f, lh);
      barcode(s, sx + 80, y - 10, card, 70, 2.4);
      y += 110;
      mono(s, sx + 24 + ((cols - 28) * PITCH) / 2, y, '温馨提示：请妥善保管本凭条', f, PITCH);
    });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    const tx = sx + cw + rng.int(50, 90);
    const tcols = 30;
    const ty = sy + rng.int(80, 420);
    const fee = rng.pick([7, 10, 12, 15]);
    const half = t < 12 * 60 ? '上午' : '下午';
    const ticket = [`^${doc.hospital.name}`, '^挂号凭条（患者联）', '-', `姓名：${p.name}`, `就诊卡号：${card}`, `科室：${doc.department}`,
      `号别：${rng.pick(['普通号', '副主任医师号', '主任医师号'])}`, `医生：${doc.doctors.attending}`,
      `就诊日期：${formatDate(doc.dates.visit, 'iso')} ${half}`, `候诊序号：${rng.int(3, 60)}号`, '-', `挂号费：${fee}.00元`,
      `医保支付：${(fee * 0.6).toFixed(2)}元`, `个人支付：${(fee * 0.4).toFixed(2)}元`, '-', `交易时间：${formatDate(doc.dates.visit, 'isoSec', booked)}`];
    pastedSlip(s, tx, ty, tcols * PITCH + 48, ticket.length * lh + 90);
    s.block(() => roll(s, tx + 24, ty + 60, tcols, ticket, f, lh));
  },
};
