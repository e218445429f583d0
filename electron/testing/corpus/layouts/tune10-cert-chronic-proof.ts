import type { Doc } from '../case';
import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import { KEYS, SCHEME_NAMES } from '../diseases';
import { CITY, COUNTY, COUNTY_MORE, TCM } from '../hospitals';
import { handwritten, seal } from '../marks';
import type { Rng } from '../rng';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { forPatient, listed, spacedId, type Mark } from './kit';
import { needs } from './tune2-kit';
import { maskedMobile } from './tune5-kit';
import { para, settled, suited, yearMonth } from './tune6-kit';
import { ticks } from './tune7-kit';
import { countyWords, denial } from './tune10-kit';

/** Liaocheng's own hospitals (the scheme's form is printed by its designated hospitals). */
const LOCAL = /^(聊城|阳谷|莘县|东阿|冠县|高唐|临清|茌平)/u;

const LOCAL_HOSPITALS = [...COUNTY, ...COUNTY_MORE, ...TCM, ...CITY].filter((h) => LOCAL.test(h.address));

/** What the doctor writes as the basis of the diagnosis: the history and a dated examination (a date before the certificate). */
function basis(doc: Doc, on: string, years: number, rng: Rng): string {
  const med = doc.medicines[0] ?? '';
  const bleed = doc.dx.western.some((d) => d.key === 'CEREBROVASCULAR_DISEASE' && /出血/u.test(d.text));
  switch (doc.primary) {
    case 'HYPERTENSION': return `高血压病史${years}年，最高血压${rng.int(176, 210)}/${rng.int(100, 120)}mmHg，长期口服${med}。${on}本院心脏彩超示：左室壁增厚，左室舒张功能减低。`;
    case 'DIABETES': return `糖尿病病史${years}年，${on}查空腹血糖${(rng.int(78, 142) / 10).toFixed(1)}mmol/L，`
      + `糖化血红蛋白${(rng.int(68, 112) / 10).toFixed(1)}%，长期应用${med}。`;
    case 'CORONARY_HEART_DISEASE': return `反复胸闷、胸痛${years}年，${on}冠状动脉造影示：前降支中段狭窄约${rng.int(60, 90)}%，长期口服${med}。`;
    case 'CEREBROVASCULAR_DISEASE': return `${on}头颅MRI示：${bleed ? '右侧丘脑陈旧性出血灶' : '左侧基底节区梗死灶'}，遗留${bleed ? '左' : '右'}侧肢体`
      + `活动不利，长期口服${med}。`;
    case 'URAEMIA_DIALYSIS': return `${on}查血肌酐${rng.int(620, 1180)}μmol/L，`
      + `eGFR ${rng.int(4, 12)}mL/min/1.73m²，已规律血液透析${rng.int(1, 6)}年，每周3次。`;
    case 'MALIGNANT_TUMOR_OUTPATIENT': return `${years}年前经支气管镜活检病理确诊，${on}复查胸部CT，目前口服靶向药物治疗。`;
    case 'SEVERE_MENTAL_DISORDER': return `病程${years + rng.int(0, 3)}年，表现为凭空闻语、多疑，曾多次住院治疗，${on}复诊，目前口服${med}。`;
    case 'LEUKEMIA': return `${on}骨髓穿刺及流式免疫分型确诊，目前口服${med}维持治疗。`;
    case 'POST_ARTERIAL_STENT_ANTICOAGULATION': return `${on}行经皮冠状动脉介入治疗，植入支架${rng.int(1, 3)}枚，术后规律服用${med}。`;
    case 'TRANSPLANT_ANTI_REJECTION': return `${years}年前行同种异体肾移植术，${on}复查他克莫司谷浓度${(rng.int(45, 95) / 10).toFixed(1)}ng/mL，长期服用抗排异药物。`;
    default: return `${on}查凝血因子Ⅷ活性${(rng.int(5, 40) / 10).toFixed(1)}%，反复关节出血，需长期输注凝血因子。`;
  }
}

/**
 * 疾病诊断证明书 for a 门诊慢特病 application from a county, TCM or city hospital: the scheme's name over the hospital's,
 * ruled fields (no grid), 申请病种 in the scheme's words, the diagnoses numbered 1. 2. one a line (counted), 确诊时间 years
 * before, 主要诊断依据 with a dated examination (not the issue), 治疗意见, and 医师签名 with the date of issue beside it
 * (truth); a 执业证号 of 15 digits on some pages; 科室负责人 and the hospital's seal below without a date.
 */
export const tune10CertChronicProof: Layout = {
  id: 'tune10-cert-chronic-proof',
  kind: 'certificate',
  split: 'tune',
  style: 'County / TCM / city hospital 门诊慢特病 疾病诊断证明书: scheme line over the letterhead, ruled label fields without a grid, '
    + 'serif or sans 11.5–12.5 pt, date beside the doctor\'s signature, seal without a date',
  exercises: ['聊城市基本医疗保险门诊慢特病 over the hospital name, title 疾病诊断证明书（门诊慢特病申请用）',
    '参保类别 ☑城乡居民 □职工 tick boxes, ID spaced 371502 19580304 123X or whole, masked phone',
    '申请病种 in the scheme\'s words (高血压 / 脑血管病 / 尿毒症透析治疗 …; not a diagnosis)',
    '诊断 numbered 1. / 1、 one a line (counted), settled county wordings, non-catalogue diseases and look-alikes',
    '确诊时间 2019年6月 / 2019-06-12 (years before; not the issue)', '主要诊断依据 with a dated examination days or weeks before (not the issue), 否认…史',
    '医师签名 handwritten with the date beside it 2025年3月20日 (truth), 执业证号 of 15 digits on some pages',
    '科室负责人 and 医疗机构（盖章） with the seal, no date'],
  doc: (rng) => countyWords(settled(suited(forPatient(makeDoc(rng, { kind: 'certificate', keys: KEYS,
    hospitals: LOCAL_HOSPITALS, compoundSurnames: 0.12 }), rng, COUNTY))), rng,
  { outside: 0.4, avoid: /急性|不稳定/u }),
  draw(s, doc, rng) {
    s.ink = '#151515';
    const serif = rng.chance(0.5);
    const face = serif ? 'serif' : 'sans';
    const bold = serif ? 'serifBold' : 'sansBold';
    const pt = rng.pick([11.5, 12, 12.5]);
    const f: Style = st(face, pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const lh = px(pt) * 1.9;
    const x0 = 140;
    const right = s.width - x0;
    const w = right - x0;

    s.put(s.width / 2, 130, '聊城市基本医疗保险门诊慢特病', st(face, 12, { align: 'center', spacing: 3, color: '#333' }));
    s.put(s.width / 2, 210, doc.hospital.name, st(bold, 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 300, '疾病诊断证明书', st(bold, 20, { align: 'center', spacing: 8 }));
    s.put(s.width / 2, 365, '（门诊慢特病申请用）', st(face, 11, { align: 'center' }));

    let y = 450;
    const rule = (): void => {
      s.line(x0, y + lh * 0.4, right, y + lh * 0.4, 1, '#777');
      y += lh * 1.15;
    };
    s.pair(x0, y, '姓名：', doc.patient.name, b, f);
    s.pair(x0 + w * 0.28, y, '性别：', doc.patient.sex, b, f);
    s.pair(x0 + w * 0.45, y, '年龄：', `${doc.patient.age}岁`, b, f);
    s.pair(x0 + w * 0.62, y, '参保类别：', ticks(['城乡居民', '职工'], rng.chance(0.65) ? '城乡居民' : '职工'), b, f);
    rule();
    s.pair(x0, y, '身份证号：', rng.chance(0.5) ? spacedId(doc.patient.idNumber) : doc.patient.idNumber, b, f);
    s.pair(x0 + w * 0.62, y, '联系电话：', maskedMobile(rng), b, f);
    rule();
    s.note({ name: doc.patient.name, idNumber: doc.patient.idNumber, visitDate: doc.dates.issue });
    s.pair(x0, y, '申请病种：', SCHEME_NAMES[doc.primary], b, f);
    s.pair(x0 + w * 0.62, y, '就诊科室：', doc.department, b, f);
    rule();

    const how: Mark = rng.pick(['1.', '1、'] as const);
    const dw = s.put(x0, y, '诊断：', b);
    listed(doc.dx.western, how).forEach((t, i) => s.put(x0 + dw, y + i * lh, t, f));
    s.diagnoses(doc.dx.western);
    y += (doc.dx.western.length - 1) * lh;
    rule();
    const ds: DateStyle = rng.pick(['cnShort', 'cnShort', 'cn', 'iso'] as const);
    s.pair(x0, y, '确诊时间：', rng.chance(0.6) ? yearMonth(doc.dates.firstVisit) : formatDate(doc.dates.firstVisit, ds), b, f);
    rule();
    const on = formatDate(addDays(doc.dates.issue, -rng.int(3, 60)), ds);
    const bw = s.put(x0, y, '主要诊断依据：', b);
    const years = Math.max(1, Number(doc.dates.issue.slice(0, 4)) - Number(doc.dates.firstVisit.slice(0, 4)));
    y = para(s, x0, y, w, `${basis(doc, on, years, rng)}${denial(doc, rng)}。`, f, lh, { indent: bw, keep: [on, ...doc.medicines] }) - lh;
    rule();
    const tw = s.put(x0, y, '治疗意见：', b);
    y = para(s, x0, y, w, `${needs(doc)}，定期复查。`, f, lh, { indent: tw }) - lh;
    rule();

    y += lh * 1.2;
    const sw = s.put(x0, y, '医师签名：', b);
    const hw = handwritten(s, x0 + sw + 12, y, doc.doctors.attending, pt * 1.35, rng);
    const date = formatDate(doc.dates.issue, rng.pick(['cnShort', 'cnShort', 'cn', 'iso'] as const));
    s.put(Math.max(x0 + sw + hw + 60, x0 + w * 0.3), y, date, f);
    if (rng.chance(0.5)) s.pair(x0 + w * 0.6, y, '执业证号：', `1103715${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, b, f);
    y += lh * 1.6;
    const lw = s.put(x0, y, '科室负责人：', b);
    handwritten(s, x0 + lw + 12, y, doc.doctors.director, pt * 1.3, rng);
    const mw = s.put(x0 + w * 0.6, y, '医疗机构（盖章）', b);
    seal(s, x0 + w * 0.6 + mw / 2 + rng.range(-30, 30), y + rng.range(-20, 30), rng.range(128, 145), doc.hospital.name,
      rng.pick(['医务科', '诊断证明专用章', '医保办']), rng);
    s.put(x0, 2150, '注：本证明须附相关病历及检查资料，仅用于门诊慢特病资格认定，复印无效。', st(face, 9.5, { color: '#333' }));
  },
};
