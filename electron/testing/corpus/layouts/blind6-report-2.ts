import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import { CITY, COUNTY, CITY_MORE } from '../hospitals';
import { IMAGING_KEYS } from '../labs';
import { handwritten, logo, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { CITY6, COUNTY6, idText, reword } from './blind6-kit';

const KIND = (exam: string): string => (/超声/u.test(exam) ? '超声' : /MRI|磁共振/u.test(exam) ? 'MR' : /CT/u.test(exam) ? 'CT' : '影像');

/** County / city PACS 影像 or 超声 report: logo header, a boxed facts block with the ID, 检查所见 prose, a bold 诊断意见, two doctors. */
export const blind6Report2: Layout = {
  id: 'blind6-report-2',
  kind: 'report',
  split: 'blind',
  style: 'County / city imaging or ultrasound report with ID',
  exercises: ['held out'],
  doc: (rng) => reword(makeDoc(rng, { kind: 'report', hospitals: [...COUNTY6, ...COUNTY, ...CITY6, ...CITY, ...CITY_MORE], keys: IMAGING_KEYS,
    compoundSurnames: 0.12 }), rng, { near: 0.15 }),
  draw(s, doc, rng) {
    const face = rng.pick(['sans', 'serif', 'serifLight'] as const);
    const bold = face === 'sans' ? 'sansBold' : 'serifBold';
    const pt = rng.pick([11.5, 12, 12.5]);
    const f = st(face, pt);
    const b = st(bold, pt);
    const lh = px(pt) * 1.8;
    const x0 = 130;
    const w = s.width - 2 * x0;
    const p = doc.patient;
    const im = doc.imaging ?? { exam: '颈部血管彩色多普勒超声', findings: '双侧颈动脉内中膜增厚，右侧分叉处见低回声斑块。', impression: '双侧颈动脉硬化伴斑块形成' };
    const kind = KIND(im.exam);
    const color = rng.pick(['#123d7a', '#1f1f1f', '#6b1d1d']);

    logo(s, x0 + 48, 150, 44, color, rng.pick(['ring', 'cross', 'shield'] as const));
    s.put(x0 + 115, 150, doc.hospital.name, st(bold, 18, { color }));
    s.put(x0 + 115, 200, rng.pick([`${kind}检查报告单`, `${kind}诊断报告`, `医学影像${kind === '超声' ? '超声' : ''}报告`]), st(face, 13, { color }));
    if (rng.chance(0.5)) qrCode(s, x0 + w - 130, 90, 130, rng);
    else s.put(x0 + w, 160, `${kind === '超声' ? '超声号' : '影像号'}：${kind}${doc.recordNo.slice(-6)}`, st(face, pt - 1, { align: 'right' }));
    s.line(x0, 250, x0 + w, 250, 2.5, color);

    const small = st(face, pt - 0.5);
    const ds: DateStyle = rng.pick(['iso', 'isoTime', 'cn', 'slash'] as const);
    const top = 300;
    const boxH = lh * 3.3;
    if (rng.chance(0.6)) s.rect(x0, top - lh * 0.85, w, boxH, 1.2);
    const put = (cx: number, cy: number, label: string, value: string): void => { s.pair(cx, cy, label, value, small); };
    const c = [x0 + 16, x0 + w * 0.3, x0 + w * 0.5, x0 + w * 0.76];
    put(c[0]!, top, '姓名：', p.name);
    put(c[1]!, top, '性别：', p.sex);
    put(c[2]!, top, '年龄：', `${p.age}岁`);
    put(c[3]!, top, '科室：', doc.department);
    put(c[0]!, top + lh, rng.pick(['身份证号：', '证件号码：']), idText(p.idNumber, rng.pick(['plain', 'group'] as const)));
    put(c[2]!, top + lh, '检查部位：', im.exam.replace(/彩色多普勒超声|超声|CTA|CT|MRI|平扫|增强|\+|DWI/gu, '') || '颈部');
    put(c[3]!, top + 2 * lh, rng.pick(['床号：', '病区：']), rng.chance(0.5) ? doc.bed : '门诊');
    put(c[0]!, top + 2 * lh, rng.pick(['检查日期：', '检查时间：']), formatDate(doc.dates.sample, ds, doc.times.sample));
    put(c[2]!, top + 2 * lh, '申请医师：', doc.doctors.attending);
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });

    let y = top + boxH + lh * 0.2;
    const k = rng.int(1, Math.min(3, doc.dx.western.length));
    const dx = doc.dx.western.slice(0, k);
    s.diagnoses(dx);
    const lw = s.put(x0, y, rng.pick(['临床诊断：', '临床资料：']), b);
    y = s.para(x0, y, w, dx.map((d) => d.text).join(rng.pick(['，', '；'])), f, lh, lw);
    s.put(x0, y, rng.pick(['检查方法：', '检查项目：']) + im.exam, f);
    y += lh * 1.3;
    s.put(x0, y, rng.pick(['检查所见：', '超声所见：', '影像表现：']), b);
    y = s.para(x0, y + lh, w, im.findings, f, lh, px(pt) * 2);
    y += lh * 0.6;
    s.put(x0, y, rng.pick(['诊断意见：', '检查结论：', '影像诊断：', '超声提示：']), b);
    y = s.para(x0, y + lh, w, `${rng.pick(['1.', ''])}${im.impression}。`, b, lh, px(pt) * 2);
    if (rng.chance(0.5)) y = s.para(x0, y, w, rng.pick(['建议结合临床，必要时复查。', '请结合临床及其他检查。']), f, lh, px(pt) * 2);

    const fy = 2040;
    s.line(x0, fy - lh, x0 + w, fy - lh, 1.5, color);
    const rw = s.put(x0, fy, rng.pick(['报告医师：', '诊断医师：']), f);
    handwritten(s, x0 + rw + 10, fy, doc.doctors.resident, pt * 1.25, rng);
    s.put(x0 + w * 0.36, fy, `审核医师：${doc.doctors.director}`, f);
    s.put(x0 + w, fy, `${rng.pick(['报告日期', '报告时间'])}：${formatDate(doc.dates.report, ds, doc.times.report)}`, { ...f, align: 'right' });
    s.put(x0 + w / 2, fy + lh * 1.4, '本报告仅供临床医师参考，不作诊断证明用。', st(face, 9, { align: 'center', color: '#555' }));
  },
};
