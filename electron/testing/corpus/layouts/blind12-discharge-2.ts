import { makeDoc } from '../case';
import { addDays, formatDate, type DateStyle } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import { handwritten, logo } from '../marks';
import type { Style } from '../sheet';
import type { Layout } from '../types';
import { px, st } from './common';
import { listed, pastHistory } from './kit';
import { maskedMobile } from './tune5-kit';
import { para, suited } from './tune6-kit';
import { codeOf, countyWords, kin } from './tune10-kit';
import { mdCn } from './tune11-kit';
import { local12, METRO12 } from './blind12-kit';

const KEYS: readonly DiseaseKey[] = ['HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CORONARY_HEART_DISEASE',
  'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'MALIGNANT_TUMOR_OUTPATIENT', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'LEUKEMIA',
  'TRANSPLANT_ANTI_REJECTION'];

/** The English a bilingual summary prints under a diagnosis (first match; none for the rest). */
const ENGLISH: readonly (readonly [RegExp, string])[] = [[/出血/u, 'Intracerebral haemorrhage'], [/脑梗/u, 'Cerebral infarction'],
  [/视网膜/u, 'Diabetic retinopathy'], [/糖尿病.*神经/u, 'Type 2 diabetes mellitus with peripheral neuropathy'],
  [/糖尿病.*肾/u, 'Diabetic nephropathy'], [/糖尿病足/u, 'Diabetic foot'], [/糖尿病/u, 'Type 2 diabetes mellitus'], [/高血压/u, 'Hypertension'],
  [/支架|PCI/u, 'Status post coronary stent implantation'], [/瓣/u, 'Status post mechanical valve replacement'],
  [/心肌梗死/u, 'Old myocardial infarction'], [/冠|心绞痛|缺血性心肌病/u, 'Coronary artery disease'], [/肾移植/u, 'Kidney transplant status'],
  [/肝移植/u, 'Liver transplant status'], [/肾|尿毒症/u, 'Chronic kidney disease, stage 5'], [/白血病/u, 'Leukaemia'],
  [/肺.*癌|肺恶性/u, 'Malignant neoplasm of lung'], [/高脂血症/u, 'Hyperlipidaemia'], [/骨质疏松/u, 'Osteoporosis'],
  [/前列腺/u, 'Benign prostatic hyperplasia'], [/贫血/u, 'Anaemia'], [/脂肪肝/u, 'Fatty liver disease'], [/慢性胃炎/u, 'Chronic gastritis'],
  [/心房颤动/u, 'Atrial fibrillation'], [/阻塞性肺/u, 'COPD'], [/高尿酸/u, 'Hyperuricaemia'], [/肺部感染/u, 'Pulmonary infection']];
const english = (d: Dx): string => ENGLISH.find(([re]) => re.test(d.text))?.[1] ?? '';

/**
 * 出院小结 / DISCHARGE SUMMARY of a district hospital of Shanghai, Beijing, Tianjin, Shenzhen or Sanya (an international or VIP
 * ward): logo with the Chinese and English names, an accent rule, the patient in two columns of bilingual labels (姓名 Name —
 * truth; 出生日期 Date of Birth, not truth; 病案号 MRN; no ID number), 入院日期 / 出院日期 (truth), sections under bilingual
 * headings with a colour bar: 入院诊断 (not counted), 诊疗经过 with the day of a procedure, 出院诊断 Chinese over English with
 * the ICD-10 code at the right (counted), 出院医嘱 with a follow-up date, the physician's hand and the date.
 */
export const blind12Discharge2: Layout = {
  id: 'blind12-discharge-2',
  kind: 'discharge',
  split: 'blind',
  style: 'Metropolitan district hospital bilingual 出院小结 / DISCHARGE SUMMARY: logo with Chinese and English names, accent rule, '
    + 'two-column bilingual labels, colour-bar section headings, Chinese-over-English diagnoses with ICD-10, sans or serif 10–11 pt',
  exercises: ['姓名 Name / 入院日期 Date of Admission / 出院日期 Date of Discharge in bilingual labels (truth), no ID number',
    '出生日期 Date of Birth and a follow-up date (not truth)', '入院诊断 Admission Diagnosis list (not counted)',
    '出院诊断 Discharge Diagnosis with English lines and ICD-10 codes (counted)', 'English headings between the Chinese text'],
  doc: (rng) => local12(countyWords(suited(makeDoc(rng, { kind: 'discharge', keys: KEYS, hospitals: METRO12, compoundSurnames: 0.08 })),
    rng, { outside: 0.2, near: 0.1 }), rng),
  draw(s, doc, rng) {
    s.ink = '#1a1a1a';
    const x0 = 120;
    const right = s.width - x0;
    const w = right - x0;
    const serif = rng.chance(0.35);
    const pt = rng.pick([10, 10.5]);
    const f: Style = st(serif ? 'serif' : 'sans', pt);
    const b: Style = st(serif ? 'serifSemi' : 'sansMedium', pt);
    const grey: Style = st('sans', pt - 1, { color: '#6b6b6b' });
    const lh = px(pt) * 1.62;
    const accent = rng.pick(['#1b5e9e', '#00796b', '#7b2d5b']);
    const p = doc.patient;

    logo(s, x0 + 48, 132, 46, accent, rng.pick(['ring', 'shield'] as const));
    s.put(x0 + 118, 132, doc.hospital.name, st('sansBold', 17, { color: accent }));
    s.put(x0 + 118, 178, doc.hospital.en ?? '', st('sans', 8.5, { color: '#555', spacing: 1 }));
    s.put(right, 132, '出院小结', st('sansBold', 17, { align: 'right', spacing: 4 }));
    s.put(right, 178, 'DISCHARGE SUMMARY', st('sansMedium', 9.5, { align: 'right', spacing: 2 }));
    s.g.fillStyle = accent;
    s.g.fillRect(x0, 204, w, 5);

    const ds: DateStyle = rng.pick(['iso', 'iso', 'slash', 'cn'] as const);
    const pairs: readonly (readonly [string, string, string])[] = [
      ['姓名', 'Name', p.name], ['性别/年龄', 'Sex/Age', `${p.sex} / ${p.age}岁`],
      ['病案号', 'MRN', doc.recordNo], ['科室/床号', 'Dept./Bed', `${doc.department} / ${doc.bed}床`],
      ['入院日期', 'Date of Admission', formatDate(doc.dates.admission, ds)],
      ['出院日期', 'Date of Discharge', formatDate(doc.dates.discharge, ds)],
      ['住院天数', 'Length of Stay', `${doc.stayDays}天 (days)`], ['出生日期', 'Date of Birth', formatDate(p.birth, ds)],
      ['主治医师', 'Attending', doc.doctors.attending], ['联系电话', 'Tel.', maskedMobile(rng)],
    ];
    let y = 270;
    pairs.forEach(([zh, en, v], i) => {
      const x = i % 2 === 0 ? x0 : x0 + w / 2;
      const zw = s.put(x, y, zh, b, false);
      const ew = s.put(x + zw + 8, y, en, grey, false);
      const vw = s.put(x + zw + ew + 22, y, v, f, false);
      s.record(x, y, `${zh} ${en}  ${v}`, x + zw + ew + 22 + vw);
      if (i % 2 === 1) y += lh;
    });
    s.note({ name: p.name, admissionDate: doc.dates.admission, dischargeDate: doc.dates.discharge });
    s.line(x0, y - lh * 0.45, right, y - lh * 0.45, 1, '#bbbbbb');
    y += lh * 0.5;

    const heading = (zh: string, en: string): void => {
      s.g.fillStyle = accent;
      s.g.fillRect(x0, y - px(pt) * 0.95, 8, px(pt) * 1.2);
      const zw = s.put(x0 + 20, y, zh, st(b.face, pt + 1));
      s.put(x0 + 20 + zw + 14, y, en, grey);
      y += lh * 1.05;
    };
    const body = (text: string, keep: readonly string[] = []): void => {
      y = para(s, x0 + 20, y, w - 20, text, f, lh, { keep }) + lh * 0.4;
    };
    const hi = doc.dx.keys.includes('HYPERTENSION');
    heading('入院情况', 'Condition on Admission');
    body(`患者因“${doc.complaint}”入院。查体：BP ${hi ? rng.int(150, 186) : rng.int(112, 138)}/${rng.int(70, 100)}mmHg，神志清，`
      + `心肺腹查体未见明显异常。既往史：${pastHistory(doc, rng)}。家族史：${kin(rng)}。`);
    heading('入院诊断', 'Admission Diagnosis');
    listed(doc.dx.admission, '1.').forEach((t) => {
      s.put(x0 + 20, y, t, f);
      y += lh;
    });
    y += lh * 0.4;
    const op = doc.procedure !== '胃镜检查';
    const lab = doc.labs[0]?.rows.find((r) => r.flag !== '') ?? doc.labs[0]?.rows[0];
    heading('诊疗经过', 'Hospital Course');
    body(`入院后完善相关检查，${lab ? `${lab.name} ${lab.value}${lab.unit}` : '血常规未见明显异常'}。`
      + `${op ? `${mdCn(doc.dates.surgery)}行${doc.procedure}，过程顺利。` : ''}予${doc.course}等治疗，症状改善。`, [mdCn(doc.dates.surgery)]);
    heading('出院诊断', 'Discharge Diagnosis');
    doc.dx.western.forEach((d, i) => {
      s.put(x0 + 20, y, `${i + 1}. ${d.text}`, b);
      s.put(right, y, codeOf(d, i), { ...f, align: 'right' });
      const en = english(d);
      if (en !== '') {
        y += lh * 0.85;
        s.put(x0 + 20 + s.measure(`${i + 1}. `, b), y, en, grey);
      }
      y += lh;
    });
    s.diagnoses(doc.dx.western);
    y += lh * 0.4;
    heading('出院情况', 'Condition at Discharge');
    body(rng.pick(['患者一般情况良好，无明显不适，生命体征平稳，予以出院。', '症状明显缓解，饮食睡眠可，查体无新发阳性体征，病情稳定出院。']));
    const back = addDays(doc.dates.discharge, rng.pick([7, 14, 28]));
    heading('出院医嘱', 'Discharge Instructions');
    [`1. 出院带药：${doc.medicines.slice(0, 3).join('；')}。`, '2. 低盐低脂饮食，监测血压、血糖，戒烟限酒。',
      `3. 随访 Follow-up：${formatDate(back, ds)} ${doc.department}门诊复诊，不适随诊。`].forEach((t) => {
      y = para(s, x0 + 20, y, w - 20, t, f, lh, { keep: [formatDate(back, ds)] });
    });

    y = Math.min(Math.max(y + lh * 1.6, 1980), 2110);
    const sw = s.put(x0 + w * 0.28, y, '医师签名 Physician：', b);
    handwritten(s, x0 + w * 0.28 + sw + 10, y, doc.doctors.resident, pt * 1.3, rng);
    s.put(right, y, `日期 Date：${formatDate(doc.dates.discharge, ds)}`, { ...f, align: 'right' });
    s.line(x0, 2170, right, 2170, 1, accent);
    s.put(x0, 2210, `${doc.hospital.address}\u3000Tel ${doc.hospital.phone}`, st('sans', 8.5, { color: '#555' }));
    s.put(right, 2210, 'Page 1 of 1', st('sans', 8.5, { color: '#555', align: 'right' }));
  },
};
