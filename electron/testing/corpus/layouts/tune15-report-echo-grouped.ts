import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { sonogram } from './tune13-kit';
import { echoOf, GENERAL15, local15 } from './tune15-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'URAEMIA_DIALYSIS', 'CEREBROVASCULAR_DISEASE', 'DIABETES'];

/**
 * 心脏彩色多普勒超声检查报告单 of a Shanxi, Shaanxi, Gansu, Ningxia or Inner Mongolia county hospital's 超声医学科: the patient
 * on ruled lines (姓名, 身份证号 — truth — 检查号 UCG…, the machine and its probe), 临床诊断 (counted), two sector stills (one
 * with colour Doppler), the measurements in three bordered blocks side by side (M型及二维 / 多普勒 / 组织多普勒及功能: sizes
 * in mm, flows in cm/s and m/s, EF %, 肺动脉收缩压 mmHg), 超声描述 in serif, 超声提示 numbered (never counted, never the
 * catalogue disease), 检查时间 and 报告时间 (truth) at the foot with the handwritten 诊断医师.
 */
export const tune15ReportEchoGrouped: Layout = {
  id: 'tune15-report-echo-grouped',
  kind: 'report',
  split: 'tune',
  style: 'Shanxi / Shaanxi / Gansu / Ningxia / Inner Mongolia county 超声医学科 心脏彩超 report: ruled patient lines, two sector stills, '
    + 'measurements in three bordered blocks side by side, serif 超声描述, numbered 超声提示, sans 10–10.5 pt',
  exercises: ['姓名 / 身份证号 on ruled lines with 检查号 UCG2025…, 仪器 GE Vivid T8 and 探头 M5Sc (digits that are neither)',
    '临床诊断 on its own line (counted)', 'three measurement blocks: 室间隔厚度 12mm, 二尖瓣E峰 68cm/s, E/A 0.72, EF 62%, PASP 30mmHg',
    '超声描述 prose and 超声提示 numbered (左室舒张功能减低: not counted)', 'two sonogram stills (not text)',
    '检查时间 and 报告时间 (truth, same day or the next) at the foot'],
  doc: (rng) => {
    const doc = local15(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: GENERAL15, compoundSurnames: 0.05 })),
      rng, { outside: 0.15, near: 0.1 }), rng);
    const next = rng.chance(0.2);
    return { ...doc, dates: { ...doc.dates, report: next ? addDays(doc.dates.sample, 1) : doc.dates.sample },
      times: { ...doc.times, report: next ? rng.int(8 * 60, 11 * 60) : doc.times.sample + rng.int(15, 70) } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const echo = echoOf(doc, rng);

    s.put(s.width / 2, 130, doc.hospital.name, st('serifBold', 18, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 195, rng.pick(['心脏彩色多普勒超声检查报告单', '超声心动图检查报告单']), st('serifBold', 14.5, { align: 'center', spacing: 2 }));
    s.put(right, 245, `检查号：UCG${doc.recordNo.slice(2)}`, { ...st('sans', 9), align: 'right' });
    s.put(x0, 245, '超声医学科', st('sans', 9));
    s.line(x0, 262, right, 262, 2.5);

    let y = 315;
    const ruled = (cells: readonly (readonly [string, string, number])[]): void => {
      cells.forEach(([l, v, at]) => s.pair(x0 + w * at, y, l, v, b, f));
      s.line(x0, y + 14, right, y + 14, 0.8, '#888');
      y += lh * 1.2;
    };
    const ward = rng.chance(0.5);
    ruled([['姓名：', p.name, 0], ['性别：', p.sex, 0.24], ['年龄：', `${p.age}岁`, 0.4], [ward ? '住院号：' : '门诊号：', doc.recordNo, 0.62]]);
    ruled([['身份证号：', p.idNumber, 0], ['科别：', doc.department, 0.4], ['床号：', ward ? `${doc.bed}床` : '--', 0.62]]);
    ruled([['检查部位：', '心脏', 0], ['仪器：', rng.pick(['GE Vivid T8', 'Philips EPIQ 7C', 'Mindray Resona 7', 'SIEMENS ACUSON SC2000']), 0.24],
      ['探头：', rng.pick(['M5Sc', 'X5-1', 'SP5-1s', '4V1c']), 0.62]]);
    const texts = doc.dx.western.map((d) => d.text);
    const dl = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0, y, w, texts.join('，'), f, lh, { indent: dl, keep: texts }) + lh * 0.2;
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    const iw = (w - 40) / 2;
    sonogram(s, x0, y, iw, 360, rng, { linear: false, doppler: false });
    sonogram(s, x0 + iw + 40, y, iw, 360, rng, { linear: false, doppler: true });
    y += 360 + lh * 0.8;

    const bw = (w - 40) / 3;
    const tp = pt - 0.5;
    let bottom = y;
    echo.groups.forEach(([title, rows], g) => {
      const x = x0 + g * (bw + 20);
      const cells: Cell[][] = [[{ text: title, w: bw, label: true }], ...rows.map(([n, v]): Cell[] =>
        [{ text: n, w: bw * 0.62 }, { text: v, w: bw * 0.38, align: 'center' }])];
      const end = s.grid(x, y, px(tp) * 2, cells, { ...f, pt: tp }, { shade: '#ececec', label: { ...b, pt: tp }, border: 1.2 });
      bottom = Math.max(bottom, end);
    });
    y = bottom + lh * 1.2;

    s.put(x0, y, '超声描述：', st('sansBold', pt + 0.5));
    y = para(s, x0 + 30, y + lh * 1.1, w - 30, echo.seen, st(rng.pick(['serif', 'serifLight'] as const), pt + 0.5), lh * 1.05,
      { indent: px(pt) * 2 }) + lh * 0.4;
    s.put(x0, y, '超声提示：', st('sansBold', pt + 0.5));
    y += lh * 1.1;
    echo.tips.forEach((t, i) => s.put(x0 + 30, y + i * lh * 1.05, `${i + 1}.${t}`, st('serifSemi', pt + 0.5)));
    y += echo.tips.length * lh * 1.05;

    const ds: DateStyle = rng.pick(['isoTime', 'cnTime', 'slashTime'] as const);
    const fy = Math.max(y + lh * 1.5, 2080);
    s.line(x0, fy - lh * 0.9, right, fy - lh * 0.9, 1.2);
    s.pair(x0, fy, '检查时间：', formatDate(doc.dates.sample, ds, doc.times.sample), b, f);
    s.pair(x0 + w * 0.38, fy, '报告时间：', formatDate(doc.dates.report, ds, doc.times.report), b, f);
    const rw = s.put(x0 + w * 0.74, fy, '诊断医师：', f);
    handwritten(s, x0 + w * 0.74 + rw + 6, fy, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.74, fy + lh * 1.3, '记录员：', doc.doctors.checker, f);
    s.put(x0, fy + lh * 1.3, '注：本报告仅供临床参考，不作诊断证明。', st('sans', 8.5, { color: '#555' }));
  },
};
