import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { auditEventsAfter, insertAuditEvent, lastAuditEvent, type AuditRow } from '../../db/queries/audit';
import type { Actor, ServiceDeps } from './context';

/** R25: every action emits an AuditEvent in one hash chain (domain §2.19). */

export const GENESIS_HASH = '0'.repeat(64);

type Entry = Omit<AuditRow, 'seq' | 'hash' | 'prevHash'>;

/** Canonical form: fixed field order, so the hash can be recomputed by anyone holding the rows. */
function chainHash(prevHash: string, e: Entry): string {
  const canonical = JSON.stringify([e.id, e.at, e.actorId, e.actorRole, e.action, e.entityType, e.entityId, e.detailsJson, e.deviceId]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type AuditInput = {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly details?: Record<string, unknown>;
};

/** Appends an event; call inside the same transaction as the change it records. */
export function recordAudit(tx: Executor, deps: ServiceDeps, actor: Actor | null, input: AuditInput): void {
  const deviceId = getDesk(tx)?.deviceId ?? 'unconfigured';
  const prevHash = lastAuditEvent(tx)?.hash ?? GENESIS_HASH;
  const entry: Entry = {
    id: deps.newId(),
    at: deps.clock().toISOString(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    detailsJson: JSON.stringify(input.details ?? {}),
    deviceId,
  };
  insertAuditEvent(tx, { ...entry, prevHash, hash: chainHash(prevHash, entry) });
}

export type ChainVerification = { ok: boolean; count: number; brokenAt: number | null };

/** Walks the whole chain; reports the first event whose link or content does not match. */
export function verifyAuditChain(db: Executor): ChainVerification {
  let prev = GENESIS_HASH;
  let after = 0;
  let count = 0;
  for (;;) {
    const page = auditEventsAfter(db, after, 1000);
    if (page.length === 0) return { ok: true, count, brokenAt: null };
    for (const row of page) {
      if (row.prevHash !== prev || chainHash(prev, row) !== row.hash) return { ok: false, count, brokenAt: row.seq };
      prev = row.hash;
      after = row.seq;
      count++;
    }
  }
}
