import { AppError } from '../contract/app-error';
import { getBackupSettings } from '../../db/queries/backup';
import { findUserById } from '../../db/queries/users';
import { auditEventWithAction } from '../../db/queries/audit';
import { getDesk } from '../../db/queries/desk';
import { copyDurably, folderProblem, recoveryCopyOf } from '../files/backup-folder';
import type { DeskKeys } from '../files/key-store';
import { readWrappedKeys, writeWrappedKeys } from '../files/recovery-file';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import { formatRecoveryCode, newRecoveryCode, wrapKeys, type RecoveryLimiter } from './key-recovery';
import { verifyPassword } from './passwords';

/** What the desk knows of its own keys: only the composition root holds them, and hands them here. */
export type VaultPort = {
  /** `key.recovery.json` beside the database; null for a desk without a data folder (no code is issued). */
  readonly recoveryFile: string | null;
  readonly keys: DeskKeys;
  /** Wrong recovery codes slow the next try, across the whole process. */
  readonly limiter: RecoveryLimiter;
};

/**
 * The administrator's recovery code (issue 11): issued once at setup, re-issued on demand (the old
 * code stops opening the new file), never stored in clear. The wrapped keys are also copied into the
 * backup folder, so a backup can be restored on a new PC with the code.
 */
export function createRecoveryService(deps: ServiceDeps, vault: VaultPort | null) {
  /** A new code over the desk's keys, written beside the database and into the backup folder; the code is returned once. */
  function issue(): { recoveryCode: string; issuedAt: string } | null {
    if (!vault?.recoveryFile) return null;
    const code = newRecoveryCode();
    const wrapped = wrapKeys(vault.keys, code, deps.clock());
    writeWrappedKeys(vault.recoveryFile, wrapped);
    copyToBackupFolder();
    return { recoveryCode: formatRecoveryCode(code), issuedAt: wrapped.issuedAt };
  }

  /** The folder's copy follows the data folder's (skipped while the USB drive is away; the next backup copies it). */
  function copyToBackupFolder(): void {
    const folder = getBackupSettings(deps.db)?.folder;
    const deviceId = getDesk(deps.db)?.deviceId;
    if (!vault?.recoveryFile || !folder || !deviceId || folderProblem(folder) || !readWrappedKeys(vault.recoveryFile).ok) return;
    copyDurably(vault.recoveryFile, recoveryCopyOf(folder, deviceId));
  }

  function issuedAt(): string | null {
    if (!vault?.recoveryFile) return null;
    const r = readWrappedKeys(vault.recoveryFile);
    return r.ok ? r.wrapped.issuedAt : null;
  }

  /** 重新签发恢复码: the administrator types their own password again; the previous code stops working. */
  function reissue(actor: Actor, password: string) {
    requirePermission(actor, 'backup.manage');
    const user = findUserById(deps.db, actor.userId);
    if (!user || !verifyPassword(password, user.passwordHash)) {
      deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'recovery.reissueRefused', entityType: 'desk', entityId: '1', details: { reason: 'password' } }));
      throw new AppError('CURRENT_PASSWORD_WRONG');
    }
    const issued = issue();
    if (!issued) throw new AppError('RECOVERY_NOT_AVAILABLE');
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'recovery.reissue', entityType: 'desk', entityId: '1', details: { issuedAt: issued.issuedAt } }));
    return issued;
  }

  /** After the start-up fault screen put the keys back with the code: the first event of the reopened desk. */
  function recordKeysRestored(fault: string): void {
    deps.db.transaction((tx) => recordAudit(tx, deps, null, { action: 'recovery.keysRestored', entityType: 'desk', entityId: '1', details: { fault } }));
  }

  /** A damaged database was set aside at start (rpc/startup.ts): the empty desk's first record, shown on the setup screen. */
  function recordDatabaseSetAside(fileName: string, detail: string): void {
    deps.db.transaction((tx) => recordAudit(tx, deps, null, { action: 'desk.databaseSetAside', entityType: 'desk', entityId: '1', details: { fileName, detail } }));
  }

  /** What the setup screen must say before anyone sets up an empty desk: the damaged database set aside, if any. */
  function setAsideNotice(): string | null {
    const e = auditEventWithAction(deps.db, 'desk.databaseSetAside');
    if (!e) return null;
    const d = JSON.parse(e.detailsJson) as { fileName: string; detail: string };
    return `原数据库文件已损坏（启动时的完整性检查未通过），已原样保留为 ${d.fileName}，未做任何删除。请点“从备份恢复”，选择备份文件夹并输入管理员恢复码恢复数据；除非确实没有任何备份，不要重新初始化。（技术信息：${d.detail}）`;
  }

  return { issue, issuedAt, reissue, copyToBackupFolder, recordKeysRestored, recordDatabaseSetAside, setAsideNotice, limiter: vault?.limiter ?? null, keys: vault?.keys ?? null };
}

export type RecoveryService = ReturnType<typeof createRecoveryService>;
