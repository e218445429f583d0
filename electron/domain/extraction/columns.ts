/**
 * A page printed in two columns side by side: a sidebar of label-over-value pairs beside the
 * record (姓名 / 周玉兰 / 身份证号 / …), or prose set in two columns. Read row by row across the page
 * the columns interleave (姓名 | 主诉), so such a page is read column by column. A form's grid of
 * 标签 | 值 cells also has a clear vertical gap, but its two sides share their rows; columns do not
 * (a sidebar's pitch is not the record's), or each side is prose, one long line per row.
 */

/** A box on the page once its skew is undone. */
export type Span = { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number; readonly text?: string };

/** Where a page splits into columns: the gutter's x and the vertical band the columns fill. */
export type ColumnSplit = { readonly x: number; readonly top: number; readonly bottom: number };

/** The larger side of a split holds at least this many boxes, */
const MIN_BOXES = 10;
/** and the smaller one (a registration slip beside a narrow record) at least this many. */
const MIN_SIDE_BOXES = 6;
/** The band of columns is at least this many text heights tall. */
const MIN_BAND_HEIGHTS = 10;
/** Two boxes share a row when their centres are this share of a text height apart or closer. */
const SAME_ROW = 0.3;
/** Sides sharing fewer rows than this are columns. */
const MAX_SHARED_ROWS = 0.4;
/**
 * A stub beside its form (a certificate book's 存根 at the left, 姓名：江丽 | No.… repeated on both): sides that repeat this many
 * of each other's boxes word for word are columns, sharing rows up to {@link MAX_COPY_SHARED_ROWS}.
 */
const MIN_COPIES = 3;
const MAX_COPY_SHARED_ROWS = 0.6;
/** A prose column: this share of its boxes run nearly the column's full width. */
const PROSE_SHARE = 0.7;

const cy = (s: Span): number => (s.top + s.bottom) / 2;

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The share of `side`'s boxes with a box of `other` on the same row. */
function sharedRows(side: readonly Span[], other: readonly Span[], height: number): number {
  const shared = side.filter((a) => other.some((b) => Math.abs(cy(a) - cy(b)) <= SAME_ROW * height)).length;
  return shared / side.length;
}

/** How many boxes of `side` print a text (of 3 characters or more) that a box of `other` prints too. */
function copies(side: readonly Span[], other: readonly Span[]): number {
  const bare = (s: Span): string => s.text?.replace(/\s/g, '') ?? '';
  const texts = new Set(other.map(bare));
  return side.filter((s) => bare(s).length >= 3 && texts.has(bare(s))).length;
}

/** Whether most boxes of `side` are long lines filling it from `from` to `to`. */
function prose(side: readonly Span[], from: number, to: number, height: number): boolean {
  const full = side.filter((s) => s.left - from < 2 * height && to - s.right < 2 * height && s.right - s.left > 8 * height).length;
  return full >= PROSE_SHARE * side.length;
}

/** The boxes in the band between the boxes that cross `x` nearest above and below `at`. */
function bandAt(spans: readonly Span[], x: number, at: number): { top: number; bottom: number } {
  let top = -Infinity;
  let bottom = Infinity;
  for (const s of spans) {
    if (!(s.left < x && x < s.right)) continue;
    if (cy(s) < at) top = Math.max(top, s.bottom);
    else bottom = Math.min(bottom, s.top);
  }
  return { top, bottom };
}

/** Where the page splits into two columns, or null (most pages). */
export function findColumns(spans: readonly Span[]): ColumnSplit | null {
  if (spans.length < MIN_BOXES + MIN_SIDE_BOXES) return null;
  const height = median(spans.map((s) => s.bottom - s.top));
  let best: { split: ColumnSplit; boxes: number } | null = null;
  for (const edge of new Set(spans.map((s) => Math.round(s.right + height / 2)))) {
    // the band is sought around the middle of the boxes left of the gap
    const leftOf = spans.filter((s) => s.right < edge);
    if (leftOf.length < MIN_SIDE_BOXES) continue;
    const band = bandAt(spans, edge, median(leftOf.map(cy)));
    const inBand = spans.filter((s) => cy(s) > band.top && cy(s) < band.bottom);
    const left = inBand.filter((s) => s.right <= edge);
    const right = inBand.filter((s) => s.left >= edge);
    if (Math.min(left.length, right.length) < MIN_SIDE_BOXES || Math.max(left.length, right.length) < MIN_BOXES) continue;
    const reach = Math.min(...right.map((s) => s.left));
    if (reach - Math.max(...left.map((s) => s.right)) < height) continue;
    const span = Math.max(...inBand.map((s) => s.bottom)) - Math.min(...inBand.map((s) => s.top));
    if (span < MIN_BAND_HEIGHTS * height) continue;
    const shared = Math.max(sharedRows(left, right, height), sharedRows(right, left, height));
    const columns = shared < MAX_SHARED_ROWS || (shared < MAX_COPY_SHARED_ROWS && copies(left, right) >= MIN_COPIES)
      || (prose(left, Math.min(...left.map((s) => s.left)), Math.max(...left.map((s) => s.right)), height)
        && prose(right, reach, Math.max(...right.map((s) => s.right)), height));
    if (columns && (!best || inBand.length > best.boxes)) best = { split: { x: edge, ...band }, boxes: inBand.length };
  }
  return best?.split ?? null;
}
