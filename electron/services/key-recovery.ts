import { createCipheriv, createDecipheriv, randomBytes, randomInt, scryptSync } from 'node:crypto';
import { AppError } from '../contract/app-error';
import { keyOpensFile } from '../../db/backup-file';
import { formatRecoveryCode, makeRecoveryCode, parseRecoveryCode, RANDOM_SYMBOLS, recoveryWaitSeconds } from '../domain/recovery-code';
import { HEX_KEY, type DeskKeys } from '../files/key-store';
import { readWrappedKeys, type WrappedKeys } from '../files/recovery-file';

/**
 * The recovery code wraps the desk's keys (issue 11, R53): scrypt turns the code into a key that
 * seals both keys with AES-256-GCM (the tag tells a wrong code). Only the wrapped form is stored;
 * the code itself is shown once and never kept. The audit key travels with the database key,
 * since a restored chain cannot be verified without it.
 */

const FORMAT = 'csd-key-recovery/1';
/** 32 MiB and ~0.1 s per try here: with 110 random bits this is belt and braces, not the lock itself. */
const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAXMEM = 64 * 1024 * 1024;

/** A fresh code from the OS's random source, as the 24 canonical symbols. */
export function newRecoveryCode(): string {
  return makeRecoveryCode(Array.from({ length: RANDOM_SYMBOLS }, () => randomInt(32)));
}

export function wrapKeys(keys: DeskKeys, code: string, at: Date): WrappedKeys {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = scryptSync(code, salt, 32, { ...KDF, maxmem: MAXMEM });
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(FORMAT));
  const data = Buffer.concat([cipher.update(JSON.stringify({ db: keys.dbKeyHex, audit: keys.auditKeyHex }), 'utf8'), cipher.final()]);
  return {
    format: FORMAT, kdf: { name: 'scrypt', ...KDF, salt: salt.toString('base64') }, cipher: 'aes-256-gcm',
    iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64'), issuedAt: at.toISOString(),
  };
}

/** The keys, or null when the code is not the one they were wrapped under. */
export function unwrapKeys(w: WrappedKeys, code: string): DeskKeys | null {
  const { N, r, p } = w.kdf;
  const kek = scryptSync(code, Buffer.from(w.kdf.salt, 'base64'), 32, { N, r, p, maxmem: Math.max(MAXMEM, 256 * N * r) });
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(FORMAT));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    const plain = JSON.parse(Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]).toString('utf8')) as { db?: unknown; audit?: unknown };
    if (typeof plain.db !== 'string' || typeof plain.audit !== 'string' || !HEX_KEY.test(plain.db) || !HEX_KEY.test(plain.audit)) return null;
    return { dbKeyHex: plain.db, auditKeyHex: plain.audit };
  } catch {
    return null;
  }
}

/**
 * Wrong codes slow the next try (domain/recovery-code: two free, then 10 s doubling to 5 minutes).
 * Kept in memory for the process: with 110 random bits and a slow KDF the count is a brake on a
 * script at the screen, not the protection itself.
 */
export function createRecoveryLimiter(clock: () => Date) {
  let failures = 0;
  let blockedUntil = 0;
  return {
    check(): void {
      const wait = Math.ceil((blockedUntil - clock().getTime()) / 1000);
      if (wait > 0) throw new AppError('RECOVERY_WAIT', { seconds: wait });
    },
    failed(): void {
      failures += 1;
      blockedUntil = clock().getTime() + recoveryWaitSeconds(failures) * 1000;
    },
    succeeded(): void {
      failures = 0;
      blockedUntil = 0;
    },
  };
}
export type RecoveryLimiter = ReturnType<typeof createRecoveryLimiter>;

/**
 * The keys a typed code unlocks from a `key.recovery.json` (the data folder's or a backup folder's).
 * A malformed or mistyped code is refused before the KDF and not counted; a wrong one is counted.
 */
export function keysFromCode(file: string, typed: string, limiter: RecoveryLimiter, where: string): DeskKeys {
  const parsed = parseRecoveryCode(typed);
  if (!parsed.ok) throw AppError.from(parsed.error);
  const wrapped = readWrappedKeys(file);
  if (!wrapped.ok) throw new AppError('RECOVERY_FILE_MISSING', { where });
  limiter.check();
  const keys = unwrapKeys(wrapped.wrapped, parsed.value);
  if (!keys) {
    limiter.failed();
    throw new AppError('RECOVERY_CODE_WRONG');
  }
  limiter.succeeded();
  return keys;
}

export { formatRecoveryCode };

/** Whether a key opens a database file (to tell a wrong key from a missing one before the desk opens). */
export const keyOpens = (dbFile: string, keyHex: string): boolean => keyOpensFile(dbFile, keyHex);
