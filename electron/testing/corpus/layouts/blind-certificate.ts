import { makeDoc, type Doc } from '../case';
import { addDays, formatDate } from '../dates';
import { ALL_KEYS } from '../diseases';
import { logo, nameStamp, qrCode, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { BIG, local, paren, SD_CITY, SD_COUNTY, SD_TOWN, smallCentre, spacedCn } from './blind-kit';
import { fillIn, icdOf } from './kit';

/** Blind layouts (split 'blind'): see blind-kit.ts. Not for reading while tuning the extractor. */

const VILLAGES = ['沂水县沂城街道东皋村', '临朐县东城街道西朱封村', '寿光市圣城街道北关村', '单县北城街道李新庄村', '梁山县水泊街道前集村',
  '诸城市龙都街道密州社区', '平邑县平邑街道东关社区', '曹县倪集街道苏庄村'];
const WORK = ['务农', '退休', '个体经营', '某建筑公司', '某物流公司', '无'];

const rest = (doc: Doc): string => (['URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'LEUKEMIA', 'HEMOPHILIA'].includes(doc.primary)
  ? '需长期门诊规律治疗，定期复查。' : '规律服药，定期复查，不适随诊。');

export const blindCertificate1: Layout = {
  id: 'blind-certificate-1',
  kind: 'certificate',
  split: 'blind',
  style: 'blind layout 7',
  exercises: ['blind'],
  doc: (rng) => local(smallCentre(makeDoc(rng, { kind: 'certificate', hospitals: [...SD_COUNTY, ...SD_CITY.slice(0, 4), ...SD_TOWN],
    keys: ALL_KEYS, aliases: true, outside: 0.25, compoundSurnames: 0.15 }), rng, SD_COUNTY), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 150;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 170, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 6 }));
    s.put(s.width / 2, 268, rng.pick(['诊 断 证 明 书', '疾 病 诊 断 证 明', '诊\u3000断\u3000书']), st('serifBold', 20, { align: 'center' }));
    s.put(s.width - x0, 335, `NO ${String(rng.int(1, 9_999_999)).padStart(7, '0')}`, st('serifBold', 12, { align: 'right', color: '#c0261f' }));
    const f = st('serif', 12);
    s.put(x0, 410, `科别：${doc.department}`, f);
    s.put(x0 + 430, 410, `门诊号：${doc.recordNo}`, f);
    s.put(s.width - x0, 410, spacedCn(doc.dates.issue), { ...f, align: 'right' });
    s.line(x0, 440, s.width - x0, 440, 1.2);

    const lab = st('serif', 12.5);
    const val = st('sans', 12, { color: '#10163a' });
    const [sex, age] = sexAge(doc);
    let x = fillIn(s, x0, 530, '患者姓名', doc.patient.name, 260, lab, val) + 30;
    x = fillIn(s, x, 530, '性别', sex, 110, lab, val) + 30;
    fillIn(s, x, 530, '年龄', age, 150, lab, val);
    fillIn(s, x0, 615, '身份证号码', doc.patient.idNumber, 560, lab, val);
    const work = rng.pick(WORK);
    const home = `${rng.pick(VILLAGES)}${rng.int(1, 120)}号`;
    fillIn(s, x0, 700, '工作单位或住址', work === '务农' || doc.patient.age < 16 ? home : work, 700, lab, val);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });

    const head = st('serifBold', 13);
    const body = st('serif', 13);
    const lh = px(13) * 2;
    let y = 830;
    s.put(x0, y, '诊断：', head);
    y += lh;
    paren(doc.dx.western).forEach((t) => {
      s.put(x0 + 80, y, t, body);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += 20;
    const days = rng.pick([3, 5, 7, 14, 30]);
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const restText = rng.chance(0.7) ? `建议休息${days}天（自${cn(doc.dates.issue)}至${cn(addDays(doc.dates.issue, days - 1))}）。` : '';
    const lw = s.put(x0, y, '处理意见：', head);
    y = s.para(x0, y, w, `${rest(doc)}${restText}`, body, lh, lw);
    const sy = Math.max(y + lh * 2, 1720);
    const dw = s.put(x0 + 40, sy, '医师（签章）：', body);
    signature(s, x0 + 50 + dw, sy - 10, 180, rng);
    if (rng.chance(0.6)) nameStamp(s, x0 + 140 + dw + rng.range(-20, 30), sy - 14, doc.doctors.attending, rng);
    const hw = s.put(x0 + 820, sy, '医院（盖章）', body);
    seal(s, x0 + 820 + hw / 2 + rng.range(-50, 50), sy - 20 + rng.range(-40, 40), rng.range(145, 165), doc.hospital.name, '诊断证明专用章', rng);
    const note = st('serif', 9.5, { color: '#333' });
    s.line(x0, 2090, s.width - x0, 2090, 1);
    s.put(x0, 2140, '注意：1.本证明书须加盖医院诊断证明专用章方为有效；2.涂改无效；3.本证明书只作病情证明，不作其他依据。', note);
  },
};

/** A stay on most pages: 入院/出院日期 printed when the certificate follows one. */
const hadStay = (rng: Rng): boolean => rng.chance(0.6);

export const blindCertificate2: Layout = {
  id: 'blind-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'blind layout 8',
  exercises: ['blind'],
  doc: (rng) => local(makeDoc(rng, { kind: 'certificate', hospitals: BIG, aliases: true, outside: 0.2, compoundSurnames: 0.2 }), rng),
  draw(s, doc, rng) {
    const x0 = 150;
    const w = s.width - 2 * x0;
    s.rect(70, 70, s.width - 140, s.height - 140, 3);
    s.rect(82, 82, s.width - 164, s.height - 164, 1);
    const tone = rng.pick(['#0b4a8b', '#1b5e3b', '#7c1d2e']);
    logo(s, x0 + 44, 160, 44, tone, 'ring');
    s.put(x0 + 110, 160, doc.hospital.name, st('sansBold', 16, { color: tone }));
    s.put(x0 + 110, 205, doc.hospital.en ?? '', st('sans', 8.5, { color: '#333' }));
    qrCode(s, s.width - x0 - 130, 100, 130, rng);
    s.put(s.width - x0 - 65, 262, '扫码验真', st('sans', 8, { align: 'center' }));
    s.put(s.width / 2, 330, '诊断证明书', st('sansBold', 20, { align: 'center', spacing: 8 }));
    s.put(s.width / 2, 385, 'MEDICAL CERTIFICATE', st('sans', 11, { align: 'center', spacing: 4 }));
    s.put(s.width - x0, 450, `验证码：${String(rng.int(10_000_000, 99_999_999))}`, st('sans', 9.5, { align: 'right' }));

    const lab = st('sansMedium', 10.5, { color: '#333' });
    const val = st('sans', 11);
    const [sex, age] = sexAge(doc);
    const stay = hadStay(rng);
    const iso = (d: string): string => formatDate(d, 'iso');
    const pair = (x: number, y: number, l: string, v: string): number => s.pair(x, y, l, v, lab, val);
    const rows: [string, string, string?, string?][] = [
      ['姓名 Name：', doc.patient.name, '性别 Sex：', sex === '男' ? '男 Male' : '女 Female'],
      ['年龄 Age：', age, '科室 Dept.：', doc.department],
      ['证件号码 ID No.：', doc.patient.idNumber, '病案号 MRN：', doc.recordNo],
      ['就诊类型 Visit：', stay ? '住院 Inpatient' : '门诊 Outpatient', '首诊 First visit：', iso(doc.dates.firstVisit)],
      ...(stay ? [['入院日期 Admission：', iso(doc.dates.admission), '出院日期 Discharge：', iso(doc.dates.discharge)] as [string, string, string, string]] : []),
    ];
    rows.forEach(([l1, v1, l2, v2], i) => {
      const y = 530 + i * 62;
      pair(x0, y, l1, v1);
      if (l2 && v2) pair(x0 + 760, y, l2, v2);
    });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    let y = 530 + rows.length * 62 + 20;
    s.line(x0, y - 20, s.width - x0, y - 20, 1.2, tone);
    y += 50;
    const lh = px(11) * 1.9;
    s.put(x0, y, '诊断 Diagnosis：', lab);
    y += lh;
    doc.dx.western.forEach((d, i) => {
      s.put(x0 + 60, y, `${i + 1}.${d.text}`, val);
      s.put(s.width - x0, y, `[${icdOf(d, i)}]`, st('sansLight', 10, { align: 'right' }));
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += 30;
    const advice = stay ? `出院后${rest(doc)}建议休息${rng.pick(['两周', '一个月', '三个月'])}。` : `${rest(doc)}`;
    const aw = s.put(x0, y, '医嘱 Advice：', lab);
    y = s.para(x0, y, w, advice, val, lh, aw + 8);
    const sy = Math.max(y + lh * 2.5, 1560);
    const pw = s.put(x0, sy, '医师 Physician：', lab);
    signature(s, x0 + pw + 10, sy - 8, 170, rng);
    s.put(x0 + pw + 200, sy, doc.doctors.attending, val);
    const dw = pair(x0 + 800, sy, '日期 Date：', iso(doc.dates.issue));
    seal(s, x0 + 800 + dw * 0.7 + rng.range(-40, 40), sy - 20 + rng.range(-30, 30), rng.range(140, 160), doc.hospital.name, '诊断证明专用章', rng);
    s.put(s.width / 2, 2180, '本证明书涂改无效，复印件无效。 Altered or photocopied certificates are invalid.', st('sans', 8.5, { align: 'center', color: '#444' }));
  },
};
