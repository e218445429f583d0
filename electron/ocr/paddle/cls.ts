import type { Quad } from '../../domain/extraction/layout';
import type { GreyImage } from '../image/grey-image';
import { aspect, batchesByWidth, lineTensor } from './line-crops';
import type { Model } from './onnx-runtime';

/** PaddleOCR's text-direction classifier (cls_image_shape 3,48,192): is a line upside down? */
const WIDTH = 192;
const BATCH = 6;
/** A line is turned only when the classifier is this sure (cls_thresh). */
const FLIP_THRESHOLD = 0.9;
/**
 * A page's longest lines are classified first, this many of them. When every one is sure of the same
 * way up, the page's other lines are left to follow it (most of a page is short cells: 姓名, a date,
 * a figure, which the classifier reads least surely anyway); otherwise every line is classified.
 */
const SAMPLE = 12;
/** Lines at least this many times as wide as high are long enough to sample. */
const SAMPLE_ASPECT = 4;

/** A line's way up as the classifier read it, and how sure it was. */
export type Direction = { readonly upsideDown: boolean; readonly score: number };

/** The lines to classify first: the longest, at most {@link SAMPLE}. */
export function sampleLines(quads: readonly Quad[]): number[] {
  return quads.map((q, i) => ({ i, a: aspect(q) }))
    .filter((l) => l.a >= SAMPLE_ASPECT)
    .sort((x, y) => y.a - x.a)
    .slice(0, SAMPLE)
    .map((l) => l.i);
}

/** Whether the sampled directions agree, each surely, on one way up. */
export function sampleAgrees(sampled: readonly Direction[]): boolean {
  return sampled.length === SAMPLE && sampled.every((d) => d.score >= FLIP_THRESHOLD && d.upsideDown === sampled[0]!.upsideDown);
}

async function classify(model: Model, img: GreyImage, quads: readonly Quad[], which: readonly number[], out: (Direction | undefined)[]): Promise<void> {
  // every crop is padded (or squeezed) to the same 192 px: batches cost no padding
  for (const batch of batchesByWidth(which.map((i) => aspect(quads[i]!)), BATCH).map((b) => b.map((k) => which[k]!))) {
    const probs = (await model.run(lineTensor(img, batch.map((i) => quads[i]!), WIDTH))).data;
    batch.forEach((i, n) => {
      const p0 = probs[2 * n]!;
      const p180 = probs[2 * n + 1]!;
      out[i] = { upsideDown: p180 > p0 && p180 > FLIP_THRESHOLD, score: Math.max(p0, p180) };
    });
  }
}

/** Each line's direction, or undefined for lines left to follow a page whose longest lines agree. */
export async function classifyDirections(model: Model, img: GreyImage, quads: readonly Quad[]): Promise<(Direction | undefined)[]> {
  const out = new Array<Direction | undefined>(quads.length).fill(undefined);
  const sample = sampleLines(quads);
  await classify(model, img, quads, sample, out);
  if (sampleAgrees(sample.map((i) => out[i]!))) return out;
  const chosen = new Set(sample);
  await classify(model, img, quads, quads.flatMap((_, i) => (chosen.has(i) ? [] : [i])), out);
  return out;
}
