import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';

/**
 * The database key, sealed with the OS keychain (DPAPI on Windows, libsecret/kwallet on Linux):
 * a copy of the data folder is useless without this user's login on this machine (R53).
 */
export function loadOrCreateSealedKey(path: string): string {
  // on Linux without a keyring Electron falls back to 'basic_text', a fixed key anyone can read: as good as none
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || basicText) {
    throw new Error('操作系统密钥服务不可用，无法保护本地数据，程序不能启动。');
  }
  if (existsSync(path)) return safeStorage.decryptString(readFileSync(path));
  const hex = randomBytes(32).toString('hex');
  writeFileSync(path, safeStorage.encryptString(hex), { mode: 0o600, flag: 'wx' });
  return hex;
}
