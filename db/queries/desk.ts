import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { counters, desk } from '../schema';

export type DeskRow = typeof desk.$inferSelect;

export const getDesk = (db: Executor): DeskRow | undefined => db.select().from(desk).where(eq(desk.id, 1)).get();

export const insertDesk = (db: Executor, row: Omit<typeof desk.$inferInsert, 'id'>): void => {
  db.insert(desk).values({ ...row, id: 1 }).run();
};

export const setIdleLockMinutes = (db: Executor, minutes: number): void => {
  db.update(desk).set({ idleLockMinutes: minutes }).where(eq(desk.id, 1)).run();
};

/** Increments and returns a named counter (inside the caller's transaction). */
export const nextCounter = (db: Executor, name: string): number => {
  const row = db
    .insert(counters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value })
    .get();
  return row.value;
};
