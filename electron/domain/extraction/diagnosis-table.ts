import { cellStart, sourceOf, type FieldSource, type Row } from './page-lines';

/**
 * Diagnoses printed as a table: a header row with a 诊断名称 column beside 序号, ICD-10, 转归 …,
 * then a row per diagnosis. A 类别 column may group the rows (入院诊断 / 出院诊断 in a merged cell,
 * printed at the middle of its group, which the numbering restarting at 1 delimits); only the final
 * group counts where one is named. Returns null when the page has no such table.
 */
const NAME_HEAD = /^(?:诊断名称|疾病名称|诊断内容|诊\s*断|(?:出院|入院|初步|主要|其他|最后|最终)诊断(?:名称)?)$/;
const OTHER_HEAD = /^(?:序号|类别|诊断类别|ICD-?10(?:编码)?|ICD编码|疾病编码|编码|转归|入院病情|治疗结果|出院情况)$/i;
/** A register of visits headed by their date (日期 | 血压 | 诊断 | 处理): its diagnoses only where no section names any. */
const DATE_HEAD = /^(?:就诊|复诊|随访)?日期$/;
// (a category may name the rank too: 出院主要诊断, 出院其他诊断, 入院主要诊断)
const CATEGORY = /(?:入院|出院)?(?:主要|其他|次要)诊断|(?:入院|初步|门诊|出院|最后|最终|确定|修正)诊断/;
const ADMISSION = /入院|初步/;
/** An ICD-10 code as a diagnosis prints it (I10.x00, E11.900, T58.x00), as a regular expression's source. */
export const ICD_CODE = '[A-Z]\\d{2}(?:\\.[\\dA-Za-z]{1,4})?';
/** An ICD-10 code alone in its cell or item (I10.x00, E11.900). */
export const CODE = new RegExp(`^${ICD_CODE}(?:\\s*[A-Za-z0-9.+*]*)?$`);
const NUMBER = /^\d{1,2}[.、．]?$/;
const STOP = /^[\u4e00-\u9fa5]{2,8}[:：]/;
/** A front sheet's field after its diagnoses, its colon lost (离院方式  1.医嘱离院, 科主任  张卫东 …): the table has ended. */
const FIELD_AFTER = /^(?:离院方式|科主任|(?:住院|主治|主任|副主任)医师|质控|是否)/;
/**
 * A suspicion, not a diagnosis: 待查, 待排 (or its 待 where a photo cut the rest), 可能, 不除外, 冠心病？, 糖尿病？（药物相关）,
 * 心肌梗死？请结合临床, a table's 癫痫所致精神障碍？ F06.801, 疑似…, 可疑…, 考虑…可能性大, a screening's positive (a note on how a stated diagnosis was found is none:
 * 苯丙酮尿症（新生儿筛查阳性）).
 */
/** A note in brackets after a doubt (高血压病待排（诊室血压145/88mmHg…）, 腔隙性脑梗死？（头颅CT示腔隙灶…）). */
const NOTE = String.raw`[（(][^()（）]{0,30}[)）]`;
export const SUSPECTED = new RegExp(String.raw`(?:待查|待排|待除外|不除外|可能|待诊|待)[)）]?(?:\s*${ICD_CODE}|${NOTE})?$|[?？](?:[)）]|${NOTE}|\s*${ICD_CODE}|[，,]?\s*待[\u4e00-\u9fa5A-Za-z]{1,12})?$|(?:可能|待排|[?？])[，,；;]\s*(?:建议|请|需|宜|进一步)[^，,；;]*$|[?？]\s*(?:请|建议)?结合临床[^，,；;]*$|^[?？]|^(?:r\/o|R\/O)|^(?:[(（][^()（）]{1,20}[)）]\s*)?(?:疑似|可疑)|(?<![（(][^()（）]*)筛查[^，,;；]*?(?:阳性|可疑|异常)|可疑阳性|可能性(?:大|较大|小)|^考虑.{0,20}可能`);

type Group = { category: 'ADMISSION' | 'FINAL' | null; items: string[] };
/** The category a cell holds when that is all it holds (出院诊断：), else null. */
const categoryOnly = (text: string): string | null => {
  const cat = CATEGORY.exec(text)?.[0];
  return cat !== undefined && text.replace(/[:：\s]/g, '') === cat ? cat : null;
};
/** A cell naming the part of a TCM front page a row belongs to (中医 主病 … / 西医 主要诊断 …), not a diagnosis. */
const PART = /^(?:中医|西医)(?:诊断)?$|^(?:主病|主证|次证|兼证)$/;
/** A row that names its place in the table (病案首页: 主要诊断：… / 其他诊断：…) under the table's own heading. */
const RANKED = /^(?:主要|其他|次要)诊断\s*[:：]\s*/;

/** The diagnosis named by one table row: its number and category taken off, the first cell that is neither a code nor an outcome. */
function rowItem(row: Row): { number: number | null; category: string | null; name: string | null; ranked: boolean } {
  let number: number | null = null;
  let category: string | null = null;
  let name: string | null = null;
  const ranked = RANKED.test(row.cells[0]?.text.trim() ?? '');
  for (const cell of row.cells) {
    const t = cell.text.trim().replace(RANKED, '');
    const cat = categoryOnly(t);
    if (cat) { category = cat; continue; }
    if (PART.test(t)) continue;
    if (number === null && name === null && NUMBER.test(t)) { number = Number(/\d+/.exec(t)![0]); continue; }
    // (a 序号 column marks the principal diagnosis 主 in place of its 1)
    if (number === null && name === null && t === '主') { number = 1; continue; }
    // a name in Chinese, or an abbreviation doctors write (T2DM, COPD), never the ICD code
    if (name === null && (/[\u4e00-\u9fa5]{2,}/.test(t) || /^[A-Za-z][A-Za-z0-9-]{1,9}$/.test(t)) && !CODE.test(t)) name = t;
  }
  return { number, category, name, ranked };
}

/** The cell of `row` in the column of header cell `j`: by the boxes' centres where the engine gave boxes, else a row as wide. */
function inColumn(header: Row, j: number, row: Row): number | null {
  const box = header.cells[j]?.bbox;
  if (box && row.cells.every((c) => c.bbox)) {
    const left = j > 0 ? (header.cells[j - 1]!.bbox![2] + box[0]) / 2 : -Infinity;
    const right = j + 1 < header.cells.length ? (box[2] + header.cells[j + 1]!.bbox![0]) / 2 : Infinity;
    const k = row.cells.findIndex((c) => { const mid = (c.bbox![0] + c.bbox![2]) / 2; return mid >= left && mid < right; });
    return k >= 0 ? k : null;
  }
  return row.cells.length === header.cells.length ? j : null;
}

/** 入院诊断 and 出院诊断 as columns of one table (序号 | 入院诊断 | 出院诊断 | 转归): the 出院 column's cells. */
function dischargeColumn(rows: readonly Row[], head: number): { items: string[]; source: FieldSource | null } | null {
  const header = rows[head]!;
  const j = header.cells.findIndex((c) => /^出院诊断/.test(c.text.trim()));
  if (j < 0 || !header.cells.some((c) => /^(?:入院|初步)诊断/.test(c.text.trim()))) return null;
  const items: string[] = [];
  let source: FieldSource | null = null;
  const numberOf = (row: Row | undefined) => row?.cells[0]?.text.trim() ?? '';
  for (const [i, row] of rows.slice(head + 1, head + 25).entries()) {
    // (the engine may lose the first row's lone 1 in its narrow column: the row after it is numbered 2)
    const lostOne = i === 0 && /^2[.、．]?$/.test(numberOf(rows[head + 2]));
    if (STOP.test(row.joined) || (!NUMBER.test(numberOf(row)) && !lostOne)) break;
    const k = inColumn(header, j, row);
    const name = k === null ? '' : row.cells[k]!.text.trim();
    if (!/[\u4e00-\u9fa5]{2,}/.test(name) || !current(name)) continue;
    items.push(name);
    source ??= sourceOf(row, cellStart(row, k!), cellStart(row, k!) + name.length);
  }
  return { items, source };
}

/** An item about the past or about others, never a current diagnosis (脑梗死个人史, 否认糖尿病, 高血压家族史). */
export const HISTORY_ITEM = /否认|不患|未患|家族史|个人史|既往|病史/;
/**
 * An item its own note rules out (脑出血（已排除）, 脑梗死（CT已排除）, …（经头颅MRI排除）); a note ruling out another kind of
 * it (原发性高血压（继发性已排除）) leaves it.
 */
export const RULED_OUT = /[（(](?:已?经)?(?:头颅|颅脑|头部|胸部|腹部|冠脉)?(?:[A-Za-z]{1,4}|彩超|B超|超声|造影|检查|化验|病理|复查)*(?:已|均已)?(?:排除|除外)[)）]$/;
const current = (s: string): boolean => !SUSPECTED.test(s) && !HISTORY_ITEM.test(s) && !RULED_OUT.test(s);

/** The diagnoses of a table; `register`: a register of visits, which a page's labelled diagnosis outranks. */
export function diagnosisTable(rows: readonly Row[], admissionAllowed: boolean): { items: string[]; source: FieldSource | null; register: boolean } | null {
  const headOf = (other: RegExp) => rows.findIndex((r) => r.cells.some((c) => NAME_HEAD.test(c.text.trim())) && r.cells.some((c) => other.test(c.text.trim())));
  const table = headOf(OTHER_HEAD);
  const head = table >= 0 ? table : headOf(DATE_HEAD);
  if (head < 0) return null;
  const found = tableItems(rows, head, admissionAllowed);
  return found && { ...found, register: table < 0 };
}

function tableItems(rows: readonly Row[], head: number, admissionAllowed: boolean): { items: string[]; source: FieldSource | null } | null {
  const side = dischargeColumn(rows, head);
  if (side) return side.items.length > 0 ? side : null;
  // a column headed 出院诊断 (or 入院诊断) names the category of the whole table
  const headed = rows[head]!.cells.map((c) => CATEGORY.exec(c.text.trim())?.[0]).find((c) => c !== undefined) ?? null;
  const groups: Group[] = [{ category: headed === null ? null : ADMISSION.test(headed) ? 'ADMISSION' : 'FINAL', items: [] }];
  let source: FieldSource | null = null;
  // without a 序号 column a row of the table is one that keeps to its cells (诊断名称 | 入院病情 | 出院情况)
  const numbered = rows[head]!.cells.some((c) => /^(?:序号|No\.?)$/i.test(c.text.trim()));
  // a register of visits (序号 | 就诊日期 | 姓名 | … | 诊断 | 处理): the diagnosis is the cell under its heading, not the
  // first word; a first page prints two columns of diagnoses side by side (出院诊断 | 编码 | 病情 | 出院诊断 | 编码 | 病情)
  const header = rows[head]!;
  const nameCols = header.cells.flatMap((c, j) => (NAME_HEAD.test(c.text.trim()) ? [j] : []));
  for (const row of rows.slice(head + 1, head + 25)) {
    const { number, category, name: first, ranked } = rowItem(row);
    const under = row.cells.length !== header.cells.length ? [] : nameCols.map((j) => inColumn(header, j, row))
      .map((k) => (k === null ? '' : row.cells[k]!.text.trim().replace(RANKED, '')))
      .filter((t) => /[\u4e00-\u9fa5]{2,}/.test(t) && categoryOnly(t) === null && !PART.test(t));
    const name = under.length > 0 ? under.join('；') : first;
    if ((STOP.test(row.joined) || FIELD_AFTER.test(row.joined)) && !ranked) break;
    if (number === null && name === null && category === null) break;
    const inTable = ranked || (!numbered && name !== null && row.cells.length > 1);
    if (number === null && category === null && !inTable) break; // a row that is not part of the table (prose, a signature)
    let group = groups.at(-1)!;
    if (number === 1 && group.items.length > 0) { group = { category: headed === null ? null : group.category, items: [] }; groups.push(group); }
    const kind = category === null ? null : ADMISSION.test(category) ? 'ADMISSION' : 'FINAL';
    // a row that names its own category opens a new group where the category changes (入院诊断 … / 出院主要诊断 …)
    if (kind && group.category !== null && group.category !== kind && group.items.length > 0) { group = { category: kind, items: [] }; groups.push(group); }
    if (kind) group.category = kind;
    if (name) {
      group.items.push(...name.split(/[；;]/).map((t) => t.trim()).filter(Boolean));
      source ??= sourceOf(row, 0, row.joined.length);
    }
  }
  const named = groups.some((g) => g.category !== null);
  const counted = groups.filter((g) => (named ? g.category === 'FINAL' || (admissionAllowed && g.category === 'ADMISSION' && !groups.some((x) => x.category === 'FINAL')) : true));
  const items = counted.flatMap((g) => g.items).filter(current);
  return items.length > 0 ? { items: [...new Set(items)], source } : null;
}
