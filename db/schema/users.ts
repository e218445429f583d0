import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['ADMIN', 'CLERK', 'PHYSICIAN'] }).notNull(),
  /** scrypt$N$r$p$salt$hash */
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  /** Set for accounts created or reset by the administrator: the first sign-in must choose a new password. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
});

/** Wrong passwords per username and client (issue 11), kept across restarts so a restart does not reset a lock. */
export const signInFailures = sqliteTable('sign_in_failures', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  blockedUntil: integer('blocked_until').notNull(),
});
