import sharp from 'sharp';
import type { Quad } from '../domain/extraction/layout';
import { applyHomography, homographyFromQuads, rectQuad } from '../ocr/image/homography';

/**
 * A page as a phone or document camera (高拍仪) sees it: the sheet in perspective on a dark,
 * grainy desk, lit unevenly from one side, saved as JPEG. For the page-finding tests.
 */
export type PhotoSpec = {
  readonly width: number;
  readonly height: number;
  /** Where the sheet's corners land in the photo (top-left, top-right, bottom-right, bottom-left of the page). */
  readonly corners: Quad;
};

export async function photographPage(page: Buffer, spec: PhotoSpec): Promise<Buffer> {
  const { data: src, info } = await sharp(page).greyscale().raw().toBuffer({ resolveWithObject: true });
  const toPage = homographyFromQuads(spec.corners, rectQuad(info.width, info.height));
  const out = new Uint8Array(spec.width * spec.height);
  let seed = 11;
  for (let y = 0; y < spec.height; y += 1) {
    for (let x = 0; x < spec.width; x += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed % 25) - 12;
      // light falls off from the top-left window by about a third across the frame
      const light = 1.02 - 0.32 * (x / spec.width) - 0.12 * (y / spec.height);
      const [u, v] = applyHomography(toPage, [x + 0.5, y + 0.5]);
      const onPage = u >= 0 && v >= 0 && u < info.width && v < info.height;
      const desk = 62 + 18 * Math.sin(x / 23 + 3 * Math.sin(y / 140)) + grain;
      const value = onPage ? src[Math.floor(v) * info.width + Math.floor(u)]! * light + grain / 3 : desk * light;
      out[y * spec.width + x] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return sharp(out, { raw: { width: spec.width, height: spec.height, channels: 1 } }).blur(0.8).jpeg({ quality: 88 }).toBuffer();
}
