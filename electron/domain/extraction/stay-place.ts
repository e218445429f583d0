import type { Row } from './page-lines';

/**
 * Where a date's sentence places the patient: a stay in another hospital (…于首都医科大学附属北京天坛医院住院，…于2024年12月6日
 * 出院), or another paper cited for it (（据该院出院记录，出院日期2024-09-27）), dates no stay of this page.
 */

/** A clause ends at a comma or a full stop. */
export const CLAUSE_END = /[，,。；;]/;

/** A note citing another paper (（据该院出院记录，出院日期2024-09-27）): every date inside it is that paper's. */
const CITING_NOTE = /[（(]\s*(?:据|参见|详见|引自)[^（）()]*$/;

/**
 * Where a sentence places the patient (在我院, 转入我院, 于首都医科大学附属北京天坛医院住院): a named hospital, or our own
 * (我院, 本院, 我科).
 */
const PLACED = /(?:在|于|到|赴|转入|转至|转到|入住)\s*(我院|本院|我科|本科|[\u4e00-\u9fa5]{2,30}?(?:医院|卫生院|医疗中心))([\u4e00-\u9fa5]{0,6}?住院)?/g;
/** Rows a sentence may run back over to its start. */
const SENTENCE_ROWS = 3;

/** The sentence a date stands in, up to the date (`lead`), run back over the rows above to its full stop. */
function sentenceTo(rows: readonly Row[], r: number, lead: string): string {
  let text = lead;
  for (let k = r - 1; k >= Math.max(0, r - SENTENCE_ROWS) && !/[。；;]/.test(text); k -= 1) text = `${rows[k]!.joined}${text}`;
  return text.split(/[。；;]/).at(-1)!;
}

/**
 * Whether the date's clause (`lead` up to it, `rest` after it), else the sentence before it, last places the patient in a
 * stay at another hospital than the one heading the page.
 */
export function stayElsewhere(rows: readonly Row[], r: number, lead: string, rest: string): boolean {
  const own = [...`${lead.split(CLAUSE_END).at(-1)}|${rest.split(CLAUSE_END)[0]}`.matchAll(PLACED)].at(-1);
  const last = own ?? [...sentenceTo(rows, r, lead).matchAll(PLACED)].at(-1);
  const name = last?.[2] ? last[1]! : undefined;
  return name !== undefined && !/^(?:我|本)/.test(name) && !rows.slice(0, 3).some((row) => row.joined.includes(name));
}

/** Whether `lead`, the text before a date, leaves it inside a note citing another paper. */
export const citesAnotherPaper = (lead: string): boolean => CITING_NOTE.test(lead);
