import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationJournal } from '../../db/backup-file';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import { DeskHarness, failure, idNumber } from '../testing/desk-harness';

/** Encrypted backups (issue 11): online backup into the administrator's folder, manifest, schedule, retention, audit (R25). */

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

const configure = (over: Partial<Parameters<typeof desk.call<'backup.configure'>>[1]> = {}) =>
  desk.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 7, ...over }, admin);
const register = (i: number) => desk.call('applicants.register', desk.registerInput({ idNumber: idNumber(`3715021980011${String(i).padStart(3, '0')}1`) }), admin);
const actions = () => (desk.backend.database.sqlite.prepare('SELECT action FROM audit_events ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
/** The schema version a backup names: the last checked-in migration. */
const journal = migrationJournal(SOURCE_MIGRATIONS_DIR);
const later = (minutes: number) => { desk.now = new Date(desk.now.getTime() + minutes * 60_000); };
/** After the clock jumps, a fresh session (sessions end after an idle hour). */
const signIn = async () => { admin = (await desk.call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token; };

describe('backup now (立即备份)', () => {
  it('writes the database under its own key and cipher, with a manifest beside it, and audits it', async () => {
    await configure();
    await register(1);
    const entry = await desk.call('backup.run', {}, admin);
    expect(entry).toMatchObject({ name: 'csd-backup-20250303-100000', state: 'CHECKED', trigger: 'MANUAL', schemaMigration: journal.at(-1)!.tag, otherDesk: false });
    const deviceId = (desk.backend.database.sqlite.prepare('SELECT device_id FROM desk').get() as { device_id: string }).device_id;
    expect(readdirSync(folder).sort()).toEqual(['csd-backup-20250303-100000.db', 'csd-backup-20250303-100000.manifest.json', `key.recovery.${deviceId}.json`]);

    const file = join(folder, `${entry.name}.db`);
    const bytes = readFileSync(file);
    const manifest = JSON.parse(readFileSync(join(folder, `${entry.name}.manifest.json`), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'csd-backup/1', name: entry.name, createdAt: '2025-03-03T02:00:00.000Z', size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'), cipher: 'chacha20', trigger: 'MANUAL',
      schema: { migration: journal.at(-1)!.tag, count: journal.length }, desk: { hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001' },
    });
    const head = desk.backend.database.sqlite.prepare("SELECT seq, hash, mac FROM audit_events WHERE action = 'applicant.register'").get();
    expect(manifest['auditHead']).toEqual(head);

    // nothing readable without the key; the desk's key opens it
    expect(bytes.includes(Buffer.from('聊城市人民医院'))).toBe(false);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    const copy = new Database(file, { readonly: true });
    copy.pragma(`hexkey='${desk.keyHex}'`);
    expect(copy.prepare('SELECT name FROM applicants').all()).toEqual([{ name: '张三' }]);
    copy.close();

    expect(actions().at(-1)).toBe('backup.create');
    expect((await desk.call('audit.verify', { deep: false }, admin)).ok).toBe(true);
  });

  it('is consistent while the desk goes on writing', async () => {
    await configure();
    for (let i = 0; i < 20; i += 1) await register(i);
    const writes = Promise.all(Array.from({ length: 20 }, (_, i) => register(100 + i)));
    const [entry] = await Promise.all([desk.call('backup.run', {}, admin), writes]);
    const checked = await desk.call('backup.verify', { name: entry.name }, admin);
    expect(checked).toMatchObject({ ok: true, problem: null });
    expect((await desk.call('backup.status', {}, admin)).backups[0]).toMatchObject({ name: entry.name, state: 'VERIFIED' });
  });

  it('refuses a folder that is not there (a USB drive not plugged in) and needs a folder first', async () => {
    expect(await failure(desk.call('backup.run', {}, admin))).toMatchObject({ code: 'BACKUP_FOLDER_NOT_SET' });
    const gone = join(folder, '不存在');
    const e = await failure(desk.call('backup.configure', { folder: gone, schedule: { kind: 'OFF' }, keepLast: 3 }, admin));
    expect(e).toMatchObject({ code: 'BACKUP_FOLDER_UNAVAILABLE' });
    expect(e.message).toContain('U盘是否已插入');
    expect(await failure(desk.call('backup.configure', { folder: 'relative/path', schedule: { kind: 'OFF' }, keepLast: 3 }, admin))).toMatchObject({ code: 'BACKUP_FOLDER_UNAVAILABLE' });
  });

  it('is the administrator\'s alone', async () => {
    const clerk = await desk.userSession(admin, 'CLERK', 'clerk1');
    for (const [method, input] of [['backup.status', {}], ['backup.run', {}], ['backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 3 }],
      ['backup.verify', { name: 'csd-backup-20250303-100000' }], ['backup.restore', { name: 'csd-backup-20250303-100000', confirm: true }], ['recovery.reissue', { password: 'Passw0rd!' }]] as const) {
      expect(await desk.backend.call(method, input, clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});

describe('retention (keep the last N)', () => {
  it('keeps the newest N of this desk\'s backups and never another desk\'s', async () => {
    const other = new DeskHarness();
    try {
      const otherAdmin = await other.setup();
      await other.call('backup.configure', { folder, schedule: { kind: 'OFF' }, keepLast: 1 }, otherAdmin);
      other.now = new Date('2025-03-01T00:00:00Z');
      const theirs = await other.call('backup.run', {}, otherAdmin);

      await configure({ keepLast: 2 });
      const names: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        names.push((await desk.call('backup.run', {}, admin)).name);
        later(60);
      }
      const listed = (await desk.call('backup.status', {}, admin)).backups;
      expect(listed.map((b) => b.name)).toEqual([names[3], names[2], theirs.name]);
      expect(listed.map((b) => b.otherDesk)).toEqual([false, false, true]);
      expect(actions().filter((a) => a === 'backup.prune')).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});

describe('scheduled backups (the desk\'s setting, run by the scheduler)', () => {
  it('makes the daily backup at its time under the system account, and a missed one at the next start', async () => {
    desk.now = new Date('2025-03-03T13:00:00Z'); // 21:00 CST
    await signIn();
    await configure({ schedule: { kind: 'DAILY', at: '22:00' } });
    const scheduler = desk.backend.services.scheduler;
    expect(await scheduler.backupDue()).toBeNull();
    expect((await desk.call('backup.status', {}, admin)).nextAt).toBe('2025-03-03T14:00:00.000Z');
    desk.now = new Date('2025-03-03T14:00:30Z');
    expect(await scheduler.backupDue()).toBe('csd-backup-20250303-220030');
    expect(await scheduler.backupDue()).toBeNull();
    const row = desk.backend.database.sqlite.prepare("SELECT a.actor_id, u.username FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.action = 'backup.create'").get();
    expect(row).toMatchObject({ username: 'desk-scheduler' });
    desk.now = new Date('2025-03-05T01:00:00Z'); // closed over the 4th's slot: made at the next tick
    expect(await scheduler.backupDue()).toBe('csd-backup-20250305-090000');
  });

  it('records a failure (USB drive gone) without throwing, shows it, and tries again after 30 minutes', async () => {
    await configure({ schedule: { kind: 'EVERY_HOURS', hours: 1 } });
    rmSync(folder, { recursive: true, force: true });
    later(61);
    const scheduler = desk.backend.services.scheduler;
    expect(await scheduler.backupDue()).toBeNull();
    await signIn();
    const status = await desk.call('backup.status', {}, admin);
    expect(status.lastError).toContain('U盘是否已插入');
    expect(status.folderProblem).toContain('不存在或无法访问');
    expect(actions().filter((a) => a === 'backup.failed')).toHaveLength(1);
    later(10);
    expect(await scheduler.backupDue()).toBeNull();
    expect(actions().filter((a) => a === 'backup.failed')).toHaveLength(1);
    later(21);
    expect(existsSync(folder)).toBe(false);
    await scheduler.backupDue();
    expect(actions().filter((a) => a === 'backup.failed')).toHaveLength(2);
  });
});
