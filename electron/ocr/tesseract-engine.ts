import { createWorker, PSM, type Worker } from 'tesseract.js';
import { layoutText, readingOrder, type LayoutBox } from '../domain/extraction/layout';
import { linesOfCells } from '../domain/extraction/page-lines';
import { joinCjkSpacing } from '../domain/extraction/normalize-text';
import type { OcrWorkerFactory } from './ocr-result';

type Box = { x0: number; y0: number; x1: number; y1: number };
type Line = { text: string; confidence: number; bbox: Box; words: { text: string; confidence: number; bbox: Box }[] };
type Block = { paragraphs: { lines: Line[] }[] };

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
        const lines = ((data.blocks ?? []) as unknown as Block[]).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
        const words = lines.flatMap((l) => l.words).map((w) => ({
          text: w.text,
          confidence: w.confidence / 100,
          bbox: [w.bbox.x0, w.bbox.y0, w.bbox.x1, w.bbox.y1] as const,
        }));
        // tesseract's own lines are the boxes: its words would be split apart by the layout's two spaces
        const boxes = lines.map((l): LayoutBox => ({
          text: joinCjkSpacing(l.text).trim(),
          confidence: l.confidence / 100,
          bbox: [l.bbox.x0, l.bbox.y0, l.bbox.x1, l.bbox.y1],
        })).filter((b) => b.text !== '');
        const layout = readingOrder(boxes);
        const ocrLines = linesOfCells(layout.lines.map((l) => l.boxes.map(({ text, confidence, bbox }) => ({ text, confidence, bbox }))));
        return { engine: 'tesseract', text: layoutText(layout), confidence: data.confidence / 100, words, lines: ocrLines };
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
