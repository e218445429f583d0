import sharp, { type Sharp } from 'sharp';
import type { Point, Quad } from '../../domain/extraction/layout';
import { homographyFromQuads, rectQuad } from './homography';

/** 8-bit single-channel pixels, row-major: what every OCR step here works on. */
export type GreyImage = { readonly width: number; readonly height: number; readonly data: Uint8Array };

/** Any image sharp reads, flattened on white (transparent scans) and reduced to grey. */
export async function decodeGrey(bytes: Uint8Array): Promise<GreyImage> {
  const { data, info } = await sharp(bytes).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** A grey image through one sharp step; without b-w, sharp hands single-channel raw input back as three channels. */
async function through(img: GreyImage, step: (s: Sharp) => Sharp, width = img.width, height = img.height): Promise<GreyImage> {
  const raw = { width: img.width, height: img.height, channels: 1 as const };
  const data = await step(sharp(img.data, { raw })).toColourspace('b-w').raw().toBuffer();
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** A resized copy (sharp's default lanczos3, which antialiases on the way down). */
export const resizeGrey = (img: GreyImage, width: number, height: number): Promise<GreyImage> =>
  through(img, (s) => s.resize(width, height, { fit: 'fill' }), width, height);

/** A Gaussian-blurred copy: dot-matrix dots and a fax's blocky strokes joined into strokes. */
export const blurGrey = (img: GreyImage, sigma: number): Promise<GreyImage> => through(img, (s) => s.blur(sigma));

export const dist = (a: Point, b: Point): number => Math.hypot(b[0] - a[0], b[1] - a[1]);

/** Bilinear value at a continuous pixel position (pixel centres at integer + 0.5), edges replicated. */
function bilinear(img: GreyImage, x: number, y: number): number {
  const fx = Math.min(img.width - 1, Math.max(0, x - 0.5));
  const fy = Math.min(img.height - 1, Math.max(0, y - 0.5));
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(img.width - 1, x0 + 1);
  const y1 = Math.min(img.height - 1, y0 + 1);
  const ax = fx - x0;
  const ay = fy - y0;
  const d = img.data;
  const top = d[y0 * img.width + x0]! * (1 - ax) + d[y0 * img.width + x1]! * ax;
  const bottom = d[y1 * img.width + x0]! * (1 - ax) + d[y1 * img.width + x1]! * ax;
  return top * (1 - ay) + bottom * ay;
}

/**
 * The quadrilateral `quad` of `img` straightened into a `width` × `height` image: the perspective
 * crop of a text box, or a photographed page made flat. When the quad is shrunk by more than half,
 * each output pixel averages a few samples so thin strokes are not skipped.
 */
export function sampleQuad(img: GreyImage, quad: Quad, width: number, height: number): GreyImage {
  const [h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 1] = homographyFromQuads(rectQuad(width, height), quad);
  const shrink = Math.max(dist(quad[0], quad[1]) / width, dist(quad[0], quad[3]) / height);
  const n = Math.max(1, Math.min(4, Math.ceil(shrink - 0.5)));
  const out = new Uint8Array(width * height);
  // written out (no tuples per pixel): a flattened photo is millions of samples
  for (let j = 0; j < height; j += 1) {
    for (let i = 0; i < width; i += 1) {
      let sum = 0;
      for (let sy = 0; sy < n; sy += 1) {
        const v = j + (sy + 0.5) / n;
        for (let sx = 0; sx < n; sx += 1) {
          const u = i + (sx + 0.5) / n;
          const w = h6 * u + h7 * v + h8;
          sum += bilinear(img, (h0 * u + h1 * v + h2) / w, (h3 * u + h4 * v + h5) / w);
        }
      }
      out[j * width + i] = Math.round(sum / (n * n));
    }
  }
  return { width, height, data: out };
}
