import { restoreCellLabel } from './fuzzy-labels';
import { normalizeOcrText } from './normalize-text';
import { CELL, union, type Box, type OcrCell, type OcrPageInput, type Row } from './page-lines';

/**
 * The rows the extractor reads: each cell normalised, and the rows a form or an engine broke apart put back
 * together (a label over two rows, a date cut where its cell wrapped, labels first and values after).
 */
export function rowsOf(pages: readonly OcrPageInput[]): Row[] {
  return pages.flatMap((p, page) => REPAIRS.reduce<Row[]>((rows, repair) => repair(rows), p.lines.map((line) => {
    // a misread label is restored before the gap after it is closed (娃名 沙马阿依 → 姓名 沙马阿依 → 姓名沙马阿依)
    const read = line.cells.map((c) => ({ ...c, text: normalizeOcrText(restoreCellLabel(c.text.trim())).replace(/\n/g, ' ') }))
      .filter((c) => c.text !== '');
    const cells = spacedLabels(read).map((c) => ({ ...c, text: restoreCellLabel(c.text) }));
    return { page, line, cells, joined: cells.map((c) => c.text).join(CELL) };
  }).filter((r) => r.cells.length > 0)));
}

const withCells = (row: Row, cells: readonly OcrCell[]): Row => ({ ...row, cells, joined: cells.map((c) => c.text).join(CELL) });
/** Two cells read as one (a label's start and its rest, a date's two halves): the first's, its text and box grown by the second. */
const joinCells = (a: OcrCell, b: OcrCell): OcrCell => ({ ...a, text: `${a.text}${b.text}`, bbox: union(a.bbox, b.bbox) });

/** Labels a narrow cell breaks over two rows (出 / 院日期 2024 年 1 月 12 日). */
const BREAKABLE_LABELS = ['入院日期', '出院日期', '入院时间', '出院时间', '就诊日期', '报告日期', '身份证号'];

/** The start of a label left alone at a row's end, its rest opening the row below: the label whole on the row below. */
function brokenLabels(rows: readonly Row[]): Row[] {
  const out = [...rows];
  out.forEach((row, i) => {
    const [last, below] = [row.cells.at(-1)!, out[i + 1]];
    const first = below?.cells[0];
    const rest = (l: string) => l.startsWith(last.text) && l !== last.text && first!.text.startsWith(l.slice(last.text.length));
    if (!first || row.cells.length < 2 || !BREAKABLE_LABELS.some(rest)) return;
    out[i] = withCells(row, row.cells.slice(0, -1));
    out[i + 1] = withCells(below, [{ ...joinCells(last, first), confidence: first.confidence }, ...below.cells.slice(1)]);
  });
  return out;
}

/** A date cut after its whole year at a row's end (二〇二四年十二, 2024年), and the rest of it opening the row below (月十九日, 3月5日). */
const YEAR_CUT = /(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[〇零一二三四五六七八九十\d]{0,3}$/;
const REST_OF_DATE = /^[〇零一二三四五六七八九十\d]{0,3}\s*月\s*[〇零一二三四五六七八九十廿卅\d]{1,3}\s*[日号]/;

/** A date a grid broke between its rows: one cell again, where its year was. */
function brokenDates(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const [row, below] = [rows[i]!, rows[i + 1]];
    const [last, first] = [row.cells.at(-1)!, below?.cells[0]];
    if (!first || !YEAR_CUT.test(last.text) || !REST_OF_DATE.test(first.text)) {
      out.push(row);
      continue;
    }
    out.push(withCells(row, [...row.cells.slice(0, -1), joinCells(last, first)]));
    if (below!.cells.length > 1) out.push(withCells(below!, below!.cells.slice(1)));
    i += 1;
  }
  return out;
}

/** A date cut after its month (2025年06月, 2025-03-) where its cell wrapped, the day not after it. */
const MONTH_ONLY = /(?<!\d)\d{4}\s*(?:年\s*\d{1,2}\s*月|[-./]\s*\d{1,2}\s*[-./])(?!\s*\d)/g;
/** The rest of such a date, alone in its cell on the row below: 09日08时, 15 10:00. */
const DAY_ONLY = /^\d{1,2}\s*[日号]?(?:\s*\d{1,2}\s*(?:[时点](?:\s*\d{1,2}\s*分)?|[:：]\s*\d{2}))?$/;

/**
 * A front sheet's cells may wrap a date after its month, its day on the row below (入院时间 2025年06月 … 出院时间 2025年06月 /
 * 09日08时 … 23日10时): each day goes back to its date, in order, where the row below holds as many days and nothing else.
 */
function wrappedDays(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const [row, below] = [rows[i]!, rows[i + 1]];
    const cut = row.joined.match(MONTH_ONLY)?.length ?? 0;
    if (!below || cut === 0 || below.cells.length !== cut || !below.cells.every((c) => DAY_ONLY.test(c.text))) {
      out.push(row);
      continue;
    }
    let k = 0;
    const cells = row.cells.map((c) => {
      const days: OcrCell[] = [];
      const text = c.text.replace(MONTH_ONLY, (m) => {
        const day = below.cells[k++]!;
        days.push(day);
        return `${m}${day.text}`;
      });
      return { ...c, text, bbox: days.reduce((a, d) => union(a, d.bbox), c.bbox) };
    });
    out.push(withCells(row, cells));
    i += 1;
  }
  return out;
}

const LABEL_ONLY = /^[\u4e00-\u9fa5]{2,8}[:：]$/;

/**
 * A PDF's text layer may give a form's labels first, a row each, and their values after in the same order
 * (姓名： / 性别： / 入院日期： / 谢秋菊 / 女 / 2024-12-27 10:20): each label is put back beside its value.
 */
function labelsThenValues(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length;) {
    let k = 0;
    while (rows[i + k]?.cells.length === 1 && LABEL_ONLY.test(rows[i + k]!.joined)) k += 1;
    const values = rows.slice(i + k, i + 2 * k);
    if (k < 2 || values.length < k || values.some((v) => v.cells.length !== 1 || /[:：]$/.test(v.joined))) {
      out.push(...rows.slice(i, i + Math.max(1, k)));
      i += Math.max(1, k);
      continue;
    }
    values.forEach((v, n) => {
      const cells = [rows[i + n]!.cells[0]!, v.cells[0]!];
      out.push(withCells(v, cells));
    });
    i += 2 * k;
  }
  return out;
}

const ONE_HAN = /^[\u4e00-\u9fa5]$/;
const LABEL_END = /^[\u4e00-\u9fa5][:：]/;
const COMMA_END = /^([\u4e00-\u9fa5])[,.]$/;

/** Labels a grid prints spaced over its cells without a colon (姓  名 | 性  别 | 诊  断). */
const GRID_LABELS = new Set(['姓名', '性别', '年龄', '科室', '科别', '床号', '病区', '民族', '职业', '婚姻', '住址', '地址', '电话', '诊断', '建议',
  '日期', '入院日期', '出院日期', '出院诊断', '入院诊断', '临床诊断', '住院号', '门诊号']);

/** How many cells from `i` spell a label spaced apart: single characters up to one with a colon, or a grid label; 0 if none. */
function spacedLabelAt(cells: readonly OcrCell[], i: number): number {
  let j = i;
  while (ONE_HAN.test(cells[j]!.text) && j + 1 < cells.length && j - i < 5) j += 1;
  if (j > i && LABEL_END.test(cells[j]!.text)) return j - i + 1;
  // (its colon read as a comma or a stop: 姓  名，  宋娟)
  const comma = COMMA_END.exec(cells[j]!.text);
  if (j > i && comma && GRID_LABELS.has(cells.slice(i, j).map((c) => c.text).join('') + comma[1])) return j - i + 1;
  for (let n = Math.min(4, j - i + (ONE_HAN.test(cells[j]!.text) ? 1 : 0)); n >= 2; n -= 1) {
    // (its characters may be misread look-alikes: 娃  名)
    if (GRID_LABELS.has(restoreCellLabel(cells.slice(i, i + n).map((c) => c.text).join('')))) return n;
  }
  return 0;
}

/** A label printed with its characters spaced apart (诊  断：, 出 院 诊 断：, 姓  名) read as separate cells: one cell again. */
function spacedLabels(cells: readonly OcrCell[]): OcrCell[] {
  const out: OcrCell[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const n = spacedLabelAt(cells, i);
    if (n > 0) {
      const j = i + n - 1;
      const parts = cells.slice(i, j + 1);
      const text = parts.map((c) => c.text).join('');
      out.push({
        // (a colon read as a comma is a colon again once the label is whole)
        text: COMMA_END.test(parts.at(-1)!.text) ? normalizeOcrText(text) : text,
        confidence: Math.min(...parts.map((c) => c.confidence)),
        bbox: parts.reduce<Box | null>((a, c) => union(a, c.bbox), null),
      });
      i = j;
    } else out.push(cells[i]!);
  }
  return out;
}

/** Labels a grid's narrow column prints over two rows (入院 / 日期, 住院 / 天数). */
const TWO_ROW_LABELS = new Set(['入院日期', '出院日期', '入院时间', '出院时间', '住院天数', '就诊日期', '出生日期', '报告日期', '住院号', '门诊号',
  '病案号', '入院诊断', '出院诊断']);
/** The second row of such labels: nothing but their ends. */
const LABEL_TAIL = /^(?:日期|时间|天数|号|诊断)$/;

/** The cells of `heads` the `tails` below complete: each over its tail by their boxes where read, else the last ones in order. */
function headsOver(heads: readonly OcrCell[], tails: readonly OcrCell[]): number[] {
  const boxed = [...heads, ...tails].every((c) => c.bbox);
  if (!boxed) return tails.map((_, n) => heads.length - tails.length + n);
  const overlap = (a: Box, b: Box) => Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  return tails.map((t) => heads.reduce((best, h, i) => (overlap(h.bbox!, t.bbox!) > overlap(heads[best]!.bbox!, t.bbox!) ? i : best), 0));
}

/** A grid's heading whose labels take two rows (入院 | 出院 | 住院 over 日期 | 日期 | 天数): one row of whole labels. */
function twoRowLabels(rows: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const [row, below] = [rows[i]!, rows[i + 1]];
    const tails = below?.cells ?? [];
    const heads = tails.length > 0 && tails.length <= row.cells.length && tails.every((c) => LABEL_TAIL.test(c.text)) ? headsOver(row.cells, tails) : [];
    if (heads.length === 0 || new Set(heads).size < heads.length || !heads.every((h, n) => TWO_ROW_LABELS.has(`${row.cells[h]!.text}${tails[n]!.text}`))) {
      out.push(row);
      continue;
    }
    const cells = row.cells.map((c, k) => {
      const n = heads.indexOf(k);
      return n < 0 ? c : joinCells(c, tails[n]!);
    });
    out.push(withCells(row, cells));
    i += 1;
  }
  return out;
}

/** A date alone in its cell (2025年4月5日, 2025-04-05, 2025.4.5), or after its label (开具日期：2025年4月5日). */
const DATE = String.raw`(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*[日号]?`;
const DATE_CELL = new RegExp(`^${DATE}$`);
const LABELLED_DATE = new RegExp(`^([^\\d]{0,10}[:：]\\s*)?${DATE}$`);
/** A hand's correction beside the date it wrote in place of a struck one (2025年4月6日  更正阚, 改龚, （更正）), or run into it. */
const CORRECTION = /^[(（]?(?:更正|改)/;
const CORRECTED_DATE = new RegExp(`^${DATE}\\s*[(（]?(?:更正|改)`);

/**
 * A date struck through and written again beside it, the correction initialled (开具日期：2025年4月5日  2025年4月6日  更正阚): the
 * stroke is lost on a scan, so the struck date is told by the correction after the one that replaces it, and goes (its label stays).
 */
function correctedDates(rows: Row[]): Row[] {
  return rows.map((row) => {
    const c = row.cells;
    const struck = c.findIndex((cell, k) => LABELLED_DATE.test(cell.text)
      && ((DATE_CELL.test(c[k + 1]?.text ?? '') && CORRECTION.test(c[k + 2]?.text ?? '')) || CORRECTED_DATE.test(c[k + 1]?.text ?? '')));
    if (struck < 0) return row;
    const label = LABELLED_DATE.exec(c[struck]!.text)![1];
    return withCells(row, c.flatMap((cell, k) => (k !== struck ? [cell] : label ? [{ ...cell, text: label.trim() }] : [])));
  });
}

/** In order: labels put back beside their values, then dates and labels a wrap cut made whole, then two-row headings, then struck dates. */
const REPAIRS: readonly ((rows: Row[]) => Row[])[] = [labelsThenValues, wrappedDays, brokenLabels, brokenDates, twoRowLabels, correctedDates];
