import { and, count, desc, eq, inArray, max } from 'drizzle-orm';
import type { ApplicationState } from '../../electron/domain/application-state';
import type { Executor } from '../client';
import { applicants, applicationEvents, applications, assignments, users } from '../schema';
import { applicantMatches, type ApplicantRow } from './applicants';

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationWithApplicant = { application: ApplicationRow; applicant: ApplicantRow };

export const insertApplication = (db: Executor, row: typeof applications.$inferInsert): void => {
  db.insert(applications).values(row).run();
};

const withApplicant = (db: Executor) =>
  db.select({ application: applications, applicant: applicants }).from(applications).innerJoin(applicants, eq(applicants.id, applications.applicantId));

export const findApplication = (db: Executor, id: string): ApplicationWithApplicant | undefined =>
  withApplicant(db).where(eq(applications.id, id)).get();

/** By 申请编号, as the bureau refers to a case in its results. */
export const findApplicationByDisplayNo = (db: Executor, displayNo: string): ApplicationWithApplicant | undefined =>
  withApplicant(db).where(eq(applications.displayNo, displayNo)).get();

export const applicationsOfApplicant = (db: Executor, applicantId: string, diseaseKey: string): ApplicationRow[] =>
  db.select().from(applications)
    .where(and(eq(applications.applicantId, applicantId), eq(applications.diseaseKey, diseaseKey)))
    .all();

export const updateApplicationState = (
  db: Executor, id: string, patch: Pick<ApplicationRow, 'state' | 'updatedAt'> & Partial<Pick<ApplicationRow, 'receivedAt' | 'identityVerification'>>,
): void => {
  db.update(applications).set(patch).where(eq(applications.id, id)).run();
};

export type WorklistFilter = {
  state: ApplicationState | null; query: string; limit: number; offset: number;
  /** Only the cases this physician is drawn for (pending or signed). */
  assignedTo?: string | null;
};

/**
 * The worklist: newest first, filtered by state and by applicant name / pinyin / id number.
 * Per-state counts come from one grouped query (index-only without a text search) and the
 * total is derived from them, so a page costs two queries whatever the size of the table.
 */
export function listApplications(db: Executor, f: WorklistFilter): { rows: ApplicationWithApplicant[]; total: number; countsByState: Record<string, number> } {
  const applicantFilter = applicantMatches(f.query);
  // Text search resolves the matching applicants once, then filters applications by that set.
  const matches = applicantFilter
    ? inArray(applications.applicantId, db.select({ id: applicants.id }).from(applicants).where(applicantFilter))
    : undefined;
  const mine = f.assignedTo
    ? inArray(applications.id, db.select({ id: assignments.applicationId }).from(assignments)
      .where(and(eq(assignments.physicianId, f.assignedTo), inArray(assignments.status, ['PENDING', 'COMPLETED']))))
    : undefined;
  const rows = db.select({ application: applications, applicant: applicants })
    .from(applications)
    .innerJoin(applicants, eq(applicants.id, applications.applicantId))
    .where(and(matches, mine, f.state ? eq(applications.state, f.state) : undefined))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(f.limit).offset(f.offset)
    .all();
  const grouped = db.select({ state: applications.state, n: count() }).from(applications).where(and(matches, mine)).groupBy(applications.state).all();
  const countsByState = Object.fromEntries(grouped.map((c) => [c.state, c.n]));
  const total = f.state ? (countsByState[f.state] ?? 0) : grouped.reduce((sum, c) => sum + c.n, 0);
  return { rows, total, countsByState };
}

export const appendApplicationEvent = (db: Executor, row: Omit<typeof applicationEvents.$inferInsert, 'seq'>): void => {
  const last = db.select({ seq: max(applicationEvents.seq) }).from(applicationEvents)
    .where(eq(applicationEvents.applicationId, row.applicationId)).get()?.seq ?? 0;
  db.insert(applicationEvents).values({ ...row, seq: last + 1 }).run();
};

export const applicationHistory = (db: Executor, applicationId: string) =>
  db.select({ event: applicationEvents, actorName: users.displayName })
    .from(applicationEvents)
    .innerJoin(users, eq(users.id, applicationEvents.actorId))
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(applicationEvents.seq)
    .all();

export const applicationIdsInState = (db: Executor, state: ApplicationState): string[] =>
  db.select({ id: applications.id }).from(applications).where(eq(applications.state, state)).all().map((r) => r.id);
