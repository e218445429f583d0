import { findUserByUsername, insertUser } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';

/** The account under which what the bureau sends is recorded (roster, re-review results): it cannot sign in. */
export const BUREAU_USERNAME = 'bureau-sync';
/** The account under which the desk's own timed transitions are recorded (T4 lapse): it cannot sign in. */
export const SCHEDULER_USERNAME = 'desk-scheduler';

/** A disabled account that stands for the system in history and audit, made on first use. */
function systemActor(tx: Executor, deps: ServiceDeps, username: string, displayName: string): Actor {
  let user = findUserByUsername(tx, username);
  if (!user) {
    insertUser(tx, { id: deps.newId(), username, displayName, role: 'ADMIN', passwordHash: '!', disabled: true, createdAt: deps.clock().toISOString() });
    user = findUserByUsername(tx, username)!;
    recordAudit(tx, deps, null, { action: 'user.create', entityType: 'user', entityId: user.id, details: { username, system: true }, seal: [{ kind: 'user', id: user.id }] });
  }
  return { userId: user.id, role: 'ADMIN', displayName: user.displayName, mustChangePassword: false };
}

export const bureauActor = (tx: Executor, deps: ServiceDeps): Actor => systemActor(tx, deps, BUREAU_USERNAME, '医保经办机构（同步）');
export const schedulerActor = (tx: Executor, deps: ServiceDeps): Actor => systemActor(tx, deps, SCHEDULER_USERNAME, '认定台（定时任务）');
