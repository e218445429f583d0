import { assignmentsOf } from '../../db/queries/physicians';
import { findUserById } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import type { Actor } from './context';

/** The roster id of a physician's account: its username is the 医保医师编码. */
export const physicianIdOf = (db: Executor, actor: Actor): string => findUserById(db, actor.userId)?.username ?? '';

/**
 * A physician sees the medical content of the cases they were drawn for, and no other; desk staff see
 * every case they work on. Checked in addition to the role's permission.
 */
export function requireCaseAccess(db: Executor, actor: Actor, applicationId: string): void {
  if (actor.role !== 'PHYSICIAN') return;
  const me = physicianIdOf(db, actor);
  if (!assignmentsOf(db, applicationId).some(({ assignment }) => assignment.physicianId === me)) {
    throw new AppError('FORBIDDEN', { role: '认定医师（未被抽取审核该申请）' });
  }
}
