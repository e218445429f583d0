import type { Doc } from '../case';
import { formatDate, type DateStyle } from '../dates';
import type { DiseaseKey } from '../diseases';
import type { Hospital } from '../hospitals';
import type { LabRow } from '../labs';
import { idNumberIn } from '../people';
import type { Rng } from '../rng';

/**
 * Pieces the tune17 layouts share: county hospitals and county 中医院 of Sichuan, Chongqing, Yunnan, Guizhou and Guangxi (each
 * with its county's address code, so the patient's ID is a local one, and the peoples of the county: 彝族, 苗族, 白族, 壮族, 土家族),
 * what each of the five calls the outpatient chronic-disease scheme, the stay as one range in one cell, and a combined
 * biochemistry panel (肝功 + 肾功 + 血脂 + 血糖 + 电解质) long enough for a report that runs it in two halves.
 */

type Here = { readonly hospital: Hospital; readonly region: string; readonly peoples: readonly string[] };
const here = (name: string, address: string, phone: string, region: string, peoples: readonly string[] = []): Here =>
  ({ hospital: { name, address, phone }, region, peoples });

const GENERAL: readonly Here[] = [
  here('南部县人民医院', '四川省南充市南部县南隆街道滨江大道中段166号', '0817-5522120', '511321'),
  here('三台县人民医院', '四川省绵阳市三台县潼川镇北坝路27号', '0816-5222120', '510722'),
  here('仁寿县人民医院', '四川省眉山市仁寿县文林街道书院路20号', '028-36222120', '511421'),
  here('宣汉县人民医院', '四川省达州市宣汉县东乡街道南坝路8号', '0818-5222120', '511722'),
  here('重庆市开州区人民医院', '重庆市开州区汉丰街道安康路8号', '023-52222120', '500154', ['土家族']),
  here('重庆市垫江县人民医院', '重庆市垫江县桂阳街道南阳路18号', '023-74622120', '500231'),
  here('重庆市云阳县人民医院', '重庆市云阳县双江街道滨江大道999号', '023-55122120', '500235', ['土家族']),
  here('宣威市人民医院', '云南省曲靖市宣威市宛水街道建设路33号', '0874-7122120', '530381', ['彝族', '回族']),
  here('弥勒市人民医院', '云南省红河哈尼族彝族自治州弥勒市弥阳镇髯翁路6号', '0873-6122120', '532504', ['彝族']),
  here('祥云县人民医院', '云南省大理白族自治州祥云县祥城镇文化路17号', '0872-3122120', '532923', ['白族', '彝族']),
  here('威宁彝族回族苗族自治县人民医院', '贵州省毕节市威宁县草海镇建设东路28号', '0857-6222120', '520526', ['彝族', '回族', '苗族']),
  here('盘州市人民医院', '贵州省六盘水市盘州市亦资街道胜境大道12号', '0858-3622120', '520281', ['彝族', '布依族']),
  here('思南县人民医院', '贵州省铜仁市思南县思唐街道城北路3号', '0856-7222120', '520624', ['土家族']),
  here('博白县人民医院', '广西壮族自治区玉林市博白县博白镇城北路16号', '0775-8222120', '450923'),
  here('平南县人民医院', '广西壮族自治区贵港市平南县平南镇朝阳路39号', '0775-7822120', '450821', ['壮族']),
  here('宾阳县人民医院', '广西壮族自治区南宁市宾阳县宾州镇新宾路2号', '0771-8222120', '450126', ['壮族']),
  here('藤县人民医院', '广西壮族自治区梧州市藤县藤州镇城东路88号', '0774-7222120', '450422'),
];

const CHINESE_MEDICINE: readonly Here[] = [
  here('南部县中医医院', '四川省南充市南部县南隆街道红岩子大道2号', '0817-5562120', '511321'),
  here('三台县中医院', '四川省绵阳市三台县潼川镇梓州大道111号', '0816-5262120', '510722'),
  here('重庆市垫江县中医院', '重庆市垫江县桂阳街道城中路5号', '023-74662120', '500231'),
  here('重庆市开州区中医院', '重庆市开州区文峰街道开州大道中段58号', '023-52262120', '500154', ['土家族']),
  here('宣威市中医医院', '云南省曲靖市宣威市双龙街道榕城西路10号', '0874-7162120', '530381', ['彝族']),
  here('祥云县中医医院', '云南省大理白族自治州祥云县祥城镇云南驿路6号', '0872-3162120', '532923', ['白族']),
  here('思南县中医院', '贵州省铜仁市思南县思唐街道中山路20号', '0856-7262120', '520624', ['土家族']),
  here('博白县中医医院', '广西壮族自治区玉林市博白县博白镇文化路9号', '0775-8262120', '450923'),
  here('宾阳县中医医院', '广西壮族自治区南宁市宾阳县宾州镇宾州大道66号', '0771-8262120', '450126', ['壮族']),
];

const ALL = [...GENERAL, ...CHINESE_MEDICINE];
/** County and county-level city general hospitals of Sichuan, Chongqing, Yunnan, Guizhou and Guangxi. */
export const GENERAL17: readonly Hospital[] = GENERAL.map((x) => x.hospital);
/** County 中医院 / 中医医院 of the five. */
export const TCM17: readonly Hospital[] = CHINESE_MEDICINE.map((x) => x.hospital);

/** The patient lives in the hospital's county: the ID's address code is that county's. */
export function local17(doc: Doc, rng: Rng): Doc {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  if (!h) return doc;
  const p = doc.patient;
  return { ...doc, patient: { ...p, idNumber: idNumberIn(rng, p.birth, p.sex, [h.region]) } };
}

/** 民族 as the header prints it: mostly 汉族, now and then one of the county's peoples. */
export function nation17(doc: Doc, rng: Rng): string {
  const h = ALL.find((x) => x.hospital.name === doc.hospital.name);
  return h && h.peoples.length > 0 && rng.chance(0.35) ? rng.pick(h.peoples) : '汉族';
}

export type Province17 = '四川' | '重庆' | '云南' | '贵州' | '广西';
/** The province (or Chongqing) in a tune17 hospital's address. */
export const province17 = (h: Hospital): Province17 => (/^(四川|重庆|云南|贵州|广西)/u.exec(h.address)?.[1] ?? '四川') as Province17;

/** What each of the five calls the outpatient chronic-disease scheme on its paper. */
export const SCHEME17: Record<Province17, string> = {
  四川: '门诊慢特病', 重庆: '门诊特殊疾病', 云南: '门诊慢特病', 贵州: '门诊特殊慢性病', 广西: '门诊特殊慢性病',
};

/** The county the hospital stands in, short: 南部县, 开州区, 弥勒市, 威宁县. */
export function county17(h: Hospital): string {
  if (h.address.startsWith('重庆市')) return /^重庆市(.+?(?:县|区))/u.exec(h.address)?.[1] ?? '';
  const rest = h.address.replace(/^.+?(?:省|自治区)/u, '').replace(/^.+?(?:自治州|市)/u, '');
  return /^(.+?(?:县|区|市))/u.exec(rest)?.[1] ?? '';
}

/** The stay as one range, the way a single header cell holds it: 2025-03-02 至 2025-03-15, 2025.03.02—2025.03.15. */
export type RangeHow = 'iso-zhi' | 'dot-dash' | 'cn-zhi' | 'slash-tilde';
export function stayRange(doc: Doc, how: RangeHow): string {
  const [a, b] = [doc.dates.admission, doc.dates.discharge];
  const f = (iso: string, st: DateStyle): string => formatDate(iso, st);
  if (how === 'iso-zhi') return `${f(a, 'iso')} 至 ${f(b, 'iso')}`;
  if (how === 'dot-dash') return `${f(a, 'dotPad')}—${f(b, 'dotPad')}`;
  if (how === 'cn-zhi') return `${f(a, 'cnShort')}至${f(b, 'cnShort')}`;
  return `${f(a, 'slash')}~${f(b, 'slash')}`;
}

type Test = readonly [name: string, abbr: string, unit: string, lo: number, hi: number, digits: number];
const CHEM: readonly (readonly [group: string, tests: readonly Test[]])[] = [
  ['liver', [['谷丙转氨酶', 'ALT', 'U/L', 7, 40, 0], ['谷草转氨酶', 'AST', 'U/L', 13, 35, 0], ['γ-谷氨酰转移酶', 'GGT', 'U/L', 7, 45, 0],
    ['碱性磷酸酶', 'ALP', 'U/L', 35, 100, 0], ['总蛋白', 'TP', 'g/L', 65, 85, 1], ['白蛋白', 'ALB', 'g/L', 40, 55, 1],
    ['总胆红素', 'TBIL', 'μmol/L', 0, 21, 1], ['直接胆红素', 'DBIL', 'μmol/L', 0, 6.8, 1], ['总胆汁酸', 'TBA', 'μmol/L', 0, 10, 1]]],
  ['heart', [['乳酸脱氢酶', 'LDH', 'U/L', 120, 250, 0], ['肌酸激酶', 'CK', 'U/L', 40, 200, 0]]],
  ['renal', [['尿素', 'UREA', 'mmol/L', 2.6, 7.5, 2], ['肌酐', 'CREA', 'μmol/L', 41, 111, 0], ['尿酸', 'UA', 'μmol/L', 155, 428, 0],
    ['胱抑素C', 'CysC', 'mg/L', 0.51, 1.09, 2]]],
  ['lipid', [['总胆固醇', 'TC', 'mmol/L', 0, 5.18, 2], ['甘油三酯', 'TG', 'mmol/L', 0, 1.7, 2], ['高密度脂蛋白', 'HDL-C', 'mmol/L', 1.04, 2, 2],
    ['低密度脂蛋白', 'LDL-C', 'mmol/L', 0, 3.37, 2], ['同型半胱氨酸', 'HCY', 'μmol/L', 0, 15, 1]]],
  ['glucose', [['葡萄糖', 'GLU', 'mmol/L', 3.9, 6.1, 2]]],
  ['ions', [['钾', 'K', 'mmol/L', 3.5, 5.3, 2], ['钠', 'Na', 'mmol/L', 137, 147, 1], ['氯', 'Cl', 'mmol/L', 99, 110, 1],
    ['钙', 'Ca', 'mmol/L', 2.11, 2.52, 2],
    ['磷', 'P', 'mmol/L', 0.85, 1.51, 2]]],
];

/** Which groups the disease pushes out of range, and which way (a diabetic's glucose and lipids, a dialysis patient's kidneys). */
const PUSH: Partial<Record<DiseaseKey, Record<string, 'high' | 'low'>>> = {
  DIABETES: { GLU: 'high', TG: 'high', TC: 'high' }, HYPERTENSION: { TC: 'high', 'LDL-C': 'high', UA: 'high' },
  CORONARY_HEART_DISEASE: { 'LDL-C': 'high', TC: 'high', 'HDL-C': 'low' }, CEREBROVASCULAR_DISEASE: { 'LDL-C': 'high', TG: 'high' },
  URAEMIA_DIALYSIS: { UREA: 'high', CREA: 'high', CysC: 'high', K: 'high', P: 'high', Ca: 'low', ALB: 'low' },
  POST_ARTERIAL_STENT_ANTICOAGULATION: { 'LDL-C': 'high' }, TRANSPLANT_ANTI_REJECTION: { CREA: 'high', UA: 'high' },
  MALIGNANT_TUMOR_OUTPATIENT: { ALB: 'low', TP: 'low' },
};

/**
 * 生化全项 for the patient: 26 results in the order a county analyser reports them, ↑ / ↓ against the range, the disease's own
 * pushed out of it (ranges printed 7-40, or <5.18 from zero).
 */
export function chemistry17(doc: Doc, rng: Rng): LabRow[] {
  const push = PUSH[doc.primary] ?? {};
  return CHEM.flatMap(([, tests]) => tests.map(([name, abbr, unit, lo, hi, digits]) => {
    const span = hi - lo || 1;
    let v = lo + span * rng.range(0.15, 0.85);
    if (push[abbr] === 'high' && rng.chance(0.8)) v = hi + span * rng.range(0.08, abbr === 'CREA' || abbr === 'UREA' ? 6 : 0.9);
    if (push[abbr] === 'low' && rng.chance(0.8)) v = Math.max(lo * rng.range(0.6, 0.95), 0.1);
    const value = v.toFixed(digits);
    const flag = Number(value) > hi ? '↑' : Number(value) < lo ? '↓' : '';
    const range = lo === 0 ? `<${hi.toFixed(digits)}` : `${lo.toFixed(digits)}-${hi.toFixed(digits)}`;
    return { name, abbr, value, flag, unit, range };
  }));
}
