import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { applicantNotifications, applicationEvents, bans, users } from '../schema';

export type BanRow = typeof bans.$inferSelect;

export const insertBan = (db: Executor, row: typeof bans.$inferInsert): void => {
  db.insert(bans).values(row).run();
};

export const bansOfApplicant = (db: Executor, applicantId: string): BanRow[] =>
  db.select().from(bans).where(eq(bans.applicantId, applicantId)).orderBy(asc(bans.decidedOn)).all();

export const insertApplicantNotification = (db: Executor, row: typeof applicantNotifications.$inferInsert): void => {
  db.insert(applicantNotifications).values(row).run();
};

export const notificationsOf = (db: Executor, applicationId: string) =>
  db.select({ notification: applicantNotifications, recordedByName: users.displayName })
    .from(applicantNotifications).innerJoin(users, eq(users.id, applicantNotifications.recordedBy))
    .where(eq(applicantNotifications.applicationId, applicationId)).orderBy(asc(applicantNotifications.recordedAt)).all();

/** When the case entered its present state: the instant of its last transition. */
export const lastTransitionAt = (db: Executor, applicationId: string): string | undefined =>
  db.select({ at: applicationEvents.at }).from(applicationEvents).where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(desc(applicationEvents.seq)).limit(1).get()?.at;
