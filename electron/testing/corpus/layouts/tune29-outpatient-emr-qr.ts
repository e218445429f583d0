import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { qrCode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { footer, historyText, px, st } from './common';
import { listed } from './kit';
import { settled } from './tune6-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS',
  'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA'];

/**
 * 门诊电子病历 printed from a city or county hospital's EMR on the patient's request: a QR code (扫码查看电子病历) top right beside
 * the hospital's name, a grey band holding the only 就诊时间 (truth) with 科室 and 医生, the patient's lines with the 证件号
 * (truth), then sections 主诉 / 现病史 (whose history names past diseases and denials) / 辅助检查 with its own earlier date
 * (decoy) / 诊断 numbered (truth, counted) / 处理 / 医嘱; 打印时间 in the footer (decoy).
 */
export const tune29OutpatientEmrQr: Layout = {
  id: 'tune29-outpatient-emr-qr',
  kind: 'outpatient',
  split: 'tune',
  style: 'city / county hospital 门诊电子病历 self-service print: QR code top right, visit time only in a grey header band, 证件号 line, '
    + 'sans 10.5–11.5 pt sections with bold heads, 打印时间 footer',
  exercises: ['就诊时间 only inside the shaded header band (truth)', '证件号 under the patient line (truth)', '辅助检查 with an earlier date (decoy)',
    '打印时间 in the footer (decoy)', 'history naming past and denied diseases (not diagnoses)', '诊断 numbered (truth, counted)'],
  doc: (rng) => settled(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...CITY, ...CITY_MORE, ...COUNTY],
    compoundSurnames: 0.1 })),
  draw(s, doc, rng) {
    s.ink = '#1b1b1b';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st('sans', pt);
    const head: Style = st('sansBold', pt + 0.5);
    const lh = px(pt) * 1.85;
    const p = doc.patient;

    const q = 190;
    qrCode(s, right - q, 70, q, rng);
    s.put(right - q / 2, 70 + q + px(8.5) * 1.3, '扫码查看电子病历', st('sans', 8.5, { align: 'center' }));
    s.put(x0, 150, doc.hospital.name, st('sansBold', 18, { spacing: 2 }));
    s.put(x0, 230, '门诊电子病历', st('sansMedium', 15, { spacing: 4 }));

    const ds: DateStyle = rng.pick(['isoTime', 'slashTime', 'cnTime'] as const);
    const bandTop = 310;
    const bh = px(pt) * 2.3;
    s.g.fillStyle = rng.pick(['#e4e4e4', '#dde6ee', '#e8e2d8']);
    s.g.fillRect(x0, bandTop, w, bh);
    const by = bandTop + bh / 2 + px(pt) * 0.36;
    s.put(x0 + 16, by, `就诊时间：${formatDate(doc.dates.visit, ds, doc.times.visit)}`, st('sansMedium', pt));
    s.put(x0 + w * 0.45, by, `科室：${doc.department}`, f);
    s.put(x0 + w * 0.72, by, `医生：${doc.doctors.attending}`, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.visit });

    let y = bandTop + bh + lh;
    const cells = [`姓名：${p.name}`, `性别：${p.sex}`, `年龄：${p.age}岁`, `门诊号：${doc.recordNo}`];
    cells.forEach((c, i) => s.put(x0 + [0, 0.25, 0.4, 0.6][i]! * w, y, c, f));
    y += lh;
    s.put(x0, y, `证件号：${p.idNumber}`, f);
    s.put(x0 + w * 0.6, y, `费别：${rng.pick(['职工医保', '居民医保', '自费'])}`, f);
    y += lh * 0.5;
    s.line(x0, y, right, y, 1.2, '#777');
    y += lh * 1.2;

    const exam = formatDate(addDays(doc.dates.visit, -rng.int(2, 30)), 'iso');
    const lab = doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}${r.unit}`).join('，') ?? '';
    const section = (title: string, body: string): void => {
      const tw = s.put(x0, y, `${title}：`, head);
      y = s.para(x0 + tw, y, w - tw, body, f, lh) + lh * 0.35;
    };
    section('主诉', doc.complaint);
    section('现病史', `${historyText(doc).replace('入院', '就诊')}近期规律服药，今来复诊。`);
    section('体格检查', `BP ${rng.int(118, 168)}/${rng.int(68, 96)}mmHg，神志清，双肺呼吸音清，心律齐，双下肢无水肿。`);
    section('辅助检查', `（${exam}）${doc.labs[0]?.title ?? '化验'}：${lab}。`);
    const dx = listed(doc.dx.western, rng.pick(['1.', '（1）'] as const));
    const dw = s.put(x0, y, '诊断：', head);
    dx.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += dx.length * lh + lh * 0.35;
    section('处理', `${doc.medicines.join('；')}。`);
    section('医嘱', `${doc.course}，按时服药，${rng.pick(['2周', '1个月', '3个月'])}后复诊，不适随诊。`);
    y += lh;
    s.put(right - 420, y, `医师签名：${doc.doctors.attending}`, f);

    footer(s, doc, { y: 2200, style: st('sans', 9), page: '第1页/共1页', print: rng.pick(['isoTime', 'slashTime'] as const) });
  },
};
