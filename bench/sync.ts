import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedApprovedCases } from '../electron/testing/approved-cases';
import { startBureauDouble } from '../electron/testing/bureau-double';
import { DeskHarness } from '../electron/testing/desk-harness';

/**
 * `npm run bench:sync`: N recognitions (default 2,000; N=…) queued offline, then pushed to the local
 * bureau double in one reconnect over HTTP. Prints records per second and the bytes each 2503 costs on
 * the wire; then the same with 20 % of requests failing before or after commit (retries, 5301 reconciles).
 */
const n = Number(process.env['N'] ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));

async function run(label: string, chaos: number): Promise<void> {
  const desk = new DeskHarness();
  desk.now = new Date();
  const admin = await desk.setup();
  const t0 = performance.now();
  await seedApprovedCases(desk.backend, admin, n);
  const seedMs = performance.now() - t0;
  const bureau = await startBureauDouble({ dbFile: join(dir, `${label}.db`) });
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
  bureau.chaos(chaos, 7);
  const t1 = performance.now();
  let cycles = 0;
  for (;;) {
    cycles += 1;
    const r = await desk.backend.services.sync.runCycle();
    if (r.pending === 0) break;
    desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  }
  const ms = performance.now() - t1;
  const bytes = bureau.requests.bytes / bureau.requests.count;
  const filed = bureau.filings().length;
  console.log(`${label.padEnd(18)} ${String(n).padStart(6)} 条  ${(n / (ms / 1000)).toFixed(0).padStart(6)} 条/秒  ${ms.toFixed(0).padStart(7)} ms  ${cycles} 轮  请求 ${bureau.requests.count}  局端备案 ${filed}  请求体平均 ${bytes.toFixed(0)} 字节  （入队 ${(seedMs / n).toFixed(2)} ms/条）`);
  await bureau.close();
  await desk.close();
}

console.log(`sync bench: ${n} recognitions, desk → bureau double on 127.0.0.1 (HTTP/JSON, one request per record)`);
await run('no faults', 0);
await run('20% faults', 0.2);
rmSync(dir, { recursive: true, force: true });
