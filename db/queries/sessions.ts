import { asc, count, desc, eq, or } from 'drizzle-orm';
import type { Executor } from '../client';
import { applicants, applicationEvents, applications, confirmationSessions, sessionCases, users, violations } from '../schema';

export const insertSession = (db: Executor, row: typeof confirmationSessions.$inferInsert): void => {
  db.insert(confirmationSessions).values(row).run();
};

export const insertSessionCase = (db: Executor, row: typeof sessionCases.$inferInsert): void => {
  db.insert(sessionCases).values(row).run();
};

/** Every session, newest first, with its organiser and how many cases it took up. */
export const listSessions = (db: Executor) =>
  db.select({ id: confirmationSessions.id, month: confirmationSessions.month, heldAt: confirmationSessions.heldAt, organiser: users.displayName, cases: count(sessionCases.applicationId) })
    .from(confirmationSessions).innerJoin(users, eq(users.id, confirmationSessions.organiserId))
    .leftJoin(sessionCases, eq(sessionCases.sessionId, confirmationSessions.id))
    .groupBy(confirmationSessions.id).orderBy(desc(confirmationSessions.heldAt)).all();

/** One session with its organiser's name. */
export const findSession = (db: Executor, id: string) =>
  db.select({ month: confirmationSessions.month, heldAt: confirmationSessions.heldAt, organiser: users.displayName })
    .from(confirmationSessions).innerJoin(users, eq(users.id, confirmationSessions.organiserId)).where(eq(confirmationSessions.id, id)).get();

/** The cases of one session with the applicant and the draw's outcome, in the order taken up. */
export const casesOfSession = (db: Executor, sessionId: string) =>
  db.select({ applicationId: applications.id, displayNo: applications.displayNo, diseaseName: applications.diseaseName, name: applicants.name, outcome: sessionCases.outcome, detail: sessionCases.detail })
    .from(sessionCases).innerJoin(applications, eq(applications.id, sessionCases.applicationId)).innerJoin(applicants, eq(applicants.id, applications.applicantId))
    .where(eq(sessionCases.sessionId, sessionId)).orderBy(asc(applications.displayNo)).all();

/** The transitions into and out of the monthly queue, per case in order (for R27's queue history). */
export const queueEvents = (db: Executor) =>
  db.select({ applicationId: applicationEvents.applicationId, toState: applicationEvents.toState, at: applicationEvents.at })
    .from(applicationEvents)
    .where(or(eq(applicationEvents.toState, 'QUEUED_FOR_SESSION'), eq(applicationEvents.fromState, 'QUEUED_FOR_SESSION')))
    .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq)).all();

/** Records a violation once per kind and period; false when it was already recorded. */
export const insertViolationOnce = (db: Executor, row: typeof violations.$inferInsert): boolean =>
  db.insert(violations).values(row).onConflictDoNothing().run().changes === 1;

export const listViolations = (db: Executor) => db.select().from(violations).orderBy(desc(violations.period)).all();
