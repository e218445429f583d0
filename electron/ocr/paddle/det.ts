import { resizeGrey, type GreyImage } from '../image/grey-image';
import { boxesFromProbMap, type DetectedBox } from './db-postprocess';
import type { Model } from './onnx-runtime';

/** ImageNet statistics the detector was trained with, channel by channel (the page is grey, so all three see it). */
const MEAN = [0.485, 0.456, 0.406] as const;
const STD = [0.229, 0.224, 0.225] as const;
const STRIDE = 32;

/** The detector's input size: the long side at most `longSide`, both sides multiples of 32 (PaddleOCR's DetResizeForTest, limit_type max). */
export function detSize(width: number, height: number, longSide: number): { width: number; height: number } {
  const ratio = Math.min(1, longSide / Math.max(width, height));
  const round = (v: number): number => Math.max(STRIDE, Math.round((v * ratio) / STRIDE) * STRIDE);
  return { width: round(width), height: round(height) };
}

/** Text boxes of `img`, in its own pixel coordinates. */
export async function detectText(model: Model, img: GreyImage, longSide: number): Promise<DetectedBox[]> {
  const size = detSize(img.width, img.height, longSide);
  const small = await resizeGrey(img, size.width, size.height);
  const plane = size.width * size.height;
  const data = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c += 1) {
    const mean = MEAN[c]!;
    const std = STD[c]!;
    for (let i = 0; i < plane; i += 1) data[c * plane + i] = (small.data[i]! / 255 - mean) / std;
  }
  const out = await model.run({ data, dims: [1, 3, size.height, size.width] });
  const [, , h = 0, w = 0] = out.dims;
  return boxesFromProbMap({ width: w, height: h, data: out.data }, img.width, img.height);
}
