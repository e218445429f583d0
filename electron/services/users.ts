import { AppError } from '../contract/app-error';
import { findUserByUsername, insertUser, listUsers } from '../../db/queries/users';
import type { Role } from '../domain/permissions';
import { recordAudit } from './audit';
import { toUserDto } from './auth';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import { hashPassword } from './passwords';

export type CreateUserInput = { username: string; displayName: string; role: Role; password: string };

export function createUserService(deps: ServiceDeps) {
  function list(actor: Actor) {
    requirePermission(actor, 'users.manage');
    return listUsers(deps.db).map(toUserDto);
  }

  function create(actor: Actor, input: CreateUserInput) {
    requirePermission(actor, 'users.manage');
    return deps.db.transaction((tx) => {
      if (findUserByUsername(tx, input.username)) throw new AppError('USERNAME_TAKEN', { username: input.username });
      const row = {
        id: deps.newId(), username: input.username, displayName: input.displayName, role: input.role,
        passwordHash: hashPassword(input.password), disabled: false, createdAt: deps.clock().toISOString(),
      };
      insertUser(tx, row);
      recordAudit(tx, deps, actor, { action: 'user.create', entityType: 'user', entityId: row.id, details: { username: row.username, role: row.role } });
      return toUserDto(row);
    });
  }

  return { list, create };
}
