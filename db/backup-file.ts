import './sqlite-uri';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The SQL side of backups (issue 11): SQLite's online backup into a file encrypted with the same
 * cipher and key, and opening a backup copy to check it. No SQL outside db/.
 */

/** The target as a `file:` URI with its key: the path percent-encoded whole (no `/` left for path.dirname to split). */
const keyedUri = (file: string, keyHex: string): string => `file:${encodeURIComponent(file)}?hexkey=${keyHex}`;

/**
 * Copies the open database into `target` with SQLite's backup API: page by page between event-loop
 * turns, consistent at one moment even while the desk goes on writing (SQLite restarts the copy
 * when another connection writes, and carries over this connection's own writes). The file is then
 * switched out of WAL so it is one self-contained file.
 */
export async function backupInto(sqlite: Database.Database, target: string, keyHex: string): Promise<void> {
  await sqlite.backup(keyedUri(target, keyHex));
  const copy = new Database(target);
  try {
    copy.pragma(`hexkey='${keyHex}'`);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export type DatabaseFileCheck =
  | { readonly ok: true; readonly migrations: { readonly count: number; readonly lastWhen: number | null }; readonly head: AuditHeadRow | null }
  | { readonly ok: false; readonly reason: 'KEY' | 'CORRUPT'; readonly detail: string };

export type AuditHeadRow = { readonly seq: number; readonly hash: string; readonly mac: string | null };

/**
 * Opens a database file with a key and checks it: the key opens it (else KEY), `PRAGMA
 * integrity_check` says ok (else CORRUPT, with SQLite's first findings), and reports which
 * migrations it carries and the head of its audit chain. Leaves the file in rollback-journal mode.
 */
export function checkDatabaseFile(file: string, keyHex: string): DatabaseFileCheck {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true });
  } catch (e) {
    return { ok: false, reason: 'CORRUPT', detail: e instanceof Error ? e.message : String(e) };
  }
  try {
    sqlite.pragma(`hexkey='${keyHex}'`);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (e) {
      const code = e instanceof Error && 'code' in e ? String(e.code) : '';
      return code === 'SQLITE_NOTADB' ? { ok: false, reason: 'KEY', detail: code } : { ok: false, reason: 'CORRUPT', detail: code || String(e) };
    }
    const rows = sqlite.pragma('integrity_check(20)') as { integrity_check: string }[];
    const findings = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    if (findings.length > 0) return { ok: false, reason: 'CORRUPT', detail: findings.slice(0, 3).join('；') };
    sqlite.pragma('journal_mode = DELETE');
    const hasTable = (name: string) => sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    const migrations = hasTable('__drizzle_migrations')
      ? (sqlite.prepare('SELECT count(*) AS count, max(created_at) AS lastWhen FROM __drizzle_migrations').get() as { count: number; lastWhen: number | null })
      : { count: 0, lastWhen: null };
    // the MAC column came with 0016: an older backup's head has none
    const withMac = hasTable('audit_events') && (sqlite.pragma('table_info(audit_events)') as { name: string }[]).some((c) => c.name === 'mac');
    const head = hasTable('audit_events')
      ? ((sqlite.prepare(`SELECT seq, hash, ${withMac ? 'mac' : 'NULL AS mac'} FROM audit_events ORDER BY seq DESC LIMIT 1`).get() as AuditHeadRow | undefined) ?? null)
      : null;
    return { ok: true, migrations: { count: migrations.count, lastWhen: migrations.lastWhen === null ? null : Number(migrations.lastWhen) }, head };
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    return { ok: false, reason: 'CORRUPT', detail: code || (e instanceof Error ? e.message : String(e)) };
  } finally {
    sqlite.close();
  }
}

/** Whether the key opens the file (SQLITE_NOTADB on the first read when it does not); nothing is changed. */
export function keyOpensFile(file: string, keyHex: string): boolean {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma(`hexkey='${keyHex}'`);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'SQLITE_NOTADB') return false;
    throw e;
  } finally {
    sqlite.close();
  }
}

/** Switches an open database to a rollback journal (a staged copy about to replace the live file stands alone). */
export function leaveWal(sqlite: Database.Database): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
}

export type MigrationEntry = { readonly tag: string; readonly when: number };

/** The checked-in migrations in order (drizzle-kit's journal): the last one names the schema version. */
export function migrationJournal(migrationsDir: string): MigrationEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}
