import type { Quad } from '../../domain/extraction/layout';
import type { GreyImage } from '../image/grey-image';
import { aspect, batchesByWidth, lineTensor } from './line-crops';
import type { Model } from './onnx-runtime';

/** PaddleOCR's text-direction classifier (cls_image_shape 3,48,192): is a line upside down? */
const WIDTH = 192;
const BATCH = 6;
/** A line is turned only when the classifier is this sure (cls_thresh). */
const FLIP_THRESHOLD = 0.9;

export type Direction = { readonly upsideDown: boolean; readonly score: number };

export async function classifyDirections(model: Model, img: GreyImage, quads: readonly Quad[]): Promise<Direction[]> {
  const out: Direction[] = new Array<Direction>(quads.length);
  // every crop is padded (or squeezed) to the same 192 px: batches cost no padding
  for (const batch of batchesByWidth(quads.map(aspect), BATCH)) {
    const probs = (await model.run(lineTensor(img, batch.map((i) => quads[i]!), WIDTH))).data;
    batch.forEach((i, n) => {
      const p0 = probs[2 * n]!;
      const p180 = probs[2 * n + 1]!;
      out[i] = { upsideDown: p180 > p0 && p180 > FLIP_THRESHOLD, score: Math.max(p0, p180) };
    });
  }
  return out;
}
