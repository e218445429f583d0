import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { isUpload } from '../../electron/domain/sync/outbox-rules';
import type { Executor } from '../client';
import { archiveBlobs, outbox, policyPackUpdates, syncState } from '../schema';

export type OutboxRow = typeof outbox.$inferSelect;

export const insertOutbox = (db: Executor, row: typeof outbox.$inferInsert): void => {
  db.insert(outbox).values(row).run();
};

/** Messages due now, oldest first (their order per person is the order they must reach the bureau). */
export const dueOutbox = (db: Executor, now: string): OutboxRow[] =>
  db.select().from(outbox).where(and(eq(outbox.status, 'PENDING'), lte(outbox.nextAttemptAt, now))).orderBy(asc(outbox.seq)).all();

export const outboxOfApplication = (db: Executor, applicationId: string): OutboxRow[] =>
  db.select().from(outbox).where(eq(outbox.applicationId, applicationId)).orderBy(asc(outbox.seq)).all();

export const outboxByStatus = (db: Executor, statuses: readonly OutboxRow['status'][]): OutboxRow[] =>
  db.select().from(outbox).where(inArray(outbox.status, [...statuses])).orderBy(asc(outbox.seq)).all();

/**
 * Earlier messages of the same person still waiting: a later one must not overtake them. A platform
 * transaction waits only for transactions; an archive upload waits for everything before it.
 */
export const earlierOpenOf = (db: Executor, item: Pick<OutboxRow, 'personKey' | 'seq' | 'infno'>): number =>
  db.select({ n: sql<number>`count(*)` }).from(outbox)
    .where(and(
      eq(outbox.personKey, item.personKey), inArray(outbox.status, ['PENDING', 'FAILED']), sql`${outbox.seq} < ${item.seq}`,
      isUpload(item.infno) ? undefined : inArray(outbox.infno, ['2503', '2504']),
    )).get()?.n ?? 0;

/**
 * Changes a message only if it still has the status it was read with: a revocation may have
 * cancelled it meanwhile, and a stale reader must never overwrite that. Returns whether it changed.
 */
export const updateOutbox = (db: Executor, id: string, expected: OutboxRow['status'], patch: Partial<typeof outbox.$inferInsert>): boolean =>
  db.update(outbox).set(patch).where(and(eq(outbox.id, id), eq(outbox.status, expected))).run().changes === 1;

export const findOutbox = (db: Executor, id: string): OutboxRow | undefined => db.select().from(outbox).where(eq(outbox.id, id)).get();

export const outboxCounts = (db: Executor): Record<OutboxRow['status'], number> => {
  const rows = db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all();
  const counts = { PENDING: 0, SENT: 0, FAILED: 0, CANCELLED: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
};

export const getSyncValue = (db: Executor, key: string): string | null => db.select().from(syncState).where(eq(syncState.key, key)).get()?.value ?? null;

export const setSyncValue = (db: Executor, key: string, value: string): void => {
  db.insert(syncState).values({ key, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
};

export type PackUpdateRow = typeof policyPackUpdates.$inferSelect;

export const latestPackUpdate = (db: Executor, packId: string): PackUpdateRow | undefined =>
  db.select().from(policyPackUpdates).where(eq(policyPackUpdates.packId, packId)).orderBy(desc(policyPackUpdates.appliedAt)).limit(1).get();

export const insertPackUpdate = (db: Executor, row: PackUpdateRow): void => {
  db.insert(policyPackUpdates).values(row).run();
};

export const insertArchiveBlob = (db: Executor, row: typeof archiveBlobs.$inferInsert): void => {
  db.insert(archiveBlobs).values(row).run();
};

export const findArchiveBlob = (db: Executor, id: string) => db.select().from(archiveBlobs).where(eq(archiveBlobs.id, id)).get();
