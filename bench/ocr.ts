import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFacts, type DocumentFacts } from '../electron/domain/extraction/extract-facts';
import { readPages } from '../electron/files/read-pages';
import { prepareLangDir, SOURCE_OCR_LANG_DIR } from '../electron/ocr/lang-data';
import { defaultPoolSize, OcrPool } from '../electron/ocr/ocr-pool';
import { tesseractWorkerFactory } from '../electron/ocr/tesseract-engine';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../electron/policy/pack-loader';
import { DEGRADATIONS, recordLines, renderRecord, sampleRecords, type Degradation, type RecordSpec } from '../electron/testing/record-fixtures';
import { cer } from './cer';

/**
 * `npm run bench:ocr`: pages per minute, character error rate and field accuracy of the desk's
 * OCR pipeline against native Debian tesseract (--psm 6, OMP_THREAD_LIMIT=1, two processes in
 * parallel) on the same generated pages, in the same run. PAGES=<n> per degradation (default 6).
 */

const PER_KIND = Number(process.env['PAGES'] ?? 6);
const run = promisify(execFile);
const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;

type Page = { spec: RecordSpec; degradation: Degradation; png: Buffer; truth: string };
type Read = { text: string; ms: number };

/** Name, ID number, the record's dates and the mapped disease: each right or wrong. */
function fieldsRight(spec: RecordSpec, f: DocumentFacts): [number, number] {
  const checks = [
    f.name === spec.name,
    f.idNumber === spec.idNumber,
    ...(spec.kind === 'discharge' ? [f.admissionDate === spec.admissionDate, f.dischargeDate === spec.dischargeDate] : []),
    ...(spec.kind === 'outpatient' ? [JSON.stringify(f.visitDates) === JSON.stringify(spec.visitDates)] : []),
    ...(spec.kind === 'lab' ? [f.reportDate === spec.reportDate] : []),
    spec.diseaseKeys.every((k) => f.diseaseKeys.includes(k)),
  ];
  return [checks.filter(Boolean).length, checks.length];
}

async function pages(): Promise<Page[]> {
  const specs = sampleRecords(PER_KIND * DEGRADATIONS.length, 2024);
  return Promise.all(specs.map(async (spec, i) => {
    const degradation = DEGRADATIONS[i % DEGRADATIONS.length]!;
    const { title, lines } = recordLines(spec);
    return { spec, degradation, png: await renderRecord(spec, degradation), truth: [spec.hospital, title, ...lines].join('\n') };
  }));
}

/** Runs `work` over the pages with at most `parallel` at once; returns results in page order and the wall time. */
async function timed<T>(items: Page[], parallel: number, work: (p: Page) => Promise<T>): Promise<{ results: T[]; ms: number }> {
  const results: T[] = new Array<T>(items.length);
  let next = 0;
  const started = Date.now();
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  }));
  return { results, ms: Date.now() - started };
}

async function desk(all: Page[], workers: number): Promise<{ results: Read[]; ms: number }> {
  const pool = new OcrPool({ size: workers, timeoutMs: 300_000, createWorker: tesseractWorkerFactory(prepareLangDir(SOURCE_OCR_LANG_DIR)) });
  await pool.recognize('warm-up', (await readPages(all[0]!.png, 'w.png')).pages[0]!.ocrImage); // worker start-up is not per page
  try {
    return await timed(all, workers, async (p) => {
      const t = Date.now();
      const [page] = (await readPages(p.png, 'p.png')).pages;
      return { text: (await pool.recognize(String(t), page!.ocrImage)).text, ms: Date.now() - t };
    });
  } finally {
    await pool.close();
  }
}

async function native(all: Page[], dir: string): Promise<{ results: Read[]; ms: number } | null> {
  try {
    await run('tesseract', ['--version']);
  } catch {
    console.log('native tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim): comparison skipped');
    return null;
  }
  all.forEach((p, i) => writeFileSync(join(dir, `${i}.png`), p.png));
  return timed(all, 2, async (p) => {
    const t = Date.now();
    const { stdout } = await run('tesseract', [join(dir, `${all.indexOf(p)}.png`), 'stdout', '-l', 'chi_sim', '--psm', '6'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    return { text: stdout, ms: Date.now() - t };
  });
}

function score(all: Page[], run: { results: Read[] }, filter: (p: Page) => boolean) {
  {
    const idx = all.map((p, i) => (filter(p) ? i : -1)).filter((i) => i >= 0);
    const c = idx.map((i) => cer(all[i]!.truth, run.results[i]!.text));
    const fields = idx.map((i) => fieldsRight(all[i]!.spec, extractFacts(run.results[i]!.text, pack)));
    const [right, total] = fields.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
    return { cer: `${((c.reduce((a, b) => a + b, 0) / c.length) * 100).toFixed(1)} %`, fields: `${((right / total) * 100).toFixed(1)} % (${right}/${total})` };
  }
}

function summarise(name: string, all: Page[], run: { results: Read[]; ms: number }) {
  const clean = score(all, run, (p) => p.degradation === 'clean');
  const degraded = score(all, run, (p) => p.degradation !== 'clean');
  return {
    pipeline: name, 'pages/min': ((all.length / run.ms) * 60_000).toFixed(1),
    'CER clean': clean.cer, 'CER degraded': degraded.cer, 'fields clean': clean.fields, 'fields degraded': degraded.fields,
  };
}

const all = await pages();
const dir = mkdtempSync(join(tmpdir(), 'csd-bench-ocr-'));
try {
  console.log(`ocr bench: ${all.length} A4 pages at ~200 dpi (${PER_KIND} per kind: ${DEGRADATIONS.join(', ')}), ${availableParallelism()} cores, node ${process.version}`);
  const ours = await desk(all, 2);
  const table = [summarise('desk, 2 workers (tesseract.js best_int)', all, ours)];
  if (defaultPoolSize() !== 2) table.push(summarise(`desk, default pool (${defaultPoolSize()} worker)`, all, await desk(all, defaultPoolSize())));
  const theirs = await native(all, dir);
  if (theirs) table.push(summarise('native tesseract 5 --psm 6, 2 processes', all, theirs));
  console.table(table);
  console.table(DEGRADATIONS.map((d) => {
    const a = score(all, ours, (p) => p.degradation === d);
    const b = theirs ? score(all, theirs, (p) => p.degradation === d) : null;
    return { degradation: d, 'desk CER': a.cer, 'desk fields': a.fields, 'native CER': b?.cer ?? '—', 'native fields': b?.fields ?? '—' };
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
