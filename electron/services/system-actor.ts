import { findUserByUsername, insertUser } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import type { Actor, ServiceDeps } from './context';

/** The account under which what the bureau sends is recorded (roster, re-review results): it cannot sign in. */
export const BUREAU_USERNAME = 'bureau-sync';

export function bureauActor(tx: Executor, deps: ServiceDeps): Actor {
  let user = findUserByUsername(tx, BUREAU_USERNAME);
  if (!user) {
    insertUser(tx, { id: deps.newId(), username: BUREAU_USERNAME, displayName: '医保经办机构（同步）', role: 'ADMIN', passwordHash: '!', disabled: true, createdAt: deps.clock().toISOString() });
    user = findUserByUsername(tx, BUREAU_USERNAME)!;
  }
  return { userId: user.id, role: 'ADMIN', displayName: user.displayName, mustChangePassword: false };
}
