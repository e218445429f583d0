import { checkCharacter } from '../id-number';
import { findInstitution, type Institution } from '../evidence/institutions';
import type { MaterialType } from '../evidence/material-types';
import { firstDate, parseDates } from './chinese-dates';
import { mapDiagnoses, type DiagnosisVocabulary } from './map-diagnoses';
import { normalizeOcrText } from './normalize-text';

/** The facts the desk reads from one document (domain §2.5), null where the text does not say. */
export type DocumentFacts = {
  readonly documentType: MaterialType | null;
  readonly name: string | null;
  readonly idNumber: string | null;
  readonly recordNo: string | null;
  readonly hospital: string | null;
  readonly admissionDate: string | null;
  readonly dischargeDate: string | null;
  readonly visitDates: readonly string[];
  readonly reportDate: string | null;
  readonly diagnoses: readonly string[];
  readonly diseaseKeys: readonly string[];
  /** Physicians who signed the record: they may not certify their own patient (issue 4, R21). */
  readonly physicianNames: readonly string[];
};

export type ExtractionVocabulary = {
  readonly catalogue: readonly DiagnosisVocabulary[];
  readonly institutions: readonly Institution[];
};

const TITLES: readonly [RegExp, MaterialType][] = [
  [/出院记录|出院小结|住院病历|病案首页|入院记录|住院志/, 'INPATIENT_RECORD_COPY'],
  [/诊断证明/, 'DIAGNOSIS_CERTIFICATE'],
  [/检验报告|检查报告|化验单|报告单|检验单/, 'TEST_REPORT'],
  [/门诊病历|门诊记录|门急诊病历/, 'OUTPATIENT_RECORD_ORIGINAL'],
  [/居民身份证|公民身份号码/, 'ID_CARD_COPY'],
];

function documentType(lines: readonly string[]): MaterialType | null {
  const head = lines.slice(0, 6).join('\n');
  for (const scope of [head, lines.join('\n')]) {
    for (const [re, type] of TITLES) if (re.test(scope)) return type;
  }
  return null;
}

const NEXT_LABEL = '性别|年龄|科室|科别|床号|病区|住院号|门诊号|病案号|身份证|民族|职业|婚姻';
const NAME = new RegExp(`姓\\s*名[:]?([\\u4e00-\\u9fa5·]{2,4}?)(?=${NEXT_LABEL}|$|[^\\u4e00-\\u9fa5·])`, 'm');

const OCR_DIGIT: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', x: 'X' };

function idCandidates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[0-9OoDQlI|][0-9OoDQlI| ]{16,24}[0-9Xx]/g)) {
    const s = m[0].replace(/ /g, '').replace(/[OoDQlI|x]/g, (c) => OCR_DIGIT[c] ?? c);
    if (/^\d{17}[\dX]$/.test(s)) out.push(s);
  }
  return out;
}

/** Prefer the number after a 身份证号 label, then any number whose check digit is right (GB 11643). */
function idNumber(lines: readonly string[]): string | null {
  const labelled = lines.filter((l) => /身份证|身份号码|证件号/.test(l)).flatMap((l) => idCandidates(l.replace(/^.*?(?:号码|号)[:]?/, '')));
  const all = [...labelled, ...idCandidates(lines.join('\n'))];
  return all.find((s) => checkCharacter(s.slice(0, 17)) === s[17]) ?? all[0] ?? null;
}

function recordNo(text: string): string | null {
  return /(?:住院号|门诊号|病案号|病历号|登记号|就诊卡号)[:]?([A-Za-z0-9-]{3,20})/.exec(text)?.[1] ?? null;
}

const HOSPITAL = /([\u4e00-\u9fa5]{2,24}?(?:人民医院|中医医院|中医院|医院|卫生院|保健院|医疗中心|卫生服务中心|门诊部|诊所))/;

function hospital(lines: readonly string[], institutions: readonly Institution[]): string | null {
  const head = lines.slice(0, 5).join('\n');
  const known = findInstitution(institutions, head) ?? findInstitution(institutions, lines.join('\n'));
  if (known) return known.nameZh;
  for (const l of lines.slice(0, 5)) {
    const m = HOSPITAL.exec(l);
    if (m) return m[1] ?? null;
  }
  return null;
}

function datesAfter(lines: readonly string[], label: RegExp): string[] {
  return lines.flatMap((l) => {
    const m = label.exec(l);
    return m ? parseDates(l.slice(m.index + m[0].length)).slice(0, 1) : [];
  });
}

const ANY_LABEL = /^[\u4e00-\u9fa5]{2,8}[:]/;
const NUMBERED = /^\(?\d{1,2}[.、)]/;
const ITEM_MARK = /\(?(\d{1,2})[.、)]/g;

/**
 * A numbered list cut into its items. A mark always cuts when no digit follows it ("3.5cm" is no
 * mark); it also cuts before a digit when it is the next number in sequence at a word boundary,
 * because PaddleOCR reads 「1. 2型糖尿病」 without the space, as "1.2型糖尿病".
 */
function numberedItems(text: string): string[] {
  const items: string[] = [];
  let expected = 1;
  let from = 0;
  for (const m of text.matchAll(ITEM_MARK)) {
    const n = Number(m[1]);
    const end = m.index + m[0].length;
    const inSequence = n === expected && (m.index === 0 || /[\s;；,，。]/.test(text[m.index - 1] ?? ''));
    if (!inSequence && /\d/.test(text[end] ?? '')) continue;
    items.push(text.slice(from, m.index));
    from = end;
    expected = n + 1;
  }
  items.push(text.slice(from));
  return items;
}

/** Diagnoses after 出院诊断 (else 诊断 …): the rest of the line plus numbered continuation lines. */
function diagnoses(lines: readonly string[]): string[] {
  const labels = [/出院诊断[:]?/, /(?:临床|门诊|初步|最后)?诊断(?:意见)?[:]/, /入院诊断[:]?/];
  for (const label of labels) {
    const start = lines.findIndex((l) => label.test(l));
    if (start < 0) continue;
    const first = (lines[start] ?? '').replace(new RegExp(`^.*?${label.source}`), '');
    const block = [first];
    for (const l of lines.slice(start + 1)) {
      if (!NUMBERED.test(l) || ANY_LABEL.test(l)) break;
      block.push(l);
    }
    const items = numberedItems(block.join(' '))
      .map((s) => s.replace(/[;；,，。\s]+$/, '').trim())
      .filter((s) => /[\u4e00-\u9fa5A-Z]{2,}/.test(s));
    if (items.length > 0) return items;
  }
  return [];
}

const SIGNER = /(?:医师签名|医生签名|经治医师|主治医师|接诊医师|报告医师|审核医师)[:]?([\u4e00-\u9fa5·]{2,4})(?![\u4e00-\u9fa5])/g;

export function extractFacts(ocrText: string, vocab: ExtractionVocabulary): DocumentFacts {
  const lines = normalizeOcrText(ocrText).split('\n').filter((l) => l.length > 0);
  const text = lines.join('\n');
  const type = documentType(lines);
  const dx = diagnoses(lines);
  const visits = datesAfter(lines, /(?:就诊|门诊|复诊)(?:日期|时间)[:]?/);
  return {
    documentType: type,
    name: NAME.exec(text)?.[1] ?? null,
    idNumber: idNumber(lines),
    recordNo: recordNo(text),
    hospital: hospital(lines, vocab.institutions),
    admissionDate: datesAfter(lines, /入院(?:日期|时间)[:]?/)[0] ?? null,
    dischargeDate: datesAfter(lines, /出院(?:日期|时间)[:]?/)[0] ?? null,
    visitDates: [...new Set(visits)].sort(),
    reportDate: datesAfter(lines, /(?:报告|检验|审核|采样|采集|检查)(?:日期|时间)[:]?/)[0] ??
      (type === 'TEST_REPORT' ? firstDate(text) : null),
    diagnoses: dx,
    diseaseKeys: mapDiagnoses(dx, vocab.catalogue),
    physicianNames: [...new Set([...text.matchAll(SIGNER)].map((m) => m[1] as string))],
  };
}
