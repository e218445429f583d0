import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { handwritten, qrCode } from '../marks';
import type { Cell } from '../sheet';
import type { Layout } from '../types';
import { icd, px, st } from './common';
import { rehome, SOUTH_WEST } from './blind17-kit';

/**
 * 门诊病历 of a south-western or far-western city hospital (Yunnan, Guizhou, Sichuan, Xinjiang): the hospital's name and
 * 门诊病历 centred, a lookup QR code at the top right, a bordered grid of the patient (身份证号 and 就诊时间 are the truth),
 * then the record as hanging-label paragraphs (主诉 … 处理), the diagnoses as a small table with ICD codes (counted).
 * Decoys: 首诊日期 in the grid, a 既往 disease, an earlier examination's date in 辅助检查, the 复诊 day, 打印时间.
 */
export const blind17Outpatient1: Layout = {
  id: 'blind17-outpatient-1',
  kind: 'outpatient',
  split: 'blind',
  style: 'south-western city hospital 门诊病历: centred title, QR code, bordered patient grid, hanging labels, ICD diagnosis table',
  exercises: ['身份证号 in a grid cell (truth)', '就诊时间 beside 首诊日期 (truth / decoy)', 'earlier examination date in 辅助检查',
    'diagnosis table with ICD codes (counted)', '复诊 day and 打印时间 (decoys)'],
  doc: (rng) => rehome(makeDoc(rng, { kind: 'outpatient', hospitals: SOUTH_WEST, aliases: true, outside: 0.25 }), rng),
  draw(s, doc, rng) {
    const serif = rng.chance(0.6);
    const pt = rng.pick([10.5, 11, 12]);
    const f = st(serif ? 'serif' : 'sans', pt);
    const b = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.6;
    const x0 = 130;
    const x1 = s.width - 130;
    const p = doc.patient;

    s.put(s.width / 2, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', rng.pick([18, 20]), { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 215, rng.pick(['门诊病历', '门 诊 病 历', '门诊病历记录']), st(serif ? 'serifBold' : 'sansBold', 15,
      { align: 'center', spacing: 5 }));
    qrCode(s, x1 - 150, 70, 150, rng);
    s.put(x1 - 75, 248, '扫码查看报告', st('sans', 7.5, { align: 'center', color: '#444' }));

    const ds: DateStyle = rng.pick(['cnTime', 'isoSec', 'slashTime', 'isoTime'] as const);
    const L = (text: string, w: number): Cell => ({ text, w, label: true });
    const V = (text: string, w: number): Cell => ({ text, w });
    const g = st(f.face, pt - 0.5);
    const gl = st(b.face, pt - 0.5);
    const rowH = px(pt) * 2;
    const w = x1 - x0;
    const town = doc.hospital.address.replace(/^.+?(省|自治区)/u, '').match(/^.+?[区县]/u)?.[0] ?? '';
    const home = `${town}${rng.pick(['建设路', '南关街', '人民路', '团结巷'])}${rng.int(3, 188)}号`;
    let y = s.grid(x0, 290, rowH, [
      [L('姓名', 140), V(p.name, 240), L('性别', 110), V(p.sex, 110), L('年龄', 110), V(`${p.age}岁`, 150), L('科别', 140),
        V(doc.department, w - 1000)],
      [L('身份证号', 140), V(p.idNumber, 460), L('门诊号', 110), V(doc.recordNo, 300), L('首诊日期', 140),
        V(formatDate(doc.dates.firstVisit, 'iso'), w - 1150)],
      [L('就诊时间', 140), V(formatDate(doc.dates.visit, ds, doc.times.visit), 460), L('住址', 110),
        V(home, w - 710)],
    ], g, { label: gl, border: 1.5, shade: rng.pick([undefined, '#eef2ee']) });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    y += lh * 1.3;
    const labelW = s.measure('辅助检查：', b) + 10;
    const section = (label: string, text: string): void => {
      s.put(x0, y, `${label}：`, b);
      y = s.para(x0 + labelW, y, w - labelW, text, f, lh) + lh * 0.25;
    };
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    const earlier = addDays(doc.dates.visit, -rng.int(10, 90));
    section('主诉', doc.complaint);
    section('现病史', `患者${doc.complaint.replace(/，.*$/u, '')}，曾于外院就诊，服用${doc.medicines[0] ?? '药物'}，症状控制欠佳，今来我院复诊。`);
    section('既往史', `${doc.history.past}。${doc.history.negated}。`);
    section('体格检查', `BP ${rng.int(120, 172)}/${rng.int(72, 102)}mmHg，神清，心肺听诊未闻及明显异常，双下肢无水肿。`);
    section('辅助检查', `${formatDate(earlier, 'iso')}本院：${lab ? `${lab.name} ${lab.value}${lab.unit}${lab.flag}` : '血常规未见异常'}。`);

    y += lh * 0.2;
    s.put(x0, y, rng.pick(['诊断：', '门诊诊断：', '临床诊断：']), b);
    y += lh * 0.5;
    s.diagnoses(doc.dx.western);
    y = s.grid(x0 + labelW, y, rowH * 0.95, [
      [L('序号', 100), L('诊断名称', 800), L('ICD-10', 220)],
      ...doc.dx.western.map((d, i) => [V(String(i + 1), 100), V(d.text, 800), V(icd(d, i), 220)]),
    ], g, { label: gl, border: 1.2 });
    y += lh * 1.2;
    s.put(x0, y, '处理：', b);
    doc.medicines.slice(0, 3).forEach((m, i) => s.put(x0 + labelW, y + i * lh, `${i + 1}. ${m}  × ${rng.pick([7, 14, 28])}天`, f));
    y += Math.min(3, doc.medicines.length) * lh + lh * 0.3;
    const back = formatDate(addDays(doc.dates.visit, rng.pick([14, 28, 30])), 'cnShort');
    y = s.para(x0 + labelW, y, w - labelW, `${rng.pick(['低盐低脂饮食，', '规律服药，', ''])}${back}复诊，不适随诊。`, f, lh);

    y += lh;
    const sw = s.put(x1 - 520, y, '医师签名：', f);
    handwritten(s, x1 - 520 + sw + 10, y, doc.doctors.attending, pt * 1.3, rng);
    s.put(x0, 2235, `打印时间：${formatDate(doc.dates.print, 'isoSec', doc.times.print)}`, st('sans', 8.5, { color: '#555' }));
    s.put(x1, 2235, `${doc.hospital.name}  电话：${doc.hospital.phone}`, st('sans', 8.5, { color: '#555', align: 'right' }));
  },
};
