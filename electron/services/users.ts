import { AppError } from '../contract/app-error';
import { findUserById, findUserByUsername, insertUser, listUsers, updateUser } from '../../db/queries/users';
import { BUREAU_USERNAME, SCHEDULER_USERNAME } from './system-actor';
import type { Executor } from '../../db/client';
import type { Role } from '../domain/permissions';
import { recordAudit } from './audit';
import { toUserDto } from './auth';
import type { Actor, ServiceDeps } from './context';
import { requirePermission } from './guard';
import { hashPassword } from './passwords';

export type CreateUserInput = { username: string; displayName: string; role: Role; password: string };

/** Accounts (administrator only). New and reset accounts must choose their own password at first sign-in. */
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
        passwordHash: hashPassword(input.password), disabled: false, mustChangePassword: true, createdAt: deps.clock().toISOString(),
      };
      insertUser(tx, row);
      recordAudit(tx, deps, actor, { action: 'user.create', entityType: 'user', entityId: row.id, details: { username: row.username, role: row.role }, seal: [{ kind: 'user', id: row.id }] });
      return toUserDto(row);
    });
  }

  /** An account the administrator may change: not missing, not the bureau's (which must never sign in). */
  function editable(tx: Executor, userId: string): void {
    const user = findUserById(tx, userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    if (user.username === BUREAU_USERNAME || user.username === SCHEDULER_USERNAME) throw new AppError('SYSTEM_ACCOUNT');
  }

  function setDisabled(actor: Actor, userId: string, disabled: boolean) {
    requirePermission(actor, 'users.manage');
    if (disabled && userId === actor.userId) throw new AppError('CANNOT_DISABLE_SELF');
    return deps.db.transaction((tx) => {
      editable(tx, userId);
      updateUser(tx, userId, { disabled });
      recordAudit(tx, deps, actor, { action: disabled ? 'user.disable' : 'user.enable', entityType: 'user', entityId: userId, seal: [{ kind: 'user', id: userId }] });
      return toUserDto(findUserById(tx, userId)!);
    });
  }

  function resetPassword(actor: Actor, userId: string, password: string) {
    requirePermission(actor, 'users.manage');
    return deps.db.transaction((tx) => {
      editable(tx, userId);
      updateUser(tx, userId, { passwordHash: hashPassword(password), mustChangePassword: true });
      recordAudit(tx, deps, actor, { action: 'user.resetPassword', entityType: 'user', entityId: userId, seal: [{ kind: 'user', id: userId }] });
      return toUserDto(findUserById(tx, userId)!);
    });
  }

  return { list, create, setDisabled, resetPassword };
}
