import { makeDoc } from '../case';
import { clock, formatDate } from '../dates';
import { barcode, nameStamp } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { suited } from './tune6-kit';
import { GENERAL16, factorPanel, local16, male } from './tune16-kit';

/**
 * 凝血因子活性 report of a Hunan, Hubei, Jiangxi or Anhui county hospital's 检验科 for a haemophilia patient: a sans LIS page,
 * hospital and 检验报告单 centred with the 样本号 and a barcode, a three-row borderless header (姓名 — truth —, 身份证号 — truth —,
 * 临床诊断 — truth —, 标本类型 枸橼酸钠抗凝血), the panel in a ruled table (项目, 结果, 单位,
 * 参考区间, H/L flags as letters), a 备注 with the grade the factor level gives (not a diagnosis), and the footer of 采样时间,
 * 接收时间, 报告时间 (the report date: truth), 检验者 and 审核者.
 */
export const tune16ReportCoagFactor: Layout = {
  id: 'tune16-report-coag-factor',
  kind: 'report',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui county hospital 检验科 凝血因子活性 report: sans LIS page, borderless three-row header with '
    + '临床诊断, ruled panel with H/L letters, 备注 with the severity grade, three-time footer, sans 10–10.5 pt',
  exercises: ['临床诊断 血友病A（重型） in the header (truth)', 'FⅧ:C 0.6 % and Bethesda BU/ml values, APTT in 秒',
    '备注 giving the grade (FⅧ:C<1% 提示重型) (not a diagnosis)', '采样 / 接收 / 报告时间 in the footer, 报告时间 the truth'],
  doc: (rng) => local16(male(suited(makeDoc(rng, { kind: 'report', keys: ['HEMOPHILIA'], hospitals: GENERAL16 })), rng), rng),
  draw(s, doc, rng) {
    const x0 = 120;
    const right = s.width - 120;
    const w = right - x0;
    const pt = rng.pick([10, 10.5]);
    const f: Style = st('sans', pt);
    const b: Style = st('sansMedium', pt);
    const lh = px(pt) * 1.7;
    const p = doc.patient;
    const main = doc.dx.western.find((d) => d.key === 'HEMOPHILIA')?.text ?? '血友病A';
    const panel = factorPanel(rng, main);
    const sampleNo = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 399)).padStart(4, '0')}`;

    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 210, '检验报告单（凝血因子活性测定）', st('sansMedium', 14, { align: 'center' }));
    barcode(s, right - 300, 90, sampleNo, 50, 2.2);
    s.put(right - 150, 170, `样本号：${sampleNo}`, st('sans', 9, { align: 'center' }));
    s.line(x0, 250, right, 250, 2.5);

    const stops = [x0, x0 + w * 0.3, x0 + w * 0.55, x0 + w * 0.78];
    const rows: [string, string][][] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['科别：', doc.department]],
      [['身份证号：', p.idNumber], ['', ''], ['床号：', rng.chance(0.5) ? `${doc.bed}` : '门诊'],
        ['送检医生：', doc.doctors.attending]],
      [['临床诊断：', doc.dx.western.map((d) => d.text).join('，')], ['', ''], ['', ''], ['标本类型：', '枸橼酸钠抗凝血']],
    ];
    let y = 250 + lh * 1.1;
    for (const r of rows) {
      r.forEach(([l, v], i) => { if (l) s.pair(stops[i] ?? x0, y, l, v, b, f); });
      y += lh;
    }
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1.5);

    const cx = [x0 + 10, x0 + w * 0.06, x0 + w * 0.42, x0 + w * 0.56, x0 + w * 0.64, x0 + w * 0.78];
    y += lh * 0.4;
    ['No', '检验项目', '结果', '', '单位', '参考区间'].forEach((t, i) => s.put(cx[i] ?? x0, y, t, b));
    s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 1);
    y += lh * 1.3;
    panel.rows.forEach((r, i) => {
      s.put(cx[0] ?? x0, y, String(i + 1), f);
      s.put(cx[1] ?? x0, y, `${r.name}(${r.abbr})`, f);
      s.put(cx[2] ?? x0, y, r.value, r.flag ? b : f);
      if (r.flag) s.put(cx[3] ?? x0, y, r.flag === '↑' ? 'H' : 'L', b);
      s.put(cx[4] ?? x0, y, r.unit, f);
      s.put(cx[5] ?? x0, y, r.range, f);
      y += lh * 1.15;
    });
    s.line(x0, y - lh * 0.6, right, y - lh * 0.6, 1.5);
    y += lh * 0.3;
    const grade = panel.level < 1 ? '重型' : panel.level <= 5 ? '中型' : '轻型';
    s.put(x0, y, `备注：${panel.factor}:C ${panel.level.toFixed(1)}%，按因子活性水平分型提示${grade}；APTT延长，请结合临床及抑制物检测结果。`, f);
    y += lh * 1.2;
    s.put(x0, y, '检测方法：一期凝固法（APTT法）；仪器：全自动凝血分析仪', st('sans', 9, { color: '#555' }));

    const fy = Math.max(y + lh * 3, 1650);
    s.line(x0, fy - lh, right, fy - lh, 1);
    const ts: [string, string][] = [['采样时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample)],
      ['接收时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.received)],
      ['报告时间：', formatDate(doc.dates.report, 'isoTime', doc.times.report)]];
    ts.forEach(([l, v], i) => s.pair(x0 + i * w * 0.34, fy, l, v, f));
    s.put(x0, fy + lh * 1.4, '检验者：', f);
    nameStamp(s, x0 + s.measure('检验者：', f) + 80, fy + lh * 1.4 - 12, doc.doctors.resident, rng);
    s.put(x0 + w * 0.34, fy + lh * 1.4, `审核者：${doc.doctors.checker}`, f);
    s.put(right, fy + lh * 1.4, `打印：${clock(doc.times.print)}`, { ...f, align: 'right' });
    s.put(x0, fy + lh * 2.8, '本报告仅对所检标本负责，结果供临床参考。', st('sans', 9, { color: '#555' }));
  },
};
