import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { writeFileAtomic } from '../files/atomic-write';
import { HEX_KEY, type KeyStore } from '../files/key-store';

/** The OS keychain must really protect the keys (on Linux without a keyring Electron falls back to 'basic_text', a fixed key anyone can read). */
function requireKeychain(): void {
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || basicText) {
    throw new Error('操作系统密钥服务不可用，无法保护本地数据，程序不能启动。');
  }
}

/**
 * The database key, sealed with the OS keychain (DPAPI on Windows, libsecret/kwallet on Linux):
 * a copy of the data folder is useless without this user's login on this machine (R53).
 */
export function loadOrCreateSealedKey(path: string): string {
  requireKeychain();
  if (existsSync(path)) return safeStorage.decryptString(readFileSync(path));
  const hex = randomBytes(32).toString('hex');
  writeFileSync(path, safeStorage.encryptString(hex), { mode: 0o600, flag: 'wx' });
  return hex;
}

/**
 * Both keys as sealed files. A keychain reset or another PC makes them unreadable: the start-up
 * screen then takes the administrator's recovery code and seals the recovered keys anew (issue 11).
 */
export function sealedKeyStore(dir: string): KeyStore {
  const paths = { db: join(dir, 'desk.key.sealed'), audit: join(dir, 'audit.key.sealed') };
  return {
    read() {
      requireKeychain();
      for (const p of [paths.db, paths.audit]) if (!existsSync(p)) return { ok: false, problem: 'MISSING', detail: p };
      try {
        const [db, audit] = [paths.db, paths.audit].map((p) => safeStorage.decryptString(readFileSync(p)));
        if (!HEX_KEY.test(db ?? '') || !HEX_KEY.test(audit ?? '')) return { ok: false, problem: 'UNREADABLE', detail: '密钥内容无效' };
        return { ok: true, keys: { dbKeyHex: db!, auditKeyHex: audit! } };
      } catch (e) {
        return { ok: false, problem: 'UNREADABLE', detail: e instanceof Error ? e.message : String(e) };
      }
    },
    write(keys, keepPreviousAs) {
      requireKeychain();
      for (const [p, hex] of [[paths.db, keys.dbKeyHex], [paths.audit, keys.auditKeyHex]] as const) {
        if (keepPreviousAs && existsSync(p)) copyFileSync(p, `${p}${keepPreviousAs}`);
        writeFileAtomic(p, safeStorage.encryptString(hex), 0o600);
      }
    },
  };
}
