import { makeDoc } from '../case';
import { formatDate } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { LabRow } from '../labs';
import { barcode } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { HAINAN13, local13, PLATEAU13, SHANGHAI13, urinalysis, XINJIANG13 } from './blind13-kit';

const KEYS: readonly DiseaseKey[] = ['DIABETES', 'DIABETES', 'DIABETES', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'HYPERTENSION',
  'HYPERTENSION', 'TRANSPLANT_ANTI_REJECTION'];

/**
 * 尿液分析 report of a LIS in Shanghai, Hainan, Xinjiang, Qinghai or Tibet: barcode and 条码号 at the top left, the hospital and
 * 检验报告单 centred, a borderless four-column header (姓名 — truth —, 样本号, 送检医生 — another name —, 临床诊断 on its own
 * line — truth —, 采样时间 and 接收时间 — not truth), a ruled table in three groups (干化学分析 with 阴性(-) / ± / 2+ grades,
 * 尿有形成分 per μL, 尿微量白蛋白 with UACR), three sediment image frames with captions, and a footer with 报告时间 (truth),
 * 检验者 and 审核者. No ID number is printed.
 */
export const blind13Report1: Layout = {
  id: 'blind13-report-1',
  kind: 'report',
  split: 'blind',
  style: 'Shanghai / Hainan / Xinjiang / Qinghai / Tibet LIS 尿液分析（干化学+有形成分）report: barcode top left, borderless header with '
    + '临床诊断, grouped ruled table with qualitative grades, sediment image frames, 报告时间 in the footer, sans or serif 9.5–10.5 pt',
  exercises: ['qualitative results 阴性(-) / ± / 1+ … 4+ with ↑', 'three groups under sub-headings in one table',
    '临床诊断 on its own header line (truth)',
    '采样时间 / 接收时间 in the header, 报告时间 in the footer (truth = 报告时间)', '送检医生 / 检验者 / 审核者 (three other names)',
    'UACR mg/g and counts per μL'],
  doc: (rng) => {
    const d = local13(suited(countyWords(makeDoc(rng, { kind: 'report', keys: KEYS,
      hospitals: [...SHANGHAI13, ...HAINAN13, ...XINJIANG13, ...PLATEAU13] }), rng, { outside: 0.1, near: 0.2 })), rng);
    // A urinalysis is reported within the hour or two of its arrival.
    return { ...d, dates: { ...d.dates, report: d.dates.sample }, times: { ...d.times, report: d.times.received + rng.int(25, 110) } };
  },
  draw(s, doc, rng) {
    const x0 = 110;
    const right = s.width - 110;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([9.5, 10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.62;
    const p = doc.patient;
    const sampleNo = `${doc.dates.sample.replace(/-/g, '').slice(2)}${String(rng.int(1, 899)).padStart(4, '0')}`;
    const bar = `${rng.int(1, 9)}${String(rng.int(0, 99999999)).padStart(8, '0')}${rng.int(10, 99)}`;

    barcode(s, x0, 86, bar, 54, 2.2);
    s.put(x0, 170, bar, st('sans', 8.5));
    s.put(s.width / 2 + 60, 140, doc.hospital.name, st(serif ? 'serifBold' : 'sansBold', 17, { align: 'center', spacing: 2 }));
    s.put(s.width / 2 + 60, 200, `检验报告单（${rng.pick(['尿液分析', '尿常规+尿沉渣', '尿液干化学及有形成分分析'])}）`,
      st(serif ? 'serifSemi' : 'sansMedium', 13, { align: 'center' }));
    s.line(x0, 232, right, 232, 2.2);

    const stops = [x0, x0 + w * 0.26, x0 + w * 0.5, x0 + w * 0.74];
    const rows: readonly (readonly [string, string][])[] = [
      [['姓名：', p.name], ['性别：', p.sex], ['年龄：', `${p.age}岁`], ['样本号：', sampleNo]],
      [['科室：', doc.department], ['床号：', rng.chance(0.5) ? `${doc.bed}` : '门诊'], ['标本：', rng.pick(['晨尿', '随机尿', '中段尿'])],
        ['送检医生：', doc.doctors.attending]],
    ];
    let y = 232 + lh * 1.1;
    for (const r of rows) {
      r.forEach(([l, v], i) => s.pair(stops[i]!, y, l, v, b, f));
      y += lh;
    }
    s.pair(x0, y, '临床诊断：', doc.dx.western.map((d) => d.text).join(rng.pick(['，', '；', ' '])), b, f);
    y += lh;
    s.pair(x0, y, '采样时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample), b, f);
    s.pair(stops[2]!, y, '接收时间：', formatDate(doc.dates.sample, 'isoTime', doc.times.received), b, f);
    s.diagnoses(doc.dx.western);
    s.note({ name: p.name, reportDate: doc.dates.report });
    s.line(x0, y + lh * 0.5, right, y + lh * 0.5, 1.2);

    const u = urinalysis(doc, rng);
    const cx = [x0 + 8, x0 + w * 0.06, x0 + w * 0.3, x0 + w * 0.42, x0 + w * 0.56, x0 + w * 0.62, x0 + w * 0.84];
    y += lh * 1.5;
    ['No', '检验项目', '缩写', '结果', '', '参考区间', '单位'].forEach((t, i) => s.put(cx[i]!, y, t, b));
    s.line(x0, y + lh * 0.42, right, y + lh * 0.42, 0.8);
    y += lh * 1.25;
    let no = 0;
    const group = (title: string, items: readonly LabRow[]): void => {
      s.put(x0 + 8, y, `【${title}】`, b);
      y += lh;
      for (const r of items) {
        no += 1;
        [String(no), r.name, r.abbr, r.value, r.flag, r.range, r.unit].forEach((t, i) => s.put(cx[i]!, y, t, r.flag && i === 3 ? b : f));
        y += lh * 0.98;
      }
      y += lh * 0.15;
    };
    group('干化学分析', u.dip);
    group('尿有形成分分析', u.sediment);
    group('尿微量白蛋白', u.albumin);
    s.line(x0, y - lh * 0.5, right, y - lh * 0.5, 1.2);

    // Three sediment frames from the analyser's camera (not text), each with its caption.
    const size = 170;
    const captions = ['红细胞', rng.pick(['白细胞', '鳞状上皮细胞']), rng.pick(['管型', '结晶', '细菌'])];
    captions.forEach((cap, i) => {
      const fx = right - (3 - i) * (size + 24);
      const fy = y + 10;
      s.g.fillStyle = '#e9e4d8';
      s.g.fillRect(fx, fy, size, size);
      s.rect(fx, fy, size, size, 1, '#777');
      for (let k = 0; k < 9; k += 1) {
        s.g.beginPath();
        s.g.arc(fx + rng.range(20, size - 20), fy + rng.range(20, size - 20), rng.range(6, 13), 0, Math.PI * 2);
        s.g.strokeStyle = '#8a7f6a';
        s.g.lineWidth = 2;
        s.g.stroke();
      }
      s.put(fx + size / 2, fy + size + px(9) * 1.3, `图${i + 1} ${cap}`, st('sans', 9, { align: 'center' }));
    });
    s.put(x0, y + 60, `备注：${rng.pick(['请结合临床', '标本已复检', '镜检核实'])}。`, f);

    const fy = Math.max(y + size + 140, 1900);
    s.line(x0, fy - lh, right, fy - lh, 1);
    s.pair(x0, fy, '报告时间：', formatDate(doc.dates.report, rng.pick(['isoTime', 'isoSec'] as const), doc.times.report), b, f);
    s.pair(x0 + w * 0.42, fy, '检验者：', doc.doctors.resident, b, f);
    s.pair(x0 + w * 0.7, fy, '审核者：', doc.doctors.checker, b, f);
    s.put(x0, fy + lh * 1.4, '※本报告仅对所检标本负责，如有疑问请于三日内与检验科联系。', st('sans', 8.5, { color: '#555' }));
  },
};
