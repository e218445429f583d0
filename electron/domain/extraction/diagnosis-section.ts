import { CELL, sourceOf, type FieldSource, type Row } from './page-lines';

/**
 * The diagnoses a record concludes with: the 出院诊断 (never the 入院诊断 when both stand), else the
 * final, certificate or outpatient diagnosis; items split on their numbering (also when it is glued to
 * the text: `1.高血压病3级 2.2型糖尿病`) or on separators. History, family history and negations
 * (否认高血压病史; 母亲患2型糖尿病) are outside these sections and never count.
 */
const SECTIONS: readonly RegExp[] = [
  /出院诊断/,
  /(?:最后|最终|确定|修正)诊断/,
  /(?<!入院)(?:西医诊断|中医诊断|临床诊断|门诊诊断|初步诊断|诊断意见|诊断结论|诊\s*断)(?!证明|书|医师|医生|日期|时间|机构|单位|依据)/,
  /入院诊断/,
];
/** What ends a section: the next 标签： at the start of a row, or a heading the records use. */
const NEXT_SECTION = /^(?:[\u4e00-\u9fa5]{2,8}[:：]|(?:诊疗经过|治疗经过|住院经过|出院医嘱|出院情况|入院情况|出院带药|医嘱|处理|建议|手术|既往史|现病史|主诉|体格检查|辅助检查|医师|医生|签名|注意|备注)(?:[:：|]|$))/;
const OTHER_FIELD = /\|(?=(?:诊疗经过|治疗经过|住院经过|出院医嘱|出院情况|入院情况|出院带药|医嘱|处理|建议|医师|医生|签名|日期|科室|床号|住院号|门诊号|病区))/;
const NOT_A_DIAGNOSIS = /否认|家族史|既往|病史|母亲|父亲|子女|兄弟|姐妹|待查$|^无$|第\s*\d+\s*页|共\s*\d+\s*页|打印/;

export type Diagnoses = { readonly items: string[]; readonly source: FieldSource | null };

/** Items numbered 1, 2, 3 … in order; a number is a marker only where the next expected one stands. */
function splitNumbered(text: string): string[] | null {
  const marks: { at: number; len: number }[] = [];
  let from = 0;
  for (let k = 1; k < 30; k += 1) {
    const re = new RegExp(`(?<![\\d.A-Za-z])\\(?${k}\\s*[.、．)）:：]`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    marks.push({ at: m.index, len: m[0].length });
    from = m.index + m[0].length;
  }
  if (marks.length === 0) return null;
  return marks.map((m, i) => text.slice(m.at + m.len, marks[i + 1]?.at ?? text.length));
}

const clean = (s: string) => s.replace(/^[\s|:：,，;；。、]+|[\s|:：,，;；。、]+$/g, '').replace(/\|/g, ' ').trim();

export function diagnosisSection(rows: readonly Row[]): Diagnoses {
  for (const label of SECTIONS) {
    const start = rows.findIndex((r) => label.test(r.joined));
    if (start < 0) continue;
    const first = rows[start]!;
    const m = label.exec(first.joined)!;
    const parts = [first.joined.slice(m.index + m[0].length)];
    let source = sourceOf(first, m.index + m[0].length, first.joined.length);
    for (const row of rows.slice(start + 1, start + 12)) {
      if (NEXT_SECTION.test(row.joined) && !/^\(?\d{1,2}\s*[.、．)）]/.test(row.joined)) break;
      if (SECTIONS.some((s) => s.test(row.joined))) break;
      parts.push(row.joined);
      const more = sourceOf(row, 0, row.joined.length);
      source = { ...source, confidence: Math.min(source.confidence, more.confidence) };
    }
    const joined = parts.join(CELL);
    // a two-column page puts the next section beside this one on the same row
    const text = joined.slice(0, joined.search(OTHER_FIELD) >= 0 ? joined.search(OTHER_FIELD) : joined.length);
    const items = (splitNumbered(text) ?? text.split(/[|,，;；。]|\s{1,}/))
      .map(clean).filter((s) => /[\u4e00-\u9fa5A-Z]{2,}/.test(s) && !NOT_A_DIAGNOSIS.test(s));
    if (items.length > 0) return { items, source };
  }
  return { items: [], source: null };
}
