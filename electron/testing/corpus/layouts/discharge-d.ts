import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { CITY, CITY_MORE } from '../hospitals';
import { barcode, logo, qrCode } from '../marks';
import type { Layout } from '../types';
import { footer, px, sexAge, st } from './common';
import { listed, pastHistory, reprinted, spacedId, type Mark } from './kit';

/** A mobile number on the record (11 digits that are neither an ID nor a record number). */
const mobile = (n: number): string => `1${[3, 5, 7, 8, 9][n % 5]}${String(n).padStart(9, '0').slice(0, 9)}`;

/** City hospital EMR 出院小结, page 1 of 2: letterhead with barcode and QR, diagnoses on one line. */
export const dischargeEmrPageOne: Layout = {
  id: 'discharge-emr-page1of2',
  kind: 'discharge',
  split: 'tune',
  style: 'City hospital EMR 出院小结, first page of two: letterhead with QR and barcode, two-column bordered header, sans 10.5 pt',
  exercises: ['two-column header table (label|value|label|value)', '入院日期 / 出院日期 2025/10/21', 'ID printed in groups (371502 19580314 123X)',
    'mobile phone digits', '入院诊断 and 出院诊断 each on one line', 'numbering 1. / ① / 一、 / （1） glued to the text',
    'diagnoses outside the catalogue', 'past illness named only in the history', 'lab values and imaging impression in prose',
    '（续下页） and 第1页/共2页', '打印时间 2025-06-03 09:12:35', 'compound surnames (often)'],
  doc: (rng) => makeDoc(rng, { kind: 'discharge', hospitals: [...CITY_MORE, ...CITY.slice(4)], compoundSurnames: 0.3, aliases: true,
    outside: 0.3, yearEnd: 0.15 }),
  draw(s, doc, rng) {
    const x0 = 110;
    const w = s.width - 2 * x0;
    const tone = rng.pick(['#0d4a8f', '#14665a', '#6b1d5c']);
    logo(s, x0 + 50, 120, 48, tone, rng.pick(['shield', 'cross'] as const));
    s.put(x0 + 120, 118, doc.hospital.name, st('sansBlack', 18, { color: tone }));
    s.put(x0 + 120, 165, doc.hospital.en ?? doc.hospital.address, st('sansLight', 9, { color: '#444' }));
    const bw = barcode(s, s.width - x0 - 420, 62, doc.recordNo, 58, 2.4);
    s.put(s.width - x0 - 420 + bw / 2, 150, `住院号：${doc.recordNo}`, st('sans', 8.5, { align: 'center' }));
    qrCode(s, s.width - x0 - 110, 56, 110, rng);
    s.line(x0, 200, s.width - x0, 200, 3, tone);
    s.put(s.width / 2, 275, '出院小结', st('sansBold', 17, { align: 'center', spacing: 6 }));

    const f = st('sans', 10.5);
    const lab = st('sansMedium', 10.5);
    const [sex, age] = sexAge(doc);
    const slash = (d: string): string => formatDate(d, 'slash');
    const L = (text: string) => ({ text, w: 200, label: true });
    const V = (text: string) => ({ text, w: w / 2 - 200 });
    const bottom = s.grid(x0, 320, 56, [
      [L('姓　　名'), V(doc.patient.name), L('病 案 号'), V(`${doc.recordNo.slice(4)}`)],
      [L('性别/年龄'), V(`${sex} / ${age}`), L('科　　室'), V(`${doc.department}  ${doc.bed}床`)],
      [L('入院日期'), V(slash(doc.dates.admission)), L('出院日期'), V(slash(doc.dates.discharge))],
      [L('身份证号'), V(spacedId(doc.patient.idNumber)), L('联系电话'), V(mobile(rng.int(10_000_000, 999_999_999)))],
    ], f, { label: lab, shade: '#eef1f5', border: 1.2 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });

    const lh = px(10.5) * 1.8;
    let y = bottom + 70;
    const section = (label: string, text: string): void => {
      const lw = s.put(x0, y, label, lab);
      y = s.para(x0, y, w, text, f, lh, lw) + 8;
    };
    const how: Mark = rng.pick(['1.', '①', '一、', '（1）'] as const);
    section('住院经过：', `患者${doc.patient.name}，${sex}，${age}，因“${doc.complaint}”于${formatDate(doc.dates.admission, 'cnHour', doc.times.admission)}`
      + `入住我科，共住院${doc.stayDays}天。`);
    section('入院诊断：', listed(doc.dx.admission, how).join(' '));
    section('既往史：', `${pastHistory(doc, rng)}。家族史：${doc.history.family}。`);
    section('入院查体：', `T ${(36 + rng.range(0.1, 0.9)).toFixed(1)}℃，P ${rng.int(62, 98)}次/分，R ${rng.int(16, 20)}次/分，`
      + `BP ${rng.int(118, 178)}/${rng.int(68, 104)}mmHg。神志清，精神可，双肺呼吸音清，未闻及干湿性啰音，心律齐，腹软，双下肢无水肿。`);
    const img = doc.imaging ? `${doc.imaging.exam}示：${doc.imaging.impression}。` : '心电图：窦性心律，大致正常心电图。';
    section('辅助检查：', `${img}主要检验结果如下：`);
    const rows = [...(doc.labs[0]?.rows ?? []), ...(doc.labs[1]?.rows ?? [])].slice(0, 9);
    const cw = [w * 0.36, w * 0.16, w * 0.1, w * 0.16, w * 0.22];
    const cells = (t: readonly string[], label = false) => t.map((text, i) => ({ text, w: cw[i] ?? 100, label, align: 'center' as const }));
    y = s.grid(x0, y - lh * 0.6, 46, [cells(['检验项目', '结果', '提示', '单位', '参考范围'], true),
      ...rows.map((r) => cells([r.name, r.value, r.flag, r.unit, r.range]))], st('sans', 9.5), { label: st('sansMedium', 9.5), border: 1 }) + lh;
    section('诊疗经过：', `入院后予${doc.course}等治疗，于${formatDate(doc.dates.surgery, 'slash')}行${doc.procedure}。患者症状缓解，病情平稳，`
      + '经上级医师同意后出院。');
    section('出院诊断：', listed(doc.dx.western, how).join(' '));
    s.diagnoses(doc.dx.western);
    section('出院情况：', '患者一般情况好，无胸闷、头晕，饮食睡眠可，二便正常。');
    const meds = doc.medicines.map((m, i) => `（${i + 1}）${m}`).join('；');
    const review = formatDate(addDays(doc.dates.discharge, 14), 'slash');
    section('出院医嘱：', `1.低盐低脂饮食，戒烟限酒。2.出院带药：${meds}。3.于${review}来院复查血常规、肝肾功能。`);
    s.put(x0 + s.measure('出院医嘱：', lab), y - 8, '4.如有不适，及时就诊。', f);
    s.put(s.width - x0, y + lh * 1.2, '（续下页）', st('sans', 10, { align: 'right' }));
    footer(s, reprinted(doc), { y: 2245, style: st('sansLight', 9), page: '第1页/共2页', print: 'isoSec', x0, x1: s.width - x0 });
  },
};
