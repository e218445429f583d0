import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { readKeyFile } from './key-file';

/** The two keys a desk needs: the database's (R53) and the audit chain's MAC key (R25), held apart. */
export type DeskKeys = { readonly dbKeyHex: string; readonly auditKeyHex: string };

export type KeyRead = { ok: true; keys: DeskKeys } | { ok: false; problem: 'MISSING' | 'UNREADABLE'; detail: string };

/**
 * Where a host keeps the keys: plain owner-only files for the web host and the CLI, the OS keychain
 * for Electron (main/db-key.ts). A recovery code or a restored backup writes them back through it.
 */
export type KeyStore = {
  read(): KeyRead;
  /** Replaces both keys; with `keepPreviousAs`, the files replaced are kept under that suffix. */
  write(keys: DeskKeys, keepPreviousAs?: string): void;
};

export const HEX_KEY = /^[0-9a-f]{64}$/;

/** desk.key and audit.key in the data folder (mode 0600). */
export function fileKeyStore(dir: string, names = { db: 'desk.key', audit: 'audit.key' }): KeyStore {
  const paths = { db: join(dir, names.db), audit: join(dir, names.audit) };
  return {
    read() {
      for (const p of [paths.db, paths.audit]) if (!existsSync(p)) return { ok: false, problem: 'MISSING', detail: p };
      try {
        return { ok: true, keys: { dbKeyHex: readKeyFile(paths.db), auditKeyHex: readKeyFile(paths.audit) } };
      } catch (e) {
        return { ok: false, problem: 'UNREADABLE', detail: e instanceof Error ? e.message : String(e) };
      }
    },
    write(keys, keepPreviousAs) {
      if (!HEX_KEY.test(keys.dbKeyHex) || !HEX_KEY.test(keys.auditKeyHex)) throw new Error('keys must be 64 hex characters');
      for (const [p, hex] of [[paths.db, keys.dbKeyHex], [paths.audit, keys.auditKeyHex]] as const) {
        if (keepPreviousAs && existsSync(p)) copyFileSync(p, `${p}${keepPreviousAs}`);
        writeFileAtomic(p, hex, 0o600);
      }
    },
  };
}
