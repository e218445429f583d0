import { CHECK_UP_SUMMARY, REPORT_CONCLUSIONS, REPORT_SECTIONS, SECTIONS, SOAP_ASSESSMENT } from './diagnosis-labels';
import { CODE, diagnosisTable, HISTORY_ITEM, ICD_CODE, RULED_OUT, SUSPECTED } from './diagnosis-table';
import { columnOf, MARKER, overGridLabel, underColumn, underGridLabel } from './diagnosis-grid';
import { CELL, type FieldSource, HISTORY_ROW, type Row, sourceOf } from './page-lines';

/**
 * The diagnoses a record concludes with: the 出院诊断 (never the 入院诊断 when both stand), else the
 * final, certificate or outpatient diagnosis; items split on their numbering (also when it is glued to
 * the text: `1.高血压病3级 2.2型糖尿病`) or on separators. History, family history and negations
 * (否认高血压病史; 母亲患2型糖尿病) are outside these sections and never count.
 */
/**
 * What ends a section: the next 标签： at the start of a row, a gloss in brackets allowed before its colon (主要现病史（转出原因）：;
 * 中医:/西医: divide one, and 主要诊断, 其他诊断, 并发症, 合并症 go on with it), or a heading the records use.
 */
const NEXT_HEADINGS = ['诊疗经过', '治疗经过', '住院经过', '出院医嘱', '出院时?情况', '入院时?情况', '出院带药', '医嘱', '处理', '建议',
  '(?:治疗|处理|诊疗)(?:意见|方案|计划|措施)', '手术', '既往史',
  '现病史', '主诉', '体格检查', '辅助检查', '治则(?:治法)?', '治法', '处方', '医师', '医生', '签名', '注意', '备注', '检查(?:部位|项目|方法|所见|号)', '标本(?:类型)?',
  '申请(?:科室|医生|医师)', '送检',
  // a SOAP note's plan (计划 / P) after its assessment
  '计划', 'P', 'Plan'].join('|');
const NEXT_SECTION = new RegExp(String.raw`^(?:(?!中医|西医|(?:主要|其他|次要)诊断|并发症|合并症)[\u4e00-\u9fa5]{2,8}(?:[(（][^)）]{1,8}[)）])?[:：]|(?:${NEXT_HEADINGS})(?:[:：|]|$))`);
const OTHER_FIELD = /\|(?=(?:诊疗经过|治疗经过|住院经过|出院医嘱|出院情况|入院情况|出院带药|医嘱|处理|建议|医师|医生|签名|日期|科室|床号|住院号|门诊号|病区|[\u4e00-\u9fa5]{1,4}(?:日期|时间)\s*[:：]))/;
const NOT_A_DIAGNOSIS = new RegExp(String.raw`^同前$|^同上$|^同入院|^(?:未见|未查见|未发现|未找到|排除|除外)|(?<!不)(?:已|经)?(?:排除|除外)$|[(（]\s*(?:已|经)(?:排除|除外)\s*(?:[)）,，;；]|$)|${HISTORY_ITEM.source}|${RULED_OUT.source}|母亲|父亲|子女|先证者|兄弟|姐妹|^无$|第\s*\d+\s*页|共\s*\d+\s*页|打印|^(?:住院|主治|主任|副主任|经治|责任|报告|审核|接诊)?(?:医师|医生)|^科主任|编码员|^手术及操作|^术者$|^离院方式|^(?:中医|西医)诊断$|^明确$|外部原因|依据不足|诊断不成立|不予认定|^(?:请|建议|嘱)|勿作诊断|召回|不支持|总分\s*\d+\s*分|DQ$|^(?:注意|警惕|谨防)|向[\u4e00-\u9fa5]{2,12}(?:转化|进展)$|^(?:[\u4e00-\u9fa5]{0,6}(?:健康)?(?:查体|体检))$`);
/** A chief complaint in a diagnosis's place (右侧肢体无力4小时, 胸痛3天): a symptom and how long, no diagnosis. */
const COMPLAINT = /^[\u4e00-\u9fa5]{0,10}(?:无力|麻木|疼痛|痛|头晕|眩晕|胸闷|乏力|不适|咳嗽|咳痰|发热|水肿|心悸|气短|气促|抽搐|多饮|多尿)[^，,；;]{0,4}\d+\s*(?:小时|天|日|周|个?月|年)余?$/;
/** A table's heading row (项目  结果  单位  参考范围) or a row of times and dates, never diagnoses side by side. */
const NOT_CHIPS = /项目|结果|单位|参考|检验|检查|序号|名称|日期|时间|\d{4}\s*[-./年]/;
/** A row about the person, not the disease: 兹证明…同志, 性别, 年龄, 身份证号. */
const WHO_ROW = /兹证明|兹有|同志|性别|年龄|身份证/;
/**
 * A row that opens the history, the treatment or the signature, its colon lost or not (病史 高血压20年, 处理 阿司匹林, 医师 周海波),
 * one that rules a disease out (已排除糖尿病肾病。),
 * or a heading set between rules (—— 复诊记录 ——, ==== 处方 ====).
 */
const NOT_DIAGNOSIS_ROW = /^(?:病史|现病史|既往史|主诉|查体|体格检查|诊疗经过|治疗经过|处理|医嘱|出院医嘱|(?:住院|主治|主任|经治|责任)?医师|医生|已?(?:排除|除外)|否认)|^[—\-=－─━]{2,}\s*[\u4e00-\u9fa5]{2,10}\s*[—\-=－─━]{2,}$/;
/** A row of advice or treatment, not a diagnosis: 建议…, 嘱…, 复查…, 继续…; or what the paper is for (供申请…用, 仅供参考). */
const ADVICE_ROW = /^(?:建议|嘱|复查|随诊|继续|予|给予|注意|定期|低盐|低脂|清淡|必要时|门诊|需长期|需要|特此|供|仅供|此证明|本证明)/;
/** A prescription line: a dose or a frequency (30mg qd, 0.5g tid, 1片). */
const DOSE = /\d\s*(?:mg|g|ml|μg|ug|iu|u|片|粒|支|袋|丸)\b|\b(?:qd|bid|tid|qid|qn|prn)\b/i;
/** A row that opens with an ICD-10 code and goes on to the diagnosis's name (glued to it after OCR, a faded 0 or 1 read as O or l). */
const CODED_ROW = /^[A-Z][\dOl]{2}(?:\.[\dA-Za-z]{1,8})?[\s|]*[\u4e00-\u9fa5]/;
/** A row of a front sheet's grid: a diagnosis's name followed by its code (高血压病2级 I10.x03 1 坠积性肺炎 J18.201 4). */
const CODE_AFTER = /[\u4e00-\u9fa5][^\s|]*[\s|]*[A-Z]\d{2}\.[\dA-Za-z]{1,4}(?![\dA-Za-z])/;
/**
 * Between unnumbered items: a cell break, a comma, a semicolon, a full stop, a space (not one before a stage: CKD 5D期, nor
 * one between words in Latin letters: Cerebral infarction), or a
 * 、 outside brackets (脑梗死（基底节区、放射冠）is one).
 */
const UNNUMBERED_ITEMS = /[|;；。]|(?:(?<![A-Za-z])\s+|\s+(?![A-Za-z]))(?![\dⅠⅡⅢⅣⅤIV]+[A-Da-d]?\s*[期级型])(?![^（()）]*[)）])|[、,，](?![^（()）]*[)）])/;
/** A sentence of its own: opening in words, a comma inside, a full stop at its end, no item's number in it. */
const SENTENCE = /^(?!.*\d\s*[.、．](?!\d))[\u4e00-\u9fa5][^，,]*[，,].*。\s*$/;
/** Where a sentence naming diseases goes on to something else: a comma before 于, 需, 建议, 经 … */
const PROSE_GOES_ON = /[，,](?=\s*(?:于|需|建议|经|在|目前|现|予|来|已|曾|故|特此|病情|遂|并|为|要求|符合|同意|属))/;
const HAN_NUMBER = '一二三四五六七八九十';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** Items numbered 一、二、, （一）, ① … read as 1. 2. (only where a numeral opens an item, not inside a word). */
const arabicMarkers = (s: string): string => s
  .replace(new RegExp(`[${CIRCLED}]`, 'g'), (c) => `${CIRCLED.indexOf(c) + 1}.`)
  .replace(new RegExp(`[（(]([${HAN_NUMBER}])[）)]`, 'g'), (_, c: string) => `${HAN_NUMBER.indexOf(c) + 1}.`)
  .replace(new RegExp(`(^|[^\\u4e00-\\u9fa5])([${HAN_NUMBER}])、`, 'g'), (_, p: string, c: string) => `${p}${HAN_NUMBER.indexOf(c) + 1}.`);
/** A row that opens a part of one diagnosis section: 中医诊断：/西医诊断：, 主要诊断：/其他诊断：, 并发症：/合并症：. */
const SUB_WORDS = '中医|西医|(?:主要|其他|次要)诊断|并发症|合并症';
/** (a part may be numbered in Chinese: 一、主要诊断：… / 二、其他诊断：…) */
const PART_NUMBER = '(?:[一二三四五六七八九十][、.．]\\s*)?';
const SUB_ROW = new RegExp(`^${PART_NUMBER}(?:${SUB_WORDS})`);
/** …or opening the text after a label (诊断：中医诊断：…, 诊断 | 中医诊断：…). */
const SUB_AFTER_LABEL = new RegExp(`^[\\s|:：]*${PART_NUMBER}(?:${SUB_WORDS})`);
const SUB_LABEL = new RegExp(`${PART_NUMBER}(?:(?:中医|西医)(?:诊断)?[:：]|(?:主要|其他|次要)诊断[:：]|(?:并发症|合并症)[:：])`, 'g');

export type Diagnoses = { readonly items: string[]; readonly source: FieldSource | null };

const markerRe = (k: number) => new RegExp(`(?<![\\d.A-Za-z])\\(?${k}\\s*[.、．)）:：]`, 'g');

/**
 * Items numbered 1, 2, 3 … in order; a number is a marker only where the next expected one stands,
 * and the numbering may start again at 1 (中医: 1. 2. 西医: 1. 2.). Text before the first marker is kept.
 */
function splitNumbered(text: string): string[] | null {
  const marks: { at: number; len: number }[] = [];
  let from = 0;
  for (let k = 1; k < 30;) {
    const find = (n: number) => { const re = markerRe(n); re.lastIndex = from; return re.exec(text); };
    // the numbering may start again (中医 1. 2. / 西医 1. 2., or two columns read row by row): the nearer marker wins
    const next = find(k);
    const again = k > 1 ? find(1) : null;
    const m = next && again ? (again.index < next.index ? again : next) : (next ?? again);
    if (!m) break;
    k = (m[0].match(/\d+/)?.[0] === String(k) ? k : 1) + 1;
    marks.push({ at: m.index, len: m[0].length });
    from = m.index + m[0].length;
  }
  if (marks.length === 0) return null;
  const head = text.slice(0, marks[0]!.at);
  // a full stop ends an item: what follows is the certificate's prose (…4.冠心病待排。建议休息两周，定期复查。)
  return [...head.split(/[|,，;；。]/), ...marks.map((m, i) => text.slice(m.at + m.len, marks[i + 1]?.at ?? text.length).split('。')[0]!)];
}

/** The physician's verdict after the diagnoses (…高血压病3级  符合认定标准，同意申请), not part of one. */
const VERDICT = /[\s|，,;；。]*符合(?:认定|诊断|申报)?(?:标准|条件)[\s\S]*$/;
/** (r/o and s/p glued to the abbreviation after them while items are split are shown apart again: s/p PCI) */
/** A front sheet's column heads read as an item (ICD编码 入院病情), no diagnosis. */
const COLUMN_HEADS = /^(?:(?:出院|入院|主要|其他)?诊断|(?:疾病|ICD-?(?:10)?)?编码|入院病情|出院情况|转归|治疗结果|\s)+$/;
/**
 * The admission condition and outcome a front sheet prints after an item's code (N18.500 有, I21.101 入院病情 1,
 * F41.101 有 好转): no part of its name.
 */
const CONDITION = '有|无|不详|临床未确定|情况不明|治愈|好转|未愈|死亡';
const CONDITION_AFTER_CODE = new RegExp(`(?<=${ICD_CODE})(?:\\s*(?:入院病情\\s*)?(?:${CONDITION})|(?:\\s+|\\s*入院病情\\s*)[1-4])+$`);
/** The condition and outcome a table prints after an item's code, in cells of their own. */
const CONDITION_CELL = new RegExp(`^(?:${CONDITION}|[1-4])$`);
/** An item that ends in its code, perhaps with its columns after it. */
const ENDS_IN_CODE = new RegExp(`${ICD_CODE}(?:\\s+\\S+)*$`);
/** A table's code and the condition and outcome after it, split off as items of their own, given back to the item before. */
function codesKept(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts.map((p) => p.trim())) {
    const prev = out.at(-1);
    const belongs = CODE.test(part) || (CONDITION_CELL.test(part) && ENDS_IN_CODE.test(prev ?? ''));
    if (prev !== undefined && belongs && /[\u4e00-\u9fa5]/.test(prev)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out;
}
/** A front sheet's row label with its colon lost (主要诊断 慢性肾脏病5期). */
const ROW_LABEL = /^(?:主要|其他|次要)诊断(?=[\u4e00-\u9fa5A-Za-z])/;
const clean = (s: string) => s.replace(/(?<![A-Za-z])(r\/o|s\/p)(?=[A-Za-z])/gi, '$1 ').replace(VERDICT, '').replace(SUB_LABEL, '')
  .replace(/^[\s|:：,，;；。、]+|[\s|:：,，;；。、]+$/g, '').replace(/\|/g, ' ').trim()
  .replace(ROW_LABEL, '').replace(CONDITION_AFTER_CODE, '').replace(COLUMN_HEADS, '');

/** Whether a row holds the next number of the list so far in a cell of its own (…术后 / 第4周期化疗  2.高血压病  3.…). */
function nextItemIn(parts: readonly string[], text: string): boolean {
  // (numbering glued to a type is still numbering: 5.2型糖尿病)
  const numbers = [...parts.join(CELL).matchAll(/(?:^|[|\s；;，,:：])\(?(\d{1,2})\s*[.、．)）](?!\d(?!型))/g)].map((m) => Number(m[1]));
  return numbers.length > 0 && new RegExp(`(?:^|\\|)\\s*\\(?${Math.max(...numbers) + 1}\\s*[.、．)）](?!\\d(?!型))`).test(text);
}

/**
 * A row of the other column of a two-column page read across, between a list's items (临床诊断 / 就诊时间 / ①高血压病 /
 * 2024-10-07 09:28:16 / ②脑梗死): a sidebar's label or its date, nothing of the list.
 */
const OTHER_COLUMN = /^(?:[\u4e00-\u9fa5]{0,4}(?:时间|日期|就诊|医生|医师|科室|类型|卡号|编号)|\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$/;

/** The text of one section: the rest of its label's row, and the rows that continue it. */
function sectionText(rows: readonly Row[], start: number, label: RegExp): { text: string; source: FieldSource } {
  const first = rows[start]!;
  const m = label.exec(first.joined)!;
  const col = columnOf(first, m.index);
  // an English gloss between the label and its colon (诊断(Diagnosis)：, 出院诊断 Discharge Dx：) is not part of the diagnosis
  // (诊断为：, 诊断意见（在符合项打√）：) neither is the instruction in brackets before its colon
  const afterLabel = first.joined.slice(m.index + m[0].length).replace(/^\s*[(（]?[A-Za-z][A-Za-z .]*[)）]?\s*(?=[:：])/, '')
    .replace(/^(?:为|\s*[(（][^)）]{1,40}[)）])\s*(?=[:：])/, '');
  let source = sourceOf(first, m.index + m[0].length, first.joined.length);
  const gridValue = underGridLabel(rows, start, m.index) ?? overGridLabel(rows, start, m.index);
  if (gridValue) return gridValue;
  // told in prose (…经我院诊断患有…，经规范治疗…; 兹证明…，62岁，患有…; 该村民患…): the sentence, not the rows after it
  // (…经我院确诊为： with the items in rows below is a label like 诊断：)
  if (/(?:为|患有?)$/.test(m[0]) && !/^[\s|]*[:：][\s|]*$/.test(afterLabel)) {
    const sentence = afterLabel.includes('。') ? afterLabel : `${afterLabel}${rows[start + 1]?.joined ?? ''}`;
    // the list ends where the sentence goes on to something else (…，于2025年2月20日来我院就诊; …，需长期服药)
    return { text: sentence.split('。')[0]!.split(PROSE_GOES_ON)[0]!, source };
  }
  const parts = [col ? '' : arabicMarkers(afterLabel)];
  const numbered = () => MARKER.test(parts.join('|').replace(/^[\s|:：]+/, '').replace(SUB_LABEL, ''));
  // a block under 中医诊断：/西医诊断：, on the label's row or opening in it
  let subBlock = SUB_ROW.test(m[0]) || SUB_AFTER_LABEL.test(parts[0]!);
  // a label alone on its row may head an unnumbered list, a diagnosis a row, up to the prescription or the next label
  const labelAlone = !col && parts[0]!.replace(/[\s|:：]/g, '') === '';
  const before = rows.slice(0, start).map((r) => r.joined.replace(/[\s|]/g, '')).join('\n');
  let pageBreak = false;
  for (const [n, row] of rows.slice(start + 1, start + 12).entries()) {
    // a page break inside the list is no part of it: the page's foot (第1页/共2页  打印时间：…) and the next page's running
    // head, rows that repeat what the record printed before (莘县人民医院  出院记录 / 姓名：孙桂兰  住院号：0238817), perhaps
    // with the day it was printed, around the page's number
    const repeated = row.cells.every((c) => PRINTED.test(c.text) || before.includes(c.text.replace(/[\s|]/g, '')));
    if (PAGE_MARK.test(row.joined)) pageBreak = true;
    if (PAGE_MARK.test(row.joined) || (repeated && (pageBreak || PAGE_MARK.test(rows[start + 2 + n]?.joined ?? '')))) continue;
    pageBreak = false;
    // a table's heading row under its label (ICD-10  入院病情  出院情况)
    if (row.cells.every((c) => TABLE_HEADING.test(c.text.trim()))) continue;
    const text = arabicMarkers(underColumn(row, col));
    // a label on a row of its own (诊断：) is followed by its first diagnosis, numbered or not
    const first = parts.join('').replace(/[\s|:：]/g, '') === '';
    const below = rows[start + 2 + n];
    const next = () => (below ? arabicMarkers(underColumn(below, col)) : '');
    if (OTHER_COLUMN.test(row.joined.trim()) && (first ? MARKER.test(next()) : nextItemIn(parts, next()))) continue;
    // a choice crossed out on a form (× 高血压（血压记录不足，不符合认定标准）) is one not made
    if (REJECTED_CHOICE.test(row.joined)) continue;
    // the rest of a wrapped lead-in (…目前诊断 / 为：) before the first item
    if (first && /^[^|]{0,6}[:：]$/.test(text)) continue;
    // a coded list goes on over every row that opens with its code (I25.103  冠状动脉粥样硬化性心脏病 / E11.900  2型糖尿病)
    // (and a front sheet's grid over every row of names each followed by its code)
    const coded = [CODED_ROW, CODE_AFTER].some((re) => re.test(text) && parts.some((p) => re.test(p)));
    const opensItem = MARKER.test(text) || SUB_ROW.test(text) || nextItemIn(parts, text) || coded;
    if ((NEXT_SECTION.test(row.joined) || ADVICE_ROW.test(row.joined) || NOT_DIAGNOSIS_ROW.test(row.joined)) && !opensItem) break;
    if (SECTIONS.some((s) => s.test(row.joined)) && !SUB_ROW.test(row.joined)) break;
    // under 中医诊断：/西医诊断： a short unlabelled row is one more diagnosis of that block (眩晕病 肝肾阴虚证)
    const inBlock = subBlock && !opensItem && !/[:：]/.test(row.joined) && row.joined.length <= 24;
    // a result table below a 临床诊断 line, or an unnumbered diagnosis that ended with its row
    // a list that ends its row on a separator goes on in the next (…视网膜病变； / 冠状动脉粥样硬化性心脏病)
    const wrapped = /[；;，,、]\s*$/.test(parts.at(-1) ?? '') && !/[:：]/.test(row.joined);
    // …or a short diagnosis on the label's row with more under it, one a row (Dx：HTN 3级 / T2DM / CKD 3期; 门诊诊断：冠状动脉粥样硬化性
    // 心脏病 不稳定型心绞痛 / 冠状动脉支架植入术后状态)
    // (二尖瓣机械瓣置换术后（2024-10-12，St.Jude 27mm） is one diagnosis, not prose)
    const stacked = labelAlone || parts.every((p) => unnoted(p).replace(/[\s|:：]/g, '').length <= 32);
    const bare = unnoted(row.joined);
    const listed = stacked && !numbered() && !/[:：。，,；;]/.test(bare) && bare.length <= 24 && !DOSE.test(row.joined)
      && !ADVICE_ROW.test(row.joined);
    // a numbered row goes on however many cells it has (1.冠心病  稳定型心绞痛  PCI术后); another row of three is a table
    // …but a label alone on its row may have its diagnoses side by side under it (诊断 / [高血压病]  [2型糖尿病]  [高脂血症])
    const chips = first && labelAlone && !NOT_CHIPS.test(row.joined);
    // a numbered item wraps onto a short row, never onto a sentence of its own (目前应用胰岛素…治疗，需长期用药。)
    const wraps = numbered() && row.joined.length <= 40 && !SENTENCE.test(row.joined);
    if ((row.cells.length >= 3 && !opensItem && !inBlock && !chips) || (!opensItem && !inBlock && !first && !wrapped && !listed && !wraps)) break;
    subBlock = SUB_ROW.test(text) || inBlock;
    parts.push(inBlock ? `；${text}` : text);
    const more = sourceOf(row, 0, row.joined.length);
    source = { ...source, confidence: Math.min(source.confidence, more.confidence) };
  }
  // a bordered form centres its label in a tall cell: items may stand above it (1、… 2、… / 诊断 | 3、… / 4、…)
  const rest = parts[0]!.replace(/^[\s|:：]+/, '');
  // (…or a list wrapped over three lines, the label beside the middle one: 高血压3级， / 临床诊断  2型糖尿病…， / 慢性胃炎)
  const besideMiddle = /^\s*\|/.test(parts[0]!) && /[，,；;、]$/.test(rows[start - 1]?.joined ?? '') && (rows[start - 1]?.joined.length ?? 99) <= 24;
  if (rest === '' || besideMiddle || /^\(?(?:[2-9]|1\d)\s*[.、．)）]/.test(rest)) {
    const above: Row[] = [];
    // numbered items, or the first part of a list wrapped in the cell (下肢动脉支架置入术后， / 临床诊断 / 高血压病3级)
    // (never a certificate's opening sentence: 兹证明 王淑琴 同志，性别 女，…)
    const item = (r: Row) => !WHO_ROW.test(r.joined) && (MARKER.test(arabicMarkers(r.joined)) || (/[，,；;、]$/.test(r.joined) && !/[:：]/.test(r.joined)));
    for (let i = start - 1; i >= Math.max(0, start - 4) && item(rows[i]!); i -= 1) above.unshift(rows[i]!);
    if (above.length > 0) {
      return { text: [...above.map((r) => arabicMarkers(r.joined)), ...parts].join(CELL), source: sourceOf(above[0]!, 0, above[0]!.joined.length) };
    }
  }
  return { text: parts.join(CELL), source };
}

/** A bracketed note on a diagnosis (a date, a device), which does not make its row prose. */
const unnoted = (text: string): string => text.replace(/[（(][^()（）]{1,30}[)）]/g, '');

/**
 * A discharge record whose 出院诊断 could not be read must not fall back to its admission diagnoses, unless the page says it
 * is the first of several (第1页 共2页, 下页续, 出院诊断见第2页): its admission diagnoses are the ones it states.
 */
const DISCHARGE_RECORD = /[出山田由]院(?:记录|小结|诊断|日期|医嘱|情况|时间)/;
/** A page's number in its head or foot (第2页/共3页, 共2页, Page 2 of 3). */
const PAGE_MARK = /第\s*\d+\s*页|共\s*\d+\s*页|Page\s*\d+\s*of/i;
/** The headings of a diagnosis table's columns other than the diagnosis's own. */
const TABLE_HEADING = /^(?:ICD[-\s]?10(?:编码)?|(?:疾病)?编码|入院病情|出院情况|转归|治疗结果|疗效)$/;
/** When and by whom a page was printed (打印日期：2024-08-21, 打印人：刘静). */
const PRINTED = /^\s*打印(?:日期|时间|人|者)/;
const FIRST_OF_SEVERAL = /第\s*1\s*页\s*[/／,，]?\s*共\s*[2-9]\s*页|下页续|续下页|见第\s*[2-9]\s*页/;

/**
 * A row that opens something new: a label (诊断：, Dx：, 出院诊断（主要诊断）：, 出院诊断 Discharge Diagnosis：; 出院诊断 1.…
 * without its colon), a SOAP note's heading alone on its row (评估, A, A  评估) or a dated entry (2024.8.21  内分泌科  复诊).
 */
const LABEL_START = new RegExp(String.raw`^(?:[\u4e00-\u9fa5]{2,8}(?:[(（][^)）]{1,8}[)）])?(?:\s*[A-Za-z][A-Za-z .'/-]{1,30})?|[A-Za-z]{1,4})\s*[:：|]|^\d{4}\s*[-./年]|^[\u4e00-\u9fa5]{0,4}诊断(?:$|\s*\d{1,2}[.、．])|${SOAP_ASSESSMENT}`);

/** Two rows as one, the last cell of the first and the first of the second joined (a word wrapped between them). */
function joinRows(a: Row, b: Row): Row {
  const last = a.cells.at(-1)!;
  const first = b.cells[0]!;
  const joined = { text: last.text + first.text, confidence: Math.min(last.confidence, first.confidence), bbox: last.bbox ?? first.bbox };
  const cells = [...a.cells.slice(0, -1), joined, ...b.cells.slice(1)];
  return { ...a, cells, joined: a.joined + b.joined };
}

/**
 * The rows joined into one where prose wrapped a label, or the words a label needs before it, between
 * them (兹证明…，患 / 有2型糖尿病…; 兹证明…身份证号： / 3715…，患有…; 经我 / 院全科医学科诊断患有…).
 */
function wrappedLabelsJoined(rows: readonly Row[], label: RegExp): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const next = rows[i + 1];
    const apart = next && row.page === next.page && !label.test(row.joined) && !label.test(next.joined);
    const m = apart ? label.exec(row.joined + next.joined) : null;
    if (m && next && m.index + m[0].length > row.joined.length) {
      out.push(joinRows(row, next));
      i += 1;
    } else out.push(row);
  }
  return out;
}

/**
 * A choice printed with an empty box (□糖尿病) is one not made; the tick of one made (☑高血压) is no part of its name. A form
 * that prints its boxes after the names (高血压 ☑  冠心病 □) ends its list with a box: there the name before an empty box goes.
 */
const UNTICKED = /[□☐][^□☐☑☒✓✔√■|\s,，、;；]*/g;
const UNTICKED_AFTER = /[^□☐☑☒✓✔√■|\s,，、;；:：]*\s*[□☐]/g;
const TICK = /[☑☒✓✔√■]/g;
/** A list of choices' label (管理病种, 申报病种, 疾病类型). */
const CHOICES_LABEL = /(?:病种|疾病|病名|类型|类别)$/;
const CHOICE_GAP = /(\s{2,}|\||[,，、;；])/;
/** A tick an engine keeps (☑, ✓, √ …; a filled ■ is as often a heading's bullet). */
const TICK_MARK = /[☑✓✔√]/;
const TICKED = new RegExp(`^\\s*${TICK_MARK.source}|${TICK_MARK.source}\\s*$`);
/**
 * Where the engine lost a list's empty boxes (管理病种  高血压  √糖尿病  冠心病  二脑卒中: □ read as nothing or as 二), a line
 * of three choices or more with ticks and no box left holds only the ticked ones.
 */
function onlyTicked(line: string): string {
  const parts = line.split(CHOICE_GAP);
  const choices = parts.filter((t, i) => i % 2 === 0 && t.trim() !== '');
  if (!TICK_MARK.test(line) || /[□☐]/.test(line) || choices.length < 3) return line;
  return parts.map((t, i) => (i % 2 === 1 || TICKED.test(t) ? t : '')).join('');
}
const untick = (text: string, choices: boolean): string => (choices ? text.split('\n').map(onlyTicked).join('\n') : text)
  .replace(/[□☐☑☒✓✔√■]\s*$/.test(text) ? UNTICKED_AFTER : UNTICKED, ' ').replace(TICK, '');
/** …and a row a form opens with a cross (× 高血压（…）) holds one turned down. */
const REJECTED_CHOICE = /^[\s|]*[×✗✘]/;

/**
 * The items of every section under `label`, whether one of them says it is the same as the admission's (同入院诊断),
 * and whether it printed a question (头晕待查, 冠心病？).
 */
function sectionItems(all: readonly Row[], label: RegExp): Diagnoses & { readonly sameAsAdmission: boolean; readonly questioned: boolean } {
  const rows = wrappedLabelsJoined(all, label);
  // the history goes on over the rows its paragraph wraps onto, up to the next label, which may open a later cell where a
  // sidebar's rows stand beside the record's (体重77kg  |  诊断：1.脑出血后遗症)
  const history: boolean[] = [];
  const labelled = (r: Row) => r.cells.some((c) => LABEL_START.test(c.text.trim()));
  rows.forEach((r, i) => { history.push(HISTORY_ROW.test(r.joined) || (i > 0 && history[i - 1]! && !LABEL_START.test(r.joined) && !labelled(r))); });
  const starts = rows.flatMap((r, i) => (label.test(r.joined) && !history[i] ? [i] : []));
  const items: string[] = [];
  let source: FieldSource | null = null;
  let sameAsAdmission = false;
  let questioned = false;
  for (const start of starts) {
    const section = sectionText(rows, start, label);
    // a two-column page puts the next section beside this one on the same row
    const cut = section.text.search(OTHER_FIELD);
    const choices = CHOICES_LABEL.test(label.exec(rows[start]!.joined)![0]);
    const text = untick(cut >= 0 ? section.text.slice(0, cut) : section.text, choices);
    sameAsAdmission ||= /^[\s|:：]*同入院/.test(text);
    // r/o or s/p, or a shorthand's ? standing apart before an abbreviation, belongs to the diagnosis after it (HTN 2级 ? DM,
    // s/p PCI); a Chinese ？ belongs to the one before it (冠心病？ 高血压)
    const glued = text.replace(/\?\s+(?=[A-Za-z])/g, ' ?').replace(/(?<![A-Za-z])(r\/o|s\/p)\s+/gi, '$1');
    // (a table's code and its columns in cells after the name belong to it: 腔隙性脑梗死？ | I63.801 | 情况不明)
    // a check-up's summary gives each finding its advice after a colon (空腹血糖偏高：建议复查…，排除糖尿病): the finding alone
    const advised = CHECK_UP_SUMMARY.test(rows[start]!.joined);
    const named = codesKept(splitNumbered(glued) ?? glued.split(UNNUMBERED_ITEMS)).map((s) => clean(advised ? s.split(/[:：]/)[0]! : s)).filter((s) => /[\u4e00-\u9fa5A-Z]{2,}|[A-Za-z]{4,}/.test(s) || CODE.test(s));
    const found = named.filter((s) => !NOT_A_DIAGNOSIS.test(s) && !SUSPECTED.test(s) && !COMPLAINT.test(s));
    questioned ||= named.some((s) => SUSPECTED.test(s));
    if (found.length > 0) source ??= section.source;
    items.push(...found);
  }
  return { items: [...new Set(items)], source, sameAsAdmission, questioned };
}

/** A bare 诊断 opening its row (诊断： / 诊断：1.窦性心律), its characters kept apart for the relabelling below. */
const BARE_DIAGNOSIS = /^(\s*)诊(\s*)断(?=\s*[:：])/;

/** The head of a report, where its title stands (its first four rows). */
const reportHead = (rows: readonly Row[]): string => rows.slice(0, 4).map((r) => r.joined).join('\n');

/**
 * On a report other than a pathology one, a bare 诊断 below the printed 临床诊断 heads the reader's finding (心电图 … 诊断：
 * 1.窦性心律 2.陈旧性下壁心肌梗死): it is read as the report's 结论 (as long, so every box keeps its place), which the
 * 临床诊断 outranks. A pathology report's bare 诊断 is its pathology diagnosis.
 */
function findingsAsConclusions(rows: readonly Row[]): readonly Row[] {
  const clinical = rows.findIndex((r) => /临床诊断/.test(r.joined));
  if (clinical < 0 || /病理/.test(reportHead(rows))) return rows;
  const relabel = (t: string) => t.replace(BARE_DIAGNOSIS, '$1结$2论');
  return rows.map((r, i) => (i <= clinical || !BARE_DIAGNOSIS.test(r.joined) || !r.cells[0] ? r
    : { ...r, joined: relabel(r.joined), cells: [{ ...r.cells[0], text: relabel(r.cells[0].text) }, ...r.cells.slice(1)] }));
}

/**
 * A test whose finding settles a diagnosis the request only questioned: a bone marrow's, a gene's (a fusion gene's, a molecular
 * diagnosis's), a karyotype's, a flow cytometry's.
 */
const SETTLING_TEST = /骨髓(?:细胞|象|涂片|活检)|融合基因|基因(?:检测|测序|定量|突变)|分子诊断|染色体核型|免疫分型|流式细胞/;

/** The row naming what a report tested (检测项目：BCR-ABL1融合基因定量), where its title does not (分子病理（血液）检测报告). */
const TEST_ITEM = /(?:检测|检查|检验)项目\s*[:：]/;

/**
 * A settling test's conclusion stands beside the diagnosis its request gave (临床诊断：发热 with 诊断意见：急性髓系白血病骨髓象;
 * 高苯丙氨酸血症 with 结论：…支持苯丙酮尿症诊断): the finding is the test's, the request only asked.
 */
function withConclusion(rows: readonly Row[], found: Diagnoses): Diagnoses {
  const conclusion = sectionItems(rows, REPORT_CONCLUSIONS).items.filter((d) => !found.items.includes(d));
  return { items: [...found.items, ...conclusion], source: found.source };
}

/**
 * The diagnoses of a record. On a test report (`report`) 诊断意见, 诊断结论 and 诊断结果 are the examination's
 * conclusion, counted only where no diagnosis is labelled, like 印象.
 */
export function diagnosisSection(read: readonly Row[], report = false): Diagnoses {
  const rows = report ? findingsAsConclusions(read) : read;
  const admissionAllowed = !rows.some((r) => DISCHARGE_RECORD.test(r.joined)) || rows.some((r) => FIRST_OF_SEVERAL.test(r.joined));
  const table = diagnosisTable(rows, admissionAllowed);
  if (table && !table.register) return table;
  const sections = report ? REPORT_SECTIONS : SECTIONS;
  const settled = report && (SETTLING_TEST.test(reportHead(rows)) || rows.some((r) => TEST_ITEM.test(r.joined) && SETTLING_TEST.test(r.joined)));
  for (const label of admissionAllowed ? sections : sections.slice(0, -1)) {
    const found = sectionItems(rows, label);
    if (found.items.length > 0) return settled ? withConclusion(rows, found) : { items: found.items, source: found.source };
    // 出院诊断：同入院诊断 — the admission diagnoses are the discharge ones
    if (found.sameAsAdmission) return sectionItems(rows, SECTIONS.at(-1)!);
    // a diagnosis printed only as a question (临床诊断：头晕待查) is still the one printed: no later tier stands in for it,
    // except on a test that settles the question (a bone marrow's, a gene test's: 白细胞增多待查 → 慢性髓系白血病)
    if (found.questioned && !settled) break;
  }
  return table ?? { items: [], source: null };
}
