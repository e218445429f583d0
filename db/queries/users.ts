import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { users } from '../schema';

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
