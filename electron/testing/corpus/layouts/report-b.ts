import { makeDoc } from '../case';
import { formatDate } from '../dates';
import { CITY, COUNTY, MCH, TOWNSHIP } from '../hospitals';
import { IMAGING_KEYS } from '../labs';
import { barcode, logo, seal } from '../marks';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';

/** Imaging 检查报告 (CT, MRI, ultrasound): 检查所见 prose, 诊断意见, 检查日期 vs 报告日期. */
export const reportImaging: Layout = {
  id: 'report-imaging',
  kind: 'report',
  split: 'tune',
  style: 'City / county hospital PACS report, logo, boxed sections, sans + serif mix',
  exercises: ['检查日期 before 报告日期 (2025年03月04日)', '检查所见 prose with sizes and percentages', '诊断意见 naming the disease',
    '临床诊断 in the header', '报告医师 / 审核医师 names', 'logo', 'compound surnames (sometimes)'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...CITY, ...COUNTY], keys: IMAGING_KEYS }),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    const exam = doc.imaging ?? { exam: '彩色多普勒超声', findings: '未见明显异常。', impression: '未见明显异常' };
    const color = rng.pick(['#0b5aa6', '#c8102e']);
    logo(s, x0 + 50, 130, 50, color, 'ring');
    s.put(s.width / 2, 140, doc.hospital.name, st('sansBold', 19, { align: 'center' }));
    const kindTitle = /CT/.test(exam.exam) ? 'CT检查报告单' : /MRI/.test(exam.exam) ? '磁共振检查报告单' : '超声检查报告单';
    s.put(s.width / 2, 215, kindTitle, st('sansMedium', 16, { align: 'center' }));
    s.line(x0, 250, s.width - x0, 250, 2.5);
    const f = st('sans', 11);
    const [sex, age] = sexAge(doc);
    const cols = [x0 + 10, x0 + 420, x0 + 740, x0 + 1050];
    const no = `${/CT/.test(exam.exam) ? 'CT' : /MRI/.test(exam.exam) ? 'MR' : 'US'}${doc.recordNo.slice(2)}`;
    [[`姓名：${doc.patient.name}`, `性别：${sex}`, `年龄：${age}`, `检查号：${no}`],
      [`科室：${doc.department}`, `床号：${doc.bed}`, `门诊/住院号：${doc.recordNo}`, '']]
      .forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 320 + i * 55, t, f)));
    s.put(cols[0] ?? x0, 430, `检查项目：${exam.exam}`, f);
    s.put(cols[2] ?? x0, 430, `检查日期：${formatDate(doc.dates.sample, 'cn')}`, f);
    const lh = px(11) * 1.8;
    let y = s.para(cols[0] ?? x0, 485, w - 20, `临床诊断：${doc.dx.western.map((d) => d.text).join('；')}`, f, lh);
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, reportDate: doc.dates.report });
    s.line(x0, y - 20, s.width - x0, y - 20, 1.5);
    const hf = st('sansBold', 12);
    const body = st('serif', 12);
    y += 50;
    s.put(x0 + 10, y, '检查所见：', hf);
    y = s.para(x0 + 60, y + lh * 1.2, w - 80, exam.findings, body, px(12) * 2, px(12) * 2);
    y = Math.max(y + 120, 1250);
    s.put(x0 + 10, y, '诊断意见：', hf);
    y = s.para(x0 + 60, y + lh * 1.2, w - 80, exam.impression, st('serifBold', 12), px(12) * 2);
    const by = Math.max(y + 300, 1950);
    s.line(x0, by - 60, s.width - x0, by - 60, 1.5);
    s.put(x0 + 10, by, `报告医师：${doc.doctors.resident}`, f);
    s.put(x0 + 450, by, `审核医师：${doc.doctors.checker}`, f);
    s.put(x0 + 900, by, `报告日期：${formatDate(doc.dates.report, 'cn')}`, f);
    s.put(x0 + 10, by + 70, '注：本报告仅供临床参考，医师签名后生效。', st('sans', 9, { color: '#444' }));
  },
};

/** A5 landscape lab slip printed on the top half of an A4 sheet (two per sheet), 2025/10/21 11:05 times. */
export const reportHalfPage: Layout = {
  id: 'report-halfpage-mch',
  kind: 'report',
  split: 'tune',
  style: '妇幼保健院 / township / county lab slip, A5 landscape on half an A4 sheet, compact sans 9.5 pt',
  exercises: ['half-page slip with a dashed cut line', 'compact four-column header', 'H / L flags instead of arrows',
    '采样时间 2025/10/21 07:55 vs 报告时间 vs 打印时间', 'seal over 报告时间', 'barcode top left', 'ID number in a header cell',
    '诊断 label instead of 临床诊断'],
  doc: (rng) => makeDoc(rng, { kind: 'report', hospitals: [...MCH, ...TOWNSHIP, ...COUNTY.slice(3)] }),
  draw(s, doc, rng) {
    const x0 = 90;
    const w = s.width - 2 * x0;
    const half = s.height / 2;
    s.rect(x0 - 20, 40, w + 40, half - 80, 1.5);
    for (let x = 20; x < s.width - 20; x += 24) s.line(x, half, x + 12, half, 1.5, '#777');
    const bw = barcode(s, x0 + 10, 70, doc.recordNo, 48, 2.2);
    s.put(x0 + 10 + bw / 2, 145, doc.recordNo, st('sans', 8, { align: 'center' }));
    s.put(s.width / 2 + 80, 120, `${doc.hospital.name}  检验报告单`, st('sansBold', 15, { align: 'center' }));
    const f = st('sans', 9.5);
    const [sex, age] = sexAge(doc);
    const cols = [x0 + 10, x0 + 380, x0 + 680, x0 + 1000];
    [[`姓名:${doc.patient.name}`, `性别:${sex}`, `年龄:${age}`, `病历号:${doc.recordNo}`],
      [`科别:${doc.department}`, `床号:${doc.bed}`, `标本:${rng.pick(['血清', '静脉血'])}`, `送检医师:${doc.doctors.attending}`],
      [`身份证号:${doc.patient.idNumber}`]].forEach((r, i) => r.forEach((t, j) => s.put(cols[j] ?? x0, 210 + i * 42, t, f)));
    const dy = s.para(x0 + 460, 210 + 2 * 42, w - 460, `诊断:${doc.dx.western.map((d) => d.text).join('、')}`, f, 36) - 330;
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    s.line(x0, 310 + dy, s.width - x0, 310 + dy, 2);
    const tx = [x0 + 10, x0 + 170, x0 + 600, x0 + 780, x0 + 860, x0 + 1120];
    ['代号', '项目', '结果', '', '参考区间', '单位'].forEach((t, i) => s.put(tx[i] ?? x0, 350 + dy, t, st('sansMedium', 9.5)));
    s.line(x0, 368 + dy, s.width - x0, 368 + dy, 1);
    const rows = [...(doc.labs[0]?.rows ?? []), ...(doc.labs[1]?.rows ?? [])].slice(0, 11);
    const lh = px(9.5) * 1.7;
    rows.forEach((r, i) => {
      const flag = r.flag === '↑' ? 'H' : r.flag === '↓' ? 'L' : '';
      [r.abbr, r.name, r.value, flag, r.range, r.unit].forEach((t, j) => s.put(tx[j] ?? x0, 410 + dy + i * lh, t, f));
    });
    const y = 410 + dy + rows.length * lh + 20;
    s.line(x0, y - 25, s.width - x0, y - 25, 1);
    const slash = (d: string, m: number): string => formatDate(d, 'slashTime', m);
    const by = Math.max(y + 40, 1000);
    s.put(cols[0] ?? x0, by, `采样时间:${slash(doc.dates.sample, doc.times.sample)}`, f);
    const rx = cols[2] ?? x0;
    const rw = s.put(rx, by, `报告时间:${slash(doc.dates.report, doc.times.report)}`, f);
    s.put(cols[0] ?? x0, by + 45, `打印时间:${slash(doc.dates.print, doc.times.print)}`, f);
    s.put(rx, by + 45, `检验者:${doc.doctors.resident}`, f);
    s.put(cols[3] ?? x0, by + 45, `审核者:${doc.doctors.checker}`, f);
    seal(s, rx + rw * 0.55 + rng.range(-30, 30), by - 20 + rng.range(-20, 20), rng.range(95, 115), doc.hospital.name, '检验专用章', rng);
  },
};
