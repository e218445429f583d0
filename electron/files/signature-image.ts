import sharp, { type OutputInfo } from 'sharp';
import { AppError } from '../contract/app-error';
import { sniffKind } from './sniff';

/** A drawn signature as the pad sends it: PNG, at most this many bytes. */
const SIGNATURE_MAX_BYTES = 512 * 1024;
/** Fewer inked pixels than this is an empty pad or a dot, not a signature. */
const MIN_INK_PIXELS = 150;

/**
 * Normalises a handwritten signature drawn on the pad: a PNG of dark ink on transparency, cropped to
 * the ink with a small margin and at most 600×200, so it prints the same on every form.
 */
export async function normalizeSignature(bytes: Buffer): Promise<Buffer> {
  if (bytes.length > SIGNATURE_MAX_BYTES) throw new AppError('SIGNATURE_IMAGE_INVALID', { detail: '图像过大' });
  if (sniffKind(bytes) !== 'png') throw new AppError('SIGNATURE_IMAGE_INVALID', { detail: '不是 PNG 图像' });
  let raw: { data: Buffer; info: OutputInfo };
  try {
    raw = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  } catch {
    throw new AppError('SIGNATURE_IMAGE_INVALID', { detail: '图像无法读取' });
  }
  const { width, height, channels } = raw.info;
  let ink = 0;
  for (let i = 0; i < width * height; i += 1) {
    const o = i * channels;
    const luminance = ((raw.data[o] ?? 255) + (raw.data[o + 1] ?? 255) + (raw.data[o + 2] ?? 255)) / 3;
    if ((raw.data[o + 3] ?? 0) > 64 && luminance < 160) ink += 1;
  }
  if (ink < MIN_INK_PIXELS) throw new AppError('SIGNATURE_BLANK');
  const trimmed = await sharp(bytes).ensureAlpha().trim({ threshold: 10 }).toBuffer();
  return sharp(trimmed)
    .extend({ top: 8, bottom: 8, left: 8, right: 8, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .resize({ width: 600, height: 200, fit: 'inside', withoutEnlargement: true })
    .png({ compressionLevel: 9 })
    .toBuffer();
}
