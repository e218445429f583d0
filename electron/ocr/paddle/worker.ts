import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { PADDLE_MODEL_FILES, readAlphabet } from './model-files';
import { loadOnnxRuntime, openModel } from './onnx-runtime';
import { recognizePage, type PaddleModels } from './recognize-page';
import { stoppable, type FromWorker, type PaddleWorkerData, type ToWorker } from './worker-protocol';

/**
 * One PaddleOCR worker thread: its own three sessions, one page at a time. Written as a plain
 * function (no top-level await) because the app bundles it as CommonJS.
 */

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

async function open({ modelDir, intraOpThreads, flags }: PaddleWorkerData): Promise<PaddleModels> {
  const ort = loadOnnxRuntime();
  const shared = new Int32Array(flags);
  const [det, cls, rec] = await Promise.all(
    [PADDLE_MODEL_FILES.det, PADDLE_MODEL_FILES.cls, PADDLE_MODEL_FILES.rec]
      .map(async (f) => stoppable(await openModel(ort, join(modelDir, f), intraOpThreads), shared)),
  );
  return { det: det!, cls: cls!, rec: rec!, alphabet: readAlphabet(modelDir) };
}

function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('paddle worker: not started as a worker thread');
  const send = (m: FromWorker): void => port.postMessage(m);
  open(workerData as PaddleWorkerData).then((models) => {
    port.on('message', (m: ToWorker) => {
      recognizePage(models, m.image).then(
        (result) => send({ type: 'done', id: m.id, result }),
        (e: unknown) => send({ type: 'error', id: m.id, message: message(e) }),
      );
    });
    send({ type: 'ready' });
  }, (e: unknown) => send({ type: 'failed', message: message(e) }));
}

serve();
