/** Bounds on what one imported file may cost (memory and time), so a huge input is refused, not fatal. */
export const INGEST_LIMITS = {
  /** Larger files are refused before any byte is transferred. */
  maxFileBytes: 100 * 1024 * 1024,
  maxPdfPages: 300,
  /** Decoded pixels per image page (a 200-megapixel photo is refused; a 50-megapixel one is downscaled). */
  maxPixels: 120_000_000,
  /** Long side of the image given to OCR: A4 at about 300 dpi. */
  ocrLongSide: 3508,
  /** PDF pages without a text layer are rendered at this resolution for OCR. */
  pdfRenderDpi: 200,
  viewLongSide: 1600,
  thumbLongSide: 240,
} as const;
