import { renameSync } from 'node:fs';
import { AppError } from '../contract/app-error';
import { errorMessage } from '../contract/errors';
import { backupInto, checkDatabaseFile, migrationJournal } from '../../db/backup-file';
import type { OpenDatabase } from '../../db/client';
import { backupChecksIn, getBackupSettings, recordBackupAttempt, saveBackupCheck, saveBackupSettings, type BackupSettingsRow } from '../../db/queries/backup';
import { getDesk } from '../../db/queries/desk';
import { backupName, backupPlan, backupsToPrune, type BackupSchedule } from '../domain/backup-schedule';
import {
  backupExists, dbFileOf, fileSize, folderProblem, listBackups, removeBackup, sha256File, writeManifest, type BackupManifest, type FolderEntry, type FolderProblem,
} from '../files/backup-folder';
import { removeStaged } from '../files/db-swap';
import type { DeskKeys } from '../files/key-store';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import type { RecoveryService } from './recovery';
import { schedulerActor } from './system-actor';

/** What backing up needs of the composition root: the open database, its file, its key, the migrations. */
export type BackupPort = {
  readonly database: OpenDatabase;
  readonly dbFile: string;
  readonly keys: DeskKeys;
  readonly migrationsDir: string;
};

const FOLDER_REASON: Record<FolderProblem, string> = {
  NOT_ABSOLUTE: '不是完整路径（应如 E:\\认定台备份 或 /media/U盘/认定台备份）',
  MISSING: '不存在或无法访问（U盘是否已插入？）',
  NOT_A_FOLDER: '不是文件夹',
  NOT_WRITABLE: '不可写（只读或没有权限）',
};

export const folderError = (folder: string, problem: FolderProblem) => new AppError('BACKUP_FOLDER_UNAVAILABLE', { folder, reason: FOLDER_REASON[problem] });

const DEFAULT_KEEP = 7;

/** One backup or restore at a time for the desk. */
export function createBusyFlag() {
  let busy = false;
  return {
    get busy() { return busy; },
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (busy) throw new AppError('BACKUP_BUSY');
      busy = true;
      try {
        return await fn();
      } finally {
        busy = false;
      }
    },
  };
}
export type BusyFlag = ReturnType<typeof createBusyFlag>;

/**
 * Encrypted backups (issue 11): SQLite's online backup of the running desk into the administrator's
 * folder (a USB drive is a folder), under the database's own cipher and key, with a manifest beside
 * it; by hand or on the desk's schedule; the newest N of this desk's kept. Every step is in the
 * audit chain (R25); the backup file itself never leaves the desk unencrypted.
 */
export function createBackupService(deps: ServiceDeps, port: BackupPort | null, recovery: RecoveryService, busy: BusyFlag) {
  const settingsRow = (): BackupSettingsRow | undefined => getBackupSettings(deps.db);
  const scheduleOf = (s: BackupSettingsRow | undefined): BackupSchedule =>
    s?.scheduleKind === 'DAILY' && s.dailyAt ? { kind: 'DAILY', at: s.dailyAt }
      : s?.scheduleKind === 'EVERY_HOURS' && s.everyHours ? { kind: 'EVERY_HOURS', hours: s.everyHours } : { kind: 'OFF' };

  function nextAt(s: BackupSettingsRow | undefined): Date | null {
    if (!s) return null;
    const date = (v: string | null) => (v ? new Date(v) : null);
    return backupPlan({ schedule: scheduleOf(s), configuredAt: new Date(s.configuredAt), lastSuccessAt: date(s.lastSuccessAt), lastAttemptAt: date(s.lastAttemptAt) }, deps.clock()).nextAt;
  }

  function entries(folder: string): ReturnType<typeof entryOf>[] {
    const checks = backupChecksIn(deps.db, folder);
    const deviceId = getDesk(deps.db)?.deviceId ?? null;
    return listBackups(folder).map((e) => entryOf(e, checks.find((c) => c.name === e.name && c.sha256 === e.manifest?.sha256), deviceId));
  }

  function status(actor: Actor) {
    requirePermission(actor, 'backup.manage');
    const s = settingsRow();
    const problem = s?.folder ? folderProblem(s.folder) : null;
    return {
      folder: s?.folder ?? null,
      folderProblem: s?.folder && problem ? errorMessage('BACKUP_FOLDER_UNAVAILABLE', { folder: s.folder, reason: FOLDER_REASON[problem] }) : null,
      schedule: scheduleOf(s), keepLast: s?.keepLast ?? DEFAULT_KEEP,
      lastSuccessAt: s?.lastSuccessAt ?? null, lastAttemptAt: s?.lastAttemptAt ?? null, lastError: s?.lastError ?? null,
      nextAt: nextAt(s)?.toISOString() ?? null, running: busy.busy, recoveryIssuedAt: recovery.issuedAt(),
      backups: s?.folder ? entries(s.folder) : [],
    };
  }

  function configure(actor: Actor, input: { folder: string; schedule: BackupSchedule; keepLast: number }) {
    requirePermission(actor, 'backup.manage');
    const problem = folderProblem(input.folder);
    if (problem) throw folderError(input.folder, problem);
    const s = settingsRow();
    const { schedule } = input;
    deps.db.transaction((tx) => {
      saveBackupSettings(tx, {
        folder: input.folder, scheduleKind: schedule.kind, dailyAt: schedule.kind === 'DAILY' ? schedule.at : null,
        everyHours: schedule.kind === 'EVERY_HOURS' ? schedule.hours : null, keepLast: input.keepLast, configuredAt: deps.clock().toISOString(),
        lastSuccessAt: s?.lastSuccessAt ?? null, lastAttemptAt: s?.lastAttemptAt ?? null, lastError: s?.lastError ?? null,
      });
      recordAudit(tx, deps, actor, { action: 'backup.configure', entityType: 'backup', entityId: null, details: { folder: input.folder, schedule, keepLast: input.keepLast } });
    });
    recovery.copyToBackupFolder();
    return status(actor);
  }

  /** 立即备份 (an administrator) or the schedule (actor null: recorded under the desk's system account). */
  async function create(actor: Actor | null, trigger: BackupManifest['trigger']) {
    if (actor) requirePermission(actor, 'backup.manage');
    if (!port) throw new AppError('BACKUP_NOT_AVAILABLE');
    const s = settingsRow();
    if (!s?.folder) throw new AppError('BACKUP_FOLDER_NOT_SET');
    const folder = s.folder;
    return busy.run(async () => {
      const startedAt = deps.clock();
      try {
        const problem = folderProblem(folder);
        if (problem) throw folderError(folder, problem);
        const manifest = await write(port, folder, trigger);
        deps.db.transaction((tx) => {
          saveBackupCheck(tx, { folder, name: manifest.name, sha256: manifest.sha256, checkedAt: deps.clock().toISOString(), depth: 'QUICK', ok: true, problem: null });
          recordBackupAttempt(tx, { lastAttemptAt: startedAt.toISOString(), lastSuccessAt: startedAt.toISOString(), lastError: null });
          recordAudit(tx, deps, actor ?? schedulerActor(tx, deps), {
            action: 'backup.create', entityType: 'backup', entityId: manifest.name,
            details: { folder, trigger, sha256: manifest.sha256, size: manifest.size, schema: manifest.schema.migration, auditHeadSeq: manifest.auditHead?.seq ?? null },
          });
        });
        recovery.copyToBackupFolder();
        prune(folder, s.keepLast, actor);
        return entries(folder).find((e) => e.name === manifest.name)!;
      } catch (e) {
        const detail = e instanceof AppError ? errorMessage(e.code, e.params) : e instanceof Error ? e.message : String(e);
        deps.db.transaction((tx) => {
          recordBackupAttempt(tx, { lastAttemptAt: startedAt.toISOString(), lastError: detail });
          recordAudit(tx, deps, actor ?? schedulerActor(tx, deps), { action: 'backup.failed', entityType: 'backup', entityId: null, details: { folder, trigger, detail } });
        });
        if (e instanceof AppError) throw e;
        throw new AppError('BACKUP_FAILED', { detail });
      }
    });
  }

  /** The file under a temporary name until it is whole, checked and hashed; then the manifest. */
  async function write(p: BackupPort, folder: string, trigger: BackupManifest['trigger']): Promise<BackupManifest> {
    const desk = getDesk(deps.db);
    const createdAt = deps.clock();
    const name = backupName(createdAt, (n) => backupExists(folder, n));
    const partial = `${dbFileOf(folder, name)}.partial`;
    try {
      await backupInto(p.database.sqlite, partial, p.keys.dbKeyHex);
      const check = checkDatabaseFile(partial, p.keys.dbKeyHex);
      if (!check.ok) throw new AppError('BACKUP_FAILED', { detail: `写入的备份无法通过完整性检查（${check.detail}）` });
      const sha256 = await sha256File(partial);
      const size = fileSize(partial);
      renameSync(partial, dbFileOf(folder, name));
      const journal = migrationJournal(p.migrationsDir);
      const last = journal.find((j) => j.when === check.migrations.lastWhen) ?? journal.at(-1)!;
      const manifest: BackupManifest = {
        format: 'csd-backup/1', name, createdAt: createdAt.toISOString(), size, sha256,
        schema: { migration: last.tag, count: check.migrations.count, when: last.when },
        auditHead: check.head?.mac ? { seq: check.head.seq, hash: check.head.hash, mac: check.head.mac } : null,
        desk: { hospitalName: desk?.hospitalName ?? '', hospitalCode: desk?.hospitalCode ?? '', deviceId: desk?.deviceId ?? '' },
        cipher: 'chacha20', trigger,
      };
      writeManifest(folder, manifest);
      return manifest;
    } catch (e) {
      removeStaged(partial);
      removeBackup(folder, name);
      throw e;
    }
  }

  /** Keeps the newest N of this desk's backups; another desk's in the same folder are never touched. */
  function prune(folder: string, keep: number, actor: Actor | null): void {
    const deviceId = getDesk(deps.db)?.deviceId;
    const ours = listBackups(folder).filter((e) => e.manifest?.desk.deviceId === deviceId).map((e) => ({ name: e.name, createdAt: e.manifest!.createdAt }));
    const removed = backupsToPrune(ours, keep);
    if (removed.length === 0) return;
    for (const name of removed) removeBackup(folder, name);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor ?? schedulerActor(tx, deps), { action: 'backup.prune', entityType: 'backup', entityId: null, details: { folder, keep, removed } }));
  }

  /** Called by the scheduler every minute: a due backup is made (failures are recorded and retried later, never thrown). */
  async function runDue(): Promise<string | null> {
    const s = settingsRow();
    if (!s?.folder || busy.busy || !getDesk(deps.db)) return null;
    const due = backupPlan({
      schedule: scheduleOf(s), configuredAt: new Date(s.configuredAt),
      lastSuccessAt: s.lastSuccessAt ? new Date(s.lastSuccessAt) : null, lastAttemptAt: s.lastAttemptAt ? new Date(s.lastAttemptAt) : null,
    }, deps.clock()).due;
    if (!due) return null;
    try {
      return (await create(null, 'SCHEDULED')).name;
    } catch {
      return null; // recorded as backup.failed with its reason; shown on the screen
    }
  }

  return { status, configure, create, runDue, entries, folder: () => settingsRow()?.folder ?? null };
}

export type BackupService = ReturnType<typeof createBackupService>;

type CheckRow = ReturnType<typeof backupChecksIn>[number];

function entryOf(e: FolderEntry, check: CheckRow | undefined, deviceId: string | null) {
  const m = e.manifest;
  const sizeWrong = m !== null && m.size !== e.size;
  const state = !m ? 'INCOMPLETE' as const : sizeWrong || (check && !check.ok) ? 'FAILED' as const : !check ? 'UNCHECKED' as const : check.depth === 'FULL' ? 'VERIFIED' as const : 'CHECKED' as const;
  return {
    name: e.name, createdAt: m?.createdAt ?? null, size: e.size, trigger: m?.trigger ?? null, schemaMigration: m?.schema.migration ?? null,
    auditHeadSeq: m?.auditHead?.seq ?? null, state, checkedAt: check?.checkedAt ?? null,
    problem: !m ? (e.manifestProblem === 'MISSING' ? '缺少清单文件' : '清单文件无效') : sizeWrong ? '文件大小与清单不符' : check?.problem ?? null,
    otherDesk: m !== null && deviceId !== null && m.desk.deviceId !== deviceId, hospitalName: m?.desk.hospitalName ?? null,
  };
}
