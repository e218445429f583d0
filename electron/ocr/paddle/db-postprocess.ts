import type { Point, Quad } from '../../domain/extraction/layout';
import { mapQuad, minAreaRect, rectCorners, type RotatedRect } from '../image/polygon';

/**
 * DB (differentiable binarisation) post-processing, as PaddleOCR's DBPostProcess with
 * score_mode "fast": the detector's text-probability map → one rotated box per text region.
 */

export type ProbMap = { readonly width: number; readonly height: number; readonly data: Float32Array };
export type DetectedBox = { readonly quad: Quad; readonly score: number };

export const DB_DEFAULTS = {
  /** A pixel is text above this probability. */
  thresh: 0.3,
  /** A region is kept when its mean probability reaches this. */
  boxThresh: 0.6,
  /** The map hugs the text core; boxes are grown by area × ratio / perimeter (PaddleOCR's default 1.5). */
  unclipRatio: 1.5,
  minSize: 3,
  maxCandidates: 1000,
} as const;
export type DbParams = { readonly [K in keyof typeof DB_DEFAULTS]: number };

/** For each 8-connected text region, the leftmost and rightmost pixel of each of its rows (enough for its hull). */
function regions(map: ProbMap, thresh: number, max: number): Point[][] {
  const { width: w, height: h, data } = map;
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const rowMin = new Int32Array(h).fill(w);
  const rowMax = new Int32Array(h).fill(-1);
  const out: Point[][] = [];
  for (let start = 0; start < w * h && out.length < max; start += 1) {
    if (seen[start] || data[start]! <= thresh) continue;
    const rows: number[] = [];
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % w;
      const y = (i - x) / w;
      if (rowMax[y] === -1) rows.push(y);
      if (x < rowMin[y]!) rowMin[y] = x;
      if (x > rowMax[y]!) rowMax[y] = x;
      for (let dy = -1; dy <= 1; dy += 1) {
        const ny = y + dy;
        if (ny < 0 || ny >= h) continue;
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const j = ny * w + nx;
          if (nx < 0 || nx >= w || seen[j] || data[j]! <= thresh) continue;
          seen[j] = 1;
          stack[top++] = j;
        }
      }
    }
    const points: Point[] = [];
    for (const y of rows) {
      points.push([rowMin[y]!, y], [rowMax[y]!, y]);
      rowMin[y] = w;
      rowMax[y] = -1;
    }
    out.push(points);
  }
  return out;
}

const inside = (q: Quad, x: number, y: number): boolean => {
  let pos = false;
  let neg = false;
  for (let i = 0; i < 4; i += 1) {
    const [ax, ay] = q[i]!;
    const [bx, by] = q[(i + 1) % 4]!;
    const c = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (c > 1e-9) pos = true;
    else if (c < -1e-9) neg = true;
  }
  return !(pos && neg);
};

/** Mean probability inside the box (its corners truncated to whole pixels, as cv2.fillPoly sees them). */
function boxScore(map: ProbMap, quad: Quad): number {
  const q = mapQuad(quad, ([x, y]) => [Math.trunc(x), Math.trunc(y)]);
  const clampX = (v: number): number => Math.min(map.width - 1, Math.max(0, v));
  const clampY = (v: number): number => Math.min(map.height - 1, Math.max(0, v));
  const x0 = clampX(Math.floor(Math.min(...quad.map((p) => p[0]))));
  const x1 = clampX(Math.ceil(Math.max(...quad.map((p) => p[0]))));
  const y0 = clampY(Math.floor(Math.min(...quad.map((p) => p[1]))));
  const y1 = clampY(Math.ceil(Math.max(...quad.map((p) => p[1]))));
  let sum = 0;
  let n = 0;
  for (let y = y0; y <= y1; y += 1) {
    for (let x = x0; x <= x1; x += 1) {
      if (!inside(q, x, y)) continue;
      sum += map.data[y * map.width + x]!;
      n += 1;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/** The offset polygon of a rectangle (pyclipper, round joins) has the rectangle grown by `d` on each side as its minimal box. */
function unclip(r: RotatedRect, ratio: number): RotatedRect {
  const d = (r.width * r.height * ratio) / (2 * (r.width + r.height));
  return { ...r, width: r.width + 2 * d, height: r.height + 2 * d };
}

/** Boxes in a `destWidth` × `destHeight` image (the one the map was computed for, before resizing). */
export function boxesFromProbMap(map: ProbMap, destWidth: number, destHeight: number, params: DbParams = DB_DEFAULTS): DetectedBox[] {
  const sx = destWidth / map.width;
  const sy = destHeight / map.height;
  const boxes: DetectedBox[] = [];
  for (const points of regions(map, params.thresh, params.maxCandidates)) {
    const rect = minAreaRect(points);
    if (Math.min(rect.width, rect.height) < params.minSize) continue;
    const score = boxScore(map, rectCorners(rect));
    if (score < params.boxThresh) continue;
    const grown = unclip(rect, params.unclipRatio);
    if (Math.min(grown.width, grown.height) < params.minSize + 2) continue;
    const quad = mapQuad(rectCorners(grown), ([x, y]) => [
      Math.min(destWidth, Math.max(0, Math.round(x * sx))),
      Math.min(destHeight, Math.max(0, Math.round(y * sy))),
    ]);
    boxes.push({ quad, score });
  }
  return boxes;
}
