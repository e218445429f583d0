import { makeDoc } from '../case';
import { CITY, CITY_MORE } from '../hospitals';
import { IMAGING_KEYS } from '../labs';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { type F5, flow, fmt, idText, REFERRAL5, sane, seconds } from './blind5-kit';

/** The title, the findings label and the conclusion label a department prints for an exam. */
function heads(exam: string): [string, string, string, string] {
  if (exam.includes('超声')) return ['超声医学科', '超声检查报告单', '超声所见：', '超声提示：'];
  if (exam.includes('MRI')) return ['医学影像科', '磁共振检查报告单', '影像表现：', '影像诊断：'];
  return ['医学影像科', 'CT检查报告单', '检查所见：', '诊断意见：'];
}

/**
 * An imaging or ultrasound report from a city or referral hospital's PACS: department over the title, a QR code for
 * the images, particulars in two columns of key：value pairs with the full ID, the 临床诊断 across the page, findings
 * and the conclusion under their own labels, the exam date apart from the report time at the foot.
 */
export const blind5Report2: Layout = {
  id: 'blind5-report-2',
  kind: 'report',
  split: 'blind',
  style: 'City / referral hospital PACS imaging or ultrasound report: QR code, two-column particulars, findings and conclusion, report time at foot',
  exercises: ['exam date differs from report date', 'clinical diagnosis plus an imaging conclusion naming a disease', 'ID grouped or plain',
    'sex/age in one cell'],
  doc: (rng) => sane(makeDoc(rng, { kind: 'report', hospitals: [...REFERRAL5, ...CITY, ...CITY_MORE], keys: IMAGING_KEYS, aliases: true,
    compoundSurnames: 0.12 }), rng),
  draw(s, doc, rng) {
    const p = doc.patient;
    const exam = doc.imaging ?? { exam: '头颅CT平扫', findings: '脑实质未见明显异常密度影。', impression: '颅脑CT平扫未见明显异常' };
    const [dept, title, seen, concl] = heads(exam.exam);
    const face = rng.pick(['sans', 'serif', 'sansLight'] as const);
    const pt = rng.pick([11.5, 12]);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt + 0.5);
    const lh = px(pt) * 1.7;
    const x0 = 150;
    const x1 = s.width - x0;
    const w = x1 - x0;

    s.put(s.width / 2, 165, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 2 }));
    s.put(s.width / 2, 240, `${dept}  ${title}`, st('sansMedium', 15, { align: 'center' }));
    qrCode(s, x1 - 130, 95, 130, rng);
    s.put(x1 - 65, 250, '扫码查看影像', st('sans', 8, { align: 'center', color: '#333' }));
    s.line(x0, 285, x1, 285, 2);

    // Particulars: two columns.
    const prefix = title.startsWith('CT') ? 'CT' : title.startsWith('磁') ? 'MR' : 'US';
    const idHow = rng.pick(['plain', 'six', 'plain'] as const);
    const ds: F5 = rng.pick(['iso', 'cn', 'slash'] as const);
    const inpatient = rng.chance(0.4);
    const left = [`姓名：${p.name}`, rng.chance(0.5) ? `性别/年龄：${p.sex}/${p.age}岁` : `性别：${p.sex}    年龄：${p.age}岁`,
      `证件号码：${idText(p.idNumber, idHow)}`, `检查日期：${fmt(doc.dates.sample, ds)}`];
    const right = [`检查号：${prefix}${doc.recordNo.slice(2)}`, `${inpatient ? '住院号' : '门诊号'}：${doc.recordNo}`,
      `申请科室：${doc.department}${inpatient ? `  ${doc.bed}床` : ''}`, `检查项目：${exam.exam}`];
    let y = 345;
    const mid = x0 + w * 0.55;
    left.forEach((t, i) => s.put(x0, y + i * lh, t, f));
    right.forEach((t, i) => s.put(mid, y + i * lh, t, f));
    y += left.length * lh;
    const dx = doc.dx.western.slice(0, rng.int(1, doc.dx.western.length));
    y = flow(s, x0, y, w, `临床诊断：${dx.map((d) => d.text).join('；')}`, f, lh, dx.map((d) => d.text));
    s.diagnoses(dx);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    s.line(x0, y - lh * 0.4, x1, y - lh * 0.4, 1.2);
    y += lh * 0.6;

    // Findings and conclusion.
    s.put(x0, y, seen, b);
    y += lh * 1.1;
    const extra = rng.pick(['', '所见骨质结构未见明显异常。', '扫描范围内其余结构未见明显异常。', '请结合临床及其他检查。']);
    y = flow(s, x0, y, w, exam.findings + extra, f, lh, [], px(pt) * 2);
    y += lh * 1.2;
    s.put(x0, y, concl, b);
    y += lh * 1.1;
    const parts = exam.impression.split('；');
    parts.forEach((t, i) => {
      y = flow(s, x0 + px(pt) * 2, y, w - px(pt) * 2, parts.length > 1 ? `${i + 1}.${t}` : t, b, lh);
    });

    // Foot: doctors and the report time.
    y = Math.max(y + lh * 3, 1650);
    s.line(x0, y - lh * 0.8, x1, y - lh * 0.8, 1.2);
    const lw = s.put(x0, y, '报告医师：', f);
    handwritten(s, x0 + lw + 6, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(x0 + w * 0.36, y, `审核医师：${doc.doctors.checker}`, f);
    const rt = rng.chance(0.5) ? seconds(doc.dates.report, doc.times.report) : fmt(doc.dates.report, rng.pick(['cnTime', 'slashTime'] as const), doc.times.report);
    s.put(x1, y, `报告时间：${rt}`, { ...f, align: 'right' });
    y += lh * 1.4;
    s.put(x0, y, '注：本报告仅供临床医师参考，不作诊断证明之用。', st(face, 9.5, { color: '#333' }));
  },
};
