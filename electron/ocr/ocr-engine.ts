import { availableParallelism, freemem } from 'node:os';
import { prepareLangDir } from './lang-data';
import type { OcrEngineName } from './ocr-result';
import { defaultPoolSize, OcrPool } from './ocr-pool';
import { hasPaddleModels } from './paddle/model-files';
import { loadOnnxRuntime } from './paddle/onnx-runtime';
import { paddleWorkerFactory } from './paddle/paddle-engine';
import { tesseractWorkerFactory } from './tesseract-engine';

/**
 * Which OCR engine the desk runs, and how many workers of how many threads. PaddleOCR unless the
 * settings say tesseract or this machine cannot run it; the decision is shown on the settings
 * screen as one Chinese sentence.
 */

export type OcrEngineChoice = {
  readonly engine: OcrEngineName;
  readonly workers: number;
  readonly threadsPerWorker: number;
  /** Why PaddleOCR is not used although it was wanted (for the settings screen); null otherwise. */
  readonly fallbackReason: string | null;
  /** E.g. 「PaddleOCR · 2 个识别进程 × 每个 1 线程（按本机 2 核、23 GB 可用内存选择）」 */
  readonly shapeZh: string;
};

export type OcrMachine = { readonly cores: number; readonly freeMemBytes: number };

export type ChooseOcrEngineOptions = {
  /** The engine chosen in settings (default PaddleOCR). */
  readonly preference?: OcrEngineName;
  readonly modelDir: string;
  /** A fixed number of workers (tests, a desk option) instead of the one from the machine. */
  readonly workers?: number;
  readonly machine?: OcrMachine;
  /** Loads the ONNX runtime (injected by tests to simulate a machine where it cannot load). */
  readonly loadRuntime?: () => unknown;
};

const GB = 1024 ** 3;
/**
 * A PaddleOCR worker adds about 0.4 GB at its peak (bench/paddle-ocr.ts: two workers took the
 * process from 0.4 to 1.2 GB); below this much free memory the desk keeps one worker and gives it
 * the threads instead.
 */
const MEMORY_FOR_PARALLEL_WORKERS = 3 * GB;
const MAX_WORKERS = 4;
const SLOWER = '已改用 Tesseract 识别（较慢、准确率较低）';

export const thisMachine = (): OcrMachine => ({ cores: availableParallelism(), freeMemBytes: freemem() });

const gb = (bytes: number): string => (bytes / GB).toFixed(bytes < 10 * GB ? 1 : 0);

/** Why PaddleOCR cannot run here, or null when it can. */
function paddleUnavailable(modelDir: string, loadRuntime: () => unknown): string | null {
  if (!hasPaddleModels(modelDir)) return `未找到 PaddleOCR 模型文件，${SLOWER}`;
  try {
    loadRuntime();
    return null;
  } catch {
    return `本机无法加载 ONNX 运行库，${SLOWER}`;
  }
}

export function chooseOcrEngine(opts: ChooseOcrEngineOptions): OcrEngineChoice {
  const { cores, freeMemBytes } = opts.machine ?? thisMachine();
  const why = `按本机 ${cores} 核、${gb(freeMemBytes)} GB 可用内存选择`;
  const fallbackReason = opts.preference === 'tesseract' ? null : paddleUnavailable(opts.modelDir, opts.loadRuntime ?? loadOnnxRuntime);
  if (opts.preference === 'tesseract' || fallbackReason !== null) {
    // tesseract.js runs one thread per worker; one core is left for the desk itself
    const workers = opts.workers ?? defaultPoolSize(cores);
    return { engine: 'tesseract', workers, threadsPerWorker: 1, fallbackReason, shapeZh: `Tesseract · ${workers} 个识别进程（${why}）` };
  }
  const parallel = cores >= 2 && freeMemBytes >= MEMORY_FOR_PARALLEL_WORKERS;
  const workers = opts.workers ?? (parallel ? Math.min(cores, MAX_WORKERS) : 1);
  const threadsPerWorker = workers > 1 ? 1 : Math.max(1, Math.min(cores, 2));
  return {
    engine: 'paddle', workers, threadsPerWorker, fallbackReason: null,
    shapeZh: `PaddleOCR · ${workers} 个识别进程 × 每个 ${threadsPerWorker} 线程（${why}）`,
  };
}

export type OcrDirs = { readonly modelDir: string; readonly langDir: string };

/** The bounded pool of the chosen engine. */
export function createOcrPool(choice: OcrEngineChoice, dirs: OcrDirs, timeoutMs: number): OcrPool {
  const createWorker = choice.engine === 'paddle'
    ? paddleWorkerFactory(dirs.modelDir, { intraOpThreads: choice.threadsPerWorker })
    : tesseractWorkerFactory(prepareLangDir(dirs.langDir));
  return new OcrPool({ size: choice.workers, timeoutMs, createWorker });
}
