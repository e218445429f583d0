import { findPage, pageImage, queuedPages, requeueRunningPages, updatePage } from '../../db/queries/materials';
import { AppError } from '../contract/app-error';
import { errorMessage } from '../contract/errors';
import type { OcrResult } from '../ocr/ocr-result';
import type { ServiceDeps } from './context';

/** The OCR port: a bounded pool of workers (electron/ocr), or a stand-in in tests. */
export type OcrRecognizer = {
  readonly size: number;
  recognize(id: string, image: Buffer): Promise<OcrResult>;
  cancel(id: string): boolean;
  close(): Promise<void>;
};

/**
 * Drives queued pages through the OCR pool, off the request path: status per page
 * (排队/识别中/完成/失败), a retry per page, cancel. Pages left RUNNING by a crash are re-queued
 * at start. When the last page of a document is done, its facts are re-read.
 */
export function createOcrQueue(deps: ServiceDeps, ocr: OcrRecognizer, onPageSettled: (documentId: string) => void) {
  const inFlight = new Set<string>();
  let idleWaiters: (() => void)[] = [];
  let closed = false;

  const settle = (pageId: string, patch: Parameters<typeof updatePage>[2]): void => {
    const page = findPage(deps.db, pageId);
    if (!page) return;
    deps.db.transaction((tx) => updatePage(tx, pageId, patch));
    onPageSettled(page.documentId);
  };

  async function run(pageId: string): Promise<void> {
    const started = Date.now();
    try {
      const image = pageImage(deps.db, pageId, 'ocr');
      if (!image) throw new AppError('PAGE_NOT_FOUND');
      const result = await ocr.recognize(pageId, image.bytes);
      if (closed) return;
      const page = findPage(deps.db, pageId);
      if (page?.ocrStatus !== 'RUNNING') return; // cancelled meanwhile
      settle(pageId, {
        ocrStatus: 'DONE', ocrError: null, ocrText: result.text, ocrConfidence: result.confidence,
        ocrWordsJson: JSON.stringify(result.words), ocrLinesJson: JSON.stringify(result.lines), ocrMs: Date.now() - started,
      });
    } catch (e) {
      if (closed) return;
      const error = e instanceof AppError ? e : new AppError('OCR_FAILED', { detail: e instanceof Error ? e.message : String(e) });
      const page = findPage(deps.db, pageId);
      if (page?.ocrStatus !== 'RUNNING') return;
      settle(pageId, { ocrStatus: error.code === 'OCR_CANCELLED' ? 'CANCELLED' : 'FAILED', ocrError: errorMessage(error.code, error.params), ocrMs: Date.now() - started });
    } finally {
      inFlight.delete(pageId);
      if (!closed) kick();
    }
  }

  /** Starts as many queued pages as the pool has free workers. */
  function kick(): void {
    if (closed) return;
    const free = ocr.size - inFlight.size;
    if (free > 0) {
      for (const page of queuedPages(deps.db, free)) {
        inFlight.add(page.id);
        deps.db.transaction((tx) => updatePage(tx, page.id, { ocrStatus: 'RUNNING', attempts: page.attempts + 1 }));
        void run(page.id);
      }
    }
    if (inFlight.size === 0) {
      for (const w of idleWaiters) w();
      idleWaiters = [];
    }
  }

  function start(): void {
    deps.db.transaction((tx) => requeueRunningPages(tx));
    kick();
  }

  /** Stops a queued or running page; it stays in the list as 已取消 and can be retried. */
  function cancel(pageId: string): void {
    const page = findPage(deps.db, pageId);
    if (!page || (page.ocrStatus !== 'QUEUED' && page.ocrStatus !== 'RUNNING')) return;
    settle(pageId, { ocrStatus: 'CANCELLED', ocrError: errorMessage('OCR_CANCELLED') });
    ocr.cancel(pageId);
  }

  function retry(pageId: string): void {
    deps.db.transaction((tx) => updatePage(tx, pageId, { ocrStatus: 'QUEUED', ocrError: null, queuedAt: deps.clock().toISOString() }));
    kick();
  }

  /** Resolves once nothing is queued or running (tests, the CLI, shutdown). */
  function idle(): Promise<void> {
    kick();
    return inFlight.size === 0 && queuedPages(deps.db, 1).length === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r));
  }

  async function close(): Promise<void> {
    closed = true;
    await ocr.close();
  }

  return { start, kick, cancel, retry, idle, close };
}

export type OcrQueue = ReturnType<typeof createOcrQueue>;
