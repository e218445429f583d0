import { accessSync, constants, existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What is wrong with the data folder before the desk opens it (issue 11): each case gets a Chinese
 * message and a way forward — never a stack trace, and never a new empty desk made silently beside
 * a key or a database that lost its partner.
 */
export type DataFolderProblem = { readonly code: string; readonly message: string };

/** Problems the administrator's recovery code can mend (it holds both keys, wrapped): the start-up screen offers it. */
export const RECOVERABLE = new Set(['KEY_MISSING', 'AUDIT_KEY_MISSING']);

export function checkDataFolder(dir: string, files: { db: string; key: string; audit?: string }): DataFolderProblem | null {
  if (!existsSync(dir)) return null;
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return { code: 'FOLDER_READ_ONLY', message: `数据目录 ${dir} 不可写（只读或没有权限）。请检查磁盘和文件夹权限后重新启动；现有数据没有被改动。` };
  }
  const db = join(dir, files.db);
  const key = join(dir, files.key);
  const dbSize = existsSync(db) ? statSync(db).size : null;
  if (existsSync(key) && dbSize === null) {
    return { code: 'DB_MISSING', message: `数据目录中有数据库密钥，但数据库文件 ${files.db} 不见了。程序不会新建空数据库覆盖原有数据：请从备份恢复数据库文件，或联系管理员。` };
  }
  if (existsSync(key) && dbSize === 0) {
    return { code: 'DB_EMPTY', message: `数据库文件 ${files.db} 是空文件（0 字节），可能在写入时损坏。请从备份恢复，或联系管理员；程序没有改动它。` };
  }
  if (!existsSync(key) && dbSize !== null && dbSize > 0) {
    return { code: 'KEY_MISSING', message: `找到数据库文件，但缺少它的密钥 ${files.key}，无法解密（操作系统的密钥存储丢失，或数据搬到了另一台电脑）。请输入管理员恢复码找回密钥；程序不会创建新密钥。` };
  }
  if (files.audit && existsSync(key) && !existsSync(join(dir, files.audit)) && dbSize !== null && dbSize > 0) {
    return { code: 'AUDIT_KEY_MISSING', message: `缺少审计日志的校验密钥 ${files.audit}，无法核验审计链。请输入管理员恢复码找回密钥；程序不会创建新密钥。` };
  }
  return null;
}

/** A first start that failed leaves nothing half-made: the files it created are removed. */
export function removeHalfMade(dir: string, names: readonly string[]): void {
  for (const n of names) for (const f of [n, `${n}-wal`, `${n}-shm`, `${n}.tmp`]) rmSync(join(dir, f), { force: true });
}
