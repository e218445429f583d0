import { findUserByUsername, insertUser } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';

/** The account under which what the bureau sends is recorded (roster, re-review results): it cannot sign in. */
export const BUREAU_USERNAME = 'bureau-sync';

export function bureauActor(tx: Executor, deps: ServiceDeps): Actor {
  let user = findUserByUsername(tx, BUREAU_USERNAME);
  if (!user) {
    insertUser(tx, { id: deps.newId(), username: BUREAU_USERNAME, displayName: '医保经办机构（同步）', role: 'ADMIN', passwordHash: '!', disabled: true, createdAt: deps.clock().toISOString() });
    user = findUserByUsername(tx, BUREAU_USERNAME)!;
    recordAudit(tx, deps, null, { action: 'user.create', entityType: 'user', entityId: user.id, details: { username: BUREAU_USERNAME, system: true }, seal: [{ kind: 'user', id: user.id }] });
  }
  return { userId: user.id, role: 'ADMIN', displayName: user.displayName, mustChangePassword: false };
}
