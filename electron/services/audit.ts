import { createHash, createHmac } from 'node:crypto';
import type { Executor } from '../../db/client';
import { getDesk } from '../../db/queries/desk';
import { insertAuditEvent, lastAuditEvent, latestSealing, type AuditRow } from '../../db/queries/audit';
import { sealOf, type SealRef } from '../../db/queries/seals';
import { wellFormed } from '../domain/well-formed';
import type { Actor, ServiceDeps } from './context';

/** R25: every action emits an AuditEvent in one hash chain (domain §2.19). */

export const GENESIS_HASH = '0'.repeat(64);

type Entry = Omit<AuditRow, 'seq' | 'hash' | 'prevHash' | 'mac'>;

/**
 * Canonical form: fixed field order, hashed as the UTF-8 bytes SQLite stores (every string is made
 * well-formed before it is stored, so the two cannot differ). Seals join the form where present.
 */
export function chainHash(prevHash: string, e: Entry): string {
  const fields = [e.id, e.at, e.actorId, e.actorRole, e.action, e.entityType, e.entityId, e.detailsJson, e.deviceId, ...(e.sealsJson ? [e.sealsJson] : [])];
  return createHash('sha256').update(prevHash).update('\n').update(Buffer.from(JSON.stringify(fields), 'utf8')).digest('hex');
}

/** The MAC of a chain hash under the audit key (kept apart from the database key). */
export const chainMac = (auditKey: Buffer, hash: string): string => createHmac('sha256', auditKey).update(hash).digest('hex');

export type AuditInput = {
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly details?: Record<string, unknown>;
  /** Rows this change wrote that a decision or a filing rests on: their digests enter the chain. */
  readonly seal?: readonly SealRef[];
};

/** Appends an event; call inside the same transaction as the change it records (after the change, for its seals). */
export function recordAudit(tx: Executor, deps: ServiceDeps, actor: Actor | null, input: AuditInput): void {
  const deviceId = getDesk(tx)?.deviceId ?? 'unconfigured';
  const prevHash = lastAuditEvent(tx)?.hash ?? GENESIS_HASH;
  const seals = input.seal?.length ? Object.fromEntries(input.seal.map((r) => [`${r.kind}:${r.id}`, sealOf(tx, r)])) : null;
  const entry: Entry = {
    id: deps.newId(),
    at: deps.clock().toISOString(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: wellFormed(input.action),
    entityType: wellFormed(input.entityType),
    entityId: input.entityId === null ? null : wellFormed(input.entityId),
    detailsJson: wellFormed(JSON.stringify(input.details ?? {})),
    deviceId,
    sealsJson: seals ? JSON.stringify(seals) : null,
  };
  const hash = chainHash(prevHash, entry);
  insertAuditEvent(tx, { ...entry, prevHash, hash, mac: chainMac(deps.auditKey, hash) });
}

/** The chain's head as printed on a decision form and sent with a filing: anyone holding the key can check it. */
export function auditAnchor(db: Executor, auditKey: Buffer): { seq: number; text: string } {
  const head = lastAuditEvent(db);
  if (!head) return { seq: 0, text: '0' };
  return { seq: head.seq, text: `${head.seq}-${chainMac(auditKey, head.hash).slice(0, 16)}` };
}

/**
 * Whether a row still stands as the chain last sealed it, checking that one event's hash and MAC:
 * what a form or a filing rests on is checked before it is issued, not only at the next full verification.
 */
export function sealIntact(db: Executor, auditKey: Buffer, ref: SealRef): boolean {
  const key = `${ref.kind}:${ref.id}`;
  const row = latestSealing(db, key);
  if (!row?.sealsJson || chainHash(row.prevHash, row) !== row.hash || row.mac !== chainMac(auditKey, row.hash)) return false;
  return (JSON.parse(row.sealsJson) as Record<string, string | null>)[key] === sealOf(db, ref);
}
