import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { entitlements } from '../schema';

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
