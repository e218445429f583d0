import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { applications } from './applications';
import { users } from './users';

/** ConfirmationSession (§2.9): evidence that 「每月至少组织一次资格确认」 was met (R27). */
export const confirmationSessions = sqliteTable('confirmation_sessions', {
  id: text('id').primaryKey(),
  /** YYYY-MM the session counts for. */
  month: text('month').notNull(),
  heldAt: text('held_at').notNull(),
  organiserId: text('organiser_id').notNull().references(() => users.id),
}, (t) => [index('confirmation_sessions_month_idx').on(t.month)]);

/** The queued cases a session took up, and what the draw gave each. */
export const sessionCases = sqliteTable('session_cases', {
  sessionId: text('session_id').notNull().references(() => confirmationSessions.id),
  applicationId: text('application_id').notNull().references(() => applications.id),
  outcome: text('outcome', { enum: ['DRAWN', 'POOL_TOO_SMALL'] }).notNull(),
  detail: text('detail').notNull(),
}, (t) => [uniqueIndex('session_cases_pk').on(t.sessionId, t.applicationId)]);

/** A rule the desk found broken (R27 MISSED_MONTHLY_SESSION …), once per kind and period. */
export const violations = sqliteTable('violations', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  period: text('period').notNull(),
  detail: text('detail').notNull(),
  recordedAt: text('recorded_at').notNull(),
}, (t) => [uniqueIndex('violations_kind_period').on(t.kind, t.period)]);
