import type { Quad } from '../../domain/extraction/layout';
import type { GreyImage } from '../image/grey-image';
import { aspect, batchesByWidth, LINE_HEIGHT, lineTensor } from './line-crops';
import type { Model } from './onnx-runtime';

/**
 * PP-OCRv4 recogniser: 48 px high, each batch as wide as its widest line. PaddleOCR pads every line
 * to at least 320 px; short cells (姓名, 性别, a date) are far narrower, and the recogniser is
 * convolutional along the width, so the padding was pure cost. Measured on 22 corpus pages (clean and
 * scanned): 64 px takes 16 % less CPU per page (922 → 775 ms) at the same CER (4.10 % → 4.13 %).
 */
const MIN_WIDTH = 64;
const BATCH = 6;
/**
 * PaddleOCR batches 6 lines of any widths; on a CPU the padding then costs more than batching
 * saves (a page's 10–15 lines range from 4 to 30 times as wide as high). Lines within 20 % of
 * each other's width share a batch: 20 % less time than one line per run, 45 % less than any 6.
 */
const WIDTH_SPREAD = 1.2;
/**
 * A batch is at most this many columns wide in all. The recogniser's cost per column holds at
 * 63–67 µs up to about 1300 columns a run and rises beyond (6 lines × 640: 88 µs, 6 × 1280: 101 µs;
 * one core, this machine), so wide lines run in twos and threes or alone. Measured on 40 tuning
 * pages (10 per degradation): recognition 839 → 778 ms a page, CER the same to the tenth; on the
 * whole bench, blind layouts included, CER the same to the tenth but fax (13.7 → 13.8 %).
 */
const COLUMNS = 960;
/**
 * A long line (over 10 times as wide as high: a sentence, a row of a table) is read squeezed to 3/4 of
 * its width: its characters still span several of the recogniser's time steps each, and its columns are
 * most of a page's cost. Measured on 95 corpus pages (bench of this change): 14 % fewer columns, CER
 * unchanged (clean 1.25 %, scan 2.16 → 2.22 %, photo 2.12 → 2.09 %, fax 14.4 → 14.3 %); squeezing
 * short cells as well (names, dates) or long lines to 0.6 cost accuracy.
 */
const LONG_LINE = 10;
const SQUEEZE = 0.75;

/** The width a line is read at (a batch is at least {@link MIN_WIDTH} wide, padded). */
const readWidth = (q: Quad): number => {
  const a = aspect(q);
  return Math.ceil(LINE_HEIGHT * a * (a > LONG_LINE ? SQUEEZE : 1));
};

export type LineText = { readonly text: string; readonly confidence: number };

/** Greedy CTC: the best class per time step, repeats merged, blanks (0) dropped; confidence is the mean of the kept steps. */
export function ctcDecode(probs: Float32Array, offset: number, steps: number, classes: number, alphabet: readonly string[]): LineText {
  let text = '';
  let sum = 0;
  let kept = 0;
  let previous = -1;
  for (let t = 0; t < steps; t += 1) {
    const base = offset + t * classes;
    let best = 0;
    let bestP = -Infinity;
    for (let c = 0; c < classes; c += 1) {
      const p = probs[base + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best !== previous) {
      text += alphabet[best] ?? '';
      sum += bestP;
      kept += 1;
    }
    previous = best;
  }
  return { text, confidence: kept === 0 ? 0 : sum / kept };
}

/** Each box's text; `quads` are already turned so that their first edge runs along the text. */
export async function recognizeLines(model: Model, img: GreyImage, quads: readonly Quad[], alphabet: readonly string[]): Promise<LineText[]> {
  const out: LineText[] = new Array<LineText>(quads.length);
  const widths = quads.map(readWidth);
  for (const batch of batchesByWidth(widths, BATCH, WIDTH_SPREAD, COLUMNS)) {
    const width = Math.max(MIN_WIDTH, ...batch.map((i) => widths[i]!));
    const result = await model.run(lineTensor(img, batch.map((i) => quads[i]!), width, batch.map((i) => widths[i]!)));
    const [, steps = 0, classes = 0] = result.dims;
    batch.forEach((i, n) => {
      out[i] = ctcDecode(result.data, n * steps * classes, steps, classes, alphabet);
    });
  }
  return out;
}
