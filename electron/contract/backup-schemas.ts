import { z } from 'zod';
import { BACKUP_NAME, TIME_OF_DAY } from '../domain/backup-schedule';

/** Backups, restore and the recovery code at the boundary (issue 11). Administrator only, checked in the services. */

const folder = z.string().trim().min(1, '请输入备份文件夹').max(400, '路径过长');
const recoveryCode = z.string().trim().min(1, '请输入恢复码').max(64, '恢复码过长');

export const BackupSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('OFF') }).strict(),
  z.object({ kind: z.literal('DAILY'), at: z.string().regex(TIME_OF_DAY, '时间格式为 时:分，如 22:00') }).strict(),
  z.object({ kind: z.literal('EVERY_HOURS'), hours: z.number().int().min(1, '至少每 1 小时').max(168, '至多每 168 小时') }).strict(),
]);
export const ConfigureBackup = z.object({
  folder,
  schedule: BackupSchedule,
  keepLast: z.number().int().min(1, '至少保留 1 份').max(365, '至多保留 365 份'),
}).strict();

export const BackupName = z.string().regex(BACKUP_NAME, '备份名称无效');
export const ByBackup = z.object({ name: BackupName }).strict();
export const RestoreBackup = z.object({
  name: BackupName,
  /** Only for a backup made under other keys (another PC): the recovery code of the desk it came from. */
  recoveryCode: recoveryCode.nullable().default(null),
  confirm: z.literal(true, { error: '须确认用备份替换当前数据' }),
}).strict();

export const BackupEntry = z.object({
  name: z.string(),
  createdAt: z.string().nullable(),
  size: z.number().int(),
  trigger: z.enum(['MANUAL', 'SCHEDULED']).nullable(),
  /** The schema version the backup carries (its last migration). */
  schemaMigration: z.string().nullable(),
  auditHeadSeq: z.number().int().nullable(),
  /** VERIFIED: fully checked (as a restore would); CHECKED: opened and integrity-checked when written; INCOMPLETE: no usable manifest. */
  state: z.enum(['VERIFIED', 'CHECKED', 'FAILED', 'UNCHECKED', 'INCOMPLETE']),
  checkedAt: z.string().nullable(),
  problem: z.string().nullable(),
  /** Made by another desk (another PC or hospital) in the same folder. */
  otherDesk: z.boolean(),
  hospitalName: z.string().nullable(),
});
export const BackupStatus = z.object({
  folder: z.string().nullable(),
  /** Why backups cannot be written there now (USB drive not plugged in…), in Chinese. */
  folderProblem: z.string().nullable(),
  schedule: BackupSchedule,
  keepLast: z.number().int(),
  lastSuccessAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  nextAt: z.string().nullable(),
  running: z.boolean(),
  /** When the recovery code in force was issued (null: none, e.g. a desk set up before recovery codes). */
  recoveryIssuedAt: z.string().nullable(),
  backups: z.array(BackupEntry),
});
export const BackupCheck = z.object({
  name: z.string(), ok: z.boolean(), problem: z.string().nullable(), migratedFrom: z.string().nullable(),
  auditEvents: z.number().int(), checkedAt: z.string(),
});
export const Restored = z.object({
  name: z.string(), createdAt: z.string(), migratedFrom: z.string().nullable(),
  /** File name of the replaced database, kept in the data folder. */
  safetyCopy: z.string(),
  /** The backup came with another desk's keys (another PC), which are now this desk's. */
  keysReplaced: z.boolean(),
});

export const ReissueRecovery = z.object({ password: z.string().min(1, '请输入本人登录密码').max(128) }).strict();
export const RecoveryCode = z.object({ recoveryCode: z.string(), issuedAt: z.string() });

/** The start-up fault (a database without its key…), or null when the desk opened. */
export const StartupFault = z.object({ code: z.string(), message: z.string(), canRecover: z.boolean() }).nullable();
export const RecoverKey = z.object({ recoveryCode }).strict();

/** A new PC: before setup, a desk can be made from a backup and its recovery code instead. */
export const SetupBackups = z.object({ folder }).strict();
export const SetupRestore = z.object({ folder, name: BackupName, recoveryCode }).strict();
