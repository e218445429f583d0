import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';
import { openDeskBackend } from '../rpc/desk-backend';
import { seedApprovedCases } from '../testing/approved-cases';
import { startBureauDouble } from '../testing/bureau-double';
import { DeskHarness } from '../testing/desk-harness';
import { SOURCE_OCR_LANG_DIR } from '../ocr/lang-data';
import { SOURCE_PADDLE_MODEL_DIR } from '../ocr/paddle/model-files';

/** kill -9 of the sync worker (the `sync` CLI) after the bureau committed but before the desk heard back. */

const desk = new DeskHarness();
afterAll(() => desk.close());

const cli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

it('loses nothing and files nothing twice when the worker is killed mid-send', async () => {
  const admin = await desk.setup();
  await seedApprovedCases(desk.backend, admin, 5);
  await desk.backend.close();
  const dbFile = join(desk.dir, 'desk.db');
  writeFileSync(join(desk.dir, 'desk.key'), desk.keyHex, { mode: 0o600 });
  writeFileSync(join(desk.dir, 'audit.key'), desk.auditKeyHex, { mode: 0o600 });
  const bureau = await startBureauDouble();
  try {
    bureau.inject({ when: 'after', kind: 'delay', ms: 60_000 }); // commits the first 2503, then never answers
    const child = cli(['sync', '--db', dbFile, '--bureau', bureau.url, '--json']);
    for (let i = 0; i < 400 && bureau.filings().length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(bureau.filings()).toHaveLength(1);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));

    const out: string[] = [];
    const again = cli(['sync', '--db', dbFile, '--bureau', bureau.url, '--json']);
    again.stdout.on('data', (c: Buffer) => out.push(c.toString()));
    const code = await new Promise((r) => again.on('close', r));
    const nothing = { 'policy-pack': '无更新', roster: '无更新', calendar: '无更新', rereview: '无更新', 'entitlement-events': '无更新', costs: '无更新', sampling: '无更新' };
    expect([code, JSON.parse(out.join(''))]).toEqual([0, { sent: 10, failed: 0, pending: 0, pulled: nothing }]); // 5 filings, 5 archives
    expect(bureau.filings().map((f) => f.valid)).toEqual([true, true, true, true, true]);

    const reopened = openDeskBackend({ dbFile, keyHex: desk.keyHex, auditKeyHex: desk.auditKeyHex, migrationsDir: SOURCE_MIGRATIONS_DIR, packs: loadPolicyPacks(SOURCE_PACKS_DIR), ocrModelDir: SOURCE_PADDLE_MODEL_DIR, ocrLangDir: SOURCE_OCR_LANG_DIR, ocrWorkers: 1, backgroundSync: false });
    try {
      const token = (await reopened.call('auth.signIn', { username: 'admin', password: 'Admin1234' }, null)) as { ok: true; value: { token: string } };
      const status = await reopened.call('sync.status', {}, token.value.token);
      expect(status).toMatchObject({ ok: true, value: { pending: 0, failedCount: 0, sent: 10 } });
    } finally {
      await reopened.close();
    }
  } finally {
    await bureau.close();
  }
}, 60_000);
