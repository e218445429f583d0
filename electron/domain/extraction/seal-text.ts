import { escapeRegExp } from './normalize-text';
import { type OcrCell, type OcrLine, type OcrPageInput, union } from './page-lines';

/** What a hospital's round seal says around its ring besides the name. */
const SEAL_WORDS = '(?:医疗专用章|疾病证明专用章|专用章|公章)?';

/**
 * A seal stamped over a field, its ring read into the middle of it (兹证明 田小 黄梅县人民医院 凤 同志, 出院时间：2026-04-
 * 龙井市人民医院 08): the hospital's name, standing apart between the two halves, is taken out and the halves joined,
 * within a box or as a box of its own between two others. A line the name opens or ends is left as printed; pages
 * without any are given back as they came.
 */
export function withoutSealText(pages: readonly OcrPageInput[], hospital: string): readonly OcrPageInput[] {
  const inside = new RegExp(`(?<=\\S)\\s+${escapeRegExp(hospital)}${SEAL_WORDS}\\s+(?=\\S)`, 'g');
  const alone = new RegExp(`^\\s*${escapeRegExp(hospital)}${SEAL_WORDS}\\s*$`);
  let changed = false;
  const line = (l: OcrLine): OcrLine => {
    if (!l.text.includes(hospital)) return l;
    const cells: OcrCell[] = [];
    let dropped = false;
    l.cells.forEach((cell, i) => {
      if (alone.test(cell.text) && i > 0 && i < l.cells.length - 1) {
        dropped = true;
        return;
      }
      const text = cell.text.replace(inside, '');
      const prev = cells.at(-1)!;
      // the box after a dropped seal goes on from the box before it
      if (dropped) cells[cells.length - 1] = { text: prev.text + text, confidence: Math.min(prev.confidence, cell.confidence), bbox: union(prev.bbox, cell.bbox) };
      else cells.push(text === cell.text ? cell : { ...cell, text });
      changed ||= dropped || text !== cell.text;
      dropped = false;
    });
    return { ...l, text: cells.map((c) => c.text).join('  '), cells };
  };
  const out = pages.map((p) => ({ ...p, lines: p.lines.map(line) }));
  return changed ? out : pages;
}
