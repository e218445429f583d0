import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { applications, bans, decisions, entitlements, storedFiles, users } from '../schema';

/**
 * The facts a decision or a filing rests on, sealed in the audit chain (R25, issue 11): each audited
 * change records the digest of the row as it then stands, and verification compares the rows as they
 * are now. A raw `UPDATE applications SET state = …` leaves a row whose digest the chain never saw.
 */
export const SEAL_KINDS = ['application', 'decision', 'user', 'file', 'entitlement', 'ban'] as const;
export type SealKind = (typeof SEAL_KINDS)[number];
export type SealRef = { readonly kind: SealKind; readonly id: string };

const digest = (fields: readonly unknown[]): string => createHash('sha256').update(JSON.stringify(fields)).digest('hex');

/** The protected columns of each kind, in a fixed order. */
const COLUMNS = {
  application: (db: Executor, id: string) => {
    const a = db.select().from(applications).where(eq(applications.id, id)).get();
    // transferFrom (R51) joined the seal later: present only where set, so older seals still verify
    return a && [a.id, a.applicantId, a.diseaseKey, a.modeKey, a.path, a.state, a.packId, a.packVersion, a.receivedAt, a.identityVerification,
      ...(a.transferFrom === null ? [] : [a.transferFrom])];
  },
  decision: (db: Executor, id: string) => {
    const d = db.select().from(decisions).where(eq(decisions.id, id)).get();
    return d && [d.id, d.assignmentId, d.applicationId, d.physicianId, d.result, d.reasonCodesJson, d.comment, d.standardsChecked, d.criteriaJson,
      d.signatureId, d.contentHash, d.signedAt, d.signedBy];
  },
  user: (db: Executor, id: string) => {
    const u = db.select().from(users).where(eq(users.id, id)).get();
    return u && [u.id, u.username, u.role, u.disabled, u.passwordHash, u.mustChangePassword];
  },
  file: (db: Executor, id: string) => {
    const f = db.select({ id: storedFiles.id, sha256: storedFiles.sha256, size: storedFiles.size }).from(storedFiles).where(eq(storedFiles.id, id)).get();
    return f && [f.id, f.sha256, f.size];
  },
  entitlement: (db: Executor, id: string) => {
    const e = db.select().from(entitlements).where(eq(entitlements.id, id)).get();
    return e && [e.id, e.applicationId, e.state, e.startDate, e.endDate, e.filing, e.filingRef];
  },
  // a deleted or shortened ban would let a barred person apply (R44)
  ban: (db: Executor, id: string) => {
    const b = db.select().from(bans).where(eq(bans.id, id)).get();
    return b && [b.id, b.applicantId, b.kind, b.decidedOn, b.until];
  },
} satisfies Record<SealKind, (db: Executor, id: string) => readonly unknown[] | undefined>;

/** The digest of a row as it stands now; null when the row is gone. */
export function sealOf(db: Executor, ref: SealRef): string | null {
  const fields = COLUMNS[ref.kind](db, ref.id);
  return fields ? digest(fields) : null;
}

const TABLES = { application: applications, decision: decisions, user: users, file: storedFiles, entitlement: entitlements, ban: bans } as const;

/** Every row of a kind (to find rows no audited change ever sealed). */
export const idsOf = (db: Executor, kind: SealKind): string[] =>
  db.select({ id: TABLES[kind].id }).from(TABLES[kind]).all().map((r) => r.id);

/** Files whose bytes no longer hash to the SHA-256 recorded at import (the deep check). */
export function filesWithChangedBytes(db: Executor): string[] {
  const bad: string[] = [];
  for (const { id } of db.select({ id: storedFiles.id }).from(storedFiles).all()) {
    const f = db.select().from(storedFiles).where(eq(storedFiles.id, id)).get()!;
    if (createHash('sha256').update(f.bytes).digest('hex') !== f.sha256) bad.push(id);
  }
  return bad;
}
