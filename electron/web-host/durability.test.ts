import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseKeyError, openDatabase } from '../../db/client';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import { burstIdNumber, hostRpc, signInAdmin, startHostProcess } from '../testing/web-host-process';

const dataDir = mkdtempSync(join(tmpdir(), 'csd-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const startHost = () => startHostProcess(dataDir);

describe('durability: kill -9 during writes loses nothing acknowledged', () => {
  it('keeps every acknowledged applicant and a valid audit chain after SIGKILL', async () => {
    let host = await startHost();
    await hostRpc(host, 'setup.initialize', { hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId: 'cn.sd.liaocheng.csd', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'Admin1234' });
    let session = await signInAdmin(host);

    const acknowledged: string[] = [];
    const register = async (i: number) => {
      const r = await hostRpc(host, 'applicants.register', { name: '测试人', idNumber: burstIdNumber(i), scheme: 'RESIDENT', employmentStatus: null, regionCode: '371502', phone: '13800000000', address: '聊城市' }, session);
      if (r.ok) acknowledged.push(burstIdNumber(i));
      else throw new Error(JSON.stringify(r.error));
    };
    for (let i = 0; i < 20; i++) await register(i);

    // Fire a burst of 40 and kill the host as soon as a few of them are acknowledged, i.e. while it is
    // writing the rest; requests cut off are simply not acknowledged.
    const killAt = acknowledged.length + 3;
    const burst = Array.from({ length: 40 }, (_, k) =>
      register(100 + k).then(() => {
        if (acknowledged.length === killAt) host.proc.kill('SIGKILL');
      }, () => undefined));
    await Promise.all(burst);
    await host.exited;
    console.log(`[durability] ${acknowledged.length} of 60 writes acknowledged before SIGKILL`);
    expect(acknowledged.length).toBeGreaterThanOrEqual(23);
    expect(acknowledged.length).toBeLessThan(60);

    host = await startHost();
    session = await signInAdmin(host);
    for (const id of acknowledged) {
      // a search by the full number finds exactly that applicant (lists show it masked)
      const found = (await hostRpc(host, 'applicants.search', { query: id, page: 1, pageSize: 10 }, session)).value as { total: number };
      expect(found.total, `acknowledged ${id} lost`).toBe(1);
    }
    expect(await hostRpc(host, 'audit.verify', {}, session)).toMatchObject({ ok: true, value: { ok: true } });
    host.proc.kill('SIGTERM');
    await host.exited;
  });

  it('keeps personal data encrypted at rest: no plaintext in the files, and a wrong key cannot open them', () => {
    const files = readdirSync(dataDir).filter((f) => f.startsWith('desk.db'));
    expect(files).toContain('desk.db');
    for (const f of [...files, 'desk.key']) expect(statSync(join(dataDir, f)).mode & 0o077, `${f} readable by others`).toBe(0);
    for (const f of files) {
      const bytes = readFileSync(join(dataDir, f));
      expect(bytes.includes(Buffer.from('测试人')), f).toBe(false);
      expect(bytes.includes(Buffer.from(burstIdNumber(0))), f).toBe(false);
      expect(bytes.subarray(0, 15).toString()).not.toBe('SQLite format 3');
    }
    expect(() => openDatabase({ file: join(dataDir, 'desk.db'), keyHex: randomBytes(32).toString('hex'), migrationsDir: SOURCE_MIGRATIONS_DIR })).toThrow(DatabaseKeyError);
  });
});

describe('web host boundary', () => {
  it('refuses RPC without the host token and from a foreign Host header', async () => {
    const host = await startHost();
    try {
      const noToken = await fetch(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(noToken.status).toBe(401);
      const ok = await fetch(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: '{}' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
      // over the limit: the 413 JSON error, not a reset connection (issue 11)
      const big = await fetch(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: JSON.stringify({ x: 'a'.repeat(2 * 1024 * 1024) }) });
      expect([big.status, ((await big.json()) as { error: { message: string } }).error.message]).toEqual([413, '请求内容过大。']);
      // the token only as a Bearer credential; another origin never reaches the backend
      const bare = await fetch(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: host.token }, body: '{}' });
      expect(bare.status).toBe(401);
      const foreign = await fetch(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' }, body: '{}' });
      expect(foreign.status).toBe(403);
      const { request } = await import('node:http');
      const status = await new Promise<number>((ok2) => {
        const req = request(`${host.origin}/rpc/setup.status`, { method: 'POST', headers: { Host: 'evil.example:80', 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` } }, (res) => ok2(res.statusCode ?? 0));
        req.end('{}');
      });
      expect(status).toBe(421);
    } finally {
      host.proc.kill('SIGTERM');
      await host.exited;
    }
  });
});

describe('start-up faults (issue 11)', () => {
  const start = (dir: string) => new Promise<{ code: number | null; err: string }>((ok) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts', '--data', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (c: Buffer) => { err += c.toString(); });
    proc.on('exit', (code) => ok({ code, err }));
  });

  it('a 0-byte database beside its key is refused in words, not replaced by a new empty desk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csd-fault-'));
    try {
      writeFileSync(join(dir, 'desk.key'), randomBytes(32).toString('hex'));
      writeFileSync(join(dir, 'desk.db'), '');
      const r = await start(dir);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^慢特病认定台无法启动：数据库文件 desk\.db 是空文件（0 字节）/);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(statSync(join(dir, 'desk.db')).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('a database whose key file is gone opens the start-up fault screen (recovery code), and no new key is made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csd-fault-'));
    writeFileSync(join(dir, 'desk.db'), 'SQLite format 3\0 something encrypted');
    const host = await startHostProcess(dir);
    try {
      expect(host.out).toMatch(/认定台未能打开数据库：找到数据库文件，但缺少它的密钥 desk\.key/);
      const fault = await hostRpc(host, 'startup.fault', {});
      // no key.recovery.json either: the screen says where to get it
      expect(fault).toMatchObject({ ok: true, value: { code: 'KEY_MISSING', canRecover: false } });
      expect(await hostRpc(host, 'setup.status', {})).toMatchObject({ ok: false, error: { code: 'STARTUP_FAULT' } });
      expect(readdirSync(dir)).toEqual(['desk.db']);
    } finally {
      host.proc.kill('SIGTERM');
      await host.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
