import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY, COUNTY_MORE } from '../hospitals';
import { IMAGING_KEYS } from '../labs';
import { handwritten, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { para, suited } from './tune6-kit';
import { abbreviated, suspected } from './tune11-kit';

/**
 * 影像诊断报告 (CT / MRI / 彩超) of a county or city hospital whose 临床诊断 line names several diseases at once, separated by
 * spaces, commas or 、 the way the ordering doctor typed them (脑梗死 HTN T2DM 头晕待查), a suspicion among them (not
 * counted); 申请日期 (earlier), 检查日期 (the exam) and 报告日期 (truth), the 影像诊断 impression (not the patient's diagnoses).
 */
export const tune11ReportImagingClinical: Layout = {
  id: 'tune11-report-imaging-clinical',
  kind: 'report',
  split: 'tune',
  style: 'County / city 影像诊断报告: centred title with the modality, two-line header, 临床诊断 run on one line with mixed separators, '
    + '检查所见 / 影像诊断 prose, QR code for the film, sans or serif 10.5–11.5 pt',
  exercises: ['临床诊断：脑梗死 HTN 3级 T2DM 冠心病？ — several diseases separated by spaces / ， / , / 、 with abbreviations (counted)',
    'a ？ / 待排 / 可能 / 待查 item among them (not counted)', '申请日期 (earlier) / 检查日期 (exam) / 报告日期 (truth) in three places',
    '影像诊断 naming a disease (an impression, not the clinical diagnoses)', 'handwritten 报告医师, printed 审核医师'],
  doc: (rng) => abbreviated(suited(forPatient(makeDoc(rng, { kind: 'report', keys: IMAGING_KEYS,
    hospitals: [...CITY, ...CITY_MORE, ...COUNTY, ...COUNTY_MORE], compoundSurnames: 0.1 }), rng, COUNTY)), rng, 0.5),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11, 11.5]);
    const face = rng.pick(['sans', 'serif'] as const);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifBold' : 'sansBold', pt);
    const lh = px(pt) * 1.75;
    const img = doc.imaging ?? { exam: '头颅CT平扫', findings: '脑实质内未见明显异常密度影。', impression: '颅脑CT平扫未见明显异常' };
    const modality = /MRI/u.test(img.exam) ? 'MRI' : /超/u.test(img.exam) ? '超声' : 'CT';

    s.put(s.width / 2, 140, doc.hospital.name, st(b.face, 18, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 210, `${modality}${rng.pick(['检查报告单', '诊断报告', '影像诊断报告'])}`, st(b.face, 15, { align: 'center', spacing: 4 }));
    if (rng.chance(0.6)) {
      qrCode(s, right - 120, 70, 120, rng);
      s.put(right - 60, 215, '扫码看片', st('sans', 8, { align: 'center' }));
    }
    let y = 290;
    const cols = [0, 0.26, 0.42, 0.6];
    [['姓名：', doc.patient.name], ['性别：', doc.patient.sex], ['年龄：', `${doc.patient.age}岁`], ['检查号：', `${modality === '超声' ? 'US' : modality}${doc.recordNo.slice(2)}`]]
      .forEach(([l, v], i) => s.pair(x0 + w * (cols[i] ?? 0), y, l ?? '', v ?? '', b, f));
    y += lh;
    s.pair(x0, y, '身份证号：', doc.patient.idNumber, b, f);
    s.pair(x0 + w * 0.6, y, '科室：', `${doc.department}${rng.chance(0.5) ? ` ${doc.bed}床` : ''}`, b, f);
    y += lh;
    const applied = addDays(doc.dates.sample, -rng.int(0, 2));
    s.pair(x0, y, '申请日期：', formatDate(applied, 'iso'), b, f);
    s.pair(x0 + w * 0.42, y, '检查日期：', formatDate(doc.dates.sample, 'isoTime', doc.times.sample), b, f);
    y += lh;
    const sep = rng.pick(['  ', '，', ',', '、'] as const);
    const doubt: Dx | null = rng.chance(0.65) ? suspected(doc, rng) : null;
    const shown = [...doc.dx.western.map((d) => d.text)];
    if (doubt) shown.splice(rng.int(1, shown.length), 0, doubt.text);
    const hw = s.put(x0, y, '临床诊断：', b);
    y = para(s, x0, y, w, shown.join(sep), f, lh, { indent: hw, keep: shown });
    s.diagnoses(doc.dx.western);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, reportDate: doc.dates.report });
    s.pair(x0, y, '检查部位/项目：', img.exam, b, f);
    y += lh * 0.5;
    s.line(x0, y, right, y, 2);
    y += lh * 1.3;

    s.put(x0, y, rng.pick(['检查所见：', '影像所见：', '超声所见：']), b);
    y += lh * 1.1;
    y = para(s, x0, y, w, img.findings, f, lh * 1.05, { indent: px(pt) * 2 });
    y += lh * 0.8;
    s.put(x0, y, rng.pick(['影像诊断：', '诊断意见：', '检查提示：']), b);
    y += lh * 1.1;
    img.impression.split('；').forEach((t, i) => {
      s.put(x0 + px(pt) * 2, y, `${i + 1}.${t}`, b);
      y += lh;
    });
    y += lh * 2;
    s.line(x0, y - lh * 1.4, right, y - lh * 1.4, 1);
    const rw = s.put(x0, y, '报告医师：', f);
    handwritten(s, x0 + rw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.33, y, '审核医师：', doc.doctors.checker, f);
    const reported = formatDate(doc.dates.report, rng.pick(['isoTime', 'cnTime', 'slashTime'] as const), doc.times.report);
    s.pair(x0 + w * 0.6, y, '报告日期：', reported, f);
    s.put(x0, y + lh * 1.6, '注：本报告仅供临床参考，请结合临床。', st(face, 9, { color: '#444' }));
  },
};
