import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { printedOn } from './kit';
import { para, suited, wrap } from './tune6-kit';
import { stamp } from './tune9-kit';
import { countyWords } from './tune10-kit';
import { SONO, SONO_KEYS, sonogram } from './tune13-kit';
import { calipers, GENERAL19, local19, TCM19 } from './tune19-kit';

/**
 * 彩色多普勒超声检查报告单 of a Zhejiang, Fujian, Jiangxi or Anhui county hospital: the name at the left of a coloured rule with the
 * 超声号 at the right, a borderless three-row header (身份证号 — truth —, 检查部位, 临床诊断 — counted, wrapping), two large stills
 * side by side in grey frames (one with the machine's calipers, one with a colour-Doppler box), 超声所见 prose, 超声提示 in a ruled
 * box (an impression, not the clinical diagnoses), then 申请时间 and 检查时间 (not truth) beside 报告时间 (truth) with the
 * handwritten 检查医师 and a printed 审核医师; 打印时间 later.
 */
export const tune19ReportUltrasoundPair: Layout = {
  id: 'tune19-report-ultrasound-pair',
  kind: 'report',
  split: 'tune',
  style: 'Zhejiang / Fujian / Jiangxi / Anhui county 超声科 彩色多普勒超声检查报告单: name over a coloured rule, borderless header, two '
    + 'large framed stills (calipers, colour Doppler), 超声所见 prose, 超声提示 in a ruled box, time rows, sans or serif 10.5–11.5 pt',
  exercises: ['two sonograms side by side, one with yellow calipers, one with a colour-Doppler box (not text)',
    '临床诊断 in the header (counted) beside an 超声提示 that names plaques or wall changes (not counted)', '身份证号 (truth)',
    '申请时间 days before and 检查时间 with the minute (not truth) beside 报告时间 with seconds (truth)', '检查医师 handwritten, 审核医师 printed',
    '仪器 and 探头 model names with digits (C5-1, L12-3)', '打印时间 later (not truth)'],
  doc: (rng) => {
    const doc = local19(countyWords(suited(makeDoc(rng, { kind: 'report', keys: SONO_KEYS,
      hospitals: [...GENERAL19, ...GENERAL19, ...TCM19], compoundSurnames: 0.06 })), rng, { outside: 0.2, near: 0.1 }), rng);
    // An ultrasound is read while the patient lies there; now and then the report is signed the next morning.
    const next = rng.chance(0.15);
    return { ...doc, dates: { ...doc.dates, report: next ? addDays(doc.dates.sample, 1) : doc.dates.sample },
      times: { ...doc.times, report: next ? rng.int(8 * 60, 9 * 60 + 30) : doc.times.sample + rng.int(6, 25) } };
  },
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.72;
    const p = doc.patient;
    const scan = rng.pick(SONO[doc.primary] ?? SONO.HYPERTENSION ?? []);
    const tone = rng.pick(['#1b5e9e', '#17705a', '#6b2a7a']);

    s.put(x0, 132, doc.hospital.name, st('sansBold', 18, { color: tone, spacing: 2 }));
    const usNo = `US${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 480)).padStart(4, '0')}`;
    s.put(right, 132, `超声号：${usNo}`, { ...f, align: 'right' });
    s.g.fillStyle = tone;
    s.g.fillRect(x0, 160, w, 6);
    s.put(s.width / 2, 236, '彩色多普勒超声检查报告单', st(serif ? 'serifBold' : 'sansBold', 15, { align: 'center', spacing: 3 }));

    const inpatient = rng.chance(0.4);
    const stops = [x0, x0 + w * 0.26, x0 + w * 0.46, x0 + w * 0.7];
    let y = 300;
    [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], [inpatient ? '住院号：' : '门诊号：', doc.recordNo]]
      .forEach(([l, v], i) => s.pair(stops[i] ?? x0, y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(stops[0] ?? x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(stops[2] ?? x0, y, '科室：', doc.department, b, f);
    s.pair(stops[3] ?? x0, y, '床号：', inpatient ? `${doc.bed}床` : '--', b, f);
    y += lh;
    s.pair(x0, y, '检查部位：', scan.part, b, f);
    y += lh;
    const texts = doc.dx.western.map((d) => d.text);
    const dw = s.put(x0, y, '临床诊断：', b);
    const lines = wrap(s, texts.join('；'), w - dw, f, { keep: texts });
    lines.forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * (lines.length - 0.3);
    s.line(x0, y, right, y, 1.2);

    // Two stills side by side in grey frames.
    const gap = 50;
    const iw = (w - gap) / 2;
    const ih = Math.round(iw * 0.72);
    const iy = y + 40;
    for (let i = 0; i < 2; i += 1) {
      const ix = x0 + i * (iw + gap);
      s.g.fillStyle = '#d9d9d9';
      s.g.fillRect(ix - 8, iy - 8, iw + 16, ih + 16);
      sonogram(s, ix, iy, iw, ih, rng, { linear: scan.linear, doppler: i === 1 });
      if (i === 0) calipers(s, ix, iy, iw, ih, rng);
    }
    y = iy + ih + 8 + lh * 1.4;

    s.put(x0, y, '超声所见：', b);
    y = para(s, x0, y + lh * 1.05, w, scan.findings, f, lh, { indent: px(pt) * 2 }) + lh * 0.4;
    const tips = scan.impression.split('；');
    const boxH = lh * (tips.length + 1) + 20;
    s.rect(x0, y, w, boxH, 1.4);
    s.put(x0 + 16, y + lh * 0.95, '超声提示：', b);
    tips.forEach((t, i) => s.put(x0 + 16 + px(pt) * 2, y + lh * (i + 1.95), `${i + 1}.${t}`, b));
    y += boxH + lh * 1.3;
    const probe = scan.linear ? rng.pick(['L12-3', 'L14-5']) : rng.pick(['C5-1', 'SC6-1']);
    s.put(x0, y, `仪器：${rng.pick(['Mindray Resona 7', 'GE LOGIQ E10', 'Philips EPIQ 5', 'SIUI Apogee 5800'])}  探头：${probe}`,
      st(serif ? 'serif' : 'sans', pt - 1, { color: '#333' }));

    const fy = Math.max(y + lh * 2, 1980);
    s.line(x0, fy - lh * 0.9, right, fy - lh * 0.9, 1.2);
    const asked = addDays(doc.dates.sample, -rng.int(0, 3));
    const askedAt = Math.max(7 * 60 + 30, doc.times.sample - rng.int(30, 240));
    s.pair(x0, fy, '申请时间：', formatDate(asked, 'isoTime', askedAt), b, f);
    s.pair(x0 + w * 0.5, fy, '检查时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample), b, f);
    const cw = s.put(x0, fy + lh * 1.4, '检查医师：', b);
    handwritten(s, x0 + cw + 10, fy + lh * 1.4, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.5, fy + lh * 1.4, '报告时间：', stamp(doc.dates.report, doc.times.report, 'iso', 4), b, f);
    s.pair(x0, fy + lh * 2.8, '审核医师：', doc.doctors.checker, b, f);
    const small = st(serif ? 'serif' : 'sans', 8.5, { color: '#444' });
    s.put(x0, 2250, '注：本报告仅反映检查时所见，仅供临床参考。', small);
    s.put(right, 2250, `打印时间：${formatDate(printedOn(doc), 'isoTime', doc.times.print)}`, { ...small, align: 'right' });
  },
};
