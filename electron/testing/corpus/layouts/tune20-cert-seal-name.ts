import { makeDoc } from '../case';
import { addDays, formatDate, parts, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { fillIn, listed, type Mark } from './kit';
import { sickLeave } from './tune3-kit';
import { para, settled, suited } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { county20, local20, MONGOLIA20, nation20, NORTHEAST20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER'];

/**
 * 诊断证明书 of a Heilongjiang / Jilin / Liaoning county hospital or an Inner Mongolian banner hospital on which the round seal is
 * stamped over the patient's name line (the 门诊部 stamps where the name is, so the name cannot be changed): red serial No., pre-printed
 * labels with the values typed on underlines, the diagnoses as a numbered list one a line (counted), 病情摘要 naming the month of an
 * earlier stay, 建议 with a rest period (dates after the issue), and 医师 (handwritten) over 开具日期 (truth) at the bottom, no seal
 * there. The ID on its own underline (truth).
 */
export const tune20CertSealName: Layout = {
  id: 'tune20-cert-seal-name',
  kind: 'certificate',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning county or Inner Mongolia banner hospital 诊断证明书: red No., centred serif title, underlined '
    + 'fill-in patient lines with the round seal stamped over the name line, numbered 诊断 one a line, 建议 prose, 医师 over 开具日期, '
    + 'serif labels 12–13 pt with sans or serif values',
  exercises: ['the red seal stamped over the 姓名 line (name and age under red ink)', '身份证号 on its own underline; 民族 and 住址 lines',
    '诊断 as a numbered list one a line: 1. / （1） / ① / 一、 (counted)',
    '病情摘要 naming the month of an earlier stay (not a stay the certificate states)',
    '建议 with a rest period from the day after the issue (dates that are not truth)',
    '医师 handwritten over 开具日期 at the bottom (truth), no seal there'],
  doc: (rng) => local20(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...NORTHEAST20, ...MONGOLIA20], compoundSurnames: 0.05 }))), rng, { outside: 0.3, near: 0.15, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([12, 12.5, 13]);
    const lab: Style = st(rng.pick(['serif', 'serifSemi'] as const), pt);
    const val: Style = st(rng.pick(['sans', 'serif'] as const), pt);
    const lh = px(pt) * 2.1;
    const p = doc.patient;
    const red = '#b3202a';

    s.put(right, 110, `No. ${String(rng.int(1, 999999)).padStart(7, '0')}`, st('sans', 12, { color: red, align: 'right' }));
    s.put(s.width / 2, 200, doc.hospital.name, st('serifBold', 21, { align: 'center', spacing: 5 }));
    s.put(s.width / 2, 290, '诊 断 证 明 书', st('serifBold', 22, { align: 'center', spacing: 10 }));
    s.line(x0, 330, right, 330, 2.5);

    let y = 420;
    const nameY = y;
    let x = fillIn(s, x0, y, '姓名', p.name, 250, lab, val);
    x = fillIn(s, x + 40, y, '性别', p.sex, 110, lab, val);
    x = fillIn(s, x + 40, y, '年龄', `${p.age}岁`, 130, lab, val);
    fillIn(s, x + 40, y, '民族', nation20(doc, rng), Math.max(120, right - x - 40 - s.measure('民族', lab)), lab, val);
    y += lh;
    fillIn(s, x0, y, '身份证号', p.idNumber, 560, lab, val);
    const ward = rng.chance(0.5);
    fillIn(s, x0 + w * 0.62, y, ward ? '住院号' : '门诊号', doc.recordNo, w * 0.38 - s.measure('门诊号', lab), lab, val);
    y += lh;
    const home = `${county20(doc.hospital)}${rng.pick(['城关镇', '东风街道', '胜利乡', '新立镇'])}${rng.pick(['永胜村', '红旗屯', '光明社区', '兴隆村'])}`;
    fillIn(s, x0, y, '住址', home, w - s.measure('住址', lab), lab, val);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    // The seal, stamped over the name line.
    seal(s, x0 + rng.range(170, 330), nameY - px(pt) * 0.3 + rng.range(0, 45), rng.range(118, 135), doc.hospital.name,
      rng.pick(['门诊部', '诊断证明专用章', '医务科']), rng);

    y += lh * 1.3;
    const stay = addDays(doc.dates.issue, -rng.int(40, 200));
    const stayText = `${stay.slice(0, 4)}年${parts(stay)[1]}月`;
    const sl = s.put(x0, y, '病情摘要：', lab);
    y = para(s, x0, y, w, `患者${stayText}曾在我院住院治疗，现病情${rng.pick(['稳定', '反复', '控制欠佳'])}，需长期门诊随诊及规律用药。`, val, lh,
      { indent: sl, keep: [stayText] }) + lh * 0.3;
    const how: Mark = rng.pick(['1.', '（1）', '①', '一、'] as const);
    s.put(x0, y, '诊断：', lab);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + px(pt) * 3.5, y + lh * (i + 1), t, val));
    s.diagnoses(doc.dx.western);
    y += lh * (doc.dx.western.length + 1.4);
    const ds: DateStyle = rng.pick(['cnShort', 'cn'] as const);
    const rest = sickLeave(rng, doc.dates.issue, ds);
    const al = s.put(x0, y, '建议：', lab);
    y = para(s, x0, y, w, `${rest.text}，低盐低脂饮食，遵医嘱服药，定期复查。`, val, lh, { indent: al, keep: [rest.text] });

    const by = Math.max(y + lh * 2.2, rng.pick([1450, 1600, 1780]));
    const dw = s.put(x0 + w * 0.55, by, '医师：', lab);
    handwritten(s, x0 + w * 0.55 + dw + 12, by, doc.doctors.attending, pt * 1.3, rng);
    s.pair(x0 + w * 0.55, by + lh * 1.2, '开具日期：', formatDate(doc.dates.issue, rng.pick(['cnShort', 'cn', 'cnNumeral'] as const)), lab, val);
    s.put(x0, 2160, '注：本证明仅供诊疗及医保用途，涂改无效。', st(lab.face, 10, { color: '#333' }));
  },
};
