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
 * Makes a backup look as written by an older desk, whose last migration was `tag`: what every later
 * checked-in migration created (tables, indexes, added columns) is taken out again, and so are their
 * rows in drizzle's journal table. Read from the migration files, so it follows new migrations.
 */
export function downgradeTo(folder: string, name: string, keyHex: string, migrationsDir: string, tag: string): void {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at < 0) throw new Error(`no migration ${tag}`);
  const undo: string[] = [];
  for (const later of journal.entries.slice(at + 1).reverse()) {
    const sql = readFileSync(join(migrationsDir, `${later.tag}.sql`), 'utf8');
    for (const m of sql.matchAll(/CREATE (?:UNIQUE )?INDEX `([^`]+)`/g)) undo.push(`DROP INDEX IF EXISTS \`${m[1]}\`;`);
    for (const m of sql.matchAll(/ALTER TABLE `([^`]+)` ADD `([^`]+)`/g)) undo.push(`ALTER TABLE \`${m[1]}\` DROP COLUMN \`${m[2]}\`;`);
    for (const m of sql.matchAll(/CREATE TABLE `([^`]+)`/g)) undo.push(`DROP TABLE \`${m[1]}\`;`);
  }
  const when = journal.entries[at]!.when;
  editBackup(folder, name, keyHex, `${undo.join('\n')}\nDELETE FROM __drizzle_migrations WHERE created_at > ${when};`);
  rehash(folder, name, (m) => { m['schema'] = { migration: tag, count: at + 1, when }; });
}
