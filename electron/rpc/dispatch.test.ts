import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness, idNumber } from '../testing/desk-harness';

let desk: DeskHarness;
beforeEach(() => {
  desk = new DeskHarness();
});
afterEach(() => desk.close());

describe('dispatch (the one boundary of every transport)', () => {
  it('refuses an unknown method', async () => {
    expect(await desk.backend.call('fs.readFile', {}, null)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD', message: '系统不支持该操作。' } });
  });

  it('refuses prototype names as methods', async () => {
    expect(await desk.backend.call('constructor', {}, null)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('validates input before anything runs, including unknown fields', async () => {
    const r = await desk.backend.call('setup.initialize', { hospitalName: '医院', extra: 1 }, null);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await desk.call('setup.status', {})).toMatchObject({ initialized: false });
  });

  it('never lets a field outside the contract leave (no password hash in user lists)', async () => {
    const admin = await desk.setup();
    const r = await desk.backend.call('users.list', {}, admin);
    expect(JSON.stringify(r)).not.toMatch(/scrypt|passwordHash/);
  });
});

describe('a full disk (issue 11)', () => {
  it('says 磁盘空间不足, keeps nothing half-written, and the desk goes on once space is freed', async () => {
    const desk = new DeskHarness();
    try {
      const admin = await desk.setup();
      const sqlite = desk.backend.database.sqlite;
      // the disk fills up: the file may not grow, and what free space it had is taken
      sqlite.exec('CREATE TABLE filler (x BLOB)');
      sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
      expect(() => { for (;;) sqlite.prepare('INSERT INTO filler VALUES (randomblob(2000))').run(); }).toThrow(/full/);
      // work goes on until a write needs a page the disk no longer has
      let saved = 0;
      let r: Awaited<ReturnType<typeof desk.backend.call>> | null = null;
      for (let i = 0; i < 500; i += 1) {
        r = await desk.backend.call('applicants.register', desk.registerInput({ idNumber: idNumber(`3715021980010${String(100 + i).padStart(3, '0')}1`) }), admin);
        if (!r.ok) break;
        saved += 1;
      }
      expect(r).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: '磁盘空间不足，本次操作未保存（已填写的内容未丢失）。请清理磁盘或联系管理员后重试。' } });
      expect(sqlite.prepare('SELECT count(*) AS n FROM applicants').get()).toEqual({ n: saved }); // the failed one left nothing behind
      sqlite.exec('DROP TABLE filler');
      sqlite.pragma('max_page_count = 1073741823'); // space freed
      expect(await desk.backend.call('applicants.register', desk.registerInput({ idNumber: idNumber('37150219900202001') }), admin)).toMatchObject({ ok: true });
    } finally {
      await desk.close();
    }
  });
});
