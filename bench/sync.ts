import { seedApprovedCases } from '../electron/testing/approved-cases';
import { startBureauDouble } from '../electron/testing/bureau-double';
import { DeskHarness } from '../electron/testing/desk-harness';

/**
 * `npm run bench:sync`: N recognitions (default 1,000; N=…) queued offline, then pushed to the local
 * bureau double over HTTP when it comes back. Prints filings per second in the reconnect cycle and the
 * bytes of each 2503 on the wire, then archive packages per second (each makes its decision PDF);
 * and the same with 20 % of requests failing before or after the bureau commits.
 */
const n = Number(process.env['N'] ?? 1000);

async function run(label: string, chaos: number): Promise<void> {
  const desk = new DeskHarness();
  desk.now = new Date();
  const admin = await desk.setup();
  const t0 = performance.now();
  await seedApprovedCases(desk.backend, admin, n);
  const seedMs = performance.now() - t0;
  const bureau = await startBureauDouble({ clock: () => desk.now });
  await desk.call('sync.configure', { url: bureau.url, caPem: null }, admin);
  bureau.chaos(chaos, 7);
  const sync = desk.backend.services.sync;
  const t1 = performance.now();
  let cycles = 0;
  while (bureau.filings().length < n) {
    cycles += 1;
    await sync.runCycle();
    desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  }
  const filingMs = performance.now() - t1;
  const bytes = bureau.requests.transactionBytes / bureau.requests.transactions;
  const t2 = performance.now();
  for (;;) {
    cycles += 1;
    if ((await sync.runCycle()).pending === 0) break;
    desk.now = new Date(desk.now.getTime() + 31 * 60_000);
  }
  const archiveMs = performance.now() - t2;
  const archived = bureau.archives().length;
  console.log(`${label.padEnd(11)} 备案 ${n} 条 ${(n / (filingMs / 1000)).toFixed(0).padStart(5)} 条/秒 （每条请求体 ${bytes.toFixed(0)} 字节）` +
    `  档案包 ${archived} 个 ${(archived / ((archiveMs + filingMs) / 1000)).toFixed(1).padStart(5)} 个/秒` +
    `  共 ${cycles} 轮、${bureau.requests.count} 次请求  （入队 ${(seedMs / n).toFixed(1)} ms/条）`);
  await bureau.close();
  await desk.close();
}

console.log(`sync bench: ${n} recognitions queued offline, desk → bureau double on 127.0.0.1 (HTTP/JSON)`);
await run('no faults', 0);
await run('20% faults', 0.2);
