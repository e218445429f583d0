import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { ALL_KEYS } from '../diseases';
import { COUNTY, COUNTY_MORE, MCH, PROVINCES, TCM, TOWNSHIP } from '../hospitals';
import { seal } from '../marks';
import { physician } from '../people';
import type { Layout } from '../types';
import { px, sexAge, st } from './common';
import { forPatient, listed, type Mark } from './kit';
import { needs, prose } from './tune2-kit';
import { FAR_PROVINCES, localTo } from './tune3-kit';
import { firstFound, issuedSoon } from './tune4-kit';
import { countyOf, fitting, postcode } from './tune5-kit';

/**
 * 医疗证明 / 住院证明 typed on the hospital's red letterhead paper (信笺) and addressed to the insurance bureau
 * (阳谷县医疗保障局：): the patient only inside the first sentence (兹有我院患者欧阳秀英，…), the stay or the
 * outpatient follow-up in prose, the diagnoses after 出院诊断： / 目前诊断： in the paragraph, rest and validity clauses with
 * their own dates, 医务部 over the date of issue with the seal, 经办人 and an office phone.
 */
export const tune5CertBureauLetter: Layout = {
  id: 'tune5-cert-bureau-letter',
  kind: 'certificate',
  split: 'tune',
  style: 'County / TCM / 妇幼 / township / other-province hospital 医疗证明 on red letterhead paper addressed to the 医疗保障局, serif 13.5–15 pt prose, 医务部 signature with seal',
  exercises: ['addressee line naming a place and a bureau (阳谷县医疗保障局：)', 'the name only inside the sentence: 兹有我院患者欧阳秀英，女，67岁，身份证号：… (compound surnames often)',
    '社会保障卡卡号 (a letter and eight digits) beside the ID number', 'a stay in prose 于2025年3月4日入住我院…，于2025年3月15日好转出院，共住院11天 (most pages) with 住院号',
    'or 自2019年起…长期门诊随诊，末次就诊日期… (not the issue)', '出院诊断：1.…；2.… / 目前诊断：… inside the paragraph (counted)',
    '建议出院后休息两周 and 本证明有效期至… (dates after the issue)', '医务部 / 医务科 and the date of issue under it (二〇二五年… or 2025年3月18日), red seal over them',
    '经办人 (a fourth name) and an office phone, letterhead footer with address and 邮编'],
  doc: (rng) => issuedSoon(fitting(localTo(forPatient(makeDoc(rng, { kind: 'certificate',
    hospitals: [...COUNTY, ...COUNTY_MORE, ...TCM, ...MCH, ...TOWNSHIP, ...PROVINCES, ...FAR_PROVINCES], keys: ALL_KEYS,
    aliases: true, outside: 0.15, yearEnd: 0.1, compoundSurnames: 0.45 }), rng, COUNTY), rng)), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const red = rng.pick(['#c8161d', '#b3141a', '#d0201e']);
    const x0 = 170;
    const right = s.width - x0;
    const w = right - x0;
    const face = rng.pick(['serif', 'serifLight', 'serifMedium'] as const);
    const pt = rng.pick([13.5, 14, 15]);
    const f = st(face, pt);
    const lh = px(pt) * 2.05;
    const indent = px(pt) * 2;

    s.put(s.width / 2, 175, doc.hospital.name, st('serifBold', 26, { align: 'center', color: red, spacing: 10 }));
    s.line(120, 230, s.width - 120, 230, 5, red);
    s.line(120, 242, s.width - 120, 242, 1.6, red);
    s.put(s.width / 2, 360, rng.pick(['证  明', '医疗证明', '住院证明', '情况证明']), st('serifBold', 22, { align: 'center', spacing: 14 }));

    const county = countyOf(doc);
    const bureau = `${county}医疗保障局`;
    let y = 480;
    s.put(x0, y, rng.pick([`${bureau}：`, `致：${bureau}`, `${bureau}、${county}社会保险事业中心：`]), f);

    const p = doc.patient;
    const [sex, age] = sexAge(doc);
    const child = p.age < 14;
    const card = `${rng.pick(['A', 'B', 'L', 'M', 'N'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`;
    const stay = rng.chance(0.7);
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn'] as const);
    const d = (iso: string): string => formatDate(iso, ds);
    const who = child ? '患儿' : '患者';
    const intro = `兹有我院${who}${p.name}，${sex}，${age}，身份证号：${p.idNumber}，社会保障卡卡号：${card}，`;
    const found = firstFound(doc, doc.dates.issue);
    const seen = addDays(doc.dates.issue, -rng.int(1, 9));
    const story = stay
      ? `因“${doc.complaint}”于${d(doc.dates.admission)}入住我院${doc.department}（住院号：${doc.recordNo}），经积极治疗，病情${rng.pick(['好转', '稳定', '明显好转'])}，`
        + `于${d(doc.dates.discharge)}出院，共住院${doc.stayDays}天。`
      : `${found ? `自${found}起` : ''}在我院${doc.department}长期门诊随诊，规律复查，末次就诊日期为${d(seen)}。`;
    const how: Mark = rng.pick(['1.', '（1）', '1、'] as const);
    const items = listed(doc.dx.western, how);
    const dxText = `${stay ? '出院诊断' : rng.pick(['目前诊断', '诊断'])}：${items.join('；')}。`;
    const keep = [p.name, p.idNumber, card, ...items];
    y = prose(s, x0, y + lh * 1.2, w, intro + story + dxText, f, lh, { indent, keep });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue,
      ...(stay ? { admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge } : {}) });
    s.diagnoses(doc.dx.western);

    const rest = rng.pick(['两周', '一个月', '两周']);
    const advice = `${who}所患疾病属慢性病，${needs(doc)}，${stay ? `建议出院后休息${rest}` : `建议休息${rest}`}，定期门诊复查。`;
    y = prose(s, x0, y, w, advice, f, lh, { indent });
    const valid = addDays(doc.dates.issue, rng.pick([30, 90, 90]));
    y = prose(s, x0, y, w, `本证明有效期至${d(valid)}，仅供办理门诊慢特病待遇申请使用。`, f, lh, { indent });
    s.put(x0 + indent, y, '特此证明。', f);

    const sy = Math.max(y + lh * 2.2, 1600);
    const office = `${doc.hospital.name}${rng.pick(['医务部', '医务科', '医务处'])}`;
    const ow = s.put(right, sy, office, { ...f, align: 'right' });
    const issue = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cnNumeralO', 'cnShort', 'cn'] as const));
    const iw = s.measure(issue, f);
    s.put(right - (ow - iw) / 2, sy + lh * 1.2, issue, { ...f, align: 'right' });
    seal(s, right - ow / 2 + rng.range(-40, 40), sy + rng.range(-10, 40), rng.range(150, 168), doc.hospital.name, rng.pick(['医务部', '医务科专用章']), rng);

    const clerk = physician(rng, [p.name, doc.doctors.attending, doc.doctors.resident, doc.doctors.director, doc.doctors.checker]);
    const small = st(face, 11);
    s.put(x0, sy + lh * 3.2, `经办人：${clerk}`, small);
    s.put(x0 + 420, sy + lh * 3.2, `联系电话：${doc.hospital.phone.slice(0, -3)}${rng.int(100, 999)}`, small);
    s.put(x0, sy + lh * 3.2 + px(11) * 1.9, `主治医师：${doc.doctors.attending}`, small);

    s.line(120, 2160, s.width - 120, 2160, 1.6, red);
    const zip = postcode(doc, rng);
    s.put(s.width / 2, 2210, `地址：${doc.hospital.address}\u3000邮编：${zip}\u3000电话：${doc.hospital.phone}`, st(face, 9.5, { align: 'center', color: red }));
  },
};
