import { toHalfWidth } from './normalize-text';

/** What the catalogue says about recognising a disease in a diagnosis (the pack's synonyms, R13). */
export type DiagnosisVocabulary = {
  readonly key: string;
  /** Terms and abbreviations (2型糖尿病, T2DM, 终末期肾病 …), matched after normalisation. */
  readonly diagnosisTerms: readonly string[];
  /** ICD-10 code prefixes (E11, I10 …). */
  readonly icd10: readonly string[];
};

const ROMAN: Record<string, string> = { Ⅰ: '1', Ⅱ: '2', Ⅲ: '3', Ⅳ: '4', Ⅴ: '5', IV: '4', III: '3', II: '2', I: '1' };

/** 2型 / II型 / Ⅱ型 / 二型 all become 2型; spaces and brackets go; Latin letters are upper-cased. */
export function normalizeDiagnosis(text: string): string {
  return toHalfWidth(text)
    .toUpperCase()
    .replace(/[ⅠⅡⅢⅣⅤ]|(?:IV|III|II|I)(?=型|期|级)/g, (r) => ROMAN[r] ?? r)
    .replace(/一(?=型)/g, '1').replace(/二(?=型)/g, '2')
    .replace(/[\s()（）[\]【】"'“”、,，.。;；:：·-]/g, '');
}

const ICD = /\b([A-Z]\d{2})(?:\.\d{1,2})?\b/g;

/**
 * The catalogue keys a diagnosis supports, in catalogue order. A code matched only by a shorter
 * prefix than another entry's gives way to it: C91 is 白血病 (C91), not also 恶性肿瘤 (C).
 */
export function mapDiagnosis(diagnosis: string, catalogue: readonly DiagnosisVocabulary[]): string[] {
  const norm = normalizeDiagnosis(diagnosis);
  const codes = [...toHalfWidth(diagnosis).toUpperCase().matchAll(ICD)].map((m) => m[1] as string);
  const byCode = (e: DiagnosisVocabulary): number =>
    Math.max(0, ...codes.flatMap((c) => e.icd10.filter((p) => c.startsWith(p)).map((p) => p.length)));
  const longest = Math.max(0, ...catalogue.map(byCode));
  return catalogue
    .filter((e) => e.diagnosisTerms.some((t) => norm.includes(normalizeDiagnosis(t))) || (byCode(e) > 0 && byCode(e) === longest))
    .map((e) => e.key);
}

export function mapDiagnoses(diagnoses: readonly string[], catalogue: readonly DiagnosisVocabulary[]): string[] {
  return [...new Set(diagnoses.flatMap((d) => mapDiagnosis(d, catalogue)))];
}
