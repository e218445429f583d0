import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Where and when the desk backs itself up (issue 11): one row, id = 1, set by the administrator. */
export const backupSettings = sqliteTable('backup_settings', {
  id: integer('id').primaryKey(),
  /** An administrator-chosen folder (a USB drive is a folder); null until set. */
  folder: text('folder'),
  scheduleKind: text('schedule_kind', { enum: ['OFF', 'DAILY', 'EVERY_HOURS'] }).notNull().default('OFF'),
  /** HH:MM in the desk's time, for DAILY. */
  dailyAt: text('daily_at'),
  everyHours: integer('every_hours'),
  keepLast: integer('keep_last').notNull().default(7),
  configuredAt: text('configured_at').notNull(),
  lastSuccessAt: text('last_success_at'),
  lastAttemptAt: text('last_attempt_at'),
  /** Why the last try failed, in Chinese (null after a success). */
  lastError: text('last_error'),
});

/** The outcome of checking one backup file (by its SHA-256): shown beside it in the list. */
export const backupChecks = sqliteTable('backup_checks', {
  folder: text('folder').notNull(),
  name: text('name').notNull(),
  sha256: text('sha256').notNull(),
  checkedAt: text('checked_at').notNull(),
  /** QUICK: opened with the key and integrity-checked right after writing; FULL: everything a restore checks. */
  depth: text('depth', { enum: ['QUICK', 'FULL'] }).notNull(),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  problem: text('problem'),
}, (t) => [primaryKey({ columns: [t.folder, t.name, t.sha256] })]);
