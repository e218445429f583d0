import { availableParallelism } from 'node:os';
import { AppError } from '../contract/app-error';
import type { OcrResult, OcrWorker, OcrWorkerFactory } from './ocr-result';

/**
 * A bounded pool of OCR workers. Pages wait in a FIFO queue; each page gets a timeout after which
 * its worker is terminated and replaced, so one bad page cannot stall the desk. A queued or
 * running page can be cancelled.
 */

export const defaultPoolSize = (cores = availableParallelism()): number => Math.max(1, cores - 1);

type Job = {
  readonly id: string;
  readonly image: Buffer;
  readonly resolve: (r: OcrResult) => void;
  readonly reject: (e: unknown) => void;
};

type Slot = { worker: Promise<OcrWorker> | null; job: Job | null; abort: ((e: AppError) => void) | null };

export type OcrPoolOptions = { readonly size: number; readonly timeoutMs: number; readonly createWorker: OcrWorkerFactory };

export class OcrPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[];
  private closed = false;

  constructor(private readonly options: OcrPoolOptions) {
    this.slots = Array.from({ length: Math.max(1, options.size) }, () => ({ worker: null, job: null, abort: null }));
  }

  get size(): number {
    return this.slots.length;
  }

  recognize(id: string, image: Buffer): Promise<OcrResult> {
    if (this.closed) return Promise.reject(new AppError('OCR_CANCELLED'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id, image, resolve, reject });
      this.pump();
    });
  }

  /** Cancels a queued or running page; returns whether it was found. */
  cancel(id: string): boolean {
    const queued = this.queue.findIndex((j) => j.id === id);
    if (queued >= 0) {
      const [job] = this.queue.splice(queued, 1);
      job?.reject(new AppError('OCR_CANCELLED'));
      return true;
    }
    const slot = this.slots.find((s) => s.job?.id === id);
    slot?.abort?.(new AppError('OCR_CANCELLED'));
    return slot !== undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError('OCR_CANCELLED'));
    for (const slot of this.slots) slot.abort?.(new AppError('OCR_CANCELLED'));
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      void this.runOn(slot, job);
    }
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    if (worker) await worker.then((w) => w.terminate()).catch(() => undefined);
  }

  private async runOn(slot: Slot, job: Job): Promise<void> {
    slot.job = job;
    let timer: NodeJS.Timeout | undefined;
    const aborted = new Promise<never>((_, reject) => {
      slot.abort = reject;
      timer = setTimeout(() => reject(new AppError('OCR_TIMEOUT', { seconds: Math.round(this.options.timeoutMs / 1000) })), this.options.timeoutMs);
    });
    try {
      slot.worker ??= this.options.createWorker();
      const work = slot.worker.then((w) => w.recognize(job.image));
      // after a timeout or cancel the worker is terminated and this rejects late: nobody waits for it any more
      work.catch(() => undefined);
      job.resolve(await Promise.race([work, aborted]));
    } catch (e) {
      // a timed-out, cancelled or crashed worker may be mid-page: replace it
      await this.retire(slot);
      job.reject(e instanceof AppError ? e : new AppError('OCR_FAILED', { detail: e instanceof Error ? e.message : String(e) }));
    } finally {
      clearTimeout(timer);
      slot.job = null;
      slot.abort = null;
      if (!this.closed) this.pump();
    }
  }
}
