import { AppError } from '../contract/app-error';
import { LABELS } from '../contract/labels';
import { can, type Action } from '../domain/permissions';
import type { Actor } from './context';

/** Role checks live here, in the service layer, not only in what the UI hides. */
export function requirePermission(actor: Actor, action: Action): void {
  if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (!can(actor.role, action)) throw new AppError('FORBIDDEN', { role: LABELS.roles[actor.role], action });
}
