import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { notices, users } from '../schema';

export const insertNotice = (db: Executor, row: typeof notices.$inferInsert): void => {
  db.insert(notices).values(row).run();
};

export const noticesOfApplication = (db: Executor, applicationId: string) =>
  db.select({ id: notices.id, kind: notices.kind, itemsJson: notices.itemsJson, issuedAt: notices.issuedAt, issuedByName: users.displayName })
    .from(notices).innerJoin(users, eq(users.id, notices.issuedBy))
    .where(eq(notices.applicationId, applicationId)).orderBy(asc(notices.issuedAt)).all();

export const findNotice = (db: Executor, id: string) => db.select().from(notices).where(eq(notices.id, id)).get();
