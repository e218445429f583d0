/** Projective warps over raw pixels: the geometry of a skewed scan and of a photographed page. */

export type Point = readonly [number, number];
/** Row-major 3×3, h[8] = 1. */
export type Homography = readonly number[];

/** Solves A x = b (n×n, Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(a[r]?.[c] ?? 0) > Math.abs(a[p]?.[c] ?? 0)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    [b[c], b[p]] = [b[p] as number, b[c] as number];
    const pivot = a[c]?.[c] ?? 0;
    if (Math.abs(pivot) < 1e-12) throw new Error('degenerate homography');
    for (let r = c + 1; r < n; r += 1) {
      const f = (a[r]?.[c] ?? 0) / pivot;
      for (let k = c; k < n; k += 1) (a[r] as number[])[k] = (a[r]?.[k] ?? 0) - f * (a[c]?.[k] ?? 0);
      b[r] = (b[r] ?? 0) - f * (b[c] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let sum = b[r] ?? 0;
    for (let k = r + 1; k < n; k += 1) sum -= (a[r]?.[k] ?? 0) * (x[k] ?? 0);
    x[r] = sum / (a[r]?.[r] ?? 1);
  }
  return x;
}

/** The homography that maps each `from[i]` onto `to[i]` (four point pairs). */
export function homography(from: readonly Point[], to: readonly Point[]): Homography {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const [x, y] = from[i] as Point;
    const [u, v] = to[i] as Point;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  return [...solve(a, b), 1];
}

export const apply = (h: Homography, x: number, y: number): Point => {
  const w = (h[6] ?? 0) * x + (h[7] ?? 0) * y + (h[8] ?? 1);
  return [((h[0] ?? 0) * x + (h[1] ?? 0) * y + (h[2] ?? 0)) / w, ((h[3] ?? 0) * x + (h[4] ?? 0) * y + (h[5] ?? 0)) / w];
};

export type Raw = { data: Uint8Array; width: number; height: number; channels: number };

/**
 * Output pixel (x, y) takes the source at `inverse(x, y)` with bilinear interpolation; outside
 * the source it keeps what `out` already holds (the background). The seam is feathered over a
 * pixel so the page's edge is not jagged.
 */
export function warpInto(src: Raw, out: Raw, inverse: Homography): void {
  const { width: sw, height: sh, channels: c } = src;
  const s = src.data;
  const o = out.data;
  const h = inverse;
  const [h0, h1, h2, h3, h4, h5, h6, h7, h8] = h.map((v) => v ?? 0) as [number, number, number, number, number, number, number, number, number];
  for (let y = 0; y < out.height; y += 1) {
    for (let x = 0; x < out.width; x += 1) {
      const w = h6 * x + h7 * y + h8;
      const sx = (h0 * x + h1 * y + h2) / w;
      const sy = (h3 * x + h4 * y + h5) / w;
      if (sx < -1 || sy < -1 || sx > sw || sy > sh) continue;
      const edge = Math.min(sx + 1, sy + 1, sw - sx, sh - sy, 1);
      const ix = Math.min(Math.max(Math.floor(sx), 0), sw - 2);
      const iy = Math.min(Math.max(Math.floor(sy), 0), sh - 2);
      const fx = Math.min(Math.max(sx - ix, 0), 1);
      const fy = Math.min(Math.max(sy - iy, 0), 1);
      const p00 = (iy * sw + ix) * c;
      const p10 = p00 + c;
      const p01 = p00 + sw * c;
      const p11 = p01 + c;
      const q = (y * out.width + x) * out.channels;
      for (let k = 0; k < out.channels; k += 1) {
        const ck = Math.min(k, c - 1);
        const v = ((s[p00 + ck] ?? 0) * (1 - fx) + (s[p10 + ck] ?? 0) * fx) * (1 - fy)
          + ((s[p01 + ck] ?? 0) * (1 - fx) + (s[p11 + ck] ?? 0) * fx) * fy;
        o[q + k] = Math.round(v * edge + (o[q + k] ?? 0) * (1 - edge));
      }
    }
  }
}
