import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { entitlementEvents, entitlements } from '../schema';

export type EntitlementRow = typeof entitlements.$inferSelect;

export const insertEntitlement = (db: Executor, row: EntitlementRow): void => {
  db.insert(entitlements).values(row).run();
};

export const entitlementOfApplication = (db: Executor, applicationId: string): EntitlementRow | undefined =>
  db.select().from(entitlements).where(eq(entitlements.applicationId, applicationId)).get();

export const entitlementsOfApplicant = (db: Executor, applicantId: string): EntitlementRow[] =>
  db.select().from(entitlements).where(eq(entitlements.applicantId, applicantId)).orderBy(desc(entitlements.startDate)).all();

export const updateEntitlement = (db: Executor, id: string, patch: Partial<Omit<EntitlementRow, 'id' | 'applicationId'>>): void => {
  db.update(entitlements).set(patch).where(eq(entitlements.id, id)).run();
};

export type EntitlementEventRow = typeof entitlementEvents.$inferSelect;

export const entitlementByFilingRef = (db: Executor, filingRef: string): EntitlementRow | undefined =>
  db.select().from(entitlements).where(eq(entitlements.filingRef, filingRef)).get();

export const entitlementsInState = (db: Executor, state: EntitlementRow['state']): EntitlementRow[] =>
  db.select().from(entitlements).where(eq(entitlements.state, state)).all();

export const insertEntitlementEvent = (db: Executor, row: EntitlementEventRow): void => {
  db.insert(entitlementEvents).values(row).run();
};

export const bureauEventSeen = (db: Executor, bureauEventId: string): boolean =>
  db.select({ id: entitlementEvents.id }).from(entitlementEvents).where(eq(entitlementEvents.bureauEventId, bureauEventId)).get() !== undefined;

export const eventsOfEntitlement = (db: Executor, entitlementId: string): EntitlementEventRow[] =>
  db.select().from(entitlementEvents).where(eq(entitlementEvents.entitlementId, entitlementId)).orderBy(asc(entitlementEvents.recordedAt)).all();
