import { hostname } from 'node:os';
import type { Tx } from '../../db/client';
import { getSyncValue, setSyncValue } from '../../db/queries/sync';
import type { ServiceDeps } from './context';

/** A holder renews at every message; a lease not renewed for this long is free again. */
const LEASE_MS = 2 * 60_000;

type Lease = { holder: string; host: string; pid: number; until: string };

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One sync worker per database (the desk and the `sync` CLI may open the same file): a lease row
 * taken in an immediate transaction, so two processes cannot both see it free. A lease whose
 * process on this machine is gone (kill -9) is taken over at once rather than after it expires.
 */
export function createSyncLease(deps: Pick<ServiceDeps, 'db' | 'clock' | 'newId'>) {
  const me: Lease = { holder: deps.newId(), host: hostname(), pid: process.pid, until: '' };

  const free = (lease: Lease | null): boolean =>
    lease === null || lease.holder === me.holder || lease.until < deps.clock().toISOString() || (lease.host === me.host && !alive(lease.pid));

  const write = (tx: Tx, until: Date) =>
    setSyncValue(tx, 'sync.lease', JSON.stringify({ ...me, until: until.toISOString() }));

  function acquire(): boolean {
    return deps.db.transaction((tx) => {
      const held = getSyncValue(tx, 'sync.lease');
      if (!free(held ? JSON.parse(held) as Lease : null)) return false;
      write(tx, new Date(deps.clock().getTime() + LEASE_MS));
      return true;
    }, { behavior: 'immediate' });
  }

  const renew = (): void => deps.db.transaction((tx) => write(tx, new Date(deps.clock().getTime() + LEASE_MS)));

  /** Gives the lease back (expired at once) if this worker still holds it. */
  function release(): void {
    deps.db.transaction((tx) => {
      const held = getSyncValue(tx, 'sync.lease');
      if (held && (JSON.parse(held) as Lease).holder === me.holder) write(tx, new Date(0));
    }, { behavior: 'immediate' });
  }

  return { acquire, renew, release };
}
