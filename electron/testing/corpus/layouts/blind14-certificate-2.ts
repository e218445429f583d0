import { makeDoc, type Doc } from '../case';
import { addDays, formatDate, parts } from '../dates';
import type { DiseaseKey } from '../diseases';
import { handwritten, seal } from '../marks';
import type { Cell, Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed } from './kit';
import { checkBox } from './tune2-kit';
import { maskedMobile } from './tune5-kit';
import { suited } from './tune6-kit';
import { sectionTable } from './tune8-kit';
import { RENAL_EXTRAS } from './tune10-kit';
import { male } from './tune16-kit';
import { chemoFor, localB14, SH_MENTAL14, SHANGHAI14 } from './blind14-kit';

const KEYS: readonly DiseaseKey[] = ['URAEMIA_DIALYSIS', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'MALIGNANT_TUMOR_OUTPATIENT',
  'SEVERE_MENTAL_DISORDER', 'TRANSPLANT_ANTI_REJECTION', 'HEMOPHILIA'];

/** The 门诊大病 the form lists, in its own words, and the catalogue disease each stands for. */
const ITEMS: readonly (readonly [string, DiseaseKey | null])[] = [['重症尿毒症透析', 'URAEMIA_DIALYSIS'],
  ['肾移植后抗排异治疗', 'TRANSPLANT_ANTI_REJECTION'],
  ['恶性肿瘤（化学治疗、放射治疗、内分泌特异治疗）', 'MALIGNANT_TUMOR_OUTPATIENT'], ['精神病（部分精神病种）', 'SEVERE_MENTAL_DISORDER'],
  ['血友病', 'HEMOPHILIA'], ['再生障碍性贫血', null]];

/** 诊断依据: what the doctor cites for the disease (a start of dialysis, a transplant years ago, a slide number — dates that are not truth). */
function basis(doc: Doc, since: string): string {
  const [y, m] = parts(since);
  switch (doc.primary) {
    case 'URAEMIA_DIALYSIS': return `血肌酐${600 + (doc.patient.age % 7) * 83}μmol/L，eGFR<15mL/min，自${y}年${m}月起规律血液透析，每周3次。`;
    case 'TRANSPLANT_ANTI_REJECTION': return `${y}年${m}月行同种异体肾移植术，术后规律服用他克莫司、吗替麦考酚酯抗排异，定期监测血药浓度。`;
    case 'SEVERE_MENTAL_DISORDER': return `病程${Math.max(2, doc.patient.age % 11)}年，符合ICD-10诊断标准，需长期门诊维持治疗。`;
    case 'HEMOPHILIA': return `凝血因子Ⅷ活性${(0.6 + (doc.patient.age % 5) * 0.7).toFixed(1)}%，APTT明显延长，反复关节出血。`;
    default: return `病理号B${y}${String(doc.patient.age * 97).padStart(5, '0')}，${formatDate(since, 'iso')}病理确诊，`
      + `目前需门诊${/乳腺|前列腺/u.test(doc.dx.western.map((d) => d.text).join('')) ? '化疗及内分泌治疗' : '化疗'}。`;
  }
}

/** 治疗方案 (the regimen for a tumour, dialysis with its drugs, else the drugs) and the drug lines a wrap must not cut. */
function treatment(doc: Doc): { text: string; keep: string[] } {
  if (doc.primary === 'MALIGNANT_TUMOR_OUTPATIENT') {
    const plan = chemoFor(doc.dx.western.find((d) => d.key)?.text ?? '');
    const keep = plan.drugs.map(([drug, dose, , days]) => `${drug} ${dose} ${days}`);
    return { text: `${plan.name}方案：${keep.join('，')}，每${plan.cycle}天为一周期。`, keep };
  }
  const tail = doc.primary === 'URAEMIA_DIALYSIS' ? '维持性血液透析（HD）每周3次。' : '';
  return { text: `${doc.medicines.join('；')}。${tail}`, keep: [...doc.medicines] };
}

/**
 * 门诊大病 疾病诊断证明单 of a Shanghai outer-district hospital or 精神卫生中心, for registering a 门诊大病 with the city's medical insurance:
 * a bordered form — 姓名 (truth), 出生日期 (not truth), 身份证号 (truth), 医保卡号 and a masked phone; 登记病种 as tick boxes naming every
 * 门诊大病 (only the ticked one is the patient's; the words are the scheme's, not diagnoses); 临床诊断 (counted, with renal extras
 * for dialysis), 诊断依据 with the start of dialysis or a transplant years back, 首次确诊日期 (not truth), 治疗方案; signatures in
 * hand; 医疗机构意见 with the date of issue (truth) under the round seal.
 */
export const blind14Certificate2: Layout = {
  id: 'blind14-certificate-2',
  kind: 'certificate',
  split: 'blind',
  style: 'Shanghai outer-district hospital / 精神卫生中心 门诊大病登记 疾病诊断证明单: bordered form with serif labels, tick-box 登记病种 '
    + 'list, tall 临床诊断 / 诊断依据 / 治疗方案 rows, handwritten signatures, dated 医疗机构意见 under the seal, serif or sans 11–11.5 pt',
  exercises: ['姓名 / 身份证号 in the form (truth) beside 出生日期 and 医保卡号 (not truth)',
    '登记病种 tick boxes naming every 门诊大病 (scheme words, one ticked)', '临床诊断 (counted) with 肾性贫血 and the like beside dialysis',
    '诊断依据 and 首次确诊日期 dates years back (not truth)', 'date of issue in the 医疗机构意见 cell under the seal (truth)'],
  doc: (rng) => {
    const d = suited(makeDoc(rng, { kind: 'certificate', keys: KEYS, hospitals: [...SHANGHAI14, ...SH_MENTAL14], aliases: true,
      compoundSurnames: 0.05 }));
    const extras = d.primary === 'URAEMIA_DIALYSIS' ? rng.sample(RENAL_EXTRAS, rng.int(1, 2)).map(([text]) => ({ text, key: null })) : [];
    const base = d.primary === 'HEMOPHILIA' ? male(d, rng) : d;
    return localB14({ ...base, dx: { ...base.dx, western: [...base.dx.western, ...extras] } }, rng);
  },
  draw(s, doc, rng) {
    s.ink = '#161616';
    const x0 = 130;
    const right = s.width - x0;
    const w = right - x0;
    const pt = rng.pick([11, 11.5]);
    const lab: Style = st('serifSemi', pt);
    const f: Style = st(rng.pick(['serif', 'sans'] as const), pt);
    const lh = px(pt) * 1.6;
    const p = doc.patient;

    s.put(s.width / 2, 150, doc.hospital.name, st('serifBold', 19, { align: 'center', spacing: 4 }));
    s.put(s.width / 2, 235, '门诊大病登记疾病诊断证明单', st('serifBold', 16, { align: 'center', spacing: 3 }));
    s.put(s.width / 2, 285, '（上海市基本医疗保险门诊大病登记用）', st('serif', 10, { align: 'center' }));
    const serial = `MZDB${doc.dates.issue.slice(0, 4)}${String(rng.int(0, 99999)).padStart(5, '0')}`;
    s.put(right, 345, `编号：${serial}`, st('sans', 9.5, { align: 'right' }));

    const c = (text: string, cw: number, label = false): Cell => ({ text, w: cw, label });
    const rh = px(pt) * 2.2;
    let y = s.grid(x0, 370, rh, [
      [c('姓名', 170, true), c(p.name, 300), c('性别', 130, true), c(p.sex, 150), c('出生日期', 190, true), c(formatDate(p.birth, 'iso'), w - 940)],
      [c('身份证号', 170, true), c(p.idNumber, 580), c('医保卡号', 190, true),
        c(`${rng.pick(['A', 'B'])}${String(rng.int(0, 999999999)).padStart(9, '0')}`, w - 940)],
      [c('联系电话', 170, true), c(maskedMobile(rng), 580), c('就诊科室', 190, true), c(doc.department, w - 940)],
    ], f, { label: lab, border: 1.6 });
    s.note({ name: p.name, idNumber: p.idNumber, visitDate: doc.dates.issue });

    // 登记病种: tick boxes two to a line (the long tumour item alone).
    const boxLines = [ITEMS.slice(0, 2), ITEMS.slice(2, 3), ITEMS.slice(3)];
    const bh = boxLines.length * lh + px(pt) * 1.2;
    s.rect(x0, y, 170, bh, 1.6);
    s.rect(x0 + 170, y, w - 170, bh, 1.6);
    s.put(x0 + 85, y + bh / 2 + px(pt) * 0.36, '登记病种', { ...lab, align: 'center' });
    boxLines.forEach((row, i) => {
      let bx = x0 + 190;
      for (const [name, key] of row) bx = checkBox(s, bx, y + px(pt) * 1.35 + i * lh, name, key === doc.primary, f) + 50;
    });
    y += bh;
    const since = addDays(doc.dates.issue, -rng.int(120, 2600));
    const items = listed(doc.dx.western, rng.pick(['1.', '1、'] as const));
    y = sectionTable(s, x0, y, w, 170, [
      { label: '临床诊断', text: items.join('；'), keep: items },
      { label: '诊断依据', text: basis(doc, since) },
      { label: '治疗方案', ...treatment(doc) },
    ], f, lab, lh, { border: 1.6 });
    s.diagnoses(doc.dx.western);
    y = s.grid(x0, y, rh, [[c('首次确诊日期', 210, true), c(formatDate(since, rng.pick(['iso', 'cn'] as const)), 330), c('确诊医院', 170, true),
      c(rng.chance(0.6) ? doc.hospital.name : rng.pick(['复旦大学附属中山医院', '上海市第六人民医院', '上海交通大学医学院附属瑞金医院']), w - 710)]],
    f, { label: lab, border: 1.6 });
    y = s.grid(x0, y, rh * 1.3, [[c('经治医师', 170, true), c('', 380), c('科主任', 170, true), c('', w - 720)]], f, { label: lab, border: 1.6 });
    handwritten(s, x0 + 200, y - rh * 0.45, doc.doctors.attending, pt * 1.3, rng);
    handwritten(s, x0 + 750, y - rh * 0.45, doc.doctors.director, pt * 1.3, rng);

    const oh = lh * 4.4;
    s.rect(x0, y, 170, oh, 1.6);
    s.rect(x0 + 170, y, w - 170, oh, 1.6);
    s.put(x0 + 85, y + oh / 2 - lh * 0.3, '医疗机构', { ...lab, align: 'center' });
    s.put(x0 + 85, y + oh / 2 + lh * 0.7, '意见', { ...lab, align: 'center' });
    s.put(x0 + 200, y + lh * 1.1, rng.pick(['情况属实，同意申请门诊大病登记。', '经审核，符合门诊大病登记条件。']), f);
    const date = formatDate(doc.dates.issue, rng.pick(['cn', 'cnShort'] as const));
    const cx = right - 60 - s.measure(date, f) / 2;
    s.put(cx, y + lh * 2.6, '（医院盖章）', { ...f, align: 'center' });
    s.put(cx, y + lh * 3.7, date, { ...f, align: 'center' });
    seal(s, cx + rng.range(-40, 20), y + lh * 2.9 + rng.range(-15, 15), rng.range(120, 140), doc.hospital.name,
      rng.pick(['医务处', '门诊大病专用章', '医保办']), rng);
    y += oh + lh;
    s.put(x0, y, '注：1.本证明单须由具有门诊大病诊治资格的医师填写，涂改无效；2.自开具之日起一个月内办理登记有效。', st('sans', 9, { color: '#333' }));
  },
};
