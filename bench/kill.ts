import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../electron/domain/panel/draw';
import { burstIdNumber, hostRpc, signInAdmin, startHostProcess } from '../electron/testing/web-host-process';

/**
 * `npm run bench:kill`: the web host in its own process, a burst of writes, `kill -9` at a random
 * moment, restart — KILLS times on one data folder. Prints kills, writes acknowledged, writes lost
 * (must be 0) and whether the audit chain verifies after every restart. KILLS=<n> (default 10), SEED=<n>.
 */
const KILLS = Number(process.env['KILLS'] ?? 10);
const random = seededRandom(Number(process.env['SEED'] ?? 7));
const dataDir = mkdtempSync(join(tmpdir(), 'csd-kill-'));
const startHost = () => startHostProcess(dataDir);

const acknowledged: string[] = [];
let lost = 0;
let chainBroken = 0;
let next = 0;
try {
  let host = await startHost();
  await hostRpc(host, 'setup.initialize', { hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId: 'cn.sd.liaocheng.csd', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'Admin1234' });
  for (let k = 0; k < KILLS; k += 1) {
    const session = await signInAdmin(host);
    const killAfter = 2 + Math.floor(random() * 10);
    let acked = 0;
    const burst = Array.from({ length: 30 }, () => next++).map((i) => hostRpc(host, 'applicants.register', {
      name: '测试人', idNumber: burstIdNumber(i), scheme: 'RESIDENT', employmentStatus: null, regionCode: '371502', phone: '13800000000', address: '聊城市',
    }, session).then((r) => {
      if (!r.ok) return;
      acknowledged.push(burstIdNumber(i));
      acked += 1;
      if (acked === killAfter) host.proc.kill('SIGKILL');
    }, () => undefined));
    await Promise.all(burst);
    host.proc.kill('SIGKILL');
    await host.exited;
    host = await startHost();
    const again = await signInAdmin(host);
    for (const id of acknowledged) {
      const found = (await hostRpc(host, 'applicants.search', { query: id, page: 1, pageSize: 5 }, again)).value as { total: number };
      if (found.total !== 1) lost += 1;
    }
    if (!((await hostRpc(host, 'audit.verify', { deep: false }, again)).value as { ok: boolean }).ok) chainBroken += 1;
  }
  host.proc.kill('SIGTERM');
  await host.exited;
  console.log(`kill -9 bench: ${KILLS} kills during bursts of writes, seed ${process.env['SEED'] ?? 7}`);
  console.table({ kills: KILLS, 'writes acknowledged': acknowledged.length, 'acknowledged writes lost': lost, 'restarts with a broken audit chain': chainBroken });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
