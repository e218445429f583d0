import { assignmentsOf } from '../../db/queries/physicians';
import { findUserById } from '../../db/queries/users';
import type { Executor } from '../../db/client';
import { AppError } from '../contract/app-error';
import { caseRelation, mayReadCase, type CaseRelation } from '../domain/privacy';
import type { Actor } from './context';

/** The roster id of a physician's account: its username is the 医保医师编码. */
export const physicianIdOf = (db: Executor, actor: Actor): string => findUserById(db, actor.userId)?.username ?? '';

/** How the caller stands to a case (privacy.ts): desk staff, a drawn physician before or after signing, or none. */
export function relationTo(db: Executor, actor: Actor, applicationId: string): CaseRelation {
  if (actor.role !== 'PHYSICIAN') return caseRelation(actor.role, []);
  const me = physicianIdOf(db, actor);
  return caseRelation(actor.role, assignmentsOf(db, applicationId).filter(({ assignment }) => assignment.physicianId === me).map(({ assignment }) => assignment.status));
}

/**
 * A physician sees the cases they were drawn for (until they recuse or are replaced), and no other;
 * desk staff see every case they work on. Checked in addition to the role's permission.
 */
export function requireCaseAccess(db: Executor, actor: Actor, applicationId: string): CaseRelation {
  const relation = relationTo(db, actor, applicationId);
  if (!mayReadCase(relation)) throw new AppError('FORBIDDEN', { role: '认定医师（未被抽取审核该申请）' });
  return relation;
}
