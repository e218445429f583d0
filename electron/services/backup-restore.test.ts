import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import { downgradeTo, editBackup, flipBytes, rehash } from '../testing/backup-fixtures';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';

/**
 * Restore (issue 11): the backup is checked before anything is replaced — key, SHA-256, integrity,
 * schema, audit chain (R25) — then put in place with the live file kept, and the desk reopens.
 */

let desk: DeskHarness;
let admin: string;
let folder: string;
beforeEach(async () => {
  desk = new DeskHarness();
  admin = await desk.setup();
  folder = mkdtempSync(join(tmpdir(), 'csd-usb-'));
  await desk.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 10 }, admin);
});
afterEach(async () => {
  await desk.close();
  rmSync(folder, { recursive: true, force: true });
});

const register = (name: string, i: number) =>
  desk.call('applicants.register', desk.registerInput({ name, idNumber: idNumber(`3715021980011${String(i).padStart(3, '0')}1`) }), admin);
const names = async (token = admin) => (await desk.call('applicants.search', { query: '' }, token)).items.map((a) => a.name).sort();
const restore = (name: string, recoveryCode: string | null = null) => desk.call('backup.restore', { name, recoveryCode, confirm: true }, admin);
const signIn = async () => { admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token; };
/** A backup of 张三, then 李四 registered after it. */
async function backupThenMore(): Promise<string> {
  await register('张三', 1);
  const { name } = await desk.call('backup.run', {}, admin);
  desk.now = new Date(desk.now.getTime() + 60_000);
  await register('李四', 2);
  return name;
}
/** Nothing was replaced: the session goes on and the later registration is still there. */
async function expectUntouched() {
  expect(await names()).toEqual(['张三', '李四'].sort());
  expect(readdirSync(desk.dir).some((f) => f.includes('before-restore'))).toBe(false);
}

describe('restoring a good backup', () => {
  it('brings the data back as it was, keeps the replaced file, reopens the desk (everyone signed out), and the chain goes on', async () => {
    const name = await backupThenMore();
    const restored = await restore(name);
    expect(restored).toMatchObject({ name, migratedFrom: null, keysReplaced: false, safetyCopy: 'desk.db.before-restore-20250303-100100' });

    expect(await desk.backend.call('applicants.search', { query: '' }, admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await signIn();
    expect(await names()).toEqual(['张三']);
    expect(await desk.call('audit.verify', { deep: true }, admin)).toMatchObject({ ok: true, problems: [] });
    const last = desk.backend.database.sqlite.prepare("SELECT details_json FROM audit_events WHERE action = 'backup.restored'").get() as { details_json: string };
    expect(JSON.parse(last.details_json)).toMatchObject({ safetyCopy: 'desk.db.before-restore-20250303-100100', by: '医保办管理员', replacedHead: { seq: expect.any(Number) as number } });
    expect((await desk.call('backup.status', {}, admin))).toMatchObject({ folder, backups: [{ name, state: 'VERIFIED' }] });

    // the replaced database, with 李四 and the restore's own event, is kept beside it under the same key
    const safety = new Database(join(desk.dir, restored.safetyCopy), { readonly: true });
    safety.pragma(`hexkey='${desk.keyHex}'`);
    expect(safety.prepare('SELECT name FROM applicants ORDER BY name').all()).toHaveLength(2);
    expect(safety.prepare('SELECT action FROM audit_events ORDER BY seq DESC LIMIT 1').get()).toEqual({ action: 'backup.restore' });
    safety.close();
  });

  it('migrates a backup from an older desk forward with the migrations the desk runs at start', async () => {
    const name = await backupThenMore();
    // a desk from before wrong-password records and backups were kept in the database
    downgradeTo(folder, name, desk.keyHex, SOURCE_MIGRATIONS_DIR, '0017_idle_lock');
    expect(await desk.call('backup.verify', { name }, admin)).toMatchObject({ ok: true, migratedFrom: '0017_idle_lock' });
    expect(await restore(name)).toMatchObject({ migratedFrom: '0017_idle_lock' });
    await signIn();
    expect(await names()).toEqual(['张三']);
    // the tables the newer migrations add are there and work
    expect(await desk.backend.call('auth.signIn', { username: 'admin', password: 'wrong-1' }, null)).toMatchObject({ ok: false, error: { code: 'SIGN_IN_FAILED' } });
    expect((await desk.call('backup.status', {}, admin)).folder).toBe(folder);
    expect((await desk.call('audit.verify', { deep: false }, admin)).ok).toBe(true);
  });

  it('goes on while the desk is in use: calls made during the restore wait, then reach the reopened desk', async () => {
    const name = await backupThenMore();
    let done = false;
    // a call that arrives while the desk is closing (its OCR pool is being stopped): it must wait for the reopened desk
    const ocr = desk.backend.services.ocr;
    const closeOcr = ocr.close.bind(ocr);
    const arrivedWhileClosing: Promise<Awaited<ReturnType<typeof desk.backend.call>>>[] = [];
    ocr.close = () => {
      arrivedWhileClosing.push(desk.backend.call('applicants.search', { query: '' }, admin));
      return closeOcr();
    };
    const restoring = restore(name).finally(() => { done = true; });
    // another window keeps reading and writing while the backup is checked
    const during: Awaited<ReturnType<typeof desk.backend.call>>[] = [];
    const busyWindow = (async () => {
      for (let i = 0; !done; i += 1) {
        during.push(await (i % 2
          ? desk.backend.call('applicants.search', { query: '' }, admin)
          : desk.backend.call('applicants.register', desk.registerInput({ name: '王五', idNumber: idNumber(`3715021980011${String(500 + i)}1`) }), admin)));
        await new Promise((ok) => setTimeout(ok, 1));
      }
    })();
    await Promise.all([restoring, busyWindow]);
    for (const r of during) if (!r.ok) expect(r.error.code).toMatch(/^(UNAUTHENTICATED|APPLICANT_DUPLICATE)$/);
    expect(arrivedWhileClosing).toHaveLength(1);
    // it reached the reopened desk (not the closed database): every session has ended there
    expect(await arrivedWhileClosing[0]).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await signIn();
    expect(await names()).toEqual(['张三']);
    expect((await desk.call('audit.verify', { deep: false }, admin)).ok).toBe(true);
  });
});

describe('a bad backup is refused with a Chinese reason and nothing is replaced', () => {
  it('a corrupted file (bytes changed on the drive): its SHA-256 no longer matches the manifest', async () => {
    const name = await backupThenMore();
    flipBytes(folder, name);
    const e = await failure(restore(name));
    expect(e).toMatchObject({ code: 'BACKUP_CHECKSUM_MISMATCH' });
    expect(e.message).toContain(`备份“${name}”的 SHA-256 与清单不符：文件已损坏或被改动。未做任何替换。`);
    await expectUntouched();
    expect((await desk.call('backup.status', {}, admin)).backups[0]).toMatchObject({ state: 'FAILED', problem: expect.stringContaining('SHA-256 与清单不符') as string });
  });

  it('a corrupted file whose manifest was rewritten to match: SQLite finds the damage', async () => {
    const name = await backupThenMore();
    flipBytes(folder, name);
    rehash(folder, name);
    expect(await failure(restore(name))).toMatchObject({ code: 'BACKUP_CORRUPT' });
    await expectUntouched();
  });

  it('a backup under another key, without the recovery code', async () => {
    const other = new DeskHarness();
    try {
      const otherAdmin = await other.setup();
      await other.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 3 }, otherAdmin);
      const { name } = await other.call('backup.run', {}, otherAdmin);
      await register('张三', 1);
      await register('李四', 2);
      expect(await failure(restore(name))).toMatchObject({ code: 'BACKUP_NEEDS_RECOVERY_CODE' });
      expect(await failure(restore(name, 'not a code'))).toMatchObject({ code: 'RECOVERY_CODE_FORMAT' });
      await expectUntouched();
    } finally {
      await other.close();
    }
  });

  it('a tampered audit chain (an event edited in the backup with the database key, the manifest rehashed)', async () => {
    const name = await backupThenMore();
    editBackup(folder, name, desk.keyHex, "DROP TRIGGER audit_events_no_update; UPDATE audit_events SET details_json = '{}' WHERE action = 'applicant.register';");
    rehash(folder, name);
    const e = await failure(restore(name));
    expect(e.code).toBe('BACKUP_AUDIT_BROKEN');
    expect(e.message).toMatch(/备份中的审计链核验未通过：.*applicant\.register）的内容被改动/);
    await expectUntouched();
  });

  it('a row changed behind the chain\'s back, or the chain\'s tail cut off', async () => {
    const name = await backupThenMore();
    // someone with the database key gives the administrator's account a password of their own
    editBackup(folder, name, desk.keyHex, "UPDATE users SET password_hash = 'scrypt$forged' WHERE username = 'admin';");
    rehash(folder, name);
    expect((await failure(restore(name))).message).toMatch(/账号 .+ 与第 \d+ 条审计记录不符/);
    const second = (await desk.call('backup.run', {}, admin)).name;
    editBackup(folder, second, desk.keyHex, 'DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events);');
    rehash(folder, second);
    expect((await failure(restore(second))).message).toMatch(/审计链末尾（第 \d+ 条）与清单记载的（第 \d+ 条）不符/);
    expect(await names()).toEqual(['张三', '李四'].sort());
  });

  it('a backup from a newer desk, or without its manifest', async () => {
    const name = await backupThenMore();
    editBackup(folder, name, desk.keyHex, "INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 99999999999999);");
    rehash(folder, name);
    expect(await failure(restore(name))).toMatchObject({ code: 'BACKUP_NEWER_SCHEMA' });
    rmSync(join(folder, `${name}.manifest.json`));
    expect(await failure(restore(name))).toMatchObject({ code: 'BACKUP_MANIFEST_MISSING' });
    expect((await desk.call('backup.status', {}, admin)).backups[0]).toMatchObject({ state: 'INCOMPLETE' });
    await expectUntouched();
    expect(existsSync(join(desk.dir, 'restore-staging.db'))).toBe(false);
  });

  it('each refusal is in the audit chain', async () => {
    const name = await backupThenMore();
    flipBytes(folder, name);
    await failure(restore(name));
    const row = desk.backend.database.sqlite.prepare("SELECT details_json FROM audit_events WHERE action = 'backup.restoreRefused'").get() as { details_json: string };
    expect(JSON.parse(row.details_json)).toMatchObject({ code: 'BACKUP_CHECKSUM_MISMATCH' });
  });
});
