import { basename, dirname, join } from 'node:path';
import { AppError } from '../contract/app-error';
import { errorMessage } from '../contract/errors';
import { shanghaiStamp } from '../domain/civil-date';
import { getBackupSettings, saveBackupCheck, saveBackupSettings, type BackupSettingsRow } from '../../db/queries/backup';
import { lastAuditEvent } from '../../db/queries/audit';
import { getDesk } from '../../db/queries/desk';
import { findUserById } from '../../db/queries/users';
import { folderProblem, listBackups, readManifest } from '../files/backup-folder';
import { removeStaged } from '../files/db-swap';
import { recordAudit } from './audit';
import { folderError, type BackupPort, type BackupService, type BusyFlag } from './backup';
import { checkBackup, type CheckedBackup } from './backup-check';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import type { RecoveryService } from './recovery';

/** What the composition root is handed to put a checked backup in place and open the desk on it. */
export type RestorePlan = CheckedBackup & {
  readonly folder: string;
  /** Suffix of the safety copy of the replaced database (and of replaced key files). */
  readonly safetySuffix: string;
  readonly by: { readonly userId: string; readonly displayName: string } | null;
  readonly replacedHead: { readonly seq: number; readonly hash: string } | null;
  /** The backup settings of the desk being replaced: a restore does not move the backups elsewhere. */
  readonly settings: BackupSettingsRow | null;
};
/** Closes this desk, swaps the checked file in (keeping the old one), opens the desk again; resolves once it is open. */
export type Reopen = (plan: RestorePlan) => Promise<{ safetyCopy: string }>;

/** The checks that say something about the file itself (a missing recovery code does not). */
const FILE_FINDINGS = new Set(['BACKUP_CHECKSUM_MISMATCH', 'BACKUP_CORRUPT', 'BACKUP_AUDIT_BROKEN', 'BACKUP_MANIFEST_INVALID', 'BACKUP_NEWER_SCHEMA']);

/**
 * Verifying and restoring backups (issue 11). Nothing is replaced until the backup passed every
 * check (backup-check.ts); then the desk closes, the checked copy takes the live file's place in one
 * rename (the live file kept as the safety copy), and the desk opens again on it. Refusals and
 * restores are in the audit chain of the desk that refused or was replaced, and the restored desk's
 * chain records the restore as its next event (R25).
 */
export function createRestoreService(
  deps: ServiceDeps, port: BackupPort | null, backup: BackupService, recovery: RecoveryService, busy: BusyFlag, reopen: Reopen | null,
) {
  const staging = (p: BackupPort) => join(dirname(p.dbFile), 'restore-staging.db');

  function folderOrThrow(): string {
    const folder = backup.folder();
    if (!folder) throw new AppError('BACKUP_FOLDER_NOT_SET');
    const problem = folderProblem(folder, false);
    if (problem) throw folderError(folder, problem);
    return folder;
  }

  const check = (p: BackupPort, folder: string, name: string, recoveryCode: string | null) => checkBackup({
    folder, name, staged: staging(p), liveKeys: recovery.keys, liveDeviceId: getDesk(deps.db)?.deviceId ?? null,
    migrationsDir: p.migrationsDir, recoveryCode, limiter: recovery.limiter!,
  });

  /** A failure to record beside the file in the list (by the manifest's SHA-256). */
  function noteFinding(folder: string, name: string, e: unknown): void {
    if (!(e instanceof AppError) || !FILE_FINDINGS.has(e.code)) return;
    const m = readManifest(folder, name);
    if (!m.ok) return;
    deps.db.transaction((tx) => saveBackupCheck(tx, { folder, name, sha256: m.manifest.sha256, checkedAt: deps.clock().toISOString(), depth: 'FULL', ok: false, problem: errorMessage(e.code, e.params) }));
  }

  /** 核验: every check a restore makes, without replacing anything. */
  async function verify(actor: Actor, name: string) {
    requirePermission(actor, 'backup.manage');
    const p = port;
    if (!p) throw new AppError('BACKUP_NOT_AVAILABLE');
    const folder = folderOrThrow();
    return busy.run(async () => {
      const checkedAt = deps.clock().toISOString();
      try {
        const c = await check(p, folder, name, null);
        deps.db.transaction((tx) => {
          saveBackupCheck(tx, { folder, name, sha256: c.manifest.sha256, checkedAt, depth: 'FULL', ok: true, problem: null });
          recordAudit(tx, deps, actor, { action: 'backup.verify', entityType: 'backup', entityId: name, details: { folder, ok: true, migratedFrom: c.migratedFrom, auditEvents: c.auditEvents } });
        });
        return { name, ok: true, problem: null, migratedFrom: c.migratedFrom, auditEvents: c.auditEvents, checkedAt };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        noteFinding(folder, name, e);
        deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'backup.verify', entityType: 'backup', entityId: name, details: { folder, ok: false, code: e.code } }));
        return { name, ok: false, problem: errorMessage(e.code, e.params), migratedFrom: null, auditEvents: 0, checkedAt };
      } finally {
        removeStaged(staging(p));
      }
    });
  }

  /** Checks, then hands the checked copy to the composition root; a refusal leaves everything as it was. */
  async function restoreFrom(actor: Actor | null, folder: string, name: string, recoveryCode: string | null) {
    const p = port;
    if (!p || !reopen) throw new AppError('BACKUP_NOT_AVAILABLE');
    return busy.run(async () => {
      let checked: CheckedBackup;
      try {
        checked = await check(p, folder, name, recoveryCode);
      } catch (e) {
        removeStaged(staging(p));
        if (e instanceof AppError) {
          noteFinding(folder, name, e);
          if (actor) deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'backup.restoreRefused', entityType: 'backup', entityId: name, details: { folder, code: e.code } }));
        }
        throw e;
      }
      const head = lastAuditEvent(deps.db);
      const plan: RestorePlan = {
        ...checked, folder, safetySuffix: `.before-restore-${shanghaiStamp(deps.clock())}`,
        by: actor ? { userId: actor.userId, displayName: actor.displayName } : null,
        replacedHead: head ? { seq: head.seq, hash: head.hash } : null,
        settings: getBackupSettings(deps.db) ?? null,
      };
      // the last event of the replaced chain: it stays in the safety copy
      if (actor) {
        deps.db.transaction((tx) => recordAudit(tx, deps, actor, {
          action: 'backup.restore', entityType: 'backup', entityId: name,
          details: { folder, sha256: checked.manifest.sha256, backupHeadSeq: checked.head?.seq ?? null, migratedFrom: checked.migratedFrom, keysReplaced: checked.keysChanged, safetyCopy: `${basename(p.dbFile)}${plan.safetySuffix}` },
        }));
      }
      const { safetyCopy } = await reopen(plan);
      return { name, createdAt: checked.manifest.createdAt, migratedFrom: checked.migratedFrom, safetyCopy: basename(safetyCopy), keysReplaced: checked.keysChanged };
    });
  }

  function restore(actor: Actor, name: string, recoveryCode: string | null) {
    requirePermission(actor, 'backup.manage');
    return restoreFrom(actor, folderOrThrow(), name, recoveryCode);
  }

  /** A new PC before setup: the backups of a folder (names, times, hospital; nothing of their content). */
  function setupBackups(folder: string) {
    if (getDesk(deps.db)) throw new AppError('SETUP_ALREADY_DONE');
    const problem = folderProblem(folder, false);
    if (problem) throw folderError(folder, problem);
    return backup.entries(folder);
  }

  /** A new PC before setup: the desk is made from a backup, opened with its recovery code. */
  function setupRestore(folder: string, name: string, recoveryCode: string) {
    if (getDesk(deps.db)) throw new AppError('SETUP_ALREADY_DONE');
    const problem = folderProblem(folder, false);
    if (problem) throw folderError(folder, problem);
    if (!listBackups(folder).some((e) => e.name === name)) throw new AppError('BACKUP_NOT_FOUND', { name });
    return restoreFrom(null, folder, name, recoveryCode);
  }

  /** In the reopened desk: the restore is the restored chain's next event; the backup settings stay this desk's. */
  function afterRestore(plan: RestorePlan, safetyCopy: string): void {
    deps.db.transaction((tx) => {
      const restored = getBackupSettings(tx);
      const kept = plan.settings ?? (restored ? { ...restored, folder: plan.folder } : null);
      const { id: _id, ...settings } = kept ?? { id: 1, folder: plan.folder, scheduleKind: 'OFF' as const, dailyAt: null, everyHours: null, keepLast: 7, configuredAt: deps.clock().toISOString(), lastSuccessAt: null, lastAttemptAt: null, lastError: null };
      saveBackupSettings(tx, settings);
      saveBackupCheck(tx, { folder: plan.folder, name: plan.name, sha256: plan.manifest.sha256, checkedAt: deps.clock().toISOString(), depth: 'FULL', ok: true, problem: null });
      const user = plan.by ? findUserById(tx, plan.by.userId) : undefined;
      const actor: Actor | null = user ? { userId: user.id, role: user.role, displayName: user.displayName, mustChangePassword: false } : null;
      recordAudit(tx, deps, actor, {
        action: 'backup.restored', entityType: 'backup', entityId: plan.name,
        details: {
          folder: plan.folder, sha256: plan.manifest.sha256, createdAt: plan.manifest.createdAt, migratedFrom: plan.migratedFrom, keysReplaced: plan.keysChanged,
          safetyCopy: basename(safetyCopy), replacedHead: plan.replacedHead, by: plan.by?.displayName ?? '（新电脑上的首次恢复）',
        },
      });
    });
  }

  return { verify, restore, setupBackups, setupRestore, afterRestore };
}

export type RestoreService = ReturnType<typeof createRestoreService>;
