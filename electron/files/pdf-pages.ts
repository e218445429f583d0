import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { AppError } from '../contract/app-error';
import { INGEST_LIMITS } from './ingest-limits';
import { preparePage, type PreparedPage } from './page-images';

/**
 * A PDF's pages: the embedded text layer is used where a page has one; only pages without text
 * are rendered for OCR. Pages are handled one at a time so memory stays bounded.
 */

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** A page counts as having text when its layer holds at least this many non-blank characters. */
const MIN_TEXT_CHARS = 16;

function pdfError(e: unknown, fileName: string): AppError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return new AppError('PDF_ENCRYPTED', { fileName });
  return new AppError('PDF_CORRUPT', { fileName });
}

export async function pdfPages(bytes: Buffer, fileName: string): Promise<PreparedPage[]> {
  const { getDocument } = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, stopAtErrors: true, verbosity: 0 }).promise;
  } catch (e) {
    throw pdfError(e, fileName);
  }
  try {
    if (doc.numPages > INGEST_LIMITS.maxPdfPages) {
      throw new AppError('TOO_MANY_PAGES', { fileName, pages: doc.numPages, max: INGEST_LIMITS.maxPdfPages });
    }
    const pages: PreparedPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
      const hasText = text.replace(/\s/g, '').length >= MIN_TEXT_CHARS;
      const viewport = page.getViewport({ scale: INGEST_LIMITS.pdfRenderDpi / 72 });
      // pdf.js's own canvas factory (backed by @napi-rs/canvas in Node) keeps its Path2D and canvas types consistent
      const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: Canvas; context: SKRSContext2D } };
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      pages.push(await preparePage(sharp(canvas.toBuffer('image/png')), n - 1, hasText ? text.trim() : null));
      page.cleanup();
    }
    return pages;
  } catch (e) {
    throw e instanceof AppError ? e : pdfError(e, fileName);
  } finally {
    await doc.destroy();
  }
}
