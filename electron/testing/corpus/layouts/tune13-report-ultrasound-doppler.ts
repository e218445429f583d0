import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, logo } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { GENERAL13, local13, SONO, SONO_KEYS, sonogram } from './tune13-kit';

/**
 * 彩色多普勒超声诊断报告单 of a Hebei, Henan or Jiangsu county hospital: logo letterhead, a shaded-label bordered grid with
 * 身份证号 (truth) and a full-width 临床诊断 row (counted; wraps onto a second line when long), two or three sonograms
 * with captions (one with a colour-Doppler box), 超声所见 prose and 超声提示 (颈动脉斑块形成 and the like — an impression,
 * not the clinical diagnoses). 申请日期 and 检查日期 (not truth) and 报告日期 (truth) at the foot by the signatures.
 */
export const tune13ReportUltrasoundDoppler: Layout = {
  id: 'tune13-report-ultrasound-doppler',
  kind: 'report',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county 超声科 彩色多普勒超声诊断报告单: logo letterhead, shaded bordered grid with a 临床诊断 row, '
    + 'two or three sonograms with captions, 超声所见 / 超声提示, sans or serif 10.5–11 pt',
  exercises: ['临床诊断 in its own full-width grid row (counted), wrapping on long lists', '身份证号 in the grid (truth)',
    'sonograms (fan and linear, colour Doppler) with captions between the header and the findings',
    '超声提示 naming plaques, nodules or wall changes (not the clinical diagnoses)',
    '申请日期 and 检查日期 (not truth) beside 报告日期 with a time (truth)', 'handwritten 诊断医师, printed 记录员'],
  doc: (rng) => local13(countyWords(suited(makeDoc(rng, { kind: 'report', keys: SONO_KEYS, hospitals: GENERAL13,
    compoundSurnames: 0.1 })), rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 110;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.4);
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const scan = rng.pick(SONO[doc.primary] ?? SONO.HYPERTENSION ?? []);

    const color = rng.pick(['#1d5fa8', '#1f7a4d', '#0f6f7a']);
    logo(s, x0 + 60, 140, 52, color, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 140, 130, doc.hospital.name, st('sansBold', 19, { color, spacing: 3 }));
    s.put(x0 + 140, 185, `地址：${doc.hospital.address}`, st('sans', 8.5, { color: '#555' }));
    s.put(s.width / 2, 275, rng.pick(['彩色多普勒超声诊断报告单', '超声检查报告单']), st('sansBold', 15, { align: 'center', spacing: 3 }));

    // The grid.
    const rh = px(pt) * 2.2;
    const lw = 150;
    const c = (text: string, width: number, label = false): Cell => ({ text, w: width, label });
    const inpatient = rng.chance(0.4);
    const rows: Cell[][] = [
      [c('姓名', lw, true), c(p.name, 250), c('性别', 120, true), c(p.sex, 120), c('年龄', 120, true), c(`${p.age}岁`, 150), c('超声号', 150, true),
        c(`US${doc.recordNo.slice(4)}`, w - lw - 910)],
      [c('科室', lw, true), c(doc.department, 250), c('床号', 120, true), c(inpatient ? doc.bed : '', 120),
        c(inpatient ? '住院号' : '门诊号', 270, true),
        c(doc.recordNo, w - lw - 760)],
      [c('身份证号', lw, true), c(p.idNumber, 760), c('仪器', 120, true),
        c(rng.pick(['Mindray DC-80', 'GE Vivid T8', 'SonoScape P50']), w - lw - 880)],
      [c('检查部位', lw, true), c(scan.part, w - lw)],
    ];
    const shade = { shade: rng.pick(['#eef2f7', '#f0f0f0', '#eef5f0']), label: b };
    let y = s.grid(x0, 320, rh, rows, f, shade);
    const texts = doc.dx.western.map((d) => d.text);
    const lines = wrap(s, texts.join('；'), w - lw - 30, f, { keep: texts });
    const dh = Math.max(rh, lines.length * lh + px(pt) * 0.9);
    s.g.fillStyle = shade.shade;
    s.g.fillRect(x0, y, lw, dh);
    s.rect(x0, y, lw, dh, 2);
    s.rect(x0 + lw, y, w - lw, dh, 2);
    s.put(x0 + lw / 2, y + dh / 2 + px(pt) * 0.36, '临床诊断', { ...b, align: 'center' });
    lines.forEach((t, i) => s.put(x0 + lw + 12, y + dh / 2 + px(pt) * 0.36 + (i - (lines.length - 1) / 2) * lh, t, f));
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += dh + 40;

    // The sonograms.
    const n = rng.chance(0.5) ? 3 : 2;
    const gap = 30;
    const iw = (w - gap * (n - 1)) / n;
    const ih = Math.min(iw * 0.78, 360);
    const captions = scan.linear ? ['右侧纵切', '左侧纵切', 'CDFI'] : ['切面一', '切面二', 'CDFI'];
    for (let i = 0; i < n; i += 1) {
      const ix = x0 + i * (iw + gap);
      sonogram(s, ix, y, iw, ih, rng, { linear: scan.linear, doppler: i === n - 1 });
      s.put(ix + iw / 2, y + ih + px(9) * 1.6, `图${i + 1} ${captions[i] ?? ''}`, st('sans', 9, { align: 'center' }));
    }
    y += ih + px(9) * 1.6 + lh * 1.6;

    s.put(x0, y, '超声所见：', st(serif ? 'serifBold' : 'sansBold', pt + 0.5));
    y = para(s, x0, y + lh * 1.1, w, scan.findings, f, lh, { indent: px(pt) * 2 }) + lh * 0.6;
    s.put(x0, y, '超声提示：', st(serif ? 'serifBold' : 'sansBold', pt + 0.5));
    y += lh * 1.1;
    scan.impression.split('；').forEach((t, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${t}`, b);
      y += lh;
    });

    const fy = Math.max(y + lh * 2, 2030);
    s.line(x0, fy - lh, right, fy - lh, 1.2);
    const asked = addDays(doc.dates.sample, -rng.int(0, 2));
    s.pair(x0, fy, '申请日期：', formatDate(asked, 'iso'), b, f);
    s.pair(x0 + w * 0.33, fy, '检查日期：', formatDate(doc.dates.sample, 'iso'), b, f);
    s.pair(x0 + w * 0.64, fy, '报告日期：', formatDate(doc.dates.report, rng.pick(['isoTime', 'cnTime'] as const), doc.times.report), b, f);
    const dw = s.put(x0, fy + lh * 1.5, '诊断医师：', b);
    handwritten(s, x0 + dw + 10, fy + lh * 1.5, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.33, fy + lh * 1.5, '记录员：', doc.doctors.checker, b, f);
    s.put(x0, fy + lh * 2.8, '注：本报告仅供临床参考，不作诊断证明；超声检查受患者体型、气体等因素影响。', st('sans', 8.5, { color: '#444' }));
  },
};
