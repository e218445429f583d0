import { layoutText, readingOrder, type LayoutBox, type Point, type Quad } from '../../domain/extraction/layout';
import { linesOfCells } from '../../domain/extraction/page-lines';
import { mendFaxLines } from '../image/fax-lines';
import { blurGrey, decodeGrey, type GreyImage } from '../image/grey-image';
import { mapQuad, quadBounds } from '../image/polygon';
import type { OcrResult, OcrWord } from '../ocr-result';
import { flattenPage } from '../page-flatten';
import { classifyDirections } from './cls';
import { detectText } from './det';
import { lineQuad, turnHalf } from './line-crops';
import type { Model } from './onnx-runtime';
import { pageTurns, uprightPoint } from './orientation';
import { recognizeLines, type LineText } from './rec';

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
 * Lines read with less confidence than this are read again from a softened page: dot-matrix print
 * (a county hospital's 针式打印) reaches the recogniser as loose dots, and a slight blur joins them
 * into strokes. Measured on the corpus's dot-matrix layouts (whole pages read again then): CER
 * 13–23 % → 6–7 %; reading only the weak lines again kept the CER of 95 tuning pages (fax 15.3 →
 * 14.9 %) for less work. On well-printed lines the blur is neutral, so it is tried only on a page read with less confidence overall, and
 * there only on its weak lines; the reading with the higher confidence is kept. The boxes stay
 * where they were found.
 */
const SOFTEN_BELOW = 0.9;

/**
 * Whether the ink is black only, as on a fax or a thresholded scan: printed or photographed text has
 * grey at every stroke's edge, a black-and-white page next to none (sampled on a grid of about 600
 * columns, nearest pixels only).
 */
export function bilevel(img: GreyImage): boolean {
  const step = Math.max(1, img.width / 600);
  let ink = 0;
  let grey = 0;
  let seen = 0;
  for (let y = 0; y < img.height; y += step) {
    const row = Math.floor(y) * img.width;
    for (let x = 0; x < img.width; x += step) {
      const v = img.data[row + Math.floor(x)]!;
      seen += 1;
      if (v < 232) ink += 1;
      if (v > 24 && v < 232) grey += 1;
    }
  }
  return ink > seen * 0.005 && grey < ink * 0.05;
}

/** Mean confidence of the characters read (each line weighs as many characters as it has). */
function meanConfidence(lines: readonly { readonly text: string; readonly confidence: number }[]): number {
  const chars = lines.reduce((a, l) => a + [...l.text].length, 0);
  return chars === 0 ? 0 : lines.reduce((a, l) => a + l.confidence * [...l.text].length, 0) / chars;
}

/** `texts` of `quads`, the weak lines of a page read with little confidence read again from `page` softened. */
async function readSoftenedIfWeak(models: PaddleModels, page: GreyImage, quads: readonly Quad[], texts: LineText[]): Promise<LineText[]> {
  const weak = quads.flatMap((_, i) => (texts[i]!.confidence < SOFTEN_BELOW ? [i] : []));
  if (weak.length === 0 || meanConfidence(texts.filter((t) => t.confidence >= MIN_BOX_CONFIDENCE)) >= SOFTEN_BELOW) return texts;
  const again = await recognizeLines(models.rec, await blurGrey(page, 1.5), weak.map((i) => quads[i]!), models.alphabet);
  weak.forEach((i, n) => {
    if (again[n]!.confidence > texts[i]!.confidence) texts[i] = again[n]!;
  });
  return texts;
}

/**
 * The lines of a page, each read the way it lies (`turned`: upside down); a line the classifier says lies the other way from
 * the page's majority is read the page's way too, and the reading with the higher confidence kept, with its quad. The
 * classifier turns short runs of figures that look the same either way up (3.09 ↔ 60'5, 0.56-1.70 ↔ O1"T-95*0) on an upright page.
 */
async function readLines(models: PaddleModels, img: GreyImage, lines: readonly Quad[], turned: readonly boolean[],
  pageUpsideDown: boolean): Promise<{ texts: LineText[]; quads: Quad[] }> {
  const way = (q: Quad, upsideDown: boolean): Quad => (upsideDown ? turnHalf(q) : q);
  const quads = lines.map((q, i) => way(q, turned[i]!));
  const texts = await recognizeLines(models.rec, img, quads, models.alphabet);
  const odd = turned.flatMap((t, i) => (t !== pageUpsideDown ? [i] : []));
  if (odd.length === 0) return { texts, quads };
  const again = await recognizeLines(models.rec, img, odd.map((i) => way(lines[i]!, pageUpsideDown)), models.alphabet);
  odd.forEach((i, n) => {
    if (again[n]!.confidence <= texts[i]!.confidence) return;
    texts[i] = again[n]!;
    quads[i] = way(lines[i]!, pageUpsideDown);
  });
  return { texts, quads };
}

/** One page image → its text boxes (in the coordinates of `bytes`) and its text in reading order. */
export async function recognizePage(models: PaddleModels, bytes: Uint8Array): Promise<OcrResult> {
  const input = await decodeGrey(bytes);
  const flat = await flattenPage(input);
  // a fax or a thresholded scan is black and white only: its scan-line faults mended, its blocky strokes softened
  const bw = bilevel(flat.image);
  const page = bw ? mendFaxLines(flat.image) : flat.image;
  const img = bw ? await blurGrey(page, 2) : page;
  const detected = (await detectText(models.det, img, DET_LONG_SIDE)).map((b) => b.quad);
  const lines = detected.map(lineQuad);
  const directions = await classifyDirections(models.cls, img, lines);
  const turns = pageTurns(detected, directions);
  const pageUpsideDown = turns === 2 || turns === 3;
  const turned = lines.map((_, i) => {
    const d = directions[i];
    return d && d.score >= SURE_DIRECTION ? d.upsideDown : pageUpsideDown;
  });
  const { texts: first, quads: textQuads } = await readLines(models, img, lines, turned, pageUpsideDown);
  const texts = await readSoftenedIfWeak(models, page, textQuads, first);
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
  const confidence = meanConfidence(words);
  let k = 0;
  const rows = linesOfCells(layout.lines.map((l) => l.boxes.map(() => words[k++]!).map(({ text, confidence: c, bbox }) => ({ text, confidence: c, bbox }))));
  return { engine: 'paddle', text: layoutText(layout), confidence, words, lines: rows };
}
