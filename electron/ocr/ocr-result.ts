import type { Bbox, Quad } from '../domain/extraction/layout';
import type { OcrLine } from '../domain/extraction/page-lines';

/** What every OCR engine returns for one page image; coordinates are pixels of that image. */

export type OcrEngineName = 'paddle' | 'tesseract';

export type OcrWord = {
  readonly text: string;
  /** 0..1 */
  readonly confidence: number;
  readonly bbox: Bbox;
  /** The detected box, corners in reading order (PaddleOCR boxes are rotated rectangles). */
  readonly quad?: Quad;
};

export type OcrResult = {
  readonly engine: OcrEngineName;
  /** The page in reading order: a line per visual row, boxes of a row two spaces apart (domain/extraction/layout). */
  readonly text: string;
  readonly confidence: number;
  /** Tesseract: one per word; PaddleOCR: one per detected text box. */
  readonly words: readonly OcrWord[];
  /** The page's rows of boxes in reading order, which the extraction pairs labels and values on. */
  readonly lines: readonly OcrLine[];
};

/** One OCR worker (a worker thread): recognise one page image at a time. */
export type OcrWorker = {
  recognize(image: Buffer): Promise<OcrResult>;
  terminate(): Promise<void>;
};

export type OcrWorkerFactory = () => Promise<OcrWorker>;
