import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { METHODS, type Method } from '../contract';
import { AppError } from '../contract/app-error';
import { LABELS } from '../contract/labels';
import { shanghaiStamp } from '../domain/civil-date';
import { checkDataFolder, RECOVERABLE } from '../files/data-folder';
import type { DeskKeys, KeyStore } from '../files/key-store';
import { createRecoveryLimiter, keyOpens, keysFromCode } from '../services/key-recovery';
import { anchorFileOf, damagedDatabaseDetail, recoveryFileOf, type DeskOptions } from '../services/open-desk';
import { openDeskBackend, type DeskBackend } from './desk-backend';
import type { StartupFault } from './desk-swap';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';

export type StartupOptions = Omit<DeskOptions, 'keyHex' | 'auditKeyHex' | 'keyStore'> & {
  readonly keyStore: KeyStore;
  /** The key files' names in the data folder (for the start-up checks' messages). */
  readonly keyFiles: { readonly db: string; readonly audit: string };
  /** Keys for a first start (no database yet). */
  readonly createKeys: () => DeskKeys;
};

/**
 * Opens the desk of a data folder, or, when its database has lost its keys (the OS key store gone,
 * the folder moved to a new PC, a key file replaced), a start-up fault backend instead: it answers
 * only `startup.fault` and `startup.recover`, so the start-up screen can ask for the administrator's
 * recovery code, write the keys back and open the desk (issue 11). Faults a code cannot mend throw,
 * with their Chinese message, as before.
 */
export function startDeskOrFault(opts: StartupOptions): DeskBackend {
  const clock = opts.clock ?? (() => new Date());
  const limiter = createRecoveryLimiter(clock);
  const dataDir = dirname(opts.dbFile);
  const problem = checkDataFolder(dataDir, { db: basename(opts.dbFile), key: opts.keyFiles.db, audit: opts.keyFiles.audit });
  if (problem && !RECOVERABLE.has(problem.code)) throw new Error(problem.message);
  const open = (keys: DeskKeys) => openDeskBackend({ ...opts, keyHex: keys.dbKeyHex, auditKeyHex: keys.auditKeyHex }, limiter);
  if (problem) return faultBackend(opts, problem, open, limiter);
  if (!existsSync(opts.dbFile)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    return open(opts.createKeys());
  }
  const read = opts.keyStore.read();
  if (!read.ok) return faultBackend(opts, { code: 'KEY_UNREADABLE', message: `数据库密钥无法读取（${read.detail}）：操作系统的密钥存储可能已重置，或数据来自另一台电脑。请输入管理员恢复码找回密钥。` }, open, limiter);
  if (!keyOpens(opts.dbFile, read.keys.dbKeyHex)) {
    return faultBackend(opts, { code: 'KEY_WRONG', message: '数据库无法用现有密钥解密：密钥文件被替换，或不是这个数据库的。请输入管理员恢复码找回它的密钥；原密钥文件会被保留。' }, open, limiter);
  }
  try {
    return open(read.keys);
  } catch (e) {
    const damaged = damagedDatabaseDetail(e);
    if (damaged === null) throw e;
    return openBesideDamaged(opts, read.keys, damaged, open);
  }
}

/**
 * A damaged database (a corrupt page) is never opened and never silently replaced: it is set aside
 * whole, with its journal and its audit head, and the desk opens empty under the same keys, where
 * the setup screen says what happened and offers 从备份恢复 (the backup folder and the recovery code).
 */
function openBesideDamaged(opts: StartupOptions, keys: DeskKeys, detail: string, open: (keys: DeskKeys) => DeskBackend): DeskBackend {
  const aside = `${opts.dbFile}.damaged-${shanghaiStamp((opts.clock ?? (() => new Date()))())}`;
  for (const [from, to] of [[opts.dbFile, aside], [`${opts.dbFile}-wal`, `${aside}-wal`], [`${opts.dbFile}-shm`, `${aside}-shm`], [anchorFileOf(opts.dbFile), `${aside}.audit-head.json`]] as const) {
    if (existsSync(from)) renameSync(from, to);
  }
  const desk = open(keys);
  desk.services.recovery.recordDatabaseSetAside(basename(aside), detail);
  return desk;
}

function faultBackend(
  opts: StartupOptions, problem: { code: string; message: string }, open: (keys: DeskKeys) => DeskBackend, limiter: ReturnType<typeof createRecoveryLimiter>,
): DeskBackend {
  const recoveryFile = recoveryFileOf(opts.dbFile);
  const canRecover = existsSync(recoveryFile);
  const fault: StartupFault = {
    code: problem.code, canRecover,
    message: canRecover ? problem.message : `${problem.message}（数据目录中没有加密保存的密钥 key.recovery.json：请从备份文件夹复制它到数据目录后重新启动。）`,
  };
  let desk: DeskBackend | null = null;

  function recover(code: string): null {
    const keys = keysFromCode(recoveryFile, code, limiter, '数据目录');
    if (!keyOpens(opts.dbFile, keys.dbKeyHex)) throw new AppError('RECOVERY_KEY_MISMATCH');
    opts.keyStore.write(keys, `.before-recovery-${shanghaiStamp((opts.clock ?? (() => new Date()))())}`);
    desk = open(keys);
    desk.services.recovery.recordKeysRestored(fault.code);
    return null;
  }

  const refuse = () => { throw new AppError('STARTUP_FAULT', { message: fault.message }); };
  const handlers = Object.fromEntries(METHODS.map((m) => [m, refuse])) as Record<Method, unknown>;
  Object.assign(handlers, {
    'meta.labels': () => LABELS,
    'startup.fault': () => fault,
    'startup.recover': (i: { recoveryCode: string }) => recover(i.recoveryCode),
  });

  const notOpen = (): never => { throw new Error(`认定台未打开：${fault.message}`); };
  return {
    get services() { return desk ? desk.services : notOpen(); },
    get database() { return desk ? desk.database : notOpen(); },
    get ocrEngine() { return desk ? desk.ocrEngine : notOpen(); },
    get fault() { return desk ? null : fault; },
    call: (method, input, sessionToken, client) => desk
      ? desk.call(method, input, sessionToken, client)
      : dispatch(handlers as unknown as Handlers, method, input, { sessionToken, resolveActor: () => null, ...(client ? { client } : {}) }),
    scanNow: () => desk?.scanNow() ?? Promise.resolve(),
    close: () => desk?.close() ?? Promise.resolve(),
  };
}
