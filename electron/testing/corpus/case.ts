import { addDays, daysBetween } from './dates';
import { AGES, DEPARTMENT, histories, KEYS, makeDiagnosis, primaryKey, type Diagnosis, type DiseaseKey } from './diseases';
import type { Hospital } from './hospitals';
import { imaging, labPanel, type Imaging, type LabRow } from './labs';
import { makePatient, physician, type Patient } from './people';
import type { Rng } from './rng';
import type { Kind } from './types';

/** One patient's document before it is drawn: every fact a layout may print. */
export type Doc = {
  readonly kind: Kind;
  readonly hospital: Hospital;
  readonly patient: Patient & { readonly age: number };
  readonly primary: DiseaseKey;
  readonly department: string;
  readonly bed: string;
  /** 住院号 / 门诊号 / 条码号: digits. */
  readonly recordNo: string;
  readonly dx: Diagnosis;
  readonly history: { readonly negated: string; readonly family: string; readonly past: string };
  /** ISO dates; each kind uses its own. */
  readonly dates: {
    readonly admission: string; readonly discharge: string; readonly surgery: string; readonly visit: string;
    readonly sample: string; readonly report: string; readonly issue: string; readonly print: string; readonly firstVisit: string;
  };
  /** Minutes after midnight, for the formats that print a time. */
  readonly times: { readonly admission: number; readonly discharge: number; readonly visit: number; readonly sample: number;
    readonly received: number; readonly report: number; readonly print: number };
  readonly stayDays: number;
  readonly doctors: { readonly attending: string; readonly resident: string; readonly director: string; readonly checker: string };
  readonly procedure: string;
  readonly complaint: string;
  readonly course: string;
  readonly medicines: readonly string[];
  readonly labs: readonly { readonly title: string; readonly rows: readonly LabRow[] }[];
  readonly imaging: Imaging | null;
};

export type DocOptions = {
  readonly kind: Kind;
  readonly hospitals: readonly Hospital[];
  readonly tcm?: boolean;
  /** Diseases this layout's documents are about (an imaging report needs a disease that is imaged). */
  readonly keys?: readonly DiseaseKey[];
  /** Chance that a stay runs across the year end (admitted in late December, discharged in January). */
  readonly yearEnd?: number;
  readonly compoundSurnames?: number;
  /** Also the other names doctors write for the diseases (see diseases.ts ALIASES). */
  readonly aliases?: boolean;
  /** Chance of a chronic disease outside the catalogue among the final diagnoses. */
  readonly outside?: number;
};

const COMPLAINT: Record<DiseaseKey, string> = {
  HYPERTENSION: '发现血压升高10年，头晕、头痛3天', DIABETES: '口干、多饮、多尿5年，加重伴乏力1月',
  CORONARY_HEART_DISEASE: '反复胸闷、胸痛2年，加重1周', CEREBROVASCULAR_DISEASE: '右侧肢体无力伴言语不清2天',
  URAEMIA_DIALYSIS: '发现肾功能异常3年，乏力、纳差1月', HEMOPHILIA: '自幼反复关节肿痛，右膝关节肿痛3天',
  MALIGNANT_TUMOR_OUTPATIENT: '咳嗽、痰中带血1月', SEVERE_MENTAL_DISORDER: '言行异常5年，加重伴失眠2周',
  LEUKEMIA: '乏力、发热伴皮肤瘀斑2周', POST_ARTERIAL_STENT_ANTICOAGULATION: '支架植入术后1年，胸闷3天',
  TRANSPLANT_ANTI_REJECTION: '肾移植术后3年，定期复查',
  PHENYLKETONURIA: '新生儿筛查发现血苯丙氨酸升高，定期复查', CHILD_DISABILITY_REHAB: '运动、语言发育落后，至今不能独走',
};
const TREATMENT: Record<DiseaseKey, string> = {
  HYPERTENSION: '降压、调脂、改善循环', DIABETES: '控制血糖、营养神经、改善微循环', CORONARY_HEART_DISEASE: '抗血小板聚集、调脂稳定斑块、扩冠',
  CEREBROVASCULAR_DISEASE: '抗血小板聚集、改善脑循环、营养神经及康复训练', URAEMIA_DIALYSIS: '规律血液透析、纠正贫血、降磷',
  HEMOPHILIA: '输注凝血因子Ⅷ、制动止痛', MALIGNANT_TUMOR_OUTPATIENT: '化疗及止吐、护胃、升白', SEVERE_MENTAL_DISORDER: '抗精神病药物及心理治疗',
  LEUKEMIA: '诱导化疗、抗感染、成分输血', POST_ARTERIAL_STENT_ANTICOAGULATION: '双联抗血小板、调脂、抗凝',
  TRANSPLANT_ANTI_REJECTION: '抗排异、调整他克莫司剂量',
  PHENYLKETONURIA: '低苯丙氨酸饮食、营养评估', CHILD_DISABILITY_REHAB: '运动疗法、作业疗法及言语训练',
};
const PROCEDURE: Partial<Record<DiseaseKey, string>> = {
  CORONARY_HEART_DISEASE: '冠状动脉造影术', POST_ARTERIAL_STENT_ANTICOAGULATION: '冠状动脉造影术', CEREBROVASCULAR_DISEASE: '全脑血管造影术',
  URAEMIA_DIALYSIS: '右颈内静脉长期透析导管置入术', MALIGNANT_TUMOR_OUTPATIENT: '支气管镜下活检术', LEUKEMIA: '骨髓穿刺术',
};
const MEDICINE: Record<DiseaseKey, readonly string[]> = {
  HYPERTENSION: ['硝苯地平控释片 30mg qd', '缬沙坦胶囊 80mg qd', '苯磺酸氨氯地平片 5mg qd'],
  DIABETES: ['盐酸二甲双胍片 0.5g tid', '阿卡波糖片 50mg tid', '甘精胰岛素注射液 14U qn'],
  CORONARY_HEART_DISEASE: ['阿司匹林肠溶片 100mg qd', '阿托伐他汀钙片 20mg qn', '单硝酸异山梨酯缓释片 40mg qd'],
  CEREBROVASCULAR_DISEASE: ['硫酸氢氯吡格雷片 75mg qd', '瑞舒伐他汀钙片 10mg qn', '丁苯酞软胶囊 0.2g tid'],
  URAEMIA_DIALYSIS: ['碳酸司维拉姆片 0.8g tid', '重组人促红素注射液 3000IU 每周3次', '骨化三醇胶丸 0.25μg qd'],
  HEMOPHILIA: ['注射用重组人凝血因子Ⅷ 1000IU', '氨甲环酸片 0.5g tid'],
  MALIGNANT_TUMOR_OUTPATIENT: ['甲磺酸奥希替尼片 80mg qd', '注射用培美曲塞二钠 0.8g d1'],
  SEVERE_MENTAL_DISORDER: ['利培酮片 2mg bid', '奥氮平片 10mg qn', '碳酸锂缓释片 0.3g bid'],
  LEUKEMIA: ['甲磺酸伊马替尼片 400mg qd', '别嘌醇片 0.1g tid'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['替格瑞洛片 90mg bid', '华法林钠片 3mg qd', '阿司匹林肠溶片 100mg qd'],
  TRANSPLANT_ANTI_REJECTION: ['他克莫司胶囊 1mg q12h', '吗替麦考酚酯胶囊 0.5g bid'],
  PHENYLKETONURIA: ['无苯丙氨酸配方粉 适量', '盐酸沙丙蝶呤片 100mg qd'],
  CHILD_DISABILITY_REHAB: ['运动疗法 每日1次', '作业疗法 每日1次', '言语训练 每日1次'],
};

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A date between 2024-03-01 and 2025-11-30. */
const someDay = (rng: Rng): string => addDays('2024-03-01', rng.int(0, daysBetween('2024-03-01', '2025-11-30')));
const morning = (rng: Rng): number => rng.int(7 * 60 + 40, 11 * 60 + 40);
const anyHour = (rng: Rng): number => (rng.chance(0.6) ? morning(rng) : rng.int(14 * 60, 17 * 60 + 30));

export function makeDoc(rng: Rng, o: DocOptions): Doc {
  let primary = primaryKey(rng, o.keys ?? KEYS);
  const hospital = rng.pick(o.hospitals);
  if (hospital.only && !hospital.only.includes(primary)) primary = rng.pick(hospital.only);
  const dx = makeDiagnosis(rng, primary, o.tcm ?? false, { aliases: o.aliases, outside: o.outside });
  const base = someDay(rng);
  const stayDays = rng.int(5, 16);
  let admission = o.kind === 'certificate' ? addDays(base, -stayDays - rng.int(0, 3)) : base;
  if (rng.chance(o.yearEnd ?? 0)) admission = `${rng.pick(['2023', '2024'])}-12-${pad(rng.int(31 - stayDays + 3, 30), 2)}`;
  const discharge = addDays(admission, stayDays);
  const sample = base;
  const report = addDays(sample, rng.chance(0.6) ? 0 : rng.int(1, 3));
  // A certificate is issued after the stay it mentions.
  const visit = o.kind === 'certificate' && discharge > base ? addDays(discharge, rng.int(0, 3)) : base;
  const main = o.kind === 'discharge' ? admission : o.kind === 'report' ? sample : visit;
  const patient = makePatient(rng, main, AGES[primary], o.compoundSurnames ?? 0.15);
  const names = [patient.name];
  const doctor = (): string => {
    const n = physician(rng, names);
    names.push(n);
    return n;
  };
  const sampleTime = morning(rng);
  const reportTime = report === sample ? sampleTime + rng.int(90, 300) : anyHour(rng);
  const print = addDays(o.kind === 'discharge' ? discharge : o.kind === 'report' ? report : visit, rng.int(0, 20));
  return {
    kind: o.kind, hospital, patient, primary, dx,
    department: ((d) => (d === '儿科' && patient.age >= 14 ? '血液科' : d))(rng.pick(DEPARTMENT[primary])),
    bed: `${rng.int(1, 60)}`,
    recordNo: `${main.slice(0, 4)}${pad(rng.int(0, 999999), 6)}`,
    history: histories(rng, dx.keys),
    dates: {
      admission, discharge, surgery: addDays(admission, rng.int(1, stayDays - 2)), visit, sample, report, issue: visit,
      print, firstVisit: addDays(visit, -rng.int(200, 2000)),
    },
    times: { admission: anyHour(rng), discharge: rng.int(8 * 60, 11 * 60), visit: anyHour(rng), sample: sampleTime,
      received: sampleTime + rng.int(15, 60), report: reportTime, print: anyHour(rng) },
    stayDays,
    doctors: { attending: doctor(), resident: doctor(), director: doctor(), checker: doctor() },
    procedure: PROCEDURE[primary] ?? '胃镜检查',
    complaint: COMPLAINT[primary],
    course: TREATMENT[primary],
    medicines: dx.keys.flatMap((k) => rng.sample(MEDICINE[k], 2)),
    labs: [labPanel(rng, primary, 0), labPanel(rng, primary, 1)],
    imaging: imaging(rng, primary),
  };
}

/** Age as printed: 67岁, or months for an infant. */
export const ageText = (doc: Doc): string => `${doc.patient.age}岁`;
