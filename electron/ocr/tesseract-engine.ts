import { createWorker, PSM, type Worker } from 'tesseract.js';
import { joinCjkSpacing } from '../domain/extraction/normalize-text';
import type { OcrLine } from '../domain/extraction/page-lines';

export type OcrWord = { readonly text: string; readonly confidence: number; readonly bbox: readonly [number, number, number, number] };
export type OcrResult = {
  readonly text: string;
  readonly confidence: number;
  readonly words: readonly OcrWord[];
  /** The page's rows of boxes in reading order, for the extraction to pair labels and values. */
  readonly lines?: readonly OcrLine[];
};

/** One OCR worker (a worker thread): recognise one page image at a time. */
export type OcrWorker = {
  recognize(image: Buffer): Promise<OcrResult>;
  terminate(): Promise<void>;
};

export type OcrWorkerFactory = () => Promise<OcrWorker>;

type Block = { paragraphs: { lines: { words: { text: string; confidence: number; bbox: { x0: number; y0: number; x1: number; y1: number } }[] }[] }[] };

/** chi_sim+eng LSTM (best_int) from a local directory; `rotateAuto` straightens skewed scans. */
export function tesseractWorkerFactory(langDir: string): OcrWorkerFactory {
  return async () => {
    const worker: Worker = await createWorker('chi_sim+eng', 1, {
      langPath: langDir,
      gzip: true,
      cacheMethod: 'none',
      errorHandler: () => undefined,
    });
    // psm 6 (one uniform block) keeps 「标签：值」 lines together, as for the native comparison (toolchain.md)
    await worker.setParameters({ preserve_interword_spaces: '1', tessedit_pageseg_mode: PSM.SINGLE_BLOCK });
    let terminated = false;
    return {
      async recognize(image) {
        if (terminated) throw new Error('OCR worker terminated');
        const { data } = await worker.recognize(image, { rotateAuto: true }, { text: true, blocks: true });
        const blocks = (data.blocks ?? []) as unknown as Block[];
        const words = blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words))).map((w) => ({
          text: w.text,
          confidence: w.confidence / 100,
          bbox: [w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1] as const,
        }));
        return { text: joinCjkSpacing(data.text).trim(), confidence: data.confidence / 100, words };
      },
      terminate: async () => {
        terminated = true;
        // tesseract.js sends a page to its thread a few microtasks after recognize() is called;
        // terminating inside that window leaves a rejection nobody can catch. Let the send happen first.
        await new Promise((r) => setImmediate(r));
        await worker.terminate();
      },
    };
  };
}
