import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
// sharp must be loaded by the main thread before worker threads load it (glibc keeps its libraries mapped then)
import 'sharp';
import type { OcrResult, OcrWorkerFactory } from '../ocr-result';
import { stopRuns, type FromWorker, type PaddleWorkerData, type ToWorker } from './worker-protocol';

export type PaddleEngineOptions = {
  /** onnxruntime's intra-op threads per worker (each worker has its own sessions). */
  readonly intraOpThreads: number;
};

/**
 * From a checkout the worker is TypeScript, run through tsx; in the app, scripts/build-electron.mjs
 * bundles it as paddle-worker.cjs beside main.cjs, which is how a bundled caller is recognised.
 */
function workerScript(): { url: URL; execArgv: string[] } {
  if (import.meta.url.endsWith('.cjs')) return { url: new URL('./paddle-worker.cjs', import.meta.url), execArgv: [] };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', tsx] };
}

/** A PaddleOCR (PP-OCRv4) worker thread per call; resolves once its models are loaded. */
export function paddleWorkerFactory(modelDir: string, { intraOpThreads }: PaddleEngineOptions): OcrWorkerFactory {
  return () => new Promise((resolveReady, rejectReady) => {
    const script = workerScript();
    const flags = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
    const data: PaddleWorkerData = { modelDir, intraOpThreads, flags: flags.buffer };
    const thread = new Worker(script.url, { workerData: data, execArgv: script.execArgv });
    const pending = new Map<number, { resolve: (r: OcrResult) => void; reject: (e: Error) => void }>();
    let nextId = 0;
    let ready = false;
    let exited = false;
    let dead: Error | null = null;

    const die = (e: Error): void => {
      dead ??= e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      if (!ready) rejectReady(e);
    };
    thread.on('error', (e) => {
      // an uncaught error ends the thread: nothing of it runs any more
      exited = true;
      die(e);
    });
    thread.on('exit', (code) => {
      exited = true;
      die(new Error(`OCR worker exited (${code})`));
    });
    thread.on('message', (m: FromWorker) => {
      if (m.type === 'ready') {
        ready = true;
        resolveReady({ recognize, terminate });
      } else if (m.type === 'failed') {
        die(new Error(m.message));
        void thread.terminate();
      } else {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.type === 'done') p?.resolve(m.result);
        else p?.reject(new Error(m.message));
      }
    });

    function recognize(image: Buffer): Promise<OcrResult> {
      if (dead) return Promise.reject(dead);
      const id = (nextId += 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // a copy the worker owns: the caller's buffer may be a slice of a larger pool
        const owned = Uint8Array.from(image);
        const message: ToWorker = { id, image: owned };
        thread.postMessage(message, [owned.buffer]);
      });
    }

    async function terminate(): Promise<void> {
      dead ??= new Error('OCR worker terminated');
      // a page being read stops at its next model run; only then may the thread go (worker-protocol.ts)
      await stopRuns(flags, () => exited);
      await thread.terminate();
    }
  });
}
