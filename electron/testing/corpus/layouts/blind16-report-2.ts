import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { para, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { hospitalsB16, kidneyImage, localB16, renalScan, renogram, type Renal } from './blind16-kit';

const KEYS: readonly DiseaseKey[] = ['URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'HYPERTENSION',
  'DIABETES', ...Array.from({ length: 8 }, () => 'TRANSPLANT_ANTI_REJECTION' as const)];

/** How a kidney of this GFR (ml/min) is graded. */
const grade = (gfr: number, graft = false): string =>
  gfr >= (graft ? 45 : 38) ? '正常' : gfr >= (graft ? 35 : 28) ? '轻度受损' : gfr >= 15 ? '中度受损' : '重度受损';

/** What the physician sees on the scan and concludes. */
function reading(scan: Renal): { seen: string; said: string[] } {
  const total = (scan.left + scan.right).toFixed(1);
  if (scan.graft) {
    return { seen: `右髂窝移植肾显影清晰，位置、形态及大小未见异常，血流灌注良好，肾实质摄取显像剂${scan.right >= 45 ? '正常' : '稍减低'}，`
      + `排泄通畅，膀胱显影及时。移植肾GFR ${scan.right} ml/min。`, said: [`移植肾血流灌注及功能${grade(scan.right, true)}`, '尿路排泄通畅'] };
  }
  const faint = scan.left + scan.right < 15;
  return {
    seen: faint ? '双肾显影淡而小，轮廓不清，血流灌注明显减低，肾实质摄取功能差，显像剂清除缓慢，膀胱显影延迟且淡。'
      : `双肾位置正常，${scan.left < scan.right ? '左' : '右'}肾体积略小、显影稍淡，双肾实质摄取及排泄减慢，上尿路引流尚通畅。`,
    said: [faint ? '双肾血流灌注及功能重度受损' : `左肾功能${grade(scan.left)}，右肾功能${grade(scan.right)}`, `总GFR ${total} ml/min，明显低于正常`],
  };
}

/**
 * 肾动态显像及GFR测定报告 of a Xinjiang / 兵团 / Qinghai / Tibet / Hainan city hospital's 核医学科: logo letterhead, bordered patient grid
 * with the ID (truth) and the 临床诊断 (counted), the tracer and the 检查日期 with the injection time (not truth when the report comes
 * later), four sequential frames of the scan and the renogram, a ruled table of GFR, time to peak, half-time and split function per
 * kidney (a graft alone), 检查所见, numbered 诊断意见 (the scan's words, never the truth), and the 报告日期 (truth) beside the signatures.
 */
export const blind16Report2: Layout = {
  id: 'blind16-report-2',
  kind: 'report',
  split: 'blind',
  style: 'Xinjiang / 兵团 / Qinghai / Tibet / Hainan city hospital 核医学科 肾动态显像 (GFR) report: logo letterhead, bordered patient grid, '
    + 'four scan frames and a renogram, ruled GFR table, prose findings, numbered 诊断意见, serif or sans 10–11 pt',
  exercises: ['报告日期 beside the signatures (truth); 检查日期 and 注射时间 above the images (not truth)', 'ID in a grid cell',
    '临床诊断 in a merged grid cell (counted); 诊断意见 of the scan (not counted)', 'scan images and a renogram with axis numbers',
    'ruled table of GFR in ml/min per kidney, or a graft alone'],
  doc: (rng) => localB16(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: hospitalsB16(['city']),
    compoundSurnames: 0.05 })), rng, { outside: 0.1, near: 0, avoid: /^慢性肾脏病3期$/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.45);
    const pt = rng.pick([10, 10.5, 11]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const scan = renalScan(doc.primary, rng);
    const tone = rng.pick(['#1d4f91', '#7a1f2b', '#2c2c2c']);

    logo(s, x0 + 44, 120, 42, tone, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 110, 118, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 19, { color: tone, spacing: 2 }));
    s.put(x0 + 112, 165, doc.hospital.en ?? '核医学科 Department of Nuclear Medicine', st(f.face, 9.5, { color: tone }));
    s.put(s.width / 2, 250, scan.graft ? '移植肾动态显像报告' : '肾动态显像及肾小球滤过率（GFR）测定报告',
      st(b.face, 15.5, { align: 'center', spacing: 2 }));

    const c = [w * 0.11, w * 0.18, w * 0.11, w * 0.14, w * 0.11];
    const last = w - c.reduce((a, x) => a + x, 0);
    const ward = rng.chance(0.5);
    const cell = (text: string, cw: number, label = false) => ({ text, w: cw, label });
    const [c0, c1, c2, c3, c4] = c as [number, number, number, number, number];
    let y = s.grid(x0, 290, lh * 1.3, [
      [cell('姓名', c0, true), cell(p.name, c1), cell('性别', c2, true), cell(p.sex, c3), cell('年龄', c4, true), cell(`${p.age}岁`, last)],
      [cell('检查号', c0, true), cell(`NM${doc.recordNo.slice(2)}`, c1), cell('身份证号', c2, true), cell(p.idNumber, c3 + c4 + last)],
      [cell(ward ? '住院号' : '门诊号', c0, true), cell(doc.recordNo, c1), cell('科室', c2, true),
        cell(`${doc.department}${ward ? ` ${doc.bed}床` : ''}`, c3 + c4 + last)],
      [cell('临床诊断', c0, true), cell(doc.dx.western.map((d) => d.text).join('；'), w - c0)],
    ], f, { shade: '#eeeeee', label: b, border: 1.4 });
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 1.1;
    const device = rng.pick(['Siemens Symbia T2', 'GE Discovery NM/CT 670', '联影 NM 880']);
    s.put(x0, y, `显像剂：99mTc-DTPA ${rng.pick(['185', '222', '296'])}MBq 弹丸式注射    设备：SPECT/CT（${device}）`, f);
    y += lh;
    s.put(x0, y, `检查日期：${formatDate(doc.dates.sample, 'iso')}    注射时间：${clock(doc.times.sample)}`, f);
    y += lh * 0.7;

    const size = 205;
    const frames = ['0-1min', '2-3min', '5-10min', '15-20min'];
    frames.forEach((cap, i) => {
      const fx = x0 + (i % 2) * (size + 24);
      const fy = y + Math.floor(i / 2) * (size + 60);
      const fade = i === 0 ? 0.5 : i === 3 ? 0.6 : 1;
      kidneyImage(s, fx, fy, size, { ...scan, left: scan.left * fade, right: scan.right * fade }, rng);
      s.put(fx + size / 2, fy + size + 36, cap, st('sans', 9, { align: 'center' }));
    });
    renogram(s, x0 + 2 * size + 110, y, right - (x0 + 2 * size + 110), 2 * size + 30, scan, st('sans', 9));
    y += 2 * (size + 60) + lh * 0.8;

    const cols = scan.graft ? [0, 0.4, 0.7] : [0, 0.34, 0.56, 0.78];
    const put = (cells: readonly string[], style: Style): void => {
      cells.forEach((t, i) => s.put(x0 + (cols[i] ?? 0) * w + 12, y + lh * 0.72, t, style));
      y += lh;
    };
    s.line(x0, y, right, y, 1.4);
    put(scan.graft ? ['指标', '移植肾', '参考值'] : ['指标', '左肾', '右肾', '合计'], b);
    s.line(x0, y, right, y, 0.8);
    const share = (x: number): string => `${((x / Math.max(0.1, scan.left + scan.right)) * 100).toFixed(1)}`;
    if (scan.graft) {
      put(['GFR（ml/min）', `${scan.right}`, '>45'], f);
      put(['峰时 Tmax（min）', `${scan.tmax[1]}`, '3-5'], f);
      put(['半排时间 T1/2（min）', scan.half[1], '<20'], f);
    } else {
      put(['GFR（ml/min）', `${scan.left}`, `${scan.right}`, (scan.left + scan.right).toFixed(1)], f);
      put(['峰时 Tmax（min）', `${scan.tmax[0]}`, `${scan.tmax[1]}`, '—'], f);
      put(['半排时间 T1/2（min）', scan.half[0], scan.half[1], '—'], f);
      put(['分肾功能（%）', share(scan.left), share(scan.right), '100'], f);
    }
    s.line(x0, y, right, y, 1.4);
    y += lh * 1.2;

    const r = reading(scan);
    const sw = s.put(x0, y, '检查所见：', b);
    y = para(s, x0, y, w, r.seen, f, lh, { indent: sw }) + lh * 0.4;
    s.put(x0, y, '诊断意见：', b);
    listed(r.said.map((text) => ({ text, key: null })), '1.').forEach((t, i) => s.put(x0 + px(pt) * 5, y + i * lh, t, b));

    const fy = 2120;
    s.line(x0, fy - lh, right, fy - lh, 1);
    const rw = s.put(x0, fy, '报告医师：', f);
    handwritten(s, x0 + rw + 8, fy, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.33, fy, '审核医师：', doc.doctors.director, f);
    s.pair(x0 + w * 0.63, fy, '报告日期：', formatDate(doc.dates.report, rng.pick(['iso', 'cn', 'slash'] as const)), f);
    s.put(s.width / 2, fy + lh * 1.5, '本报告仅供临床参考，不作诊断证明之用', st(f.face, 9, { align: 'center', color: '#555' }));
  },
};
