import type { Bbox, Point, Quad } from '../../domain/extraction/layout';

const cross = (o: Point, a: Point, b: Point): number => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull (Andrew's monotone chain), counter-clockwise in image coordinates' maths sense. */
export function convexHull(points: readonly Point[]): Point[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const lower: Point[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: Point[] = [];
  for (const q of p.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

export function polygonArea(poly: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < poly.length; i += 1) {
    const [x0, y0] = poly[i]!;
    const [x1, y1] = poly[(i + 1) % poly.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

/** A rotated rectangle: centre, side lengths, and the direction of its `width` side. */
export type RotatedRect = { readonly cx: number; readonly cy: number; readonly width: number; readonly height: number; readonly angle: number };

/** Smallest-area enclosing rectangle (one side lies on a hull edge), as OpenCV's minAreaRect. */
export function minAreaRect(points: readonly Point[]): RotatedRect {
  const hull = convexHull(points);
  if (hull.length === 0) return { cx: 0, cy: 0, width: 0, height: 0, angle: 0 };
  let best: RotatedRect | null = null;
  let bestArea = Infinity;
  for (let i = 0; i < hull.length; i += 1) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    let minU = Infinity, maxU = -Infinity, minV = Infinity, maxV = -Infinity;
    for (const [x, y] of hull) {
      const u = x * cos + y * sin;
      const v = -x * sin + y * cos;
      minU = Math.min(minU, u); maxU = Math.max(maxU, u);
      minV = Math.min(minV, v); maxV = Math.max(maxV, v);
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = { cx: cu * cos - cv * sin, cy: cu * sin + cv * cos, width: maxU - minU, height: maxV - minV, angle };
    }
  }
  return best!;
}

/**
 * The rectangle's corners as PaddleOCR orders them (get_mini_boxes): sorted by x, the upper of
 * the two leftmost is top-left, the upper of the two rightmost is top-right.
 */
export function rectCorners(r: RotatedRect): Quad {
  const cos = Math.cos(r.angle);
  const sin = Math.sin(r.angle);
  const dx = r.width / 2;
  const dy = r.height / 2;
  const p = ([[-dx, -dy], [dx, -dy], [dx, dy], [-dx, dy]] as const)
    .map(([u, v]): Point => [r.cx + u * cos - v * sin, r.cy + u * sin + v * cos])
    .sort((a, b) => a[0] - b[0]);
  const [l0, l1, r0, r1] = p as [Point, Point, Point, Point];
  const [tl, bl] = l1[1] > l0[1] ? [l0, l1] : [l1, l0];
  const [tr, br] = r1[1] > r0[1] ? [r0, r1] : [r1, r0];
  return [tl, tr, br, bl];
}

/** The same transform applied to each corner (corner order kept). */
export const mapQuad = (q: Quad, f: (p: Point) => Point): Quad => [f(q[0]), f(q[1]), f(q[2]), f(q[3])];

/** The axis-aligned box around a quad, in whole pixels. */
export function quadBounds(q: Quad): Bbox {
  const xs = q.map((p) => p[0]);
  const ys = q.map((p) => p[1]);
  return [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))];
}
