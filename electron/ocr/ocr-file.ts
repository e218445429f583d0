import { readPages } from '../files/read-pages';
import type { OcrPool } from './ocr-pool';

export type FilePageText = { index: number; text: string; confidence: number; source: 'ocr' | 'pdf-text' };

/**
 * A whole file to text the way the desk reads it: the PDF text layer where there is one, OCR
 * (through the same bounded pool) for every other page, pages in parallel up to the pool size.
 */
export async function ocrFile(pool: OcrPool, bytes: Buffer, fileName: string): Promise<FilePageText[]> {
  const { pages } = await readPages(bytes, fileName);
  return Promise.all(pages.map(async (p): Promise<FilePageText> => {
    if (p.text !== null) return { index: p.index, text: p.text, confidence: 1, source: 'pdf-text' };
    const r = await pool.recognize(`${fileName}#${p.index}`, p.ocrImage);
    return { index: p.index, text: r.text, confidence: Math.round(r.confidence * 1000) / 1000, source: 'ocr' };
  }));
}
