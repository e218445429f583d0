import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WrappedKeys } from '../files/recovery-file';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';
import { unwrapKeys } from './key-recovery';

/** The administrator's recovery code (issue 11): shown once at setup, wraps both keys, re-issued with the password. */

let desk: DeskHarness;
let admin: string;
let folder: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  folder = mkdtempSync(join(tmpdir(), 'csd-usb-'));
});
afterEach(async () => {
  await desk.close();
  rmSync(folder, { recursive: true, force: true });
});

const wrapped = (file = join(desk.dir, 'key.recovery.json')) => WrappedKeys.parse(JSON.parse(readFileSync(file, 'utf8')));
const plain = (code: string) => code.replace(/-/g, '');

describe('the recovery code at setup', () => {
  it('is shown once in six groups of four and wraps both keys beside the database, never in clear', () => {
    expect(desk.recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
    const file = join(desk.dir, 'key.recovery.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(desk.keyHex);
    expect(text).not.toContain(plain(desk.recoveryCode!));
    expect(unwrapKeys(wrapped(), plain(desk.recoveryCode!))).toEqual({ dbKeyHex: desk.keyHex, auditKeyHex: desk.auditKeyHex });
    expect(unwrapKeys(wrapped(), '0'.repeat(24))).toBeNull();
  });

  it('is not replaced by a second setup', async () => {
    const before = readFileSync(join(desk.dir, 'key.recovery.json'), 'utf8');
    expect(await failure(desk.call('setup.initialize', {
      hospitalName: '别的医院', hospitalCode: 'H37150200002', packId: 'cn.sd.liaocheng.csd', adminUsername: 'other', adminDisplayName: '其他', adminPassword: 'Other1234',
    }))).toMatchObject({ code: 'SETUP_ALREADY_DONE' });
    expect(readFileSync(join(desk.dir, 'key.recovery.json'), 'utf8')).toBe(before);
  });
});

describe('re-issuing the code (重新签发恢复码)', () => {
  it('needs the administrator\'s password; the old code stops working, the backup folder\'s copy follows', async () => {
    await desk.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 3 }, admin);
    expect(await failure(desk.call('recovery.reissue', { password: 'wrong-pass1' }, admin))).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG' });
    const old = plain(desk.recoveryCode!);
    const { recoveryCode, issuedAt } = await desk.call('recovery.reissue', { password: 'Admin1234' }, admin);
    expect(recoveryCode).not.toBe(desk.recoveryCode);
    expect(unwrapKeys(wrapped(), old)).toBeNull();
    expect(unwrapKeys(wrapped(), plain(recoveryCode))).toEqual({ dbKeyHex: desk.keyHex, auditKeyHex: desk.auditKeyHex });
    const deviceId = (desk.backend.database.sqlite.prepare('SELECT device_id FROM desk').get() as { device_id: string }).device_id;
    expect(wrapped(join(folder, `key.recovery.${deviceId}.json`))).toEqual(wrapped());
    expect((await desk.call('backup.status', {}, admin)).recoveryIssuedAt).toBe(issuedAt);
    const events = desk.backend.database.sqlite.prepare("SELECT action, details_json FROM audit_events WHERE action LIKE 'recovery.%' ORDER BY seq").all() as { action: string; details_json: string }[];
    expect(events.map((e) => e.action)).toEqual(['recovery.reissueRefused', 'recovery.reissue']);
    expect(events.map((e) => e.details_json).join()).not.toContain(plain(recoveryCode));
  });
});

describe('a backup of another PC, opened with its recovery code', () => {
  let other: DeskHarness;
  let name: string;
  beforeEach(async () => {
    other = new DeskHarness();
    const otherAdmin = await other.setup();
    await other.call('applicants.register', other.registerInput({ name: '赵六', idNumber: idNumber('37150219800110011') }), otherAdmin);
    await other.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 3 }, otherAdmin);
    name = (await other.call('backup.run', {}, otherAdmin)).name;
  });
  afterEach(() => other.close());

  it('a wrong or mistyped code is refused in Chinese and changes nothing; wrong codes slow the next try', async () => {
    await desk.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 3 }, admin);
    const restore = (code: string) => failure(desk.call('backup.restore', { name, recoveryCode: code, confirm: true }, admin));
    const code = other.recoveryCode!;
    const typo = `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`;
    expect(await restore(typo)).toMatchObject({ code: 'RECOVERY_CODE_TYPO', message: expect.stringContaining('恢复码有输入错误') as string });
    const wrong = desk.recoveryCode!; // a real code, of this desk
    expect(await restore(wrong)).toMatchObject({ code: 'RECOVERY_CODE_WRONG', message: expect.stringContaining('恢复码不正确') as string });
    expect(await restore(wrong)).toMatchObject({ code: 'RECOVERY_CODE_WRONG' });
    expect(await restore(wrong)).toMatchObject({ code: 'RECOVERY_CODE_WRONG' });
    expect(await restore(code)).toMatchObject({ code: 'RECOVERY_WAIT', message: expect.stringContaining('恢复码错误次数过多，请 10 秒后再试。') as string });
    desk.now = new Date(desk.now.getTime() + 10_000);
    expect(await desk.call('backup.restore', { name, recoveryCode: code, confirm: true }, admin)).toMatchObject({ keysReplaced: true });
  });

  it('on a new PC before setup: listed, restored with the code, and the desk opens as the old one', async () => {
    const fresh = new DeskHarness();
    try {
      expect((await fresh.call('setup.backups', { folder })).map((b) => [b.name, b.hospitalName])).toEqual([[name, '聊城市人民医院']]);
      const restored = await fresh.call('setup.restore', { folder, name, recoveryCode: other.recoveryCode!.toLowerCase() });
      expect(restored).toMatchObject({ name, keysReplaced: true, migratedFrom: null });
      expect((await fresh.call('setup.status', {})).initialized).toBe(true);
      const token = (await fresh.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
      expect((await fresh.call('applicants.search', { query: '' }, token)).items.map((a) => a.name)).toEqual(['赵六']);
      // the audit chain verifies under the other desk's audit key, which came with the code
      expect(await fresh.call('audit.verify', { deep: true }, token)).toMatchObject({ ok: true });
      // the same recovery code goes on working for this desk
      expect(wrapped(join(fresh.dir, 'key.recovery.json'))).toEqual(wrapped(join(other.dir, 'key.recovery.json')));
      // and a desk that is set up cannot be overwritten this way
      expect(await failure(fresh.call('setup.restore', { folder, name, recoveryCode: other.recoveryCode! }))).toMatchObject({ code: 'SETUP_ALREADY_DONE' });
      expect(await failure(fresh.call('setup.backups', { folder }))).toMatchObject({ code: 'SETUP_ALREADY_DONE' });
    } finally {
      await fresh.close();
    }
  });
});
