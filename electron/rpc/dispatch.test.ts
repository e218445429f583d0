import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskHarness } from '../testing/desk-harness';

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
