import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCE_MIGRATIONS_DIR } from '../../db/source-paths';
import type { In, Method, Out } from '../contract';
import { loadOrCreateKeyFile } from '../files/key-file';
import { fileKeyStore } from '../files/key-store';
import { SOURCE_OCR_LANG_DIR } from '../ocr/lang-data';
import { SOURCE_PADDLE_MODEL_DIR } from '../ocr/paddle/model-files';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';
import type { DeskBackend } from './desk-backend';
import { startDeskOrFault } from './startup';

/** The start-up fault screen (issue 11): a database whose keys are gone is opened with the administrator's recovery code. */

let dir: string;
let backend: DeskBackend | null = null;
const packs = loadPolicyPacks(SOURCE_PACKS_DIR);

function start(): DeskBackend {
  backend = startDeskOrFault({
    dbFile: join(dir, 'desk.db'), keyStore: fileKeyStore(dir), keyFiles: { db: 'desk.key', audit: 'audit.key' },
    createKeys: () => ({ dbKeyHex: loadOrCreateKeyFile(join(dir, 'desk.key')), auditKeyHex: loadOrCreateKeyFile(join(dir, 'audit.key')) }),
    migrationsDir: SOURCE_MIGRATIONS_DIR, packs, ocrModelDir: SOURCE_PADDLE_MODEL_DIR, ocrLangDir: SOURCE_OCR_LANG_DIR, ocrWorkers: 1, backgroundSync: false,
  });
  return backend;
}
async function call<M extends Method>(method: M, input: In<M>, session: string | null = null): Promise<Out<M>> {
  const r = await backend!.call(method, input, session);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as Out<M>;
}
const restart = async () => { await backend?.close(); return start(); };
let code: string;
let originalKey: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csd-startup-'));
  start();
  expect(backend!.fault).toBeNull();
  code = (await call('setup.initialize', {
    hospitalName: '聊城市人民医院', hospitalCode: 'H37150200001', packId: 'cn.sd.liaocheng.csd', adminUsername: 'admin', adminDisplayName: '管理员', adminPassword: 'Admin1234',
  })).recoveryCode!;
  originalKey = readFileSync(join(dir, 'desk.key'), 'utf8');
  await backend!.close();
  backend = null;
});
afterEach(async () => {
  await backend?.close();
  backend = null;
  rmSync(dir, { recursive: true, force: true });
});

const refusal = async (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: { code: string; message: string }) => e);

describe('a database whose key is missing (the OS key store lost, a new PC)', () => {
  it('opens the fault screen; a wrong code changes nothing; the right code writes the key back and opens the desk', async () => {
    rmSync(join(dir, 'desk.key'));
    await restart();
    expect(backend!.fault).toMatchObject({ code: 'KEY_MISSING', canRecover: true });
    expect(await call('startup.fault', {})).toMatchObject({ code: 'KEY_MISSING', message: expect.stringContaining('请输入管理员恢复码') as string });
    // nothing else answers meanwhile
    expect(await refusal(call('setup.status', {}))).toMatchObject({ code: 'STARTUP_FAULT' });
    expect(await refusal(call('auth.signIn', { username: 'admin', password: 'Admin1234' }))).toMatchObject({ code: 'STARTUP_FAULT' });

    const wrong = `${code.slice(0, -4)}${code.slice(-4) === '0000' ? '1111' : '0000'}`;
    expect((await refusal(call('startup.recover', { recoveryCode: wrong }))).code).toMatch(/^RECOVERY_CODE_(TYPO|WRONG)$/);
    expect(existsSync(join(dir, 'desk.key'))).toBe(false);

    expect(await call('startup.recover', { recoveryCode: code })).toBeNull();
    expect(backend!.fault).toBeNull();
    expect(readFileSync(join(dir, 'desk.key'), 'utf8')).toBe(originalKey);
    expect(await call('startup.fault', {})).toBeNull();
    const token = (await call('auth.signIn', { username: 'admin', password: 'Admin1234' })).token;
    expect(await call('audit.verify', { deep: false }, token)).toMatchObject({ ok: true });
    const actions = (backend!.database.sqlite.prepare('SELECT action FROM audit_events ORDER BY seq').all() as { action: string }[]).map((r) => r.action);
    expect(actions).toContain('recovery.keysRestored');
    // and the next start opens normally
    await restart();
    expect(backend!.fault).toBeNull();
  });

  it('a replaced key file: the code restores the right key and the replaced file is kept', async () => {
    writeFileSync(join(dir, 'desk.key'), randomBytes(32).toString('hex'));
    await restart();
    expect(backend!.fault).toMatchObject({ code: 'KEY_WRONG', canRecover: true });
    await call('startup.recover', { recoveryCode: code });
    expect(readFileSync(join(dir, 'desk.key'), 'utf8')).toBe(originalKey);
    expect(readdirSync(dir).some((f) => f.startsWith('desk.key.before-recovery-'))).toBe(true);
  });

  it('the audit key missing is mended the same way', async () => {
    const auditKey = readFileSync(join(dir, 'audit.key'), 'utf8');
    rmSync(join(dir, 'audit.key'));
    await restart();
    expect(backend!.fault).toMatchObject({ code: 'AUDIT_KEY_MISSING', canRecover: true });
    await call('startup.recover', { recoveryCode: code.toLowerCase().replace(/-/g, ' ') });
    expect(readFileSync(join(dir, 'audit.key'), 'utf8')).toBe(auditKey);
  });

  it('without the wrapped keys it says where to get them', async () => {
    rmSync(join(dir, 'desk.key'));
    rmSync(join(dir, 'key.recovery.json'));
    await restart();
    expect(backend!.fault).toMatchObject({ code: 'KEY_MISSING', canRecover: false, message: expect.stringContaining('请从备份文件夹复制它到数据目录') as string });
    expect(await refusal(call('startup.recover', { recoveryCode: code }))).toMatchObject({ code: 'RECOVERY_FILE_MISSING' });
  });

  it('an open desk has no fault and takes no code', async () => {
    start();
    expect(await call('startup.fault', {})).toBeNull();
    expect(await refusal(call('startup.recover', { recoveryCode: code }))).toMatchObject({ code: 'NOT_IN_FAULT' });
  });
});

describe('a database with a damaged page (issue 11: a corrupt page offers restore from backup)', () => {
  it('is set aside byte for byte, never opened or replaced silently; the empty desk\'s setup screen says so and offers the backup', async () => {
    const file = join(dir, 'desk.db');
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    bytes.set(randomBytes(4096), 5 * 4096); // one page in the middle, as a failing disk leaves it
    writeFileSync(file, bytes);
    await restart();
    expect(backend!.fault).toBeNull();
    const status = await call('setup.status', {});
    expect(status.initialized).toBe(false);
    expect(status.notice).toMatch(/^原数据库文件已损坏（启动时的完整性检查未通过），已原样保留为 desk\.db\.damaged-\d{8}-\d{6}，未做任何删除。请点“从备份恢复”/);
    const aside = readdirSync(dir).find((f) => /^desk\.db\.damaged-\d{8}-\d{6}$/.test(f))!;
    expect(readFileSync(join(dir, aside)).equals(bytes)).toBe(true);
    // the damaged desk's audit head went aside with it: the empty desk's chain starts clean
    expect(readdirSync(dir)).toContain(`${aside}.audit-head.json`);
  });

  it('an intact database opens as it was, with no notice', async () => {
    start();
    expect(await call('setup.status', {})).toMatchObject({ initialized: true, notice: null });
  });
});
