import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { outbox, samplingItems } from '../schema';

export type SamplingItemRow = typeof samplingItems.$inferSelect;

export const findSamplingItem = (db: Executor, samplingId: string, applicationId: string): SamplingItemRow | undefined =>
  db.select().from(samplingItems).where(and(eq(samplingItems.samplingId, samplingId), eq(samplingItems.applicationId, applicationId))).get();

export const insertSamplingItem = (db: Executor, row: typeof samplingItems.$inferInsert): void => {
  db.insert(samplingItems).values(row).run();
};

export const recordSamplingResult = (db: Executor, id: string, r: Pick<SamplingItemRow, 'result' | 'reason' | 'decidedOn'>): void => {
  db.update(samplingItems).set(r).where(eq(samplingItems.id, id)).run();
};

/** A case's samplings, each with the status of the archive package the desk owes for it. */
export const samplingsOfApplication = (db: Executor, applicationId: string) =>
  db.select({ item: samplingItems, uploadStatus: outbox.status, uploadedAt: outbox.sentAt })
    .from(samplingItems).leftJoin(outbox, eq(outbox.id, samplingItems.outboxId))
    .where(eq(samplingItems.applicationId, applicationId)).orderBy(asc(samplingItems.requestedAt)).all();
