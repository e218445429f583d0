import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { AppError } from '../contract/app-error';
import { greyWithoutSeals } from '../ocr/image/seals';
import { INGEST_LIMITS } from './ingest-limits';

/** One page ready for the store: the OCR input, a view image, a thumbnail and its fingerprints. */
export type PreparedPage = {
  readonly index: number;
  readonly width: number;
  readonly height: number;
  /** SHA-256 of the normalised page image: the same page in another container hashes the same. */
  readonly sha256: string;
  readonly ocrImage: Buffer;
  readonly viewImage: Buffer;
  readonly thumb: Buffer;
  /** The PDF text layer, when the page has one (then no OCR is needed). */
  readonly text: string | null;
};

const OPEN = { limitInputPixels: INGEST_LIMITS.maxPixels, failOn: 'error' } as const;

/** Mean grey-level change a 3×3 median makes: ~0.1–0.4 on clean or blurred scans, ~8.6 on speckled ones. */
const SPECKLE_THRESHOLD = 2;

function meanAbsDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / Math.max(1, a.length);
}

/** A colour page in grey with its red seals faded (ocr/image/seals.ts); a grey page as it is. */
async function greyWithoutRedSeals(sized: Sharp): Promise<Sharp> {
  const { data, info } = await sized.flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: 1 } as const;
  // one channel in and out (sharp would otherwise hand a one-channel raw image back as three)
  if (info.channels < 3) return sharp(data, { raw }).toColourspace('b-w');
  const { grey } = greyWithoutSeals({ width: info.width, height: info.height, channels: info.channels, data });
  return sharp(grey, { raw }).toColourspace('b-w');
}

/** Grey, at most A4 at 300 dpi, with its resolution recorded: what tesseract reads best, at a bounded size. */
export async function preparePage(input: Sharp, index: number, text: string | null): Promise<PreparedPage> {
  const upright = input.rotate();
  // grey only: a contrast stretch (normalise) cost throughput and doubled the CER of blurred scans in bench/ocr
  const sized = await greyWithoutRedSeals(upright.clone().resize({ width: INGEST_LIMITS.ocrLongSide, height: INGEST_LIMITS.ocrLongSide, fit: 'inside', withoutEnlargement: true }));
  const raw = await sized.clone().raw().toBuffer({ resolveWithObject: true });
  const smooth = await sized.clone().median(3).raw().toBuffer();
  // speckled scans (grainy photocopies, fax-like noise) are read far better after a 3×3 median;
  // clean pages are not filtered, because the median thins strokes (bench/ocr measures both)
  if (meanAbsDifference(raw.data, smooth) > SPECKLE_THRESHOLD) raw.data = smooth;
  // the resolution an A4 sheet of this size has (long side 11.69 in), so tesseract need not guess it
  const density = Math.max(72, Math.round(Math.max(raw.info.width, raw.info.height) / 11.69));
  const ocrImage = {
    info: raw.info,
    data: await sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } })
      .withMetadata({ density }).png({ compressionLevel: 6 }).toBuffer(),
  };
  const viewImage = await upright.clone()
    .resize({ width: INGEST_LIMITS.viewLongSide, height: INGEST_LIMITS.viewLongSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer();
  const thumb = await upright.clone()
    .resize({ width: INGEST_LIMITS.thumbLongSide, height: INGEST_LIMITS.thumbLongSide, fit: 'inside' })
    .flatten({ background: '#ffffff' }).jpeg({ quality: 70 }).toBuffer();
  return {
    index,
    width: ocrImage.info.width,
    height: ocrImage.info.height,
    sha256: createHash('sha256').update(ocrImage.data).digest('hex'),
    ocrImage: ocrImage.data,
    viewImage,
    thumb,
    text,
  };
}

function imageError(e: unknown, fileName: string): AppError {
  const message = e instanceof Error ? e.message : String(e);
  if (/pixel limit/i.test(message)) return new AppError('IMAGE_TOO_LARGE', { fileName, megapixels: Math.round(INGEST_LIMITS.maxPixels / 1e6) });
  return new AppError('IMAGE_UNREADABLE', { fileName });
}

/** JPEG, PNG, WebP, BMP and TIFF (every page of a multi-page TIFF). */
export async function imagePages(bytes: Buffer, fileName: string): Promise<PreparedPage[]> {
  try {
    const meta = await sharp(bytes, OPEN).metadata();
    const count = meta.pages ?? 1;
    if (count > INGEST_LIMITS.maxPdfPages) throw new AppError('TOO_MANY_PAGES', { fileName, pages: count, max: INGEST_LIMITS.maxPdfPages });
    const pages: PreparedPage[] = [];
    for (let i = 0; i < count; i += 1) pages.push(await preparePage(sharp(bytes, { ...OPEN, page: i }), i, null));
    return pages;
  } catch (e) {
    throw e instanceof AppError ? e : imageError(e, fileName);
  }
}
