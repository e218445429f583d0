import { randomBytes } from 'node:crypto';
import { AppError } from '../contract/app-error';
import { getDesk, insertDesk } from '../../db/queries/desk';
import { findUserById, findUserByUsername, insertUser, type UserRow } from '../../db/queries/users';
import { recordAudit } from './audit';
import type { Actor, ServiceDeps } from './context';
import { hashPassword, verifyPassword } from './passwords';

export type SetupInput = {
  hospitalName: string; hospitalCode: string; packId: string;
  adminUsername: string; adminDisplayName: string; adminPassword: string;
};

const IDLE_MS = 60 * 60_000;
const ABSOLUTE_MS = 12 * 3600_000;

type SessionEntry = { userId: string; createdAt: number; lastSeen: number };

export const toUserDto = (u: UserRow) => ({
  id: u.id, username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled, createdAt: u.createdAt,
});

/**
 * First-run setup, sign-in and sessions. Sessions live in memory only: a restart of the app
 * signs everyone out, and a token is worthless after IDLE_MS without use.
 */
export function createAuthService(deps: ServiceDeps) {
  const sessions = new Map<string, SessionEntry>();
  // Compared against when the username is unknown, so that a miss costs the same scrypt as a hit.
  let dummyHash: string | null = null;

  const hospitalName = (): string => getDesk(deps.db)?.hospitalName ?? '';

  function status() {
    const d = getDesk(deps.db);
    const packs = [...deps.packs.values()].map((p) => ({ packId: p.packId, nameZh: p.nameZh, version: p.version, status: p.status }));
    return { initialized: d !== undefined, hospitalName: d?.hospitalName ?? null, packs };
  }

  function initialize(input: SetupInput): null {
    if (!deps.packs.has(input.packId)) throw new AppError('POLICY_PACK_UNKNOWN', { packId: input.packId });
    deps.db.transaction((tx) => {
      if (getDesk(tx)) throw new AppError('SETUP_ALREADY_DONE');
      const now = deps.clock().toISOString();
      insertDesk(tx, { hospitalName: input.hospitalName, hospitalCode: input.hospitalCode, packId: input.packId, deviceId: deps.newId(), createdAt: now });
      const adminId = deps.newId();
      insertUser(tx, {
        id: adminId, username: input.adminUsername, displayName: input.adminDisplayName, role: 'ADMIN',
        passwordHash: hashPassword(input.adminPassword), createdAt: now,
      });
      const actor: Actor = { userId: adminId, role: 'ADMIN', displayName: input.adminDisplayName };
      recordAudit(tx, deps, actor, { action: 'desk.initialize', entityType: 'desk', entityId: '1', details: { hospitalName: input.hospitalName, hospitalCode: input.hospitalCode, packId: input.packId } });
    });
    return null;
  }

  function signIn(username: string, password: string) {
    if (!getDesk(deps.db)) throw new AppError('SETUP_REQUIRED');
    const user = findUserByUsername(deps.db, username);
    // Verify even for unknown users so that timing does not reveal which usernames exist.
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const okPassword = verifyPassword(password, user?.passwordHash ?? dummyHash);
    if (!user || !okPassword) {
      deps.db.transaction((tx) => recordAudit(tx, deps, null, { action: 'auth.signInFailed', entityType: 'user', entityId: user?.id ?? null, details: { username } }));
      throw new AppError('SIGN_IN_FAILED');
    }
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    const token = randomBytes(32).toString('base64url');
    const now = deps.clock().getTime();
    sessions.set(token, { userId: user.id, createdAt: now, lastSeen: now });
    deps.db.transaction((tx) => recordAudit(tx, deps, actorOf(user), { action: 'auth.signIn', entityType: 'user', entityId: user.id }));
    return { token, user: toUserDto(user), hospitalName: hospitalName() };
  }

  function signOut(token: string, actor: Actor): null {
    sessions.delete(token);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'auth.signOut', entityType: 'user', entityId: actor.userId }));
    return null;
  }

  /** The actor behind a session token, or null when the token is unknown, expired or the account disabled. */
  function resolve(token: string | null): Actor | null {
    if (!token) return null;
    const s = sessions.get(token);
    if (!s) return null;
    const now = deps.clock().getTime();
    if (now - s.lastSeen > IDLE_MS || now - s.createdAt > ABSOLUTE_MS) {
      sessions.delete(token);
      return null;
    }
    const user = findUserById(deps.db, s.userId);
    if (!user || user.disabled) {
      sessions.delete(token);
      return null;
    }
    s.lastSeen = now;
    return actorOf(user);
  }

  function me(token: string) {
    const s = sessions.get(token);
    const user = s && findUserById(deps.db, s.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    return { token, user: toUserDto(user), hospitalName: hospitalName() };
  }

  return { status, initialize, signIn, signOut, resolve, me };
}

const actorOf = (u: UserRow): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName });

export type AuthService = ReturnType<typeof createAuthService>;
