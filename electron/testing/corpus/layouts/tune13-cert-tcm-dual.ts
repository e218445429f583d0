import type { Doc } from '../case';
import { makeDoc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { onLine } from './tune5-kit';
import { para, settled, suited, tcmDx, TCM_KEYS, type TcmJoin } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { local13, TCM13 } from './tune13-kit';

/** What the TCM doctor advises (治法 and the means, then the follow-up). */
const ADVICE: Partial<Record<DiseaseKey, string>> = {
  DIABETES: '治以益气养阴、清热生津，予中药汤剂口服，配合降糖药物',
  CEREBROVASCULAR_DISEASE: '治以益气活血、化痰通络，予中药汤剂口服，配合针灸及康复训练',
  HYPERTENSION: '治以平肝潜阳、滋补肝肾，予中药汤剂口服，配合降压药物',
  CORONARY_HEART_DISEASE: '治以益气活血、通脉止痛，予中成药口服，配合抗血小板、调脂治疗',
  POST_ARTERIAL_STENT_ANTICOAGULATION: '治以益气活血，予中成药口服，继续抗血小板治疗',
  URAEMIA_DIALYSIS: '治以温补脾肾、泄浊化瘀，配合规律血液透析',
};

/** The page's diagnoses: TCM (病名 + 证) and western; a TCM hospital sometimes leaves out the western name of 消渴病 / 中风病. */
function dual(doc: Doc, rng: Rng, join: TcmJoin): { tcm: readonly Dx[]; western: readonly Dx[] } {
  const tcm = tcmDx(doc, rng, join);
  const covered = tcm.flatMap((d) => (d.key ? [d.key] : []));
  const western = covered.length > 0 && rng.chance(0.3) ? doc.dx.western.filter((d) => !d.key || !covered.includes(d.key)) : doc.dx.western;
  return { tcm, western: western.length > 0 ? western : doc.dx.western };
}

/**
 * 疾病诊断证明书 of a Hebei, Henan or Jiangsu county 中医院: red letterhead with a double rule, the patient on underlined lines
 * (身份证号: truth; 初诊日期 years back: not truth), the diagnoses in a bordered box of two columns — 中医诊断 (病名 with its
 * 证; 消渴病 / 中风病 count, 眩晕病 / 胸痹心痛病 do not) beside 西医诊断 (counted; sometimes the western name of a disease
 * the TCM name already gives is left out) — a 治疗意见 paragraph, and the date of issue (truth) beside the handwritten
 * signature under the seal.
 */
export const tune13CertTcmDual: Layout = {
  id: 'tune13-cert-tcm-dual',
  kind: 'certificate',
  split: 'tune',
  style: 'Hebei / Henan / Jiangsu county 中医院 疾病诊断证明书: red letterhead and double rule, underlined patient lines, 中医诊断 | '
    + '西医诊断 side by side in a bordered box, serif 12–13 pt, issue date beside the signature under the seal',
  exercises: ['中医诊断 and 西医诊断 in two columns of one box (both counted; only 消渴病 / 中风病 name a catalogue disease among the TCM)',
    '消渴病（气阴两虚证） without 2型糖尿病 beside it on some pages', '初诊日期 years before (not truth)',
    '治疗意见 with 治法 words', 'date of issue 2025年3月4日 / 二〇二五年三月四日 beside the handwritten signature (truth)'],
  doc: (rng) => local13(settled(countyWords(suited(makeDoc(rng, { kind: 'certificate', keys: TCM_KEYS, hospitals: TCM13,
    compoundSurnames: 0.1 })), rng, { outside: 0.2, near: 0.1 })), rng),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const red = rng.pick(['#c0262d', '#b3202a']);
    const pt = rng.pick([12, 12.5, 13]);
    const f: Style = st(rng.pick(['serif', 'serifLight'] as const), pt);
    const b: Style = st('serifSemi', pt);
    const lh = px(pt) * 1.9;
    const x0 = 150;
    const right = s.width - x0;
    const w = right - x0;
    const p = doc.patient;

    s.put(s.width / 2, 165, doc.hospital.name, st('serifBold', 24, { align: 'center', spacing: 6, color: red }));
    s.line(x0 - 20, 205, right + 20, 205, 4, red);
    s.line(x0 - 20, 215, right + 20, 215, 1.5, red);
    s.put(s.width / 2, 310, rng.pick(['疾病诊断证明书', '诊 断 证 明 书']), st('serifBold', 19, { align: 'center', spacing: 6 }));

    let y = 420;
    let cx = onLine(s, x0, y, '姓名', p.name, 250, b, f) + 36;
    cx = onLine(s, cx, y, '性别', p.sex, 100, b, f) + 36;
    cx = onLine(s, cx, y, '年龄', `${p.age}岁`, 130, b, f) + 36;
    onLine(s, cx, y, '民族', '汉族', 130, b, f);
    y += lh * 1.35;
    cx = onLine(s, x0, y, '身份证号', p.idNumber, 560, b, f) + 36;
    onLine(s, cx, y, '门诊号', doc.recordNo, 300, b, f);
    y += lh * 1.35;
    const ds: DateStyle = rng.pick(['cn', 'cnShort'] as const);
    cx = onLine(s, x0, y, '就诊科室', doc.department, 300, b, f) + 36;
    onLine(s, cx, y, '初诊日期', formatDate(doc.dates.firstVisit, ds), 330, b, f);
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });
    y += lh * 1.6;

    // The two-column diagnosis box.
    const { tcm, western } = dual(doc, rng, rng.pick(['（）', ' '] as const));
    const how: Mark = rng.pick(['1.', '1、', '①'] as const);
    const half = w / 2;
    const [left, rightCol] = [listed(tcm, how), listed(western, how)];
    // One item a line: the box's type shrinks (never below 10.5 pt) until the longest item fits its column.
    let bp = pt;
    while (bp > 10.5 && Math.max(...[...left, ...rightCol].map((t) => s.measure(t, { ...f, pt: bp }))) > half - 48) bp -= 0.5;
    const bf: Style = { ...f, pt: bp };
    const hh = lh * 1.3;
    const bh = lh * (Math.max(left.length, rightCol.length) + 0.8);
    s.g.fillStyle = '#f3f0ea';
    s.g.fillRect(x0, y, w, hh);
    s.rect(x0, y, half, hh + bh, 1.8);
    s.rect(x0 + half, y, half, hh + bh, 1.8);
    s.line(x0, y + hh, right, y + hh, 1.8);
    s.put(x0 + half / 2, y + hh * 0.68, '中医诊断', { ...b, align: 'center', spacing: 4 });
    s.put(x0 + half * 1.5, y + hh * 0.68, '西医诊断', { ...b, align: 'center', spacing: 4 });
    left.forEach((t, i) => s.put(x0 + 24, y + hh + lh * (i + 0.95), t, bf));
    rightCol.forEach((t, i) => s.put(x0 + half + 24, y + hh + lh * (i + 0.95), t, bf));
    s.diagnoses([...tcm, ...western]);
    y += hh + bh + lh * 1.3;

    s.put(x0, y, '治疗意见：', b);
    const advice = ADVICE[doc.primary] ?? '予中药汤剂口服，配合西药对症治疗';
    y = para(s, x0, y + lh, w, `${advice}；病情需长期门诊治疗，定期复查，不适随诊。`, f, lh, { indent: px(pt) * 2 });
    s.put(x0 + px(pt) * 2, y, '特此证明。', f);

    const by = Math.max(y + lh * 3, 1750);
    const label = rng.pick(['医师签字：', '主治医师：']);
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort', 'cnNumeral', 'cnNumeralO'] as const));
    const sx = x0 + w * 0.36;
    const lw = s.put(sx, by, label, b);
    const hw = handwritten(s, sx + lw + 12, by, doc.doctors.attending, pt * 1.25, rng);
    s.put(sx + lw + 12 + hw + px(pt) * 2, by, date, f);
    seal(s, sx + lw + hw + px(pt) * 5 + rng.range(-30, 30), by - 20 + rng.range(-20, 20), rng.range(125, 140), doc.hospital.name,
      '诊断证明专用章', rng);
    const small = st('serif', 9.5, { color: '#444' });
    s.put(x0, 2150, '注：1.本证明仅供患者办理门诊慢特病、请假等使用；', small);
    s.put(x0 + s.measure('注：', small), 2150 + px(9.5) * 1.7, '2.本证明涂改无效，未加盖诊断证明专用章无效。', small);
  },
};
