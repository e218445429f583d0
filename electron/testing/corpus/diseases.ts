import type { Rng } from './rng';

/** Diagnoses as county hospitals write them, each with the catalogue key it names (null: none). */

export type Dx = { readonly text: string; readonly key: string | null };

export const KEYS = [
  'HYPERTENSION', 'DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE', 'URAEMIA_DIALYSIS', 'HEMOPHILIA',
  'MALIGNANT_TUMOR_OUTPATIENT', 'SEVERE_MENTAL_DISORDER', 'LEUKEMIA', 'POST_ARTERIAL_STENT_ANTICOAGULATION',
  'TRANSPLANT_ANTI_REJECTION',
] as const;
/** Catalogue diseases only some layouts draw (children's conditions); not in `KEYS`, so older layouts never pick them. */
export const EXTRA_KEYS = ['PHENYLKETONURIA', 'CHILD_DISABILITY_REHAB'] as const;
export type DiseaseKey = (typeof KEYS)[number] | (typeof EXTRA_KEYS)[number];
export const ALL_KEYS: readonly DiseaseKey[] = [...KEYS, ...EXTRA_KEYS];

/** How often each disease is the reason for the document (chronic diseases of the elderly dominate). */
const WEIGHT: Record<DiseaseKey, number> = {
  HYPERTENSION: 16, DIABETES: 16, CORONARY_HEART_DISEASE: 10, CEREBROVASCULAR_DISEASE: 10, URAEMIA_DIALYSIS: 5,
  HEMOPHILIA: 2, MALIGNANT_TUMOR_OUTPATIENT: 7, SEVERE_MENTAL_DISORDER: 4, LEUKEMIA: 3,
  POST_ARTERIAL_STENT_ANTICOAGULATION: 4, TRANSPLANT_ANTI_REJECTION: 1, PHENYLKETONURIA: 1, CHILD_DISABILITY_REHAB: 3,
};

/** The 病种 as the 门诊慢特病 scheme names them on its forms (what an applicant ticks: the scheme's words, not a diagnosis). */
export const SCHEME_NAMES: Record<DiseaseKey, string> = {
  HYPERTENSION: '高血压', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '冠心病', CEREBROVASCULAR_DISEASE: '脑血管病',
  URAEMIA_DIALYSIS: '尿毒症透析治疗', HEMOPHILIA: '血友病', MALIGNANT_TUMOR_OUTPATIENT: '恶性肿瘤门诊治疗', SEVERE_MENTAL_DISORDER: '严重精神障碍',
  LEUKEMIA: '白血病', POST_ARTERIAL_STENT_ANTICOAGULATION: '动脉血管支架植入等术后抗凝治疗', TRANSPLANT_ANTI_REJECTION: '组织或器官移植抗排异治疗',
  PHENYLKETONURIA: '苯丙酮尿症', CHILD_DISABILITY_REHAB: '儿童残疾康复（脑瘫、孤独症、智力障碍）',
};

const WESTERN: Record<DiseaseKey, readonly string[]> = {
  HYPERTENSION: ['高血压病3级（很高危）', '高血压病2级 高危', '原发性高血压', '高血压3级', '高血压病1级（中危）', '高血压病'],
  DIABETES: ['2型糖尿病', '2型糖尿病伴多个并发症', '2型糖尿病性周围神经病变', '1型糖尿病', '糖尿病肾病Ⅲ期', '2型糖尿病性视网膜病变'],
  CORONARY_HEART_DISEASE: ['冠状动脉粥样硬化性心脏病', '冠心病 不稳定型心绞痛', '陈旧性心肌梗死', '缺血性心肌病', '冠心病 稳定型心绞痛'],
  CEREBROVASCULAR_DISEASE: ['脑梗死', '脑梗死后遗症', '脑出血恢复期', '多发性腔隙性脑梗塞', '蛛网膜下腔出血', '脑梗死（左侧基底节区）'],
  URAEMIA_DIALYSIS: ['慢性肾脏病5期', '慢性肾功能衰竭尿毒症期', '终末期肾病 维持性血液透析', '尿毒症'],
  HEMOPHILIA: ['血友病A（重型）', '血友病B', '血友病A（中型）'],
  MALIGNANT_TUMOR_OUTPATIENT: ['右肺腺癌', '左乳腺癌术后', '胃癌术后化疗', '结肠恶性肿瘤', '多发性骨髓瘤', '食管鳞状细胞癌', '弥漫大B细胞淋巴瘤（恶性淋巴瘤）'],
  SEVERE_MENTAL_DISORDER: ['精神分裂症', '双相情感障碍，目前为躁狂发作', '偏执性精神病', '分裂情感性障碍'],
  LEUKEMIA: ['急性髓系白血病（M2）', '慢性粒细胞白血病', '急性淋巴细胞白血病'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['冠状动脉支架植入术后', 'PCI术后', '心脏机械瓣膜置换术后', '下肢动脉支架置入术后'],
  TRANSPLANT_ANTI_REJECTION: ['肾移植术后', '同种异体肾移植状态'],
  PHENYLKETONURIA: ['苯丙酮尿症', '苯丙酮尿症（经典型）'],
  CHILD_DISABILITY_REHAB: ['脑性瘫痪（痉挛型双瘫）', '孤独症谱系障碍', '脑瘫（不随意运动型）', '智力障碍（中度）'],
};

/**
 * Other ways doctors write the same diseases (only layouts that ask for `aliases` draw them).
 * Each still carries one of the catalogue's diagnosis terms.
 */
const ALIASES: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['高血压病3级（极高危）', '高血压2级（高危组）', '原发性高血压病', '高血压性心脏病', '高血压病 3级 极高危组'],
  DIABETES: ['Ⅱ型糖尿病', '2型糖尿病伴血糖控制不佳', '糖尿病（2型）', '2型糖尿病性肾病', '2型糖尿病伴周围血管病变', 'T2DM'],
  CORONARY_HEART_DISEASE: ['急性非ST段抬高型心肌梗死', '冠心病（稳定型劳力性心绞痛）', '冠状动脉粥样硬化性心脏病 心功能Ⅱ级（NYHA）', '陈旧性下壁心肌梗死'],
  CEREBROVASCULAR_DISEASE: ['腔隙性脑梗塞', '脑梗塞后遗症期', '脑卒中后遗症', '基底节区脑出血', '脑栓塞'],
  URAEMIA_DIALYSIS: ['慢性肾衰竭（CKD5期） 维持性血液透析', '终末期肾脏病 腹膜透析', '慢性肾功能衰竭尿毒症期 血液透析', '尿毒症 规律血透'],
  HEMOPHILIA: ['血友病A', '血友病性关节炎（血友病A）'],
  MALIGNANT_TUMOR_OUTPATIENT: ['直肠癌术后', '肝细胞癌', '宫颈鳞癌（ⅡB期）', '右肺中分化腺癌', '胰腺癌', '骨肉瘤术后'],
  SEVERE_MENTAL_DISORDER: ['精神分裂症（偏执型）', '双相情感障碍（目前为抑郁发作）', '癫痫所致精神障碍'],
  LEUKEMIA: ['急性早幼粒细胞白血病', '慢性淋巴细胞白血病', '急性髓系白血病（M5）'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['冠状动脉支架置入术后', '主动脉瓣机械瓣膜置换术后', 'PCI术后（前降支）'],
  TRANSPLANT_ANTI_REJECTION: ['肝移植术后', '异体肾移植术后 抗排异治疗'],
  CHILD_DISABILITY_REHAB: ['孤独症', '脑性瘫痪', '儿童孤独症（自闭症）'],
};
const TCM_ALIASES: Partial<Record<DiseaseKey, readonly string[]>> = {
  DIABETES: ['消渴病 气阴两虚证', '消渴 阴虚燥热证'],
  CEREBROVASCULAR_DISEASE: ['中风病-中经络 风痰瘀阻证', '中风 中脏腑'],
};

/** Chronic diseases outside the catalogue that still get certificates and outpatient follow-up (key null). */
const OUTSIDE = ['帕金森病', '系统性红斑狼疮', '再生障碍性贫血', '慢性乙型病毒性肝炎', '类风湿关节炎', '慢性阻塞性肺疾病',
  '肝硬化失代偿期', '肺动脉高压', '强直性脊柱炎', '重症肌无力'];

/** Traditional Chinese medicine names; only 消渴病 and 中风病 stand for a catalogue disease alone. */
const TCM: Partial<Record<DiseaseKey, readonly string[]>> = {
  DIABETES: ['消渴病', '消渴病（气阴两虚证）', '消渴病（阴虚热盛证）'],
  CEREBROVASCULAR_DISEASE: ['中风病', '中风病（风痰阻络证）', '中风病 中经络（气虚血瘀证）'],
};
const TCM_OTHER = ['眩晕病（肝阳上亢证）', '胸痹心痛病（气虚血瘀证）', '水肿病（脾肾阳虚证）', '不寐病（心脾两虚证）'];

const COMORBID = ['高脂血症', '慢性胃炎', '骨质疏松症', '颈椎病', '脂肪肝', '腰椎间盘突出症', '慢性支气管炎', '前列腺增生',
  '甲状腺结节', '胆囊结石', '肺部感染', '低蛋白血症', '贫血（轻度）', '高尿酸血症', '白内障'];

/** Conditions that often go together: a second catalogue disease is drawn from these. */
const COMPANIONS: Partial<Record<DiseaseKey, readonly DiseaseKey[]>> = {
  HYPERTENSION: ['DIABETES', 'CORONARY_HEART_DISEASE', 'CEREBROVASCULAR_DISEASE'],
  DIABETES: ['HYPERTENSION', 'CORONARY_HEART_DISEASE'],
  CORONARY_HEART_DISEASE: ['HYPERTENSION', 'POST_ARTERIAL_STENT_ANTICOAGULATION', 'DIABETES'],
  CEREBROVASCULAR_DISEASE: ['HYPERTENSION', 'DIABETES'],
  URAEMIA_DIALYSIS: ['HYPERTENSION', 'DIABETES'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['CORONARY_HEART_DISEASE', 'HYPERTENSION'],
};

export function primaryKey(rng: Rng, allowed: readonly DiseaseKey[] = KEYS): DiseaseKey {
  const total = allowed.reduce((n, k) => n + WEIGHT[k], 0);
  let r = rng.next() * total;
  for (const k of allowed) {
    r -= WEIGHT[k];
    if (r < 0) return k;
  }
  return allowed[allowed.length - 1] as DiseaseKey;
}

export type Diagnosis = {
  /** Final (discharge / outpatient / clinical) diagnoses, western. */
  readonly western: readonly Dx[];
  /** TCM diagnoses, printed before the western ones by TCM hospitals; empty elsewhere. */
  readonly tcm: readonly Dx[];
  /** The diagnoses on admission: overlapping, vaguer, with a suspected disease that was ruled out. */
  readonly admission: readonly Dx[];
  readonly keys: readonly DiseaseKey[];
};

const VAGUE: Partial<Record<DiseaseKey, string>> = {
  HYPERTENSION: '高血压病', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '胸痛待查', CEREBROVASCULAR_DISEASE: '头晕待查',
  URAEMIA_DIALYSIS: '肾功能不全', MALIGNANT_TUMOR_OUTPATIENT: '肺占位性病变', LEUKEMIA: '全血细胞减少原因待查',
};
const SUSPECTED: readonly Dx[] = [
  { text: '冠心病？', key: 'CORONARY_HEART_DISEASE' }, { text: '急性脑梗死？', key: 'CEREBROVASCULAR_DISEASE' },
  { text: '糖尿病？', key: 'DIABETES' }, { text: '肺癌？', key: 'MALIGNANT_TUMOR_OUTPATIENT' },
  { text: '继发性高血压？', key: 'HYPERTENSION' },
];

/**
 * A diagnosis for one document. `tcm`: a TCM hospital (TCM names first; whether the western name
 * is also printed varies). Every diagnosis names at least one catalogue disease.
 */
export type DiagnosisOptions = {
  /** Also draw the other names doctors write (ALIASES, TCM_ALIASES). */
  readonly aliases?: boolean;
  /** Chance of a chronic disease outside the catalogue among the final diagnoses (帕金森病, 系统性红斑狼疮). */
  readonly outside?: number;
};

export function makeDiagnosis(rng: Rng, primary: DiseaseKey, tcm: boolean, o: DiagnosisOptions = {}): Diagnosis {
  const keys: DiseaseKey[] = [primary];
  const companions = COMPANIONS[primary] ?? [];
  if (companions.length > 0 && rng.chance(0.5)) keys.push(rng.pick(companions));
  const names = (k: DiseaseKey): readonly string[] => (o.aliases ? [...WESTERN[k], ...(ALIASES[k] ?? [])] : WESTERN[k]);
  let western: Dx[] = keys.map((k) => ({ text: rng.pick(names(k)), key: k }));
  for (const c of rng.sample(COMORBID, rng.int(0, 2))) western.push({ text: c, key: null });
  if (o.outside && rng.chance(o.outside)) western.push({ text: rng.pick(OUTSIDE), key: null });
  const tcmDx: Dx[] = [];
  if (tcm) {
    const named = keys.filter((k) => TCM[k]);
    const tcmNames = (k: DiseaseKey): readonly string[] => (o.aliases ? [...(TCM[k] ?? []), ...(TCM_ALIASES[k] ?? [])] : TCM[k] ?? []);
    for (const k of named) tcmDx.push({ text: rng.pick(tcmNames(k)), key: k });
    if (tcmDx.length === 0 || rng.chance(0.3)) tcmDx.push({ text: rng.pick(TCM_OTHER), key: null });
    // Some TCM hospitals print only 消渴病 / 中风病 for the disease and leave its western name out.
    if (named.length > 0 && rng.chance(0.5)) western = western.filter((d) => !d.key || !named.includes(d.key as DiseaseKey));
  }
  const suspect = rng.pick(SUSPECTED.filter((d) => !keys.includes(d.key as DiseaseKey)));
  const admission: Dx[] = [
    ...keys.map((k) => ({ text: VAGUE[k] ?? rng.pick(WESTERN[k]), key: k })).slice(0, rng.chance(0.5) ? 1 : 2),
    suspect,
    ...(rng.chance(0.5) ? [{ text: rng.pick(COMORBID), key: null }] : []),
  ];
  return { western, tcm: tcmDx, admission, keys };
}

const NAME: Record<string, string> = {
  HYPERTENSION: '高血压', DIABETES: '糖尿病', CORONARY_HEART_DISEASE: '冠心病', CEREBROVASCULAR_DISEASE: '脑梗死',
};
const FAMILY = ['父亲', '母亲', '其兄', '其姐', '其弟'];

/** Mentions that must not count: negated history, a relative's disease, a past illness. */
export function histories(rng: Rng, keys: readonly DiseaseKey[]): { negated: string; family: string; past: string } {
  const absent = Object.keys(NAME).filter((k) => !keys.includes(k as DiseaseKey)).map((k) => NAME[k] as string);
  const neg = rng.sample(absent, Math.min(absent.length, rng.int(1, 3)));
  const negated = `否认${[...neg, ...(rng.chance(0.5) ? ['肝炎', '结核'] : [])].join('、')}病史`;
  const famDisease = rng.pick(absent.length > 0 ? absent : ['高血压']);
  const family = rng.chance(0.7)
    ? `${rng.pick(FAMILY)}患${famDisease === '糖尿病' ? '2型糖尿病' : famDisease === '高血压' ? '高血压病' : famDisease}`
    : `${rng.pick(FAMILY)}因${famDisease === '脑梗死' ? '脑出血' : famDisease}去世`;
  const has = keys.filter((k) => NAME[k]).map((k) => NAME[k] as string);
  const past = has.length > 0 ? `${rng.pick(has)}病史${rng.int(2, 20)}年，规律服药` : `${rng.int(3, 15)}年前行阑尾切除术`;
  return { negated, family, past };
}

/**
 * A past illness the history names but the final diagnoses do not (有“冠心病”病史10年), with a
 * denial of the others that never denies it. Null when every such disease is diagnosed.
 */
export function remoteHistory(rng: Rng, keys: readonly DiseaseKey[]): { remote: string; negated: string } | null {
  const absent = Object.keys(NAME).filter((k) => !keys.includes(k as DiseaseKey)).map((k) => NAME[k] as string);
  if (absent.length === 0) return null;
  const name = rng.pick(absent);
  const rest = absent.filter((n) => n !== name);
  const remote = `有“${name}”病史${rng.int(3, 15)}年，${rng.pick(['未规律诊治', '自服药物治疗', '平素未监测'])}`;
  return { remote, negated: `否认${[...rng.sample(rest, rng.int(0, rest.length)), '肝炎', '结核'].join('、')}病史` };
}

export const DEPARTMENT: Record<DiseaseKey, readonly string[]> = {
  HYPERTENSION: ['心内科', '老年病科', '全科医学科'], DIABETES: ['内分泌科', '内分泌代谢科', '老年病科'],
  CORONARY_HEART_DISEASE: ['心血管内科', '心内科'], CEREBROVASCULAR_DISEASE: ['神经内科', '脑病科'],
  URAEMIA_DIALYSIS: ['肾内科', '血液净化中心'], HEMOPHILIA: ['血液科', '儿科'], MALIGNANT_TUMOR_OUTPATIENT: ['肿瘤内科', '放疗科', '胸外科'],
  SEVERE_MENTAL_DISORDER: ['精神科', '精神二科'], LEUKEMIA: ['血液科'], POST_ARTERIAL_STENT_ANTICOAGULATION: ['心血管内科', '心外科'],
  TRANSPLANT_ANTI_REJECTION: ['器官移植科', '肾内科'], PHENYLKETONURIA: ['儿童保健科', '儿科'], CHILD_DISABILITY_REHAB: ['儿童康复科', '康复医学科'],
};

export const AGES: Record<DiseaseKey, readonly [number, number]> = {
  HYPERTENSION: [42, 88], DIABETES: [35, 85], CORONARY_HEART_DISEASE: [48, 88], CEREBROVASCULAR_DISEASE: [50, 90],
  URAEMIA_DIALYSIS: [30, 80], HEMOPHILIA: [6, 48], MALIGNANT_TUMOR_OUTPATIENT: [38, 82], SEVERE_MENTAL_DISORDER: [19, 66],
  LEUKEMIA: [9, 76], POST_ARTERIAL_STENT_ANTICOAGULATION: [45, 84], TRANSPLANT_ANTI_REJECTION: [28, 66],
  PHENYLKETONURIA: [2, 12], CHILD_DISABILITY_REHAB: [2, 12],
};
