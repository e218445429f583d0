import { and, asc, count, desc, eq, gt, gte, like, lt } from 'drizzle-orm';
import type { Executor } from '../client';
import { auditEvents, users } from '../schema';

export type AuditRow = typeof auditEvents.$inferSelect;

export const lastAuditEvent = (db: Executor): AuditRow | undefined =>
  db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();

export const insertAuditEvent = (db: Executor, row: Omit<typeof auditEvents.$inferInsert, 'seq'>): void => {
  db.insert(auditEvents).values(row).run();
};

/** Reads the chain in pages, in order. */
export const auditEventsAfter = (db: Executor, afterSeq: number, limit: number): AuditRow[] =>
  db.select().from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(limit).all();

export const auditEventWithAction = (db: Executor, action: string): AuditRow | undefined =>
  db.select().from(auditEvents).where(eq(auditEvents.action, action)).limit(1).get();

export type AuditFilter = { action: string | null; actorId: string | null; entityId: string | null; from: string | null; to: string | null };

const where = (f: AuditFilter) => and(
  f.action ? like(auditEvents.action, `${f.action}%`) : undefined, f.actorId ? eq(auditEvents.actorId, f.actorId) : undefined,
  f.entityId ? eq(auditEvents.entityId, f.entityId) : undefined, f.from ? gte(auditEvents.at, f.from) : undefined, f.to ? lt(auditEvents.at, f.to) : undefined,
);

/** Newest first, for the 审计日志 screen and its export. */
export function auditPage(db: Executor, f: AuditFilter, limit: number, offset: number) {
  const rows = db.select({ event: auditEvents, actorName: users.displayName }).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where(f)).orderBy(desc(auditEvents.seq)).limit(limit).offset(offset).all();
  const total = db.select({ n: count() }).from(auditEvents).where(where(f)).get()?.n ?? 0;
  return { rows, total };
}

/** The newest event that sealed a row (`kind:id`), for a check of that row alone. */
export const latestSealing = (db: Executor, key: string): AuditRow | undefined =>
  db.select().from(auditEvents).where(like(auditEvents.sealsJson, `%"${key}"%`)).orderBy(desc(auditEvents.seq)).limit(1).get();
