import { makeDoc } from '../case';
import { addDays, formatDate } from '../dates';
import { handwritten, logo, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { issuedSoon } from './tune4-kit';
import { para } from './tune6-kit';
import { codeOf } from './tune10-kit';
import { homeAddress } from './tune2-kit';
import { personName } from '../people';
import { local16, MENTAL16 } from './tune16-kit';

/**
 * 疾病诊断证明书 of a city 精神专科医院 of Hunan, Hubei, Jiangxi or Anhui (a 第N人民医院 that is also the 精神卫生中心, both names
 * in the letterhead): a serif page with a logo, 编号 top right; 患者姓名 (truth), 身份证号 (truth) and 监护人 with the
 * guardian's name and relation (not the patient); a prose account giving the 首次发病 year (not a date), an earlier stay given
 * by its month only, and this stay from 入院 to 出院 (truth on about half the pages; else an outpatient certificate); 诊断 with
 * the ICD-10 F code in brackets (truth); a 严重精神障碍 管理 sentence with the 随访 date after issue (not truth); 医师 by hand,
 * 科主任 printed, the issue date (truth) under the seal.
 */
export const tune16CertMentalHospital: Layout = {
  id: 'tune16-cert-mental-hospital',
  kind: 'certificate',
  split: 'tune',
  style: 'Hunan / Hubei / Jiangxi / Anhui city 精神专科医院 (第N人民医院 / 精神卫生中心) 疾病诊断证明书: logo, two-name letterhead, '
    + 'serif prose with guardian, earlier stay by month, F-coded 诊断, 随访 date, seal over the issue date, serif 12–13 pt',
  exercises: ['hospital with its second name 精神卫生中心 under it', '监护人 name and relation (not the patient)',
    '首次发病 year, an earlier stay 2023年5月 (not truth), this stay 入院 / 出院 (truth on half the pages)',
    '诊断 精神分裂症（F20.900） with the code in brackets (truth)', '下次随访 date after issue (not truth); issue date under the seal (truth)'],
  doc: (rng) => local16(issuedSoon(makeDoc(rng, { kind: 'certificate', keys: ['SEVERE_MENTAL_DISORDER'], hospitals: MENTAL16 }), rng), rng),
  draw(s, doc, rng) {
    const x0 = 170;
    const right = s.width - 170;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st('serif', pt);
    const b: Style = st('serifBold', pt);
    const lh = px(pt) * 2;
    const p = doc.patient;
    const relation = rng.pick(p.age < 30 ? ['父亲', '母亲'] as const : ['配偶', '儿子', '女儿', '兄长'] as const);
    const kin = /母亲|女儿/u.test(relation) || (relation === '配偶' && p.sex === '男') ? '女' : '男';
    const surname = /父亲|儿子|女儿|兄长/u.test(relation) ? [...p.name][0] ?? '' : '';
    const guardian = surname ? surname + [...personName(rng, kin, 0)].slice(1).join('') : personName(rng, kin, 0.02);
    const blue = rng.pick(['#1b4d8f', '#245a3c']);

    logo(s, x0 + 55, 175, 60, blue, 'shield');
    s.put(s.width / 2 + 40, 165, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 4, color: blue }));
    s.put(s.width / 2 + 40, 225, `（${doc.hospital.en ?? ''}）`, st('serif', 13, { align: 'center', color: blue }));
    s.line(x0, 265, right, 265, 3, blue);
    s.line(x0, 273, right, 273, 1, blue);
    s.put(s.width / 2, 360, '疾病诊断证明书', st('serifBold', 20, { align: 'center', spacing: 6 }));
    const serial = `精证〔${doc.dates.issue.slice(0, 4)}〕${String(rng.int(10, 999)).padStart(3, '0')}号`;
    s.put(right, 430, `编号：${serial}`, st('serif', 11, { align: 'right' }));

    let y = 510;
    s.pair(x0, y, '患者姓名：', p.name, b, f);
    s.pair(x0 + w * 0.4, y, '性别：', p.sex, b, f);
    s.pair(x0 + w * 0.62, y, '年龄：', `${p.age}岁`, b, f);
    y += lh;
    s.pair(x0, y, '身份证号：', p.idNumber, b, f);
    s.pair(x0 + w * 0.62, y, '病案号：', doc.recordNo, b, f);
    y += lh;
    s.pair(x0, y, '监护人：', `${guardian === p.name ? `${surname}德林` : guardian}（${relation}）`, b, f);
    y += lh;
    s.pair(x0, y, '住　　址：', homeAddress(doc, rng), b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    y += lh * 1.6;

    const onset = Number(doc.dates.issue.slice(0, 4)) - rng.int(3, 12);
    const before = addDays(doc.dates.admission, -rng.int(200, 700));
    const inStay = rng.chance(0.5);
    const [a, d] = [formatDate(doc.dates.admission, 'cnShort'), formatDate(doc.dates.discharge, 'cnShort')];
    const stay = inStay ? `本次于${a}入住我院${doc.department}，${d}出院，共住院${doc.stayDays}天。`
      : `现在我院门诊规律复诊。`;
    if (inStay) s.note({ admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    y = para(s, x0, y, w, `兹证明患者${p.name}，${onset}年起病，表现为${rng.pick(['凭空闻声、多疑', '言语紊乱、行为怪异', '情绪高涨与低落交替'])}，`
      + `${before.slice(0, 4)}年${Number(before.slice(5, 7))}月曾在我院住院治疗。${stay}经精神检查及量表评定，诊断明确。`, f, lh,
    { indent: px(pt) * 2, keep: [a, d, p.name] }) + lh * 0.3;

    const dl = s.put(x0, y, '诊　断：', b);
    const items = doc.dx.western.map((x, i) => ({ ...x, text: x.key ? `${x.text}（${codeOf(x, i)}）` : x.text }));
    listed(items, '1.').forEach((t, i) => s.put(x0 + dl, y + i * lh, t, f));
    s.diagnoses(items);
    y += lh * (items.length + 0.3);
    const next = addDays(doc.dates.issue, rng.pick([14, 28, 30]));
    y = para(s, x0, y, w, `建\u3000议：需长期服用${doc.medicines[0] ?? '抗精神病药物'}等维持治疗，监护人加强看护，已纳入严重精神障碍患者`
      + `管理，${formatDate(next, 'cnShort')}门诊随访。`, f, lh);

    const by = Math.max(y + lh * 2, 1650);
    const sw = s.put(x0, by, '主治医师：', f);
    handwritten(s, x0 + sw + 8, by, doc.doctors.attending, pt * 1.2, rng);
    s.put(x0, by + lh, `科 主 任：${doc.doctors.director}`, f);
    const issued = formatDate(doc.dates.issue, rng.pick(['cnNumeral', 'cn', 'cnShort'] as const));
    s.put(right, by + lh * 2.2, issued, { ...f, align: 'right' });
    seal(s, right - s.measure(issued, f) / 2, by + lh * 1.6, 125, doc.hospital.name, '诊断证明专用章', rng);
    s.put(x0, 2180, '注：本证明仅供办理门诊慢特病及相关手续使用，复印无效。', st('serif', 9.5, { color: '#555' }));
  },
};
