import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { CITY, CITY_MORE, COUNTY } from '../hospitals';
import { barcode, logo, nameStamp, qrCode } from '../marks';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient } from './kit';
import { para, suited } from './tune6-kit';
import { denial, kin } from './tune10-kit';
import { abbreviated, historyItem, suspected, withCode } from './tune11-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE', 'URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS',
  'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA', 'MALIGNANT_TUMOR_OUTPATIENT'];

/**
 * 门诊病历 of a city hospital EMR printed at the clinic: logo letterhead, QR code, 挂号时间 and 就诊时间 (both the visit day,
 * truth), the diagnoses the way a busy specialist types them — abbreviations (T2DM, HTN 3级, CHD, CKD 5期, ESRD, AML)
 * with the HIS's ICD code in brackets — and, without a code, a suspicion (？ / 待排 / 可能) or a past operation or
 * 个人史 (not counted). 既往史 with abbreviations too and a relative's disease (not counted); 下次复诊 later.
 */
export const tune11OutpatientAbbrevIcd: Layout = {
  id: 'tune11-outpatient-abbrev-icd',
  kind: 'outpatient',
  split: 'tune',
  style: 'City hospital EMR 门诊病历: logo letterhead, QR + barcode, bordered info strip, SOAP-like sections, diagnoses with ICD '
    + 'codes in brackets, sans 10–11 pt, red name stamp as signature',
  exercises: ['挂号时间 2025-03-04 08:12:40 and 就诊时间 2025-03-04 09:05 (the visit, truth), 下次复诊 date (later)',
    '诊断 with abbreviations T2DM, HTN 3级（极高危）, CHD, CKD 5期, ESRD 维持性血液透析, AML（M2）, COPD, AF',
    'ICD codes after each: （E11.900） / [I10.x00] / (N18.500)', 'suspected items without a code: 冠心病？ / 脑梗死待排 / 肺部感染可能 (not counted)',
    'history items: 胆囊切除术后 / 脑梗死个人史 (not counted)', '既往史 HTN 10余年 and a relative\'s disease (not counted)'],
  doc: (rng) => abbreviated(suited(forPatient(makeDoc(rng, { kind: 'outpatient', keys: KEYS, hospitals: [...CITY, ...CITY_MORE],
    compoundSurnames: 0.1 }), rng, COUNTY)), rng, 0.75),
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 115;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([10, 10.5, 11]);
    const face = rng.pick(['sans', 'sansLight', 'serif'] as const);
    const f = st(face, pt);
    const b = st(face === 'serif' ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.75;
    const tone = rng.pick(['#0f5a8c', '#155e3a', '#8a1c24']);

    logo(s, x0 + 45, 120, 42, tone, rng.pick(['cross', 'ring', 'shield'] as const));
    s.put(x0 + 105, 118, doc.hospital.name, st('sansBold', 18, { color: tone, spacing: 2 }));
    if (doc.hospital.en) s.put(x0 + 105, 160, doc.hospital.en, st('sans', 8, { color: tone }));
    qrCode(s, right - 120, 60, 120, rng);
    const bw = barcode(s, right - 440, 70, doc.recordNo, 52, 2);
    s.put(right - 440 + bw / 2, 150, doc.recordNo, st('sans', 8, { align: 'center' }));
    s.put(s.width / 2, 240, '门诊病历', st('sansBold', 15, { align: 'center', spacing: 6 }));

    let y = 280;
    const rh = px(pt) * 1.9;
    const [c1, c2, c3] = [w * 0.3, w * 0.3, w * 0.4];
    const strip = (cells: readonly [string, string][]): void => {
      let x = x0;
      cells.forEach(([l, v], i) => {
        const cw = [c1, c2, c3][i] ?? 0;
        s.rect(x, y, cw, rh, 1.2);
        s.pair(x + 12, y + rh / 2 + px(pt) * 0.36, l, v, b, f);
        x += cw;
      });
      y += rh;
    };
    const reg = Math.max(7 * 60, doc.times.visit - rng.int(15, 70));
    const secs = (m: number): string => `${formatDate(doc.dates.visit, 'isoTime', m)}:${String((m * 37) % 60).padStart(2, '0')}`;
    strip([['姓名：', doc.patient.name], ['性别：', doc.patient.sex], ['年龄：', `${doc.patient.age}岁`]]);
    strip([['门诊号：', doc.recordNo], ['科室：', doc.department], ['身份证：', doc.patient.idNumber]]);
    strip([['费别：', rng.pick(['职工医保', '居民医保', '自费'])], ['挂号时间：', secs(reg).slice(5)], ['就诊时间：', formatDate(doc.dates.visit, 'isoTime', doc.times.visit)]]);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.visit });
    y += lh * 1.2;

    const section = (head: string, text: string, keep: readonly string[] = []): void => {
      const hw = s.put(x0, y, head, b);
      y = para(s, x0, y, w, text, f, lh, { keep, indent: hw }) + lh * 0.3;
    };
    section('主诉：', `${doc.complaint.replace(/，.*/u, '')}，复诊。`);
    section('现病史：', `患者${rng.pick(['规律服药', '自行停药1周', '近期监测控制欠佳'])}，今来复诊开药。无胸痛、无黑便。`);
    section('既往史：', `${doc.history.past}；${denial(doc, rng)}。`);
    section('家族史：', `${kin(rng)}。`);
    section('体格检查：', `BP ${rng.int(118, 176)}/${rng.int(64, 100)}mmHg，HR ${rng.int(62, 96)}次/分，双肺未闻及干湿啰音，双下肢无水肿。`);
    section('辅助检查：', `${doc.labs[0]?.rows.slice(0, 3).map((r) => `${r.abbr} ${r.value}${r.flag}`).join('，') ?? ''}。`);

    const how = rng.pick(['（）', '[]', '()'] as const);
    const extra: Dx[] = [];
    if (rng.chance(0.6)) extra.push(suspected(doc, rng));
    if (rng.chance(0.45)) extra.push(historyItem(doc, rng));
    const items = [...doc.dx.western.map((d, i) => withCode(d, i, how)), ...extra.map((d) => d.text)];
    const dw = s.put(x0, y, '诊断：', b);
    const oneLine = rng.chance(0.3);
    const numberedItems = items.map((t, i) => `${i + 1}.${t}`);
    if (oneLine) y = para(s, x0, y, w, numberedItems.join('  '), f, lh, { indent: dw, keep: numberedItems });
    else {
      items.forEach((t, i) => s.put(x0 + dw, y + i * lh, `${i + 1}.${t}`, f));
      y += items.length * lh;
    }
    s.diagnoses(doc.dx.western);
    y += lh * 0.4;

    const rx = doc.medicines.slice(0, 3);
    const pw = s.put(x0, y, '处理：', b);
    rx.forEach((m, i) => s.put(x0 + pw, y + i * lh, `${i + 1}.${m} ×${rng.pick(['28', '14', '30'])}天`, f));
    y += rx.length * lh + lh * 0.3;
    const next = addDays(doc.dates.visit, rng.pick([14, 28, 30]));
    section('医嘱：', `${rng.pick(['低盐低脂糖尿病饮食', '低盐低脂饮食', '优质低蛋白饮食'])}，定期监测，下次复诊：${formatDate(next, 'iso')}。`,
      [formatDate(next, 'iso')]);
    y += lh * 0.8;
    const sw = s.put(x0 + w * 0.58, y, '医师：', b);
    nameStamp(s, x0 + w * 0.58 + sw + 120, y - 14, doc.doctors.attending, rng);
    s.line(x0, 2200, right, 2200, 1);
    s.put(x0, 2236, `打印时间：${formatDate(doc.dates.visit, 'isoTime', Math.min(doc.times.visit + rng.int(10, 40), 23 * 60))}`, st(face, 8.5));
    s.put(right, 2236, '本病历仅供医疗参考', st(face, 8.5, { align: 'right' }));
  },
};
