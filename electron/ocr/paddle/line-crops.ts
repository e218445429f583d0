import type { Quad } from '../../domain/extraction/layout';
import { dist, sampleQuad, type GreyImage } from '../image/grey-image';
import type { Tensor } from './onnx-runtime';

/** Crops of text boxes as the line models (cls, rec) take them: 48 px high, grey in 3 channels, zero-padded. */

export const LINE_HEIGHT = 48;

/** Natural width over height of a box, along its first edge. */
export function aspect(q: Quad): number {
  const w = Math.max(dist(q[0], q[1]), dist(q[3], q[2]));
  const h = Math.max(dist(q[0], q[3]), dist(q[1], q[2]));
  return w / Math.max(1, h);
}

/** The same box read from the opposite corner: an upside-down crop comes out upright. */
export const turnHalf = (q: Quad): Quad => [q[2], q[3], q[0], q[1]];

/** A box much taller than wide is a sideways line: read it turned a quarter anticlockwise (PaddleOCR's rot90). */
export const lineQuad = (q: Quad): Quad => (aspect(q) <= 1 / 1.5 ? [q[1], q[2], q[3], q[0]] : q);

/**
 * `quads` sampled into one [n, 3, 48, width] tensor, each at its own width (`widths`, else its natural
 * aspect; at most `width`), normalised to [-1, 1].
 */
export function lineTensor(img: GreyImage, quads: readonly Quad[], width: number, widths?: readonly number[]): Tensor {
  const plane = LINE_HEIGHT * width;
  const data = new Float32Array(quads.length * 3 * plane);
  quads.forEach((q, n) => {
    const w = Math.max(1, Math.min(width, widths?.[n] ?? Math.ceil(LINE_HEIGHT * aspect(q))));
    const crop = sampleQuad(img, q, w, LINE_HEIGHT);
    const base = n * 3 * plane;
    for (let y = 0; y < LINE_HEIGHT; y += 1) {
      for (let x = 0; x < w; x += 1) {
        const v = crop.data[y * w + x]! / 127.5 - 1;
        const at = base + y * width + x;
        data[at] = v;
        data[at + plane] = v;
        data[at + 2 * plane] = v;
      }
    }
  });
  return { data, dims: [quads.length, 3, LINE_HEIGHT, width] };
}

/**
 * Indices in batches of at most `size`, in order of `widths`; a batch also closes before an item
 * wider than `spread` × its first, or one that would make it more than `columns` wide in all, since
 * every crop of a batch is padded to the widest.
 */
export function batchesByWidth(widths: readonly number[], size: number, spread = Infinity, columns = Infinity): number[][] {
  const order = widths.map((w, i) => ({ i, w })).sort((a, b) => a.w - b.w);
  const out: number[][] = [];
  let first = 0;
  for (const { i, w } of order) {
    const batch = out.at(-1);
    if (batch && batch.length < size && w <= spread * first && (batch.length + 1) * w <= columns) batch.push(i);
    else {
      out.push([i]);
      first = w;
    }
  }
  return out;
}
