import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { backupChecks, backupSettings } from '../schema';

export type BackupSettingsRow = typeof backupSettings.$inferSelect;
export type BackupCheckRow = typeof backupChecks.$inferSelect;

export const getBackupSettings = (db: Executor): BackupSettingsRow | undefined =>
  db.select().from(backupSettings).where(eq(backupSettings.id, 1)).get();

export const saveBackupSettings = (db: Executor, row: Omit<typeof backupSettings.$inferInsert, 'id'>): void => {
  db.insert(backupSettings).values({ ...row, id: 1 }).onConflictDoUpdate({ target: backupSettings.id, set: row }).run();
};

export const recordBackupAttempt = (db: Executor, patch: Pick<BackupSettingsRow, 'lastAttemptAt' | 'lastError'> & { lastSuccessAt?: string }): void => {
  db.update(backupSettings).set(patch).where(eq(backupSettings.id, 1)).run();
};

export const saveBackupCheck = (db: Executor, row: BackupCheckRow): void => {
  db.insert(backupChecks).values(row)
    .onConflictDoUpdate({ target: [backupChecks.folder, backupChecks.name, backupChecks.sha256], set: { checkedAt: row.checkedAt, depth: row.depth, ok: row.ok, problem: row.problem } })
    .run();
};

export const backupChecksIn = (db: Executor, folder: string): BackupCheckRow[] =>
  db.select().from(backupChecks).where(eq(backupChecks.folder, folder)).orderBy(desc(backupChecks.checkedAt)).all();

export const backupCheckOf = (db: Executor, folder: string, name: string, sha256: string): BackupCheckRow | undefined =>
  db.select().from(backupChecks).where(and(eq(backupChecks.folder, folder), eq(backupChecks.name, name), eq(backupChecks.sha256, sha256))).get();
