import { randomBytes } from 'node:crypto';
import { AppError } from '../contract/app-error';
import { getDesk, insertDesk, setIdleLockMinutes } from '../../db/queries/desk';
import {
  clearFailureRecord, failureRecord, findUserById, findUserByUsername, insertUser, saveFailureRecord, updateUser, type UserRow,
} from '../../db/queries/users';
import { afterFailure, LOCK_MS, MAX_FAILURES, waitSeconds } from '../domain/lockout';
import { recordAudit } from './audit';
import { requirePermission } from './guard';
import type { Actor, ServiceDeps } from './context';
import { hashPassword, verifyPassword } from './passwords';

export type SetupInput = {
  hospitalName: string; hospitalCode: string; packId: string;
  adminUsername: string; adminDisplayName: string; adminPassword: string;
};

const IDLE_MS = 60 * 60_000;
const ABSOLUTE_MS = 12 * 3600_000;

/** `credential` is the password hash at sign-in: a reset by the administrator ends the session. */
type SessionEntry = { userId: string; credential: string; createdAt: number; lastSeen: number };

export const toUserDto = (u: UserRow) => ({
  id: u.id, username: u.username, displayName: u.displayName, role: u.role, disabled: u.disabled,
  mustChangePassword: u.mustChangePassword, createdAt: u.createdAt,
});

const actorOf = (u: UserRow): Actor => ({ userId: u.id, role: u.role, displayName: u.displayName, mustChangePassword: u.mustChangePassword });

/**
 * First-run setup, sign-in and sessions. Sessions live in memory only: a restart of the app signs
 * everyone out, and a token is worthless after IDLE_MS without use. Five wrong passwords in a row
 * lock the username for LOCK_MS.
 */
export function createAuthService(deps: ServiceDeps, recovery: { issue(): { recoveryCode: string; issuedAt: string } | null } = { issue: () => null }) {
  const sessions = new Map<string, SessionEntry>();
  // Compared against when the username is unknown, so that a miss costs the same scrypt as a hit.
  let dummyHash: string | null = null;

  const hospitalName = (): string => getDesk(deps.db)?.hospitalName ?? '';
  const now = () => deps.clock().getTime();

  function status() {
    const d = getDesk(deps.db);
    const packs = [...deps.packs.values()].map((p) => ({ packId: p.packId, nameZh: p.nameZh, version: p.version, status: p.status }));
    return { initialized: d !== undefined, hospitalName: d?.hospitalName ?? null, packs };
  }

  /** Returns the administrator's recovery code, shown once (issue 11); only its wrapped keys are stored. */
  function initialize(input: SetupInput): { recoveryCode: string | null } {
    if (!deps.packs.has(input.packId)) throw new AppError('POLICY_PACK_UNKNOWN', { packId: input.packId });
    // checked before the code is issued: a second setup must not replace the code of a desk in use
    if (getDesk(deps.db)) throw new AppError('SETUP_ALREADY_DONE');
    const issued = recovery.issue();
    deps.db.transaction((tx) => {
      if (getDesk(tx)) throw new AppError('SETUP_ALREADY_DONE');
      const at = deps.clock().toISOString();
      insertDesk(tx, { hospitalName: input.hospitalName, hospitalCode: input.hospitalCode, packId: input.packId, deviceId: deps.newId(), createdAt: at });
      const admin: UserRow = {
        id: deps.newId(), username: input.adminUsername, displayName: input.adminDisplayName, role: 'ADMIN',
        passwordHash: hashPassword(input.adminPassword), disabled: false, mustChangePassword: false, createdAt: at,
      };
      insertUser(tx, admin);
      recordAudit(tx, deps, actorOf(admin), { action: 'desk.initialize', entityType: 'desk', entityId: '1', details: { hospitalName: input.hospitalName, hospitalCode: input.hospitalCode, packId: input.packId, recoveryCodeIssuedAt: issued?.issuedAt ?? null }, seal: [{ kind: 'user', id: admin.id }] });
    });
    return { recoveryCode: issued?.recoveryCode ?? null };
  }

  function openSession(user: UserRow) {
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, { userId: user.id, credential: user.passwordHash, createdAt: now(), lastSeen: now() });
    return { token, user: toUserDto(user), hospitalName: hospitalName() };
  }

  /** Wrong passwords count per username and client (lockout.ts); the record survives a restart. */
  function signIn(username: string, password: string, client = 'desk') {
    if (!getDesk(deps.db)) throw new AppError('SETUP_REQUIRED');
    const key = `${username}\u0000${client}`;
    const f = failureRecord(deps.db, key);
    const wait = waitSeconds(f, now());
    if (wait > 0) {
      throw f!.count === 0 ? new AppError('ACCOUNT_LOCKED', { failures: MAX_FAILURES, minutes: Math.ceil(wait / 60) }) : new AppError('SIGN_IN_WAIT', { seconds: wait });
    }
    const user = findUserByUsername(deps.db, username);
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const okPassword = verifyPassword(password, user?.passwordHash ?? dummyHash);
    if (!user || !okPassword) {
      const next = afterFailure(f, user?.role === 'ADMIN', now());
      deps.db.transaction((tx) => {
        saveFailureRecord(tx, key, next.count, next.blockedUntil);
        recordAudit(tx, deps, null, { action: next.locked ? 'auth.locked' : 'auth.signInFailed', entityType: 'user', entityId: user?.id ?? null, details: { username, client, failures: next.count } });
      });
      if (next.locked) throw new AppError('ACCOUNT_LOCKED', { failures: MAX_FAILURES, minutes: LOCK_MS / 60_000 });
      throw new AppError('SIGN_IN_FAILED');
    }
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    if (f) deps.db.transaction((tx) => clearFailureRecord(tx, key));
    deps.db.transaction((tx) => recordAudit(tx, deps, actorOf(user), { action: 'auth.signIn', entityType: 'user', entityId: user.id }));
    return openSession(user);
  }

  function signOut(token: string, actor: Actor): null {
    sessions.delete(token);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: 'auth.signOut', entityType: 'user', entityId: actor.userId }));
    return null;
  }

  /** The actor behind a session token, or null when the token is unknown, expired, reset or the account disabled. */
  function resolve(token: string | null): Actor | null {
    if (!token) return null;
    const s = sessions.get(token);
    if (!s) return null;
    const user = findUserById(deps.db, s.userId);
    if (now() - s.lastSeen > IDLE_MS || now() - s.createdAt > ABSOLUTE_MS || !user || user.disabled || user.passwordHash !== s.credential) {
      sessions.delete(token);
      return null;
    }
    s.lastSeen = now();
    return actorOf(user);
  }

  function me(token: string) {
    const s = sessions.get(token);
    const user = s && findUserById(deps.db, s.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    return { token, user: toUserDto(user), hospitalName: hospitalName() };
  }

  /** Changes one's own password; the current session is replaced by a fresh one. */
  function changePassword(token: string, actor: Actor, currentPassword: string, newPassword: string) {
    const user = findUserById(deps.db, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!verifyPassword(currentPassword, user.passwordHash)) throw new AppError('CURRENT_PASSWORD_WRONG');
    if (currentPassword === newPassword) throw new AppError('PASSWORD_UNCHANGED');
    deps.db.transaction((tx) => {
      updateUser(tx, user.id, { passwordHash: hashPassword(newPassword), mustChangePassword: false });
      recordAudit(tx, deps, actor, { action: 'auth.changePassword', entityType: 'user', entityId: user.id, seal: [{ kind: 'user', id: user.id }] });
    });
    sessions.delete(token);
    return openSession(findUserById(deps.db, user.id)!);
  }

  /** The idle lock is lifted by the signed-in person's own password; the session goes on (issue 11). */
  function unlock(actor: Actor, password: string): null {
    const user = findUserById(deps.db, actor.userId);
    const ok = user !== undefined && verifyPassword(password, user.passwordHash);
    deps.db.transaction((tx) => recordAudit(tx, deps, actor, { action: ok ? 'auth.unlock' : 'auth.unlockFailed', entityType: 'user', entityId: actor.userId }));
    if (!ok) throw new AppError('UNLOCK_PASSWORD_WRONG');
    return null;
  }

  /** Minutes of inactivity before the screen locks (the administrator sets them for the desk). */
  const lockSettings = () => ({ idleLockMinutes: getDesk(deps.db)?.idleLockMinutes ?? 10 });

  function setIdleLock(actor: Actor, minutes: number) {
    requirePermission(actor, 'users.manage');
    deps.db.transaction((tx) => {
      setIdleLockMinutes(tx, minutes);
      recordAudit(tx, deps, actor, { action: 'desk.idleLock', entityType: 'desk', entityId: '1', details: { minutes } });
    });
    return lockSettings();
  }

  return { status, initialize, signIn, signOut, resolve, me, changePassword, unlock, lockSettings, setIdleLock };
}

export type AuthService = ReturnType<typeof createAuthService>;
