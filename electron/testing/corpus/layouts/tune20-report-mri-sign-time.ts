import { makeDoc } from '../case';
import { addDays, clock, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { para, suited } from './tune6-kit';
import { keyImage } from './tune8-kit';
import { countyWords } from './tune10-kit';
import { local20, MONGOLIA20, mrOf, NORTHEAST20, secondName } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'HYPERTENSION',
  'DIABETES', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'HEMOPHILIA', 'CHILD_DISABILITY_REHAB'];

/**
 * 磁共振（MRI）检查报告单 of a Heilongjiang / Jilin / Liaoning county hospital or an Inner Mongolian banner hospital: the name over
 * 医学影像科 at the left, the MR number at the right, the patient and the examination in a framed two-column block (检查时间 there:
 * not truth), three captioned key images for a head study, 检查方法, 检查所见 in serif, 诊断意见 numbered (not counted), and one
 * signing line with 报告医师 (handwritten), 审核医师 and 报告时间 beside them (truth; the same day or a day or two after the scan).
 * 临床诊断 in the block (counted); the ID whole.
 */
export const tune20ReportMriSignTime: Layout = {
  id: 'tune20-report-mri-sign-time',
  kind: 'report',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county or Inner Mongolia banner hospital 磁共振检查报告单: name over 医学影像科 left, MR No. right, '
    + 'framed two-column patient / examination block, captioned key images, serif 检查所见, bold 诊断意见, 报告时间 on the signing line, '
    + 'sans 10.5–11 pt',
  exercises: ['报告时间 on the signing line beside 报告医师 / 审核医师 (truth), 检查时间 in the header block (not truth; 0–2 days earlier)',
    'framed block: patient at the left, examination (检查号, 部位, 设备, 检查时间) at the right on the same rows',
    '临床诊断 in the block (counted); 诊断意见 numbered (an imaging impression: not counted)',
    'head MRI (DWI / SWI / FLAIR key images), a knee for haemophilia, a child\'s brain for cerebral palsy',
    '检查方法 with sequences and a contrast dose (numbers that are not dates)',
    'the Mongolian name in Latin letters under an Inner Mongolian letterhead'],
  doc: (rng) => {
    const doc = local20(countyWords(suited(makeDoc(rng, { kind: 'report', keys: KEYS, hospitals: [...NORTHEAST20, ...MONGOLIA20],
      compoundSurnames: 0.05 })), rng, { outside: 0.15, near: 0.1 }), rng);
    const later = rng.pick([0, 0, 0, 1, 1, 2]);
    const at = later === 0 ? Math.min(doc.times.sample + rng.int(60, 300), 22 * 60) : rng.int(8 * 60, 17 * 60 + 30);
    return { ...doc, dates: { ...doc.dates, report: addDays(doc.dates.sample, later) }, times: { ...doc.times, report: at } };
  },
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10.5, 11]);
    const f: Style = st(rng.pick(['sans', 'sansLight'] as const), pt);
    const b: Style = st('sansMedium', pt);
    const serif: Style = st(rng.pick(['serif', 'serifLight'] as const), pt + 0.5);
    const lh = px(pt) * 1.75;
    const p = doc.patient;
    const mr = mrOf(doc);

    s.put(x0, 125, doc.hospital.name, st('serifBold', 19, { spacing: 3 }));
    const second = secondName(doc.hospital);
    s.put(x0, 172, second === '' ? '医学影像科 · 磁共振室' : `${second}\u3000医学影像科`, st('sans', 9, { color: '#444', spacing: 1 }));
    const no = `MR${doc.recordNo.slice(2)}`;
    s.put(right, 125, `MR号：${no}`, { ...b, align: 'right' });
    s.put(s.width / 2, 262, '磁共振（MRI）检查报告单', st('sansBold', 16, { align: 'center', spacing: 4 }));

    // The framed block: patient at the left, examination at the right.
    const ds: DateStyle = rng.pick(['iso', 'cn', 'slash'] as const);
    const top = 300;
    const half = x0 + w * 0.52;
    const ward = rng.chance(0.5);
    const leftRows: readonly (readonly [string, string])[] = [['姓　　名：', p.name], ['性别年龄：', `${p.sex}  ${p.age}岁`],
      ['身份证号：', p.idNumber], [ward ? '住 院 号：' : '门 诊 号：', `${doc.recordNo}${ward ? `（${doc.bed}床）` : ''}`]];
    const rightRows: readonly (readonly [string, string])[] = [['检 查 号：', no], ['检查部位：', mr.item],
      ['检查设备：', rng.pick(['Siemens MAGNETOM Amira 1.5T', 'GE SIGNA Creator 1.5T', 'uMR 570 1.5T', 'Philips Ingenia 3.0T'])],
      ['检查时间：', `${formatDate(doc.dates.sample, ds)} ${clock(doc.times.sample)}`]];
    leftRows.forEach(([l, v], i) => s.pair(x0 + 22, top + lh * (i + 0.95), l, v, b, f));
    rightRows.forEach(([l, v], i) => s.pair(half, top + lh * (i + 0.95), l, v, b, f));
    let y = top + lh * 4.95;
    s.pair(x0 + 22, y, '申请科室：', doc.department, b, f);
    const dl = s.put(half, y, '临床诊断：', b);
    const texts = doc.dx.western.map((d) => d.text);
    y = para(s, half + dl, y, right - half - dl - 16, texts.join('；'), f, lh, { keep: texts });
    s.diagnoses(doc.dx.western);
    s.rect(x0, top, w, y - top - lh * 0.35, 1.6);
    s.line(half - 22, top, half - 22, y - lh * 0.35, 1, '#888');
    s.note({ name: p.name, idNumber: p.idNumber, reportDate: doc.dates.report });
    y += lh * 0.5;

    if (mr.head) {
      const size = 300;
      const gap = (w - 3 * size) / 2;
      const captions = mr.item.includes('增强') ? ['T2WI', 'T2-FLAIR', 'T1WI+C'] : mr.item.includes('DWI') ? ['DWI', 'ADC', 'SWI']
        : ['T1WI', 'T2WI', 'T2-FLAIR'];
      captions.forEach((c, i) => {
        keyImage(s, x0 + i * (size + gap), y, size, 'head', rng);
        s.put(x0 + i * (size + gap) + size / 2, y + size + 34, c, st('sans', 9, { align: 'center' }));
      });
      y += size + lh * 2;
    } else y += lh * 0.7;

    const head = st('sansBold', pt + 0.5);
    const ml = s.put(x0, y, '检查方法：', head);
    y = para(s, x0, y, w, `${mr.seq}。`, f, lh, { indent: ml }) + lh * 0.4;
    s.put(x0, y, '检查所见：', head);
    y = para(s, x0 + 40, y + lh * 1.1, w - 40, mr.seen, serif, lh * 1.08, { indent: px(pt) * 2 }) + lh * 0.5;
    s.put(x0, y, '诊断意见：', head);
    y += lh * 1.1;
    mr.verdict.forEach((v, i) => {
      y = para(s, x0 + 40, y, w - 40, `${i + 1}、${v}`, st('serifSemi', pt + 0.5), lh * 1.1);
    });

    // One signing line: the doctors and the report time beside them.
    const sy = Math.max(y + lh * 1.6, 2020);
    s.line(x0, sy - lh * 1.1, right, sy - lh * 1.1, 1.2);
    const rw = s.put(x0, sy, '报告医师：', b);
    handwritten(s, x0 + rw + 8, sy, doc.doctors.resident, pt * 1.3, rng);
    s.pair(x0 + w * 0.33, sy, '审核医师：', doc.doctors.checker, b, f);
    s.pair(x0 + w * 0.6, sy, '报告时间：', `${formatDate(doc.dates.report, ds)} ${clock(doc.times.report)}`, b, f);
    s.put(x0, sy + lh * 1.5, '注：本报告仅供临床医师参考，影像资料请妥善保存，复查时请携带。', st('sans', 8.5, { color: '#555' }));
  },
};
