import { makeDoc, type Doc } from '../case';
import { formatDate } from '../dates';
import { ALL_KEYS, type DiseaseKey } from '../diseases';
import { CITY_MORE, COUNTY, COUNTY_MORE, MCH, REHAB, TOWNSHIP } from '../hospitals';
import { nameStamp, seal, signature } from '../marks';
import type { Rng } from '../rng';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { addressLine, forPatient, listed, type Mark } from './kit';

/** What the certificate asks for: the treatment the patient needs, in the words doctors use. */
const ADVICE: Partial<Record<DiseaseKey, string>> = {
  URAEMIA_DIALYSIS: '需长期规律血液透析治疗，每周3次，每次4小时。', HEMOPHILIA: '需长期预防性输注凝血因子治疗，避免外伤及剧烈运动。',
  MALIGNANT_TUMOR_OUTPATIENT: '需继续门诊化疗及靶向治疗，定期复查。', LEUKEMIA: '需长期口服靶向药物维持治疗，定期复查血常规及骨髓象。',
  SEVERE_MENTAL_DISORDER: '需长期服用抗精神病药物治疗，监护人加强看护。', TRANSPLANT_ANTI_REJECTION: '需终身服用抗排异药物，定期监测血药浓度。',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '需长期服用抗血小板及抗凝药物，定期复查凝血功能。',
  PHENYLKETONURIA: '需长期低苯丙氨酸饮食治疗，定期监测血苯丙氨酸浓度。', CHILD_DISABILITY_REHAB: '需长期康复训练治疗（运动疗法、作业疗法、言语训练）。',
};
const advice = (doc: Doc): string => ADVICE[doc.primary] ?? '需长期门诊规律服药治疗，定期复查，不适随诊。';

const PLACES = ['阳谷县阿城镇前街村', '莘县燕店镇王庄村', '东阿县姜楼镇郭店村', '冠县清泉街道西关村', '茌平区博平镇东街村', '临清市康庄镇北街村',
  '聊城市东昌府区古楼街道楼南社区', '高唐县鱼邱湖街道七里庄村'];
const address = (rng: Rng): string => `${rng.pick(PLACES)}${rng.int(1, 160)}号`;
const mobile = (rng: Rng): string => `1${rng.pick(['39', '58', '35', '87', '52'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

/** County / city 诊断证明书 as a bordered form with 住址 and 联系电话, 诊断 and 建议 boxes, red serial number. */
export const certificateGridAdvice: Layout = {
  id: 'certificate-grid-advice',
  kind: 'certificate',
  split: 'tune',
  style: 'County / city / MCH / rehab-centre certificate, bordered form with 民族/住址/联系电话, sans 11.5 pt, red serial No.',
  exercises: ['bordered grid with 住址 house numbers and an 11-digit phone', '诊断 box with ① / 1. numbering', '建议 box naming the treatment',
    'diseases outside the catalogue (帕金森病, 系统性红斑狼疮) beside catalogue ones', "children's diseases (脑瘫, 孤独症, 苯丙酮尿症)",
    '出具日期 2025年3月4日 under the 诊断证明专用章', 'signature and red name stamp', 'red pre-printed serial No.0012345'],
  doc: (rng) => forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...COUNTY, ...CITY_MORE, ...MCH, ...REHAB], keys: ALL_KEYS,
    aliases: true, outside: 0.35 }), rng, COUNTY),
  draw(s, doc, rng) {
    const x0 = 130;
    const w = s.width - 2 * x0;
    s.put(s.width / 2, 170, doc.hospital.name, st('sansBold', 20, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 265, '诊 断 证 明 书', st('sansBold', 22, { align: 'center' }));
    s.put(s.width - x0, 330, `No.${String(rng.int(1, 999_999)).padStart(7, '0')}`, st('serifBold', 13, { align: 'right', color: '#c62828' }));
    s.put(x0, 330, `门诊号：${doc.recordNo}`, st('sans', 10.5));
    const f = st('sans', 11.5);
    const lab = st('sansMedium', 11.5);
    const [sex, age] = sexAge(doc);
    const L = (text: string, wd: number) => ({ text, w: wd, label: true });
    const V = (text: string, wd: number) => ({ text, w: wd });
    let y = s.grid(x0, 370, 72, [
      [L('姓名', 150), V(doc.patient.name, 260), L('性别', 130), V(sex, 130), L('年龄', 130), V(age, 150), L('民族', 130), V('汉族', w - 1080)],
      [L('身份证号', 150), V(doc.patient.idNumber, 560), L('联系电话', 170), V(mobile(rng), w - 880)],
      [L('住址', 150), V(address(rng), w - 150)],
      [L('就诊科室', 150), V(doc.department, 560), L('首诊年份', 170), V(`${Number(doc.dates.issue.slice(0, 4)) - rng.int(1, 8)}年`, w - 880)],
    ], f, { label: lab, border: 2 });
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    const lh = px(11.5) * 1.9;
    const box = (label: string, h: number, fill: (x: number, top: number) => void): void => {
      s.rect(x0, y, w, h, 2);
      s.put(x0 + 24, y + 60, label, lab);
      fill(x0 + 24 + s.measure(label, lab) + 10, y + 60);
      y += h;
    };
    const how: Mark = rng.pick(['1.', '①', '1、'] as const);
    const items = listed(doc.dx.western, how);
    box('诊断：', Math.max(380, 60 + items.length * lh + 40), (x, top) => items.forEach((t, i) => s.put(x, top + i * lh, t, f)));
    s.diagnoses(doc.dx.western);
    box('建议：', 260, (x, top) => s.para(x, top, w - (x - x0) - 30, `${advice(doc)}${rng.pick(['', '建议休息两周。', '门诊随诊。'])}`, f, lh));
    y += 110;
    const dw = s.put(x0 + 40, y, '医师签名：', f);
    signature(s, x0 + 50 + dw, y - 8, 170, rng);
    nameStamp(s, x0 + 120 + dw + rng.range(-20, 40), y - 16, doc.doctors.attending, rng);
    const kw = s.put(x0 + 620, y, '科主任：', f);
    signature(s, x0 + 630 + kw, y - 8, 140, rng);
    const issue = `出具日期：${formatDate(doc.dates.issue, 'cnShort')}`;
    const iw = s.put(x0 + 1010, y + 90, issue, f);
    seal(s, x0 + 1010 + iw * 0.6 + rng.range(-40, 40), y + 60 + rng.range(-40, 30), rng.range(145, 165), doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2150, '注：1.本证明仅作病情证明，不作其他用途。2.涂改无效，加盖诊断证明专用章有效。', st('sans', 9.5, { color: '#333' }));
  },
};

/** Township / county 疾病诊断证明书 on ruled letter paper: red letterhead, prose on the lines, date 二○二五年一月九日. */
export const certificateRuledTownship: Layout = {
  id: 'certificate-ruled-township',
  kind: 'certificate',
  split: 'tune',
  style: 'Township / county / MCH certificate on ruled letter paper, red letterhead with address, serif 13 pt prose',
  exercises: ['ruled letter paper (blue lines under the text)', 'red letterhead with address and phone digits',
    'prose 兹有患者…，身份证号…，家住…号', 'a stay 于…至…在我院住院 on half the pages (across the year end sometimes)',
    '一、 / ① diagnoses each on its own line', 'issue date 二○二五年一月九日 with ○ for zero under the seal', 'signatures without printed names',
    "children's diseases and diseases outside the catalogue", 'compound surnames'],
  doc: (rng) => forPatient(makeDoc(rng, { kind: 'certificate', hospitals: [...TOWNSHIP, ...COUNTY_MORE, ...MCH], keys: ALL_KEYS,
    aliases: true, outside: 0.3, compoundSurnames: 0.25, yearEnd: 0.25 }), rng, TOWNSHIP),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 150;
    const w = s.width - 2 * x0;
    const red = '#c0261f';
    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 21, { align: 'center', color: red, spacing: 8 }));
    s.put(s.width / 2, 205, addressLine(doc), st('sans', 9, { align: 'center', color: red }));
    s.line(x0 - 20, 235, s.width - x0 + 20, 235, 4, red);
    s.line(x0 - 20, 245, s.width - x0 + 20, 245, 1.5, red);
    s.put(s.width / 2, 345, '疾病诊断证明书', st('serifBold', 18, { align: 'center', spacing: 10 }));
    const lh = 80;
    const first = 470;
    for (let ly = first + 14; ly < 2120; ly += lh) s.line(x0 - 10, ly, s.width - x0 + 10, ly, 1.2, '#9db7d5');
    const body = st('serif', 13);
    const [sex, age] = sexAge(doc);
    const cn = (d: string): string => formatDate(d, 'cnShort');
    const stay = rng.chance(0.5);
    const where = stay ? `于${cn(doc.dates.admission)}至${cn(doc.dates.discharge)}在我院${doc.department}住院治疗，共${doc.stayDays}天`
      : `来我院${doc.department}门诊就诊`;
    let y = s.para(x0, first, w, `兹有患者${doc.patient.name}，${sex}，${age}，身份证号：${doc.patient.idNumber}，家住${address(rng)}。`
      + `因“${doc.complaint}”${where}。经检查，诊断为：`, body, lh, px(13) * 2);
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    const how: Mark = rng.pick(['一、', '①', '（1）'] as const);
    listed(doc.dx.western, how).forEach((t) => {
      s.put(x0 + px(13) * 2, y, t, body);
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y = s.para(x0, y, w, `建议：${advice(doc)}`, body, lh, px(13) * 2);
    s.put(x0 + px(13) * 2, y, '特此证明。', body);
    const sy = Math.max(y + lh * 2, first + lh * 16);
    const dw = s.put(x0 + 700, sy, '经治医师：', body);
    signature(s, x0 + 710 + dw, sy - 10, 190, rng);
    s.put(x0 + 700, sy + lh, doc.hospital.name, body);
    const date = formatDate(doc.dates.issue, rng.chance(0.6) ? 'cnNumeralO' : 'cnNumeral');
    const tw = s.put(x0 + 740, sy + lh * 2, date, body);
    seal(s, x0 + 740 + tw / 2 + rng.range(-60, 50), sy + lh * 1.6 + rng.range(-30, 30), rng.range(150, 170), doc.hospital.name,
      rng.pick(['诊断证明专用章', '医务科']), rng);
  },
};
