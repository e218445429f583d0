import type { OcrResult } from '../ocr-result';
import type { Model } from './onnx-runtime';

/**
 * What the desk and a PaddleOCR worker thread say to each other. Stopping a worker needs care:
 * tearing a thread down while onnxruntime is inside run() aborts the whole process (measured:
 * "terminate called after throwing an instance of 'Napi::Error'"). So the two share two flags:
 * the desk raises STOP and waits while IN_RUN is up; the worker starts no run once STOP is up.
 */

export type PaddleWorkerData = {
  readonly modelDir: string;
  readonly intraOpThreads: number;
  /** Int32Array over this: [STOP, IN_RUN]. */
  readonly flags: SharedArrayBuffer;
};

export const STOP = 0;
export const IN_RUN = 1;

export type ToWorker = { readonly id: number; readonly image: Uint8Array };
export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'done'; readonly id: number; readonly result: OcrResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/**
 * Worker side: a model that raises IN_RUN before looking at STOP (and the desk raises STOP before
 * looking at IN_RUN), so one of the two always sees the other: no run can start unseen.
 */
export function stoppable(model: Model, flags: Int32Array): Model {
  return {
    async run(input) {
      Atomics.store(flags, IN_RUN, 1);
      try {
        if (Atomics.load(flags, STOP) === 1) throw new Error('OCR worker stopping');
        return await model.run(input);
      } finally {
        Atomics.store(flags, IN_RUN, 0);
      }
    },
    release: () => model.release(),
  };
}

/**
 * Desk side: after this resolves the worker is outside onnxruntime and will not enter it again,
 * or it is gone already (a thread that died inside a run never lowers IN_RUN).
 */
export async function stopRuns(flags: Int32Array, gone: () => boolean): Promise<void> {
  Atomics.store(flags, STOP, 1);
  // a run lasts a fraction of a second: polling is simpler than Atomics.waitAsync (not in our ES2023 lib)
  while (Atomics.load(flags, IN_RUN) === 1 && !gone()) await new Promise((r) => setTimeout(r, 10));
}
