import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client';
import { assignments, decisions, physicianSanctions, physicianSignatures, physicians } from '../schema';

export type PhysicianRow = typeof physicians.$inferSelect;
export type SanctionRow = typeof physicianSanctions.$inferSelect;

/** Inserts or replaces a roster entry (the bureau's roster is authoritative for these fields). */
export const upsertPhysician = (db: Executor, row: typeof physicians.$inferInsert): void => {
  const { id: _id, ...rest } = row;
  db.insert(physicians).values(row).onConflictDoUpdate({ target: physicians.id, set: rest }).run();
};

export const allPhysicians = (db: Executor): PhysicianRow[] => db.select().from(physicians).orderBy(asc(physicians.name), asc(physicians.id)).all();

export const sanctionsOf = (db: Executor, physicianIds: readonly string[]): SanctionRow[] =>
  physicianIds.length === 0 ? [] : db.select().from(physicianSanctions).where(inArray(physicianSanctions.physicianId, [...physicianIds])).orderBy(asc(physicianSanctions.fromDate)).all();

export const findPhysician = (db: Executor, id: string): PhysicianRow | undefined => db.select().from(physicians).where(eq(physicians.id, id)).get();

export const insertSanction = (db: Executor, row: typeof physicianSanctions.$inferInsert): void => {
  db.insert(physicianSanctions).values(row).run();
};

export type AssignmentRow = typeof assignments.$inferSelect;

export const insertAssignment = (db: Executor, row: typeof assignments.$inferInsert): void => {
  db.insert(assignments).values(row).run();
};

export const assignmentsOf = (db: Executor, applicationId: string) =>
  db.select({ assignment: assignments, name: physicians.name, title: physicians.title })
    .from(assignments).innerJoin(physicians, eq(physicians.id, assignments.physicianId))
    .where(eq(assignments.applicationId, applicationId)).orderBy(asc(assignments.drawnAt), asc(assignments.id)).all();

/** Open cases per physician: the draw favours the less loaded. */
export const pendingWorkload = (db: Executor): Map<string, number> =>
  new Map(db.select({ id: assignments.physicianId, n: count() }).from(assignments).where(eq(assignments.status, 'PENDING'))
    .groupBy(assignments.physicianId).all().map((r) => [r.id, r.n]));

export const closeAssignment = (db: Executor, id: string, status: AssignmentRow['status'], at: string, reason: string | null): void => {
  db.update(assignments).set({ status, closedAt: at, closeReason: reason }).where(eq(assignments.id, id)).run();
};

export const insertDecision = (db: Executor, row: typeof decisions.$inferInsert): void => {
  db.insert(decisions).values(row).run();
};

export const decisionsOf = (db: Executor, applicationId: string) =>
  db.select({ decision: decisions, role: assignments.role, name: physicians.name, title: physicians.title })
    .from(decisions).innerJoin(assignments, eq(assignments.id, decisions.assignmentId)).innerJoin(physicians, eq(physicians.id, decisions.physicianId))
    .where(eq(decisions.applicationId, applicationId)).orderBy(asc(decisions.signedAt)).all();

/** A physician's open cases (their 认定任务). */
export const pendingAssignmentsOf = (db: Executor, physicianId: string) =>
  db.select().from(assignments).where(and(eq(assignments.physicianId, physicianId), eq(assignments.status, 'PENDING'))).orderBy(asc(assignments.drawnAt)).all();

export type SignatureRow = typeof physicianSignatures.$inferSelect;

export const signatureOf = (db: Executor, physicianId: string): SignatureRow | undefined =>
  db.select().from(physicianSignatures).where(eq(physicianSignatures.physicianId, physicianId)).get();

export const signaturesByIds = (db: Executor, ids: readonly string[]): SignatureRow[] =>
  ids.length === 0 ? [] : db.select().from(physicianSignatures).where(inArray(physicianSignatures.id, [...ids])).all();

export const insertSignature = (db: Executor, row: typeof physicianSignatures.$inferInsert): void => {
  db.insert(physicianSignatures).values(row).run();
};

/** Every assignment still waiting for its physician, across cases (R48 re-checks them after a roster change). */
export const pendingAssignments = (db: Executor) => db.select().from(assignments).where(eq(assignments.status, 'PENDING')).all();
