import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import { barcode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { mono } from './tune14-kit';
import { ALL22, local22 } from './tune22-kit';

/** Diseases whose panels include a renal function (肾功能) or a coagulation (凝血功能) one. */
const KEYS: readonly DiseaseKey[] = ['URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'HYPERTENSION', 'TRANSPLANT_ANTI_REJECTION',
  'CEREBROVASCULAR_DISEASE', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'HEMOPHILIA'];

/**
 * A 肾功能 or 凝血功能 result from a county hospital's self-service kiosk or point-of-care analyser (Xinjiang, Qinghai, 甘孜 /
 * 阿坝, Guangxi, Hainan), printed on an 80 mm thermal roll and laid on the scanner glass of an A4 page: fixed-pitch sans 9–10 pt,
 * dashed rules, the hospital and title centred, 姓名 (truth) / 性别 / 年龄 / 科室 / 门诊号, the 身份证号 (truth), one 临床诊断 (the
 * main diagnosis only, counted), the results as 项目 结果 ↑↓ 参考范围 单位, then four times — 采样, 接收,
 * 报告 (truth reportDate) and 打印 (decoy, the day the patient came back for the slip) — 检验者 / 审核者 and a specimen barcode.
 */
export const tune22ReportThermalSlip: Layout = {
  id: 'tune22-report-thermal-slip',
  kind: 'report',
  split: 'tune',
  style: 'county hospital kiosk / POCT 肾功能 or 凝血功能 on an 80 mm thermal slip on an A4 scan: fixed-pitch sans 9–10 pt, dashed '
    + 'rules, 采样 / 接收 / 报告 / 打印 times stacked at the foot, specimen barcode',
  exercises: ['a narrow slip on a mostly empty A4 page', 'fixed-pitch text (mono cells)', '报告时间 among 采样 / 接收 / 打印 times '
    + '(报告 truth, 打印 a later day)', '身份证号 after 门诊号 (truth)', 'one 临床诊断 (the main diagnosis, counted)',
  '↑ / ↓ flags beside values', 'Uyghur / Tibetan names'],
  doc: (rng) => local22(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: ALL22 }), rng),
  draw(s, doc, rng) {
    s.ink = '#262626';
    const sw = 700;
    const sx = rng.int(240, s.width - sw - 240);
    const top = rng.int(120, 260);
    const pt = rng.pick([9, 9.5, 10]);
    const pitch = px(pt) * 0.52;
    const f: Style = st('sans', pt);
    const fb: Style = st('sansBold', pt + 1);
    const lh = px(pt) * 1.55;
    const x = sx + 30;
    const cols = Math.floor((sw - 60) / pitch);
    const p = doc.patient;
    const panel = doc.labs.find((l) => l.title === '肾功能' || l.title === '凝血功能') ?? doc.labs[0];
    const rows = panel?.rows ?? [];
    const printed = formatDate(doc.dates.print, 'isoTime', doc.times.print);

    let y = top + 70;
    s.put(sx + sw / 2, y, doc.hospital.name, { ...fb, align: 'center' });
    y += lh * 1.2;
    s.put(sx + sw / 2, y, `检验报告单（${panel?.title ?? '肾功能'}）`, { ...fb, align: 'center' });
    y += lh;
    const rule = (): void => {
      for (let i = 0; i < cols; i += 1) s.line(x + i * pitch + 2, y - px(pt) * 0.3, x + (i + 0.6) * pitch, y - px(pt) * 0.3, 1.6);
      y += lh * 0.7;
    };
    rule();
    const line = (t: string): void => {
      mono(s, x, y, t, f, pitch);
      y += lh;
    };
    const half = Math.floor(cols * 0.55);
    const two = (a: string, b2: string): void => {
      if ([...a].reduce((n, ch) => n + (/[\x20-\x7e]/u.test(ch) ? 1 : 2), 0) >= half) {
        line(a);
        line(b2);
        return;
      }
      mono(s, x, y, a, f, pitch);
      mono(s, x + pitch * half, y, b2, f, pitch);
      y += lh;
    };
    two(`姓名:${p.name}`, `性别:${p.sex}`);
    two(`年龄:${p.age}岁`, `科室:${doc.department}`);
    line(`门诊号:${doc.recordNo}`);
    line(`身份证:${p.idNumber}`);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    const main = doc.dx.western[0];
    if (main) {
      line(`临床诊断:${main.text}`);
      s.diagnoses([main]);
    }
    line(`标本:${panel?.title === '凝血功能' ? '枸橼酸钠抗凝血' : '血清'}  样本号:${rng.int(1, 399)}`);
    rule();
    const at = [0, Math.floor(cols * 0.36), Math.floor(cols * 0.58)];
    const cells = (a: string, b2: string, c: string): void => {
      [a, b2, c].forEach((t, i) => mono(s, x + pitch * (at[i] ?? 0), y, t, f, pitch));
      y += lh;
    };
    cells('项目', '结果', '参考范围');
    for (const r of rows) {
      mono(s, x, y, `${r.name}`, f, pitch);
      y += lh;
      cells(` ${r.abbr}`, `${r.value} ${r.flag || ' '}`, `${r.range} ${r.unit}`);
    }
    rule();
    const sample = formatDate(doc.dates.sample, 'isoTime', doc.times.sample);
    line(`采样时间:${sample}`);
    line(`接收时间:${formatDate(doc.dates.sample, 'isoTime', Math.min(doc.times.received, 23 * 60))}`);
    line(`报告时间:${formatDate(doc.dates.report, 'isoTime', Math.min(doc.times.report, 23 * 60 + 30))}`);
    line(`打印时间:${printed}`);
    two(`检验者:${doc.doctors.resident}`, `审核者:${doc.doctors.checker}`);
    rule();
    line('*本结果仅对该标本负责*');
    y += lh * 0.2;
    const bw = barcode(s, sx + sw / 2 - 200, y, doc.recordNo.slice(-8), 64, 2);
    s.put(sx + sw / 2 - 200 + bw / 2, y + 100, doc.recordNo.slice(-8), st('sans', 8, { align: 'center' }));
    // The thermal paper's tint, laid under the print after it (multiplied, so the ink stays dark).
    s.g.save();
    s.g.globalCompositeOperation = 'multiply';
    s.g.fillStyle = '#f3f1ec';
    s.g.fillRect(sx, top, sw, y + 150 - top);
    s.g.restore();
    s.rect(sx, top, sw, y + 150 - top, 1, '#c9c6bf');
  },
};
