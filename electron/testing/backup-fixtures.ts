import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Ways to spoil a backup in a folder, for the restore tests (what a bad USB drive or a person with the key could do). */

const dbOf = (folder: string, name: string) => join(folder, `${name}.db`);
const manifestOf = (folder: string, name: string) => join(folder, `${name}.manifest.json`);

/** Flips bytes in the middle of the file (a bad sector). */
export function flipBytes(folder: string, name: string): void {
  const bytes = readFileSync(dbOf(folder, name));
  const at = Math.floor(bytes.length / 2);
  for (let i = 0; i < 64; i += 1) bytes[at + i] = 255 - bytes[at + i]!;
  writeFileSync(dbOf(folder, name), bytes);
}

/** Rewrites the manifest's size and SHA-256 to match the file as it now is (someone covering their tracks). */
export function rehash(folder: string, name: string, patch: (m: Record<string, unknown>) => void = () => undefined): void {
  const bytes = readFileSync(dbOf(folder, name));
  const m = JSON.parse(readFileSync(manifestOf(folder, name), 'utf8')) as Record<string, unknown>;
  m['size'] = bytes.length;
  m['sha256'] = createHash('sha256').update(bytes).digest('hex');
  patch(m);
  writeFileSync(manifestOf(folder, name), JSON.stringify(m));
}

/** Runs SQL on the backup file itself with its key (then the manifest no longer matches unless rehashed). */
export function editBackup(folder: string, name: string, keyHex: string, sql: string): void {
  const db = new Database(dbOf(folder, name));
  try {
    db.pragma(`hexkey='${keyHex}'`);
    db.exec(sql);
  } finally {
    db.close();
  }
}

/**
 * Makes a backup look as written by a desk before migrations 0018 and 0019 (no sign-in failures,
 * no backup tables): what a backup from an older version of the desk holds.
 */
export function downgradeTo0017(folder: string, name: string, keyHex: string, when0017: number): void {
  editBackup(folder, name, keyHex, `
    DROP TABLE sign_in_failures; DROP TABLE backup_settings; DROP TABLE backup_checks;
    DELETE FROM __drizzle_migrations WHERE created_at > ${when0017};`);
  rehash(folder, name, (m) => { m['schema'] = { migration: '0017_idle_lock', count: 18, when: when0017 }; });
}
