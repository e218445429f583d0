import { findColumns, median } from './columns';

/**
 * Reading order of the text boxes an OCR engine found on a page: a line per visual row, rows top
 * to bottom, boxes left to right. A photographed or carelessly fed page is a few degrees off; on a
 * label/value form the value column then sits half a row above or below its label, and a plain
 * sort by y puts a label on the line after its value (so 「姓名：」 loses its name). The skew is
 * therefore estimated from the boxes themselves and undone before rows are formed.
 */

export type Point = readonly [number, number];
/** Corners in reading direction: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point];
/** Axis-aligned [x0, y0, x1, y1]. */
export type Bbox = readonly [number, number, number, number];

export type LayoutBox = {
  readonly text: string;
  readonly confidence: number;
  readonly bbox: Bbox;
  /** The box as detected (rotated text lines); without it the bbox is the box. */
  readonly quad?: Quad;
};

export type LayoutLine<B extends LayoutBox = LayoutBox> = {
  readonly text: string;
  readonly bbox: Bbox;
  readonly confidence: number;
  readonly boxes: readonly B[];
};

export type PageLayout<B extends LayoutBox = LayoutBox> = { readonly skewDeg: number; readonly lines: readonly LayoutLine<B>[] };

/** Boxes on one row are joined with two spaces: the gap stays visible, and extraction treats it as a field break. */
export const BOX_SEPARATOR = '  ';

/** Only boxes this much longer than tall say something about the page's angle (a single character's box does not). */
const LONG_BOX_RATIO = 3;
/** Text more tilted than this is not a skewed line but something else (a stamp, a vertical label). */
const MAX_SKEW_DEG = 20;
/** Two boxes share a row when their vertical extents overlap by at least this share of the smaller height. */
const ROW_OVERLAP = 0.5;

type Placed<B> = { readonly box: B; readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly cy: number };
type Row<B> = { members: Placed<B>[]; top: number; bottom: number };

const degrees = (rad: number): number => (rad * 180) / Math.PI;
const dist = (a: Point, b: Point): number => Math.hypot(b[0] - a[0], b[1] - a[1]);

const quadOf = (b: LayoutBox): Quad => b.quad ?? [[b.bbox[0], b.bbox[1]], [b.bbox[2], b.bbox[1]], [b.bbox[2], b.bbox[3]], [b.bbox[0], b.bbox[3]]];

/** The page's skew in degrees: the median angle of its long boxes (positive: lines descend to the right). */
export function estimateSkewDeg(boxes: readonly LayoutBox[]): number {
  const angles: number[] = [];
  for (const b of boxes) {
    if (!b.quad) continue;
    const [tl, tr, br, bl] = b.quad;
    const width = (dist(tl, tr) + dist(bl, br)) / 2;
    const height = (dist(tl, bl) + dist(tr, br)) / 2;
    if (width < LONG_BOX_RATIO * height) continue;
    const angle = degrees(Math.atan2(tr[1] - tl[1] + (br[1] - bl[1]), tr[0] - tl[0] + (br[0] - bl[0])));
    if (Math.abs(angle) <= MAX_SKEW_DEG) angles.push(angle);
  }
  return angles.length === 0 ? 0 : median(angles);
}

/** The box's extent once the page is turned back by the skew. */
function place<B extends LayoutBox>(box: B, cos: number, sin: number): Placed<B> {
  const ys: number[] = [];
  const xs: number[] = [];
  for (const [x, y] of quadOf(box)) {
    xs.push(x * cos + y * sin);
    ys.push(-x * sin + y * cos);
  }
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  return { box, top, bottom, left: Math.min(...xs), right: Math.max(...xs), cy: (top + bottom) / 2 };
}

function overlapShare(a: { top: number; bottom: number }, b: { top: number; bottom: number }): number {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap / Math.max(1e-6, Math.min(a.bottom - a.top, b.bottom - b.top));
}

function union(boxes: readonly LayoutBox[]): Bbox {
  return [
    Math.min(...boxes.map((b) => b.bbox[0])), Math.min(...boxes.map((b) => b.bbox[1])),
    Math.max(...boxes.map((b) => b.bbox[2])), Math.max(...boxes.map((b) => b.bbox[3])),
  ];
}

/** Confidence of a line: per character, so one long confident box outweighs a stray mark. */
function weightedConfidence(boxes: readonly LayoutBox[]): number {
  const weights = boxes.map((b) => Math.max(1, [...b.text].length));
  const total = weights.reduce((a, w) => a + w, 0);
  return boxes.reduce((a, b, i) => a + b.confidence * (weights[i] ?? 0), 0) / total;
}

/** Boxes grouped into rows, top to bottom, each row left to right. */
function rowsOf<B extends LayoutBox>(placed: readonly Placed<B>[]): LayoutLine<B>[] {
  const rows: Row<B>[] = [];
  for (const p of [...placed].sort((a, b) => a.cy - b.cy)) {
    let best: Row<B> | null = null;
    let bestShare = ROW_OVERLAP;
    for (const row of rows) {
      const share = overlapShare(p, row);
      if (share >= bestShare) {
        best = row;
        bestShare = share;
      }
    }
    if (best) {
      best.members.push(p);
      // the row's extent is its members' mean, so one tall box (a heading, a stamp) does not swallow the next row
      best.top = best.members.reduce((a, m) => a + m.top, 0) / best.members.length;
      best.bottom = best.members.reduce((a, m) => a + m.bottom, 0) / best.members.length;
    } else {
      rows.push({ members: [p], top: p.top, bottom: p.bottom });
    }
  }
  return rows
    .sort((a, b) => a.top + a.bottom - (b.top + b.bottom))
    .map((row): LayoutLine<B> => {
      const members = row.members.sort((a, b) => a.left - b.left).map((m) => m.box);
      return {
        text: members.map((b) => b.text).join(BOX_SEPARATOR),
        bbox: union(members),
        confidence: weightedConfidence(members),
        boxes: members,
      };
    });
}

export function readingOrder<B extends LayoutBox>(boxes: readonly B[]): PageLayout<B> {
  const skewDeg = estimateSkewDeg(boxes);
  const rad = (skewDeg * Math.PI) / 180;
  const placed = boxes.map((b) => place(b, Math.cos(rad), Math.sin(rad)));
  // (a stub repeats its form's words: the columns are told apart by the boxes' texts too)
  const split = findColumns(placed.map((p) => ({ ...p, text: p.box.text })));
  if (!split) return { skewDeg, lines: rowsOf(placed) };
  // two columns side by side: what stands above them, the left column, the right one, what stands below
  const inBand = (p: Placed<B>): boolean => p.cy > split.top && p.cy < split.bottom;
  const lines = [
    placed.filter((p) => p.cy <= split.top),
    placed.filter((p) => inBand(p) && p.right <= split.x),
    placed.filter((p) => inBand(p) && p.right > split.x),
    placed.filter((p) => p.cy >= split.bottom),
  ].flatMap((group) => rowsOf(group));
  return { skewDeg, lines };
}

/** The page as text: one line per row. */
export const layoutText = (layout: PageLayout): string => layout.lines.map((l) => l.text).join('\n');
