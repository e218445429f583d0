import { linesFromText, type OcrLine } from '../domain/extraction/page-lines';
import { readPages } from '../files/read-pages';
import type { OcrPool } from './ocr-pool';

/** A page's text, and its rows of boxes as the extraction reads them (the same input the desk gives it). */
export type FilePageText = { index: number; text: string; confidence: number; source: 'ocr' | 'pdf-text'; lines: readonly OcrLine[] };

/**
 * A whole file to text the way the desk reads it: the PDF text layer where there is one, OCR
 * (through the same bounded pool) for every other page, pages in parallel up to the pool size.
 */
export async function ocrFile(pool: OcrPool, bytes: Buffer, fileName: string): Promise<FilePageText[]> {
  const { pages } = await readPages(bytes, fileName);
  return Promise.all(pages.map(async (p): Promise<FilePageText> => {
    if (p.text !== null) return { index: p.index, text: p.text, confidence: 1, source: 'pdf-text', lines: linesFromText(p.text) };
    const r = await pool.recognize(`${fileName}#${p.index}`, p.ocrImage);
    return { index: p.index, text: r.text, confidence: Math.round(r.confidence * 1000) / 1000, source: 'ocr', lines: r.lines };
  }));
}
