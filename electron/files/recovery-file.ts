import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/**
 * `key.recovery.json` (issue 11): the desk's keys wrapped under the administrator's recovery code,
 * kept beside the database and copied into the backup folder. Without the code it is useless.
 */
export const RECOVERY_FILE = 'key.recovery.json';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
export const WrappedKeys = z.object({
  format: z.literal('csd-key-recovery/1'),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int().min(1024).max(2 ** 20), r: z.number().int().min(1).max(32), p: z.number().int().min(1).max(16), salt: b64 }),
  cipher: z.literal('aes-256-gcm'),
  iv: b64,
  tag: b64,
  data: b64,
  issuedAt: z.string(),
});
export type WrappedKeys = z.infer<typeof WrappedKeys>;

export type WrappedKeysRead = { ok: true; wrapped: WrappedKeys } | { ok: false; problem: 'MISSING' | 'INVALID' };

export function readWrappedKeys(path: string): WrappedKeysRead {
  if (!existsSync(path)) return { ok: false, problem: 'MISSING' };
  try {
    const parsed = WrappedKeys.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? { ok: true, wrapped: parsed.data } : { ok: false, problem: 'INVALID' };
  } catch {
    return { ok: false, problem: 'INVALID' };
  }
}

export function writeWrappedKeys(path: string, wrapped: WrappedKeys): void {
  writeFileAtomic(path, `${JSON.stringify(wrapped, null, 2)}\n`, 0o600);
}
