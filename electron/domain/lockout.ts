/**
 * Wrong passwords (issue 11): counted per username *and* client, so someone at another desk or
 * browser cannot lock the administrator out of their own; an ordinary account is locked for a
 * while after five in a row, the administrator's is only slowed down (a growing wait, never a lock).
 */
export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;
const ADMIN_BASE_WAIT_MS = 15_000;
const ADMIN_MAX_WAIT_MS = 5 * 60_000;

export type FailureRecord = { readonly count: number; readonly blockedUntil: number };

/** After one more wrong password: the new record (count reset once a lock starts). */
export function afterFailure(prev: FailureRecord | null, isAdmin: boolean, now: number): FailureRecord & { locked: boolean } {
  const count = (prev?.count ?? 0) + 1;
  if (count < MAX_FAILURES) return { count, blockedUntil: 0, locked: false };
  if (!isAdmin) return { count: 0, blockedUntil: now + LOCK_MS, locked: true };
  const wait = Math.min(ADMIN_MAX_WAIT_MS, ADMIN_BASE_WAIT_MS * 2 ** (count - MAX_FAILURES));
  return { count, blockedUntil: now + wait, locked: false };
}

/** Seconds until the next try is allowed (0: now). */
export const waitSeconds = (r: FailureRecord | null, now: number): number => (r && r.blockedUntil > now ? Math.ceil((r.blockedUntil - now) / 1000) : 0);
