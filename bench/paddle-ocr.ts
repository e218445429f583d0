import { execFile } from 'node:child_process';
import { availableParallelism, freemem } from 'node:os';
import { promisify } from 'node:util';
import { readPages } from '../electron/files/read-pages';
import { prepareLangDir, SOURCE_OCR_LANG_DIR } from '../electron/ocr/lang-data';
import { OcrPool } from '../electron/ocr/ocr-pool';
import type { OcrWorkerFactory } from '../electron/ocr/ocr-result';
import { SOURCE_PADDLE_MODEL_DIR } from '../electron/ocr/paddle/model-files';
import { paddleWorkerFactory } from '../electron/ocr/paddle/paddle-engine';
import { tesseractWorkerFactory } from '../electron/ocr/tesseract-engine';
import { DEGRADATIONS, recordLines, renderRecord, sampleRecords } from '../electron/testing/record-fixtures';
import { cer } from './cer';

/**
 * `npm run bench:paddle-ocr`: PaddleOCR (2 workers × 1 thread, 1 × 2, 1 × 1) against
 * tesseract.js (2 workers) on the same generated A4 pages (1654×2339, ~200 dpi; every kind of
 * degradation of record-fixtures): pages per minute, CPU seconds per page (steadier than wall time
 * on a shared machine), RSS before the pool and at its peak (worker threads included), CER against
 * the printed text. Each shape runs in its own process, so one shape's memory does not count
 * against the next. PAGES=<n> (default 12).
 */

const PAGES = Number(process.env['PAGES'] ?? 12);
const SHAPES = {
  'paddle 2×1': { workers: 2, factory: () => paddleWorkerFactory(SOURCE_PADDLE_MODEL_DIR, { intraOpThreads: 1 }) },
  'paddle 1×2': { workers: 1, factory: () => paddleWorkerFactory(SOURCE_PADDLE_MODEL_DIR, { intraOpThreads: 2 }) },
  'paddle 1×1': { workers: 1, factory: () => paddleWorkerFactory(SOURCE_PADDLE_MODEL_DIR, { intraOpThreads: 1 }) },
  'tesseract.js 2×1': { workers: 2, factory: () => tesseractWorkerFactory(prepareLangDir(SOURCE_OCR_LANG_DIR)) },
} satisfies Record<string, { workers: number; factory: () => OcrWorkerFactory }>;
type Shape = keyof typeof SHAPES;

type Measured = {
  shape: Shape; pagesPerMin: number; cpuSecondsPerPage: number; baseRssMb: number; peakRssMb: number;
  cleanCer: number; degradedCer: number; worstCer: number;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;

async function measure(shape: Shape): Promise<Measured> {
  const specs = sampleRecords(PAGES, 2024);
  const pages = await Promise.all(specs.map(async (spec, i) => {
    const degradation = DEGRADATIONS[i % DEGRADATIONS.length]!;
    const { title, lines } = recordLines(spec);
    const [page] = (await readPages(await renderRecord(spec, degradation), 'p.png')).pages;
    return { degradation, image: page!.ocrImage, truth: [spec.hospital, title, ...lines].join('\n') };
  }));
  const { workers, factory } = SHAPES[shape];
  const baseRss = process.memoryUsage.rss();
  const pool = new OcrPool({ size: workers, timeoutMs: 300_000, createWorker: factory() });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    // models load once per worker, not per page: warm every worker first
    await Promise.all(Array.from({ length: workers }, (_, i) => pool.recognize(`warm-${i}`, pages[i % pages.length]!.image)));
    const started = Date.now();
    const cpu = process.cpuUsage();
    const texts = await Promise.all(pages.map((p, i) => pool.recognize(`page-${i}`, p.image).then((r) => r.text)));
    const ms = Date.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const errors = pages.map((p, i) => ({ clean: p.degradation === 'clean', cer: cer(p.truth, texts[i]!) }));
    return {
      shape, pagesPerMin: (pages.length / ms) * 60_000, cpuSecondsPerPage: (user + system) / 1e6 / pages.length,
      baseRssMb: baseRss / 2 ** 20, peakRssMb: peak / 2 ** 20,
      cleanCer: mean(errors.filter((e) => e.clean).map((e) => e.cer)),
      degradedCer: mean(errors.filter((e) => !e.clean).map((e) => e.cer)),
      worstCer: Math.max(...errors.map((e) => e.cer)),
    };
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
}

const [flag, only] = process.argv.slice(2);
if (flag === '--shape') {
  console.log(JSON.stringify(await measure(only as Shape)));
} else {
  const run = promisify(execFile);
  const machine = `${availableParallelism()} cores, ${(freemem() / 2 ** 30).toFixed(1)} GB free, node ${process.version}`;
  console.log(`paddle-ocr bench: ${PAGES} A4 pages (${DEGRADATIONS.join(', ')}), ${machine}`);
  const rows: Measured[] = [];
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'bench/paddle-ocr.ts', '--shape', shape], { maxBuffer: 1 << 20 });
    rows.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as Measured);
  }
  console.table(rows.map((r) => ({
    shape: r.shape, 'pages/min': r.pagesPerMin.toFixed(1), 'CPU s/page': r.cpuSecondsPerPage.toFixed(2),
    'RSS before → peak': `${Math.round(r.baseRssMb)} → ${Math.round(r.peakRssMb)} MB`,
    'CER clean': percent(r.cleanCer), 'CER degraded': percent(r.degradedCer), 'CER worst page': percent(r.worstCer),
  })));
}
