import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/**
 * The database key for hosts without an OS keychain (web host, CLI, tests): 32 random bytes in a
 * file readable by the owner only. The Electron shell instead keeps the key sealed with the OS
 * keychain (safeStorage); see electron/main/db-key.ts.
 */
/** An existing key file, never a new one (a check of an existing database must not make up its key). */
export function readKeyFile(path: string): string {
  if (!existsSync(path)) throw new Error(`密钥文件不存在：${path}`);
  return loadOrCreateKeyFile(path);
}

export function loadOrCreateKeyFile(path: string): string {
  if (existsSync(path)) {
    const hex = readFileSync(path, 'utf8').trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`数据库密钥文件 ${path} 已损坏`);
    return hex;
  }
  // write-to-temp, fsync, rename: a crash leaves either no key or a whole one, never half a key
  const hex = randomBytes(32).toString('hex');
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, hex);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  return hex;
}
