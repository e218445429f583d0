import type { Doc } from '../case';
import { formatDate, parts } from '../dates';
import type { DiseaseKey, Dx } from '../diseases';
import type { Rng } from '../rng';
import { weekday } from './tune3-kit';
import { codeOf, countyWords } from './tune10-kit';

/**
 * Pieces the tune11 layouts share: the English abbreviations ward doctors write for the catalogue diseases (T2DM, HTN,
 * CHD, CKD 5期, ESRD), chronic diseases outside the catalogue abbreviated (COPD, AF), suspected items (？ / 待排 / 待查 /
 * 可能) and history items (…术后 of a past operation, …个人史) that sit in a diagnosis list and never count, ICD codes in
 * brackets, dates with their weekday.
 */

/** How a doctor abbreviates the disease (each still names the catalogue disease to a reader at the desk). */
const ABBR: Partial<Record<DiseaseKey, readonly string[]>> = {
  HYPERTENSION: ['HTN', 'HTN 3级（极高危）', 'HTN 2级 高危'],
  DIABETES: ['T2DM', 'T2DM 伴周围神经病变', 'T2DM（血糖控制不佳）'],
  CORONARY_HEART_DISEASE: ['CHD', 'CHD 不稳定型心绞痛', 'CHD 心功能Ⅱ级'],
  URAEMIA_DIALYSIS: ['CKD 5期', 'ESRD 维持性血液透析', 'CKD 5期（ESRD）'],
  LEUKEMIA: ['AML（M2）', 'CML 慢性期', 'ALL（B细胞型）'],
  POST_ARTERIAL_STENT_ANTICOAGULATION: ['PCI术后', 'PCI术后（LAD）'],
  MALIGNANT_TUMOR_OUTPATIENT: ['NSCLC（右肺腺癌 ⅣA期）', 'SCLC 广泛期'],
};

/** Chronic diseases outside the catalogue as abbreviated (never counted as a catalogue disease; printed as diagnoses). */
const OUTSIDE_ABBR = ['COPD', 'AF', 'COPD 急性加重期', '持续性AF', 'OSAHS', 'CHF 心功能Ⅲ级'];

/** The document with some diagnoses written as abbreviations (`share`: the chance for each that has one). */
export function abbreviated(doc: Doc, rng: Rng, share = 0.6): Doc {
  const base = countyWords(doc, rng, { outside: 0.2, near: 0.1 });
  const western: Dx[] = base.dx.western.map((d) => {
    const options = d.key ? ABBR[d.key as DiseaseKey] : undefined;
    return options && rng.chance(share) ? { text: rng.pick(options), key: d.key } : d;
  });
  const crowded = western.some((d) => /肺疾病|支气管炎|心力衰竭|心房颤动|心功能/u.test(d.text));
  if (base.patient.age >= 35 && !crowded && rng.chance(0.45)) western.push({ text: rng.pick(OUTSIDE_ABBR), key: null });
  return { ...base, dx: { ...base.dx, western: dedupe(western) } };
}

const dedupe = (items: readonly Dx[]): Dx[] => items.filter((d, i) => items.findIndex((e) => e.text === d.text) === i);

/** A suspicion about a disease the patient is not found to have: printed in the list, never counted. */
const SUSPECT: Record<string, readonly string[]> = {
  CORONARY_HEART_DISEASE: ['冠心病？', '冠心病待排', '冠心病可能', 'CHD？'],
  CEREBROVASCULAR_DISEASE: ['脑梗死？', '腔隙性脑梗死待排', '短暂性脑缺血发作可能'],
  DIABETES: ['糖尿病？', '血糖升高待查', '2型糖尿病待排'],
  MALIGNANT_TUMOR_OUTPATIENT: ['肺占位性质待查', '肺癌？', '胃恶性肿瘤待排'],
  HYPERTENSION: ['继发性高血压待排', '高血压？'],
};
const SUSPECT_OTHER = ['肺部感染可能', '消化道出血？', '贫血待查', '甲状腺功能减退待排'];

export function suspected(doc: Doc, rng: Rng): Dx {
  const keys = Object.keys(SUSPECT).filter((k) => !doc.dx.keys.includes(k as DiseaseKey));
  const pool = [...keys.flatMap((k) => SUSPECT[k] ?? []), ...SUSPECT_OTHER];
  return { text: rng.pick(pool), key: null };
}

/** History items a list carries (…术后 of a past operation, …个人史): never counted. */
export function historyItem(doc: Doc, rng: Rng): Dx {
  const pool = ['阑尾切除术后', '胆囊切除术后', '白内障术后', '腰椎内固定术后', '子宫切除术后'];
  if (!doc.dx.keys.includes('CEREBROVASCULAR_DISEASE')) pool.push('脑梗死个人史');
  if (!doc.dx.keys.includes('MALIGNANT_TUMOR_OUTPATIENT')) pool.push('恶性肿瘤个人史');
  const fits = doc.patient.sex === '男' ? pool.filter((t) => !t.startsWith('子宫')) : pool;
  return { text: rng.pick(fits), key: null };
}

/** 2型糖尿病（E11.900） / 2型糖尿病 [E11.900]: the code the HIS prints after the diagnosis. */
const ABBR_CODES: readonly (readonly [RegExp, string])[] = [[/^COPD 急性/u, 'J44.100'], [/^COPD/u, 'J44.900'], [/AF$/u, 'I48.x00'],
  [/^OSAHS/u, 'G47.301'], [/^CHF/u, 'I50.900']];

export function withCode(d: Dx, i: number, how: '（）' | '[]' | '()'): string {
  const c = d.key ? codeOf(d, i) : ABBR_CODES.find(([re]) => re.test(d.text))?.[1] ?? codeOf(d, i);
  return how === '[]' ? `${d.text} [${c}]` : how === '()' ? `${d.text}(${c})` : `${d.text}（${c}）`;
}

/** 2025年3月4日（星期二） / 2025-03-04 星期二. */
export function withWeekday(iso: string, how: 'cn' | 'iso'): string {
  return how === 'cn' ? `${formatDate(iso, 'cnShort')}（${weekday(iso)}）` : `${formatDate(iso, 'iso')} ${weekday(iso)}`;
}

/** 3.4 (month.day, the way a line of prose names a day within the stay). */
export const md = (iso: string): string => {
  const [, m, d] = parts(iso);
  return `${m}.${d}`;
};

/** 3月4日. */
export const mdCn = (iso: string): string => {
  const [, m, d] = parts(iso);
  return `${m}月${d}日`;
};
