import sharp from 'sharp';
import { layoutText, readingOrder, type LayoutBox, type Point, type Quad } from '../../domain/extraction/layout';
import { linesOfCells } from '../../domain/extraction/page-lines';
import { decodeGrey } from '../image/grey-image';
import { mapQuad, quadBounds } from '../image/polygon';
import type { OcrResult, OcrWord } from '../ocr-result';
import { flattenPage } from '../page-flatten';
import { classifyDirections } from './cls';
import { detectText } from './det';
import { lineQuad, turnHalf } from './line-crops';
import type { Model } from './onnx-runtime';
import { pageTurns, uprightPoint } from './orientation';
import { recognizeLines } from './rec';

export type PaddleModels = { readonly det: Model; readonly cls: Model; readonly rec: Model; readonly alphabet: readonly string[] };

/**
 * Long side of the page as the detector sees it: PaddleOCR's default. 1280 was measured on the
 * bench pages (bench/paddle-ocr.ts): 30 % more CPU per page, 350 MB more at the peak with two
 * workers, and no fewer errors (degraded pages' CER 0.20 % against 0.07 %).
 */
export const DET_LONG_SIDE = 960;
/** Boxes read with less confidence are mostly specks and rules, not text (PaddleOCR's drop_score). */
const MIN_BOX_CONFIDENCE = 0.5;
/** A line whose direction the classifier is less sure of follows the page's majority. */
const SURE_DIRECTION = 0.9;

type Read = LayoutBox & { readonly quad: Quad; readonly textQuad: Quad };

const round = ([x, y]: Point): Point => [Math.round(x), Math.round(y)];

/**
 * Below this mean confidence a page is read a second time, softened: dot-matrix print (a county
 * hospital's 针式打印) reaches the recogniser as loose dots, and a slight blur joins them into
 * strokes. Measured on the corpus's dot-matrix layouts: CER 13–23 % → 6–7 %, confidence 0.81–0.85 →
 * 0.88–0.94; on well-printed pages the blur is neutral, so it is tried only where it can help, and
 * the reading with the higher confidence is kept. The geometry is unchanged, so boxes still fit.
 */
const SOFTEN_BELOW = 0.9;

export async function recognizeWithRetry(models: PaddleModels, bytes: Uint8Array): Promise<OcrResult> {
  // a fax or a thresholded scan is black and white only: its blocky strokes read better softened at once
  const first = await recognizePage(models, (await bilevel(bytes)) ? await sharp(bytes).blur(2).png().toBuffer() : bytes);
  if (first.confidence >= SOFTEN_BELOW || first.words.length === 0) return first;
  const softened = await sharp(bytes).blur(1.5).png().toBuffer();
  const second = await recognizePage(models, softened);
  return second.confidence > first.confidence ? second : first;
}

/**
 * Whether the ink is black only, as on a fax or a thresholded scan: printed or photographed text has
 * grey at every stroke's edge, a black-and-white page next to none (sampled, nearest pixels only).
 */
export async function bilevel(bytes: Uint8Array): Promise<boolean> {
  const { data } = await sharp(bytes).greyscale().resize({ width: 600, kernel: 'nearest' }).raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  let grey = 0;
  for (const v of data) {
    if (v < 232) ink += 1;
    if (v > 24 && v < 232) grey += 1;
  }
  return ink > data.length * 0.005 && grey < ink * 0.05;
}

/** One page image → its text boxes (in the coordinates of `bytes`) and its text in reading order. */
export async function recognizePage(models: PaddleModels, bytes: Uint8Array): Promise<OcrResult> {
  const input = await decodeGrey(bytes);
  const flat = await flattenPage(input);
  const img = flat.image;
  const detected = (await detectText(models.det, img, DET_LONG_SIDE)).map((b) => b.quad);
  const lines = detected.map(lineQuad);
  const directions = await classifyDirections(models.cls, img, lines);
  const turns = pageTurns(detected, directions);
  const pageUpsideDown = turns === 2 || turns === 3;
  const textQuads = lines.map((q, i) => {
    const d = directions[i];
    return (d && d.score >= SURE_DIRECTION ? d.upsideDown : pageUpsideDown) ? turnHalf(q) : q;
  });
  const texts = await recognizeLines(models.rec, img, textQuads, models.alphabet);
  const read: Read[] = [];
  textQuads.forEach((textQuad, i) => {
    const t = texts[i];
    if (!t || t.confidence < MIN_BOX_CONFIDENCE || t.text.trim() === '') return;
    // rows are formed on the upright page, whatever way up it was photographed
    const quad = mapQuad(textQuad, (p) => uprightPoint(p, turns, img.width, img.height));
    read.push({ text: t.text.trim(), confidence: t.confidence, quad, bbox: quadBounds(quad), textQuad });
  });
  const layout = readingOrder(read);
  const clamp = ([x, y]: Point): Point => [Math.min(input.width, Math.max(0, x)), Math.min(input.height, Math.max(0, y))];
  const words = layout.lines.flatMap((l) => l.boxes).map((b): OcrWord => {
    const quad = mapQuad(b.textQuad, (p) => round(clamp(flat.toInput(p))));
    return { text: b.text, confidence: b.confidence, bbox: quadBounds(quad), quad };
  });
  const chars = words.reduce((a, w) => a + [...w.text].length, 0);
  const confidence = chars === 0 ? 0 : words.reduce((a, w) => a + w.confidence * [...w.text].length, 0) / chars;
  let k = 0;
  const rows = linesOfCells(layout.lines.map((l) => l.boxes.map(() => words[k++]!).map(({ text, confidence: c, bbox }) => ({ text, confidence: c, bbox }))));
  return { engine: 'paddle', text: layoutText(layout), confidence, words, lines: rows };
}
