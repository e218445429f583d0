import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { signInFailures, users } from '../schema';

export type UserRow = typeof users.$inferSelect;

export const findUserByUsername = (db: Executor, username: string): UserRow | undefined =>
  db.select().from(users).where(eq(users.username, username)).get();

export const findUserById = (db: Executor, id: string): UserRow | undefined =>
  db.select().from(users).where(eq(users.id, id)).get();

export const listUsers = (db: Executor): UserRow[] => db.select().from(users).orderBy(asc(users.createdAt)).all();

export const insertUser = (db: Executor, row: typeof users.$inferInsert): void => {
  db.insert(users).values(row).run();
};

export const updateUser = (db: Executor, id: string, patch: Partial<Pick<UserRow, 'disabled' | 'passwordHash' | 'mustChangePassword'>>): void => {
  db.update(users).set(patch).where(eq(users.id, id)).run();
};

export const failureRecord = (db: Executor, key: string) => db.select().from(signInFailures).where(eq(signInFailures.key, key)).get() ?? null;

export const saveFailureRecord = (db: Executor, key: string, count: number, blockedUntil: number): void => {
  db.insert(signInFailures).values({ key, count, blockedUntil }).onConflictDoUpdate({ target: signInFailures.key, set: { count, blockedUntil } }).run();
};

export const clearFailureRecord = (db: Executor, key: string): void => {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
};
