import type { Db } from '../../db/client';
import type { Role } from '../domain/permissions';
import type { PolicyPack } from '../domain/policy-pack';

/** What every use case gets: the database, the policy packs, and the clock and ids passed in (testable). */
export type ServiceDeps = {
  readonly db: Db;
  readonly packs: ReadonlyMap<string, PolicyPack>;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** The key of the audit chain's MAC, held apart from the database key (R25). */
  readonly auditKey: Buffer;
};

/** The signed-in person on whose behalf a use case runs. */
export type Actor = {
  readonly userId: string;
  readonly role: Role;
  readonly displayName: string;
  /** Until the first password change, the account may do nothing but change it. */
  readonly mustChangePassword: boolean;
};
