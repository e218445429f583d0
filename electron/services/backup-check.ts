import { AppError } from '../contract/app-error';
import { checkDatabaseFile, leaveWal, migrationJournal } from '../../db/backup-file';
import { openDatabase } from '../../db/client';
import { auditEventWithAction } from '../../db/queries/audit';
import { ensureGuardTriggers } from '../../db/triggers';
import { copyDurably, dbFileOf, fileSize, readManifest, recoveryCopyOf, sha256File, type BackupManifest } from '../files/backup-folder';
import { removeStaged } from '../files/db-swap';
import type { DeskKeys } from '../files/key-store';
import type { AnchorRecord } from '../files/audit-anchor';
import { verifyAudit } from './audit-verify';
import { keysFromCode, type RecoveryLimiter } from './key-recovery';

/** A backup that passed every check, staged in the data folder and migrated to this desk's schema. */
export type CheckedBackup = {
  readonly name: string;
  readonly manifest: BackupManifest;
  /** The checked copy (rollback-journal mode, current schema), ready to be renamed over the live file. */
  readonly staged: string;
  /** The keys that open it: this desk's, or another desk's unlocked with its recovery code. */
  readonly keys: DeskKeys;
  readonly keysChanged: boolean;
  /** The backup folder's wrapped keys, installed with them when the keys change. */
  readonly recoveryCopy: string | null;
  readonly migratedFrom: string | null;
  readonly auditEvents: number;
  /** The head of its audit chain: the anchor the restored desk starts from. */
  readonly head: AnchorRecord | null;
};

export type CheckInput = {
  readonly folder: string;
  readonly name: string;
  readonly staged: string;
  readonly liveKeys: DeskKeys | null;
  /** This desk's device id: a backup of its own that its key does not open is damaged, not foreign. */
  readonly liveDeviceId: string | null;
  readonly migrationsDir: string;
  readonly recoveryCode: string | null;
  readonly limiter: RecoveryLimiter;
};

/**
 * Everything a restore checks before it replaces anything (issue 11): the manifest; the copy's
 * SHA-256 against it; that a key opens it (this desk's, else the recovery code's); SQLite's
 * integrity check; a schema this program knows (an older one is migrated forward on the copy, with
 * the migrations the desk runs at every start); the audit chain (links, hashes, MACs under the
 * backup's audit key, every sealed row, every stored file's bytes) ending exactly at the head the
 * manifest names; the guard triggers. The backup folder is only read: all work is on a copy.
 */
export async function checkBackup(input: CheckInput): Promise<CheckedBackup> {
  const { folder, name, staged } = input;
  const read = readManifest(folder, name);
  if (!read.ok) throw new AppError(read.problem === 'MISSING' ? 'BACKUP_MANIFEST_MISSING' : 'BACKUP_MANIFEST_INVALID', { name });
  const manifest = read.manifest;
  removeStaged(staged);
  try {
    copyDurably(dbFileOf(folder, name), staged);
  } catch {
    throw new AppError('BACKUP_NOT_FOUND', { name });
  }
  if (fileSize(staged) !== manifest.size || (await sha256File(staged)) !== manifest.sha256) throw new AppError('BACKUP_CHECKSUM_MISMATCH', { name });

  const { keys, keysChanged, check } = openable(input, manifest.desk.deviceId);
  const journal = migrationJournal(input.migrationsDir);
  const newest = journal.at(-1)!;
  const lastWhen = check.migrations.lastWhen ?? 0;
  if (lastWhen > newest.when || check.migrations.count > journal.length) throw new AppError('BACKUP_NEWER_SCHEMA', { migration: manifest.schema.migration });
  const migratedFrom = lastWhen < newest.when ? (journal.find((e) => e.when === lastWhen)?.tag ?? manifest.schema.migration) : null;
  const head = manifest.auditHead;
  if ((check.head?.seq ?? null) !== (head?.seq ?? null) || (check.head && check.head.hash !== head?.hash)) {
    throw new AppError('BACKUP_AUDIT_BROKEN', { detail: `审计链末尾（第 ${check.head?.seq ?? 0} 条）与清单记载的（第 ${head?.seq ?? 0} 条）不符` });
  }

  const opened = openDatabase({ file: staged, keyHex: keys.dbKeyHex, migrationsDir: input.migrationsDir });
  try {
    const dropped = ensureGuardTriggers(opened.sqlite);
    const chain = verifyAudit(opened.db, Buffer.from(keys.auditKeyHex, 'hex'), {
      anchor: head, anchorExpected: true, deep: true, seals: auditEventWithAction(opened.db, 'audit.baseline') !== undefined,
    });
    const problems = [...dropped.map((t) => `保护触发器 ${t} 被删除`), ...chain.problems.map((p) => p.message)];
    if (problems.length > 0) throw new AppError('BACKUP_AUDIT_BROKEN', { detail: problems.slice(0, 3).join('；') + (problems.length > 3 ? `等 ${problems.length} 处` : '') });
    leaveWal(opened.sqlite);
    return {
      name, manifest, staged, keys, keysChanged, recoveryCopy: keysChanged ? recoveryCopyOf(folder, manifest.desk.deviceId) : null, migratedFrom,
      auditEvents: chain.count, head: head ? { seq: head.seq, hash: head.hash, mac: head.mac } : null,
    };
  } finally {
    opened.close();
  }
}

/** The keys that open the staged copy: this desk's first, then those the recovery code unlocks from the backup folder. */
function openable(input: CheckInput, deviceId: string) {
  const ownBackup = deviceId === input.liveDeviceId;
  const corrupt = (detail: string) => new AppError('BACKUP_CORRUPT', { name: input.name, detail });
  if (input.liveKeys) {
    const check = checkDatabaseFile(input.staged, input.liveKeys.dbKeyHex);
    if (check.ok) return { keys: input.liveKeys, keysChanged: false, check };
    // a page that fails its cipher's check reads as "not a database": for the desk's own backup that is damage
    if (check.reason === 'CORRUPT' || ownBackup) throw corrupt(check.reason === 'KEY' ? '文件头无法解密' : check.detail);
  }
  if (!input.recoveryCode) throw new AppError('BACKUP_NEEDS_RECOVERY_CODE');
  const keys = keysFromCode(recoveryCopyOf(input.folder, deviceId), input.recoveryCode, input.limiter, '备份文件夹');
  const check = checkDatabaseFile(input.staged, keys.dbKeyHex);
  if (!check.ok) throw check.reason === 'KEY' ? new AppError('BACKUP_KEY_MISMATCH') : corrupt(check.detail);
  const same = input.liveKeys?.dbKeyHex === keys.dbKeyHex && input.liveKeys.auditKeyHex === keys.auditKeyHex;
  return { keys, keysChanged: !same, check };
}
