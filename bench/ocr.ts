import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { extractFacts } from '../electron/domain/extraction/extract-facts';
import { linesFromText } from '../electron/domain/extraction/page-lines';
import { readPages } from '../electron/files/read-pages';
import { prepareLangDir, SOURCE_OCR_LANG_DIR } from '../electron/ocr/lang-data';
import { OcrPool } from '../electron/ocr/ocr-pool';
import { SOURCE_PADDLE_MODEL_DIR } from '../electron/ocr/paddle/model-files';
import { paddleWorkerFactory } from '../electron/ocr/paddle/paddle-engine';
import { tesseractWorkerFactory } from '../electron/ocr/tesseract-engine';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../electron/policy/pack-loader';
import { corpus, LAYOUTS, type PageTruth, type Split } from '../electron/testing/corpus';
import { cer } from './cer';
import { FIELDS, pct, scoreFields, tallyInto, type Tally } from '../electron/testing/corpus/field-score';

/**
 * `npm run bench:ocr`: every engine on the same corpus pages (electron/testing/corpus: all layouts of
 * four kinds, clean / scan / photo / fax), each in its own process: pages per minute and peak RSS,
 * CER per degradation, and field accuracy through the desk's extraction per field and per kind —
 * the tuning layouts and the held-out (blind) ones apart. PER_LAYOUT=<n> documents per layout (default 2),
 * ENGINES=paddle,native to run only some engines, LAYOUTS=<id>,<id> only some layouts.
 * Engines: PaddleOCR (the desk's default, 2 workers × 1 thread), tesseract.js (2 workers), and native
 * tesseract 5 `--psm 6` in two processes where it is installed. The pages are rendered once to a temporary folder
 * and each engine reads them from there one at a time, as the desk does (the read and decode are timed with the
 * page), so the peak RSS is the engine's with a page or two in hand, not the corpus's.
 */
const PER_LAYOUT = Number(process.env['PER_LAYOUT'] ?? 2);
const ONLY = process.env['LAYOUTS']?.split(',');
const ENGINES = ['paddle', 'tesseract.js', 'native'] as const;
type Engine = (typeof ENGINES)[number];
type PageResult = { split: string; kind: string; degradation: string; cer: number; fields: Record<string, boolean> };
type EngineRun = { engine: Engine; pages: PageResult[]; ms: number; peakRssMb: number } | { engine: Engine; skipped: string };

const pack = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
const run = promisify(execFile);
/** A corpus page rendered to disk: its truth in memory, its PNG in a file (all pages held at once took 17 GB). */
type Page = { truth: PageTruth; file: string };
/** The list of pages beside their PNGs, for the engines' processes. */
const listIn = (dir: string) => join(dir, 'pages.json');

async function renderTo(dir: string): Promise<void> {
  const pages: Page[] = [];
  for await (const p of corpus({ split: 'all', perLayout: PER_LAYOUT, layouts: ONLY })) {
    const file = join(dir, `${pages.length}.png`);
    writeFileSync(file, p.png);
    pages.push({ truth: p.truth, file });
  }
  writeFileSync(listIn(dir), JSON.stringify(pages));
}

async function timed<T>(items: readonly Page[], parallel: number, work: (p: Page, i: number) => Promise<T>): Promise<{ results: T[]; ms: number }> {
  const results: T[] = new Array<T>(items.length);
  let next = 0;
  const started = Date.now();
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!, i);
  }));
  return { results, ms: Date.now() - started };
}

const score = ({ truth }: Page, text: string, lines: Parameters<typeof extractFacts>[0] | null): PageResult => ({
  split: truth.split, kind: truth.kind, degradation: truth.degradation, cer: cer(truth.text, text),
  fields: scoreFields(truth.fields, extractFacts(lines ?? [{ lines: linesFromText(text) }], pack)),
});
/** A page as the desk takes it in: the file read and decoded, turned upright and scaled (timed, as the desk does it per page). */
const ocrImageOf = async (p: Page) => (await readPages(readFileSync(p.file), 'p.png')).pages[0]!.ocrImage;

async function desk(engine: 'paddle' | 'tesseract.js', pages: readonly Page[]) {
  const factory = engine === 'paddle' ? paddleWorkerFactory(SOURCE_PADDLE_MODEL_DIR, { intraOpThreads: 1 }) : tesseractWorkerFactory(prepareLangDir(SOURCE_OCR_LANG_DIR));
  const pool = new OcrPool({ size: 2, timeoutMs: 300_000, createWorker: factory });
  const warm = await Promise.all(pages.slice(0, 2).map(ocrImageOf));
  await Promise.all(warm.map((image, i) => pool.recognize(`warm-${i}`, image))); // start-up is not per page
  try {
    const { results, ms } = await timed(pages, 2, async (p, i) => {
      const r = await pool.recognize(String(i), await ocrImageOf(p));
      return score(p, r.text, [{ lines: r.lines }]);
    });
    return { results, ms };
  } finally {
    await pool.close();
  }
}

async function native(pages: readonly Page[]) {
  if (spawnSync('tesseract', ['--version']).status !== 0) return null;
  return timed(pages, 2, async (p) => {
    const { stdout } = await run('tesseract', [p.file, 'stdout', '-l', 'chi_sim', '--psm', '6'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
    return score(p, stdout, null);
  });
}

/** Child: one engine over the pages rendered in `dir`, JSON on stdout. */
async function child(engine: Engine, dir: string): Promise<void> {
  const pages = JSON.parse(readFileSync(listIn(dir), 'utf8')) as Page[];
  let peak = 0;
  const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  let out: Awaited<ReturnType<typeof native>>;
  try {
    out = engine === 'native' ? await native(pages) : await desk(engine, pages);
  } finally {
    clearInterval(sample);
  }
  const result: EngineRun = out ? { engine, pages: out.results, ms: out.ms, peakRssMb: Math.round(peak / 2 ** 20) } : { engine, skipped: 'native tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)' };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function report(runs: EngineRun[]): void {
  const done = runs.filter((r): r is Extract<EngineRun, { pages: PageResult[] }> => 'pages' in r);
  for (const r of runs) if ('skipped' in r) console.log(`${r.engine}: skipped — ${r.skipped}`);
  const mean = (xs: number[]) => (xs.length === 0 ? '—' : `${((xs.reduce((a, b) => a + b, 0) / xs.length) * 100).toFixed(1)} %`);
  console.log('\nSpeed, memory and character error rate (all layouts):');
  console.table(Object.fromEntries(done.map((r) => [r.engine, {
    'pages/min': ((r.pages.length / r.ms) * 60_000).toFixed(1), 'peak RSS MB': r.peakRssMb,
    ...Object.fromEntries(['clean', 'scan', 'photo', 'fax'].map((d) => [`CER ${d}`, mean(r.pages.filter((p) => p.degradation === d).map((p) => p.cer))])),
  }])));
  const titles: Record<Split, string> = { tune: 'tuning layouts', blind: 'HELD-OUT (blind) layouts: never tuned on, never described' };
  for (const split of ['tune', 'blind'] as Split[]) {
    console.log(`\nFields right, ${titles[split]}:`);
    const rows: Record<string, Record<string, string>> = {};
    for (const r of done) {
      // the targets: clean pages, and scans and photos; fax is reported apart
      const groups = { clean: ['clean'], 'scan+photo': ['scan', 'photo'], fax: ['fax'] } as const;
      for (const [group, kinds] of Object.entries(groups)) {
        const t = new Map<string, Tally>();
        for (const p of r.pages.filter((x) => x.split === split && (kinds as readonly string[]).includes(x.degradation))) {
          for (const [f, ok] of Object.entries(p.fields)) { tallyInto(t, f, ok); tallyInto(t, 'all fields', ok); tallyInto(t, `kind:${p.kind}`, ok); }
        }
        rows[`${r.engine} ${group}`] = Object.fromEntries(['all fields', ...FIELDS, 'kind:discharge', 'kind:outpatient', 'kind:report', 'kind:certificate']
          .map((k) => [k, pct(t.get(k) ?? { right: 0, total: 0 })]));
      }
    }
    console.table(rows);
  }
}

const engineArg = process.argv.indexOf('--engine');
if (engineArg >= 0) await child(process.argv[engineArg + 1] as Engine, process.argv[engineArg + 2]!);
else {
  console.log(`ocr bench: corpus, ${PER_LAYOUT} documents per layout × ${ONLY?.length ?? LAYOUTS.length} layouts × 4 degradations, ${availableParallelism()} cores, node ${process.version}`);
  const runs: EngineRun[] = [];
  // ENGINES=paddle (comma-separated) runs only those engines
  const chosen = ENGINES.filter((e) => (process.env['ENGINES'] ?? ENGINES.join(',')).split(',').includes(e));
  // the pages are rendered once, and every engine's process reads the same files
  const dir = mkdtempSync(join(tmpdir(), 'csd-bench-ocr-'));
  try {
    await renderTo(dir);
    for (const engine of chosen) {
      const { stdout } = await run(process.execPath, [...process.execArgv, process.argv[1]!, '--engine', engine, dir], { maxBuffer: 1 << 26 });
      runs.push(JSON.parse(stdout.trim().split('\n').at(-1)!) as EngineRun);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report(runs);
}
