import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, type Mark } from './kit';
import { maskedMobile } from './tune5-kit';
import { settled, suited, wrap } from './tune6-kit';
import { countyWords } from './tune10-kit';
import { tickBoxes } from './tune19-kit';
import { local20, MONGOLIA20, nation20, NORTHEAST20, province20 } from './tune20-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'HYPERTENSION', 'DIABETES', 'DIABETES', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER',
  'POST_ARTERIAL_STENT_ANTICOAGULATION'];

/** The form's 病种 list (the scheme's words, not diagnoses): each box and the catalogue disease or the diagnosis wording it is ticked for. */
const BOXES: readonly (readonly [string, DiseaseKey | RegExp | null])[] = [
  ['高血压', 'HYPERTENSION'], ['糖尿病', 'DIABETES'], ['冠心病', 'CORONARY_HEART_DISEASE'], ['脑血管病后遗症', 'CEREBROVASCULAR_DISEASE'],
  ['慢性肾衰竭（透析）', 'URAEMIA_DIALYSIS'], ['恶性肿瘤门诊治疗', 'MALIGNANT_TUMOR_OUTPATIENT'], ['重性精神病', 'SEVERE_MENTAL_DISORDER'],
  ['冠脉支架术后抗凝', 'POST_ARTERIAL_STENT_ANTICOAGULATION'], ['慢性心力衰竭', /心力衰竭/u], ['慢性阻塞性肺疾病', /阻塞性肺/u],
  ['类风湿关节炎', /类风湿/u], ['帕金森病', /帕金森/u], ['肝硬化', /肝硬化/u], ['慢性病毒性肝炎', /病毒性肝炎/u], ['其他', null],
];

const TITLE: Record<string, readonly [string, string]> = {
  黑龙江: ['黑龙江省基本医疗保险', '门诊慢性病病种申报诊断证明书'], 吉林: ['吉林省基本医疗保险', '门诊慢特病病种认定诊断证明书'],
  辽宁: ['辽宁省职工和城乡居民基本医疗保险', '门诊慢特病诊断证明书'], 内蒙古: ['内蒙古自治区基本医疗保险', '门诊慢特病病种鉴定诊断证明书'],
};

/**
 * 门诊慢性病 (Heilongjiang) / 门诊慢特病 (Jilin, Liaoning, Inner Mongolia) 病种申报诊断证明书 filled in at a county or banner hospital:
 * the province's scheme over the title, a bordered form whose 申报病种 cell is a grid of tick boxes in the scheme's words (ticked:
 * not diagnoses), 临床诊断 numbered one a line (counted), 诊断依据 with ticked kinds of evidence and an examination date weeks
 * before, 诊断医师意见 with the physician's handwritten name and the date of issue (truth), and 医院医保办审核意见 with its own later
 * date under the seal (not truth). The ID in its own cell.
 */
export const tune20CertChronicTicks: Layout = {
  id: 'tune20-cert-chronic-ticks',
  kind: 'certificate',
  split: 'tune',
  style: 'Heilongjiang / Jilin / Liaoning / Inner Mongolia county hospital 门诊慢性病 / 门诊慢特病 病种申报诊断证明书: province scheme line, '
    + 'bordered form with a tall 申报病种 cell of tick boxes, 临床诊断 list, 诊断依据 ticks, physician and 医保办 opinion cells each '
    + 'with a date, seal over the second, sans or serif 10.5–11.5 pt',
  exercises: ['申报病种 as a grid of ☑ / □ boxes in the scheme\'s words, several ticked, some outside the catalogue (not diagnoses)',
    '临床诊断 numbered one a line (counted), non-catalogue chronic diseases among them', '参保类别 ☑职工 □居民 ticks, ID in its own cell',
    '诊断依据 ticks and an examination date weeks before (not truth)', '诊断医师意见 with the handwritten name and 日期 (truth = date of issue)',
    '医院医保办审核意见 with a later 日期 under the round seal (not truth)', 'the province\'s name for the scheme: 门诊慢性病 / 门诊慢特病'],
  doc: (rng) => local20(countyWords(settled(suited(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: [...NORTHEAST20, ...MONGOLIA20], compoundSurnames: 0.05 }))), rng, { outside: 0.45, near: 0.1, avoid: /急性|不稳定/u }), rng),
  draw(s, doc, rng) {
    s.ink = '#141414';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.5);
    const pt = rng.pick([10.5, 11, 11.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifBold' : 'sansMedium', pt);
    const lh = px(pt) * 1.8;
    const p = doc.patient;
    const [scheme, title] = TITLE[province20(doc.hospital)] ?? ['', '门诊慢特病诊断证明书'];

    s.put(s.width / 2, 120, scheme, st(f.face, 13, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 200, title, st(serif ? 'serifBold' : 'sansBold', 18, { align: 'center', spacing: 2 }));
    s.pair(x0, 280, '填报医院：', doc.hospital.name, b, f);
    s.put(right, 280, `编号：${doc.recordNo.slice(0, 4)}${String(rng.int(1, 9999)).padStart(4, '0')}`, { ...f, align: 'right' });

    // The patient rows.
    const rh = px(pt) * 2.1;
    let y = 305;
    const lw = 200;
    y = s.grid(x0, y, rh, [
      [{ text: '姓名', w: lw, label: true }, { text: p.name, w: 280 }, { text: '性别', w: 130, label: true }, { text: p.sex, w: 130 },
        { text: '年龄', w: 130, label: true }, { text: `${p.age}岁`, w: 170 }, { text: '民族', w: 130, label: true },
        { text: nation20(doc, rng), w: w - lw - 280 - 130 * 4 - 170 }],
      [{ text: '身份证号', w: lw, label: true }, { text: p.idNumber, w: 540 }, { text: '联系电话', w: 170, label: true },
        { text: maskedMobile(rng), w: w - lw - 540 - 170 }],
    ], f, { label: b, border: 1.4 });
    const insured = rng.chance(0.55) ? '职工' : '居民';
    s.rect(x0, y, lw, rh, 1.4);
    s.put(x0 + lw / 2, y + rh / 2 + px(pt) * 0.36, '参保类别', { ...b, align: 'center' });
    s.rect(x0 + lw, y, w - lw, rh, 1.4);
    tickBoxes(s, x0 + lw + 14, y + rh / 2 + px(pt) * 0.36, ['城镇职工', '城乡居民'], [insured === '职工' ? '城镇职工' : '城乡居民'], f);
    y += rh;
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // A tall cell: its label centred at the left, its content drawn by `fill` from the first baseline; returns its bottom.
    const tall = (label: string, lines: number, fill: (x: number, first: number) => void): void => {
      const h = lines * lh + px(pt) * 1.2;
      s.rect(x0, y, lw, h, 1.4);
      s.rect(x0 + lw, y, w - lw, h, 1.4);
      const first = y + px(pt) * 0.6 + lh * 0.72;
      s.put(x0 + lw / 2, first, label, { ...b, align: 'center' });
      fill(x0 + lw + 16, first);
      y += h;
    };
    const said = doc.dx.western.map((d) => d.text).join('、');
    const ticked = BOXES.filter(([, k]) => (typeof k === 'string' ? doc.dx.keys.includes(k) : k !== null && k.test(said)))
      .map(([t]) => t);
    const rows = [BOXES.slice(0, 4), BOXES.slice(4, 8), BOXES.slice(8, 12), BOXES.slice(12)];
    tall('申报病种', rows.length, (x, first) => rows.forEach((r, i) => tickBoxes(s, x, first + i * lh, r.map(([t]) => t), ticked, f)));

    const how: Mark = rng.pick(['1.', '1、', '（1）'] as const);
    tall('临床诊断', doc.dx.western.length, (x, first) => listed(doc.dx.western, how).forEach((t, i) => s.put(x, first + i * lh, t, f)));
    s.diagnoses(doc.dx.western);

    const ds: DateStyle = rng.pick(['cn', 'cnShort', 'iso'] as const);
    const exam = formatDate(addDays(doc.dates.issue, -rng.int(10, 60)), ds);
    const found = doc.labs[0]?.rows.slice(0, 2).map((r) => `${r.abbr} ${r.value}${r.unit}`).join('，') ?? '';
    const basis = `${exam}本院${rng.pick(['门诊', '住院'])}检查：${found}，`
      + `病程${rng.int(2, 15)}年，需长期门诊药物治疗。`;
    const basisLines = wrap(s, basis, w - lw - 32, f, { keep: [exam] });
    tall('诊断依据', basisLines.length + 1, (x, first) => {
      tickBoxes(s, x, first, ['病史', '体征', '实验室检查', '影像学检查', '病理检查'], rng.sample(['病史', '体征', '实验室检查', '影像学检查'], 3), f);
      basisLines.forEach((t, i) => s.put(x, first + (i + 1) * lh, t, f));
    });

    const dateOf = (iso: string): string => formatDate(iso, ds);
    tall('医师意见', 3, (x, first) => {
      s.put(x, first, `经诊断，患者所患疾病符合${title.includes('慢性病') ? '门诊慢性病' : '门诊慢特病'}认定标准，建议申报。`, f);
      const sw = s.put(x + w * 0.3, first + lh * 1.6, '医师签名：', f);
      handwritten(s, x + w * 0.3 + sw + 10, first + lh * 1.6, doc.doctors.attending, pt * 1.3, rng);
      s.pair(x + w * 0.56, first + lh * 1.6, '日期：', dateOf(doc.dates.issue), f);
    });
    const checked = addDays(doc.dates.issue, rng.int(1, 6));
    const sealAt = y;
    tall('医保办意见', 3, (x, first) => {
      s.put(x, first, rng.pick(['同意申报。', '材料齐全，同意上报。']), f);
      s.pair(x + w * 0.3, first + lh * 1.6, '经办人：', doc.doctors.checker, f);
      s.pair(x + w * 0.56, first + lh * 1.6, '日期：', dateOf(checked), f);
    });
    seal(s, x0 + w * 0.8, sealAt + lh * 1.5, rng.range(115, 130), doc.hospital.name, '医疗保险办公室', rng);
    y += lh;
    const note = '注：1.本证明须由二级及以上定点医疗机构出具；2.申报病种与临床诊断须一致；3.涂改无效。';
    s.put(x0, Math.max(y, 2100), note, st(f.face, 9, { color: '#333' }));
  },
};
