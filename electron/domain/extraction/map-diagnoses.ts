import { escapeRegExp, toHalfWidth } from './normalize-text';

/** What the catalogue says about recognising a disease in a diagnosis (the pack's synonyms, R13). */
export type DiagnosisVocabulary = {
  readonly key: string;
  /** Terms and abbreviations (2型糖尿病, T2DM, 终末期肾病 …), matched after normalisation. */
  readonly diagnosisTerms: readonly string[];
  /** Wordings that hold a term but name something else (癌胚抗原升高, 糖尿病前期), taken out before matching. */
  readonly notDiagnosisTerms?: readonly string[];
  /** ICD-10 code prefixes (E11, I10 …). */
  readonly icd10: readonly string[];
};

const ROMAN: Record<string, string> = { Ⅰ: '1', Ⅱ: '2', Ⅲ: '3', Ⅳ: '4', Ⅴ: '5', IV: '4', V: '5', III: '3', II: '2', I: '1' };

/**
 * 2型 / II型 / Ⅱ型 / 二型 all become 2型 (V期 5期); a severity in brackets goes, and so does a remark ruling a disease out; spaces, brackets and stops go (or become a
 * space with `keepBreaks`, so that AML（M2） stays two words); Latin letters are upper-cased.
 */
export function normalizeDiagnosis(text: string, keepBreaks = false): string {
  return toHalfWidth(text)
    .toUpperCase()
    .replace(/[ⅠⅡⅢⅣⅤ]|(?<![A-Z])(?:IV|V|III|II|I)(?=型|期|级)/g, (r) => ROMAN[r] ?? r)
    .replace(/一(?=型)/g, '1').replace(/二(?=型)/g, '2')
    // a severity in brackets (精神发育迟滞（中度）伴精神障碍) is no part of the name the terms give
    .replace(/[(（](?:轻|中|重|极重|中重)度[)）]/g, '')
    // a remark that rules a disease out names it only to deny it: 胸闷（冠心病已排除）, 头晕（已除外脑梗死）; one that still
    // questions it names it only to doubt it: 肝右叶再生结节（肝癌待排，定期复查）, 甲状腺结节（可疑乳头状癌）
    .replace(/[(（][^()（）]*(?:排除|除外|未见|待排|待查|可疑|疑似|[?？])[^()（）]*[)）]/g, '')
    // …and so does advice after it, which names a disease only to check it: 血压偏高，建议复测并排除高血压
    .replace(/[,，;；]\s*(?:建议|请|需|宜)[^,，;；]*(?:排除|除外|复查|复测|明确|进一步)[^,，;；]*$/g, '')
    // …as English does: r/o lung ca (to rule out), ?HTN or T2DM? (questioned), Hx of … (history)
    .replace(/(?<![A-Z])(?:R\/O|HX\s+OF)(?![A-Z])[^,，;；()（）]*|\?\s*[A-Z][A-Z0-9]*|(?<![A-Z])[A-Z][A-Z0-9]*\s*\?/g, '')
    // status post an operation is its aftermath: s/p 左股浅动脉支架植入术 is 支架植入术后
    .replace(/S\/P\s*([^,，;；、]*?术)(?!后)/g, '$1后')
    .replace(/[\s()（）[\]【】"'“”、,，.。;；:：·-]/g, keepBreaks ? ' ' : '');
}

/**
 * Whether a normalised diagnosis holds a normalised term. An abbreviation or a short word in Latin letters and figures
 * (ALL, DM, CKD5, STROKE, DIABETES) holds only where no Latin letter touches it, so ALL is not read inside SMALL nor
 * DIABETES inside PREDIABETES; a long word or words (CARCINOMA, CEREBRAL INFARCTION) hold inside another
 * (ADENOCARCINOMA), their spaces gone.
 */
const LONG_WORD = 9;
function holdsTerm(norm: string, broken: string, term: string): boolean {
  if (!/^[A-Z0-9]+$/.test(term) || term.length >= LONG_WORD) return norm.includes(term);
  // a space may part letters from figures: CKD 5期
  const spaced = term.replace(/(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])/g, ' ?');
  return new RegExp(`(?<![A-Z])${spaced}(?![A-Z])`).test(broken);
}

/** The diagnosis without the wordings the entry says name something else, joined and with its breaks kept (each read alike). */
const without = (entry: DiagnosisVocabulary, whole: string, spaced: string): [string, string] => {
  const cut = (text: string, keepBreaks: boolean) =>
    (entry.notDiagnosisTerms ?? []).reduce((s, t) => s.split(normalizeDiagnosis(t, keepBreaks)).join('|'), text);
  return [cut(whole, false), cut(spaced, true)];
};

/** An ICD-10 code with its subcode where printed (Z95.501, I10.x05): an entry may name a subcategory (Z95.5, not Z95.1). */
const ICD = /\b([A-Z]\d{2}(?:\.[\dX]{1,6})?)(?![\dA-Z])/g;

/**
 * The catalogue keys a diagnosis supports, in catalogue order: by the pack's terms, else by its ICD-10
 * code. A code matched only by a shorter prefix than another entry's gives way to it: C91 is 白血病 (C91),
 * not also 恶性肿瘤 (C).
 */
export function mapDiagnosis(diagnosis: string, catalogue: readonly DiagnosisVocabulary[]): string[] {
  const [whole, spaced] = [normalizeDiagnosis(diagnosis), normalizeDiagnosis(diagnosis, true)];
  const codes = [...toHalfWidth(diagnosis).toUpperCase().matchAll(ICD)].map((m) => m[1] as string);
  const byCode = (e: DiagnosisVocabulary): number =>
    Math.max(0, ...codes.flatMap((c) => e.icd10.filter((p) => c.startsWith(p)).map((p) => p.length)));
  const longest = Math.max(0, ...catalogue.map(byCode));
  const byTerm = catalogue.filter((e) => {
    const [norm, broken] = without(e, whole, spaced);
    return e.diagnosisTerms.some((t) => holdsTerm(norm, broken, normalizeDiagnosis(t)));
  });
  // the wording names the disease more closely than a code's prefix does: a code counts where no term does
  // (精神发育迟滞伴发精神障碍 F70.801 is the mental disorder, not also the F70 of a child's disability)
  if (byTerm.length > 0) return byTerm.map((e) => e.key);
  // (…nor does a code where the wording is one the entry says names something else: 自体造血干细胞移植术后 Z94.801)
  const disowned = (e: DiagnosisVocabulary) => (e.notDiagnosisTerms ?? []).some((t) => whole.includes(normalizeDiagnosis(t)));
  const byCodes = catalogue.filter((e) => byCode(e) > 0 && byCode(e) === longest && !disowned(e)).map((e) => e.key);
  return byCodes.length > 0 ? byCodes : cutShort(whole, catalogue);
}

/**
 * A diagnosis a photo cut at the page's edge, one character short of a catalogue term of three or more (2型糖尿,
 * 血友, （苯丙酮尿): the entry whose term it begins, where no other entry's term or a wording the pack says is another
 * disease begins so too (高血 may be 高血脂; 慢性肾脏病 is two characters short of 慢性肾脏病5期, and a disease of its own).
 */
function cutShort(norm: string, catalogue: readonly DiagnosisVocabulary[]): string[] {
  // (a wording the pack says names something else is whole: 血管性血友病 is no 血友病 cut short)
  if (catalogue.some((e) => (e.notDiagnosisTerms ?? []).some((t) => norm.includes(normalizeDiagnosis(t))))) return [];
  const keys = new Set<string>();
  for (let i = Math.max(0, norm.length - 12); i <= norm.length - 2; i += 1) {
    const tail = norm.slice(i);
    if (!/^[\u4e00-\u9fa5\d]/.test(tail)) continue;
    const begins = (t: string) => { const n = normalizeDiagnosis(t); return n.length >= 3 && n.length === tail.length + 1 && n.startsWith(tail); };
    const entries = catalogue.filter((e) => e.diagnosisTerms.some(begins));
    const other = catalogue.some((e) => (e.notDiagnosisTerms ?? []).some(begins)) || catalogue.some((e) => !entries.includes(e) && e.diagnosisTerms.some(begins));
    if (entries.length === 1 && !other) keys.add(entries[0]!.key);
    if (entries.length > 0) break;
  }
  return [...keys];
}

export function mapDiagnoses(diagnoses: readonly string[], catalogue: readonly DiagnosisVocabulary[]): string[] {
  return [...new Set(diagnoses.flatMap((d) => mapDiagnosis(d, catalogue)))];
}

const CJK = /[\u4e00-\u9fa5]/;
/** Characters OCR may have misread in a term: Chinese or Latin letters, never a figure (慢性肾脏病4期 is no misread 5期) or a stop. */
const MISREADABLE = /[\u4e00-\u9fa5A-Za-z]/;

/** Where in `text` any of `terms` stands as written: [start, end) spans. */
const spansOf = (text: string, terms: readonly string[]): [number, number][] =>
  terms.flatMap((t) => [...text.matchAll(new RegExp(escapeRegExp(t), 'g'))].map((m): [number, number] => [m.index, m.index + t.length]));

/**
 * How many characters of a term of this length OCR may have misread: one in four or five, two from six. A term of
 * three is too short to tell a misread from another word (白血病 stands one character from 低蛋白血症's 白血症).
 */
const allowed = (length: number): number => (length >= 6 ? 2 : length >= 4 ? 1 : 0);

/**
 * The diagnosis with a misread term put right (高血振病 → 高血压病, 缺面性心机病 → 缺血性心肌病): a run of characters
 * as long as a catalogue term of four or more characters and within {@link allowed} Chinese or Latin characters of it.
 * Never where the text already holds a term there, nor over a wording the pack says names something else (肺心病,
 * 胃出血, 良性肿瘤): only for a reading the engine was unsure of, and marked for the clerk to check (R13, issue 10).
 */
export function restoreTerms(diagnosis: string, catalogue: readonly DiagnosisVocabulary[]): string {
  const terms = catalogue.flatMap((e) => e.diagnosisTerms).filter((t) => CJK.test(t));
  const taken = [...spansOf(diagnosis, terms), ...spansOf(diagnosis, catalogue.flatMap((e) => e.notDiagnosisTerms ?? []))];
  const chars = [...diagnosis];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const want = [...term];
    if (allowed(want.length) === 0) continue;
    for (let i = 0; i + want.length <= chars.length; i += 1) {
      if (taken.some(([a, b]) => a < i + want.length && i < b)) continue;
      const off = want.flatMap((c, k) => (c === chars[i + k] ? [] : [k]));
      if (off.length === 0 || off.length > allowed(want.length)) continue;
      if (!off.every((k) => CJK.test(want[k]!) && MISREADABLE.test(chars[i + k]!))) continue;
      chars.splice(i, want.length, ...want);
      taken.push([i, i + want.length]);
    }
  }
  return chars.join('');
}
