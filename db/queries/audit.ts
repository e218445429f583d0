import { asc, desc, gt } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditEvents } from '../schema';

export type AuditRow = typeof auditEvents.$inferSelect;

export const lastAuditEvent = (db: Executor): AuditRow | undefined =>
  db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();

export const insertAuditEvent = (db: Executor, row: Omit<typeof auditEvents.$inferInsert, 'seq'>): void => {
  db.insert(auditEvents).values(row).run();
};

/** Reads the chain in pages, in order. */
export const auditEventsAfter = (db: Executor, afterSeq: number, limit: number): AuditRow[] =>
  db.select().from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(limit).all();
