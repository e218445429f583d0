import './sqlite-uri';
import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export type OpenOptions = {
  /** Path of the database file, or ':memory:'. */
  readonly file: string;
  /** 64 hex chars (256-bit key): the whole file is encrypted (R53). */
  readonly keyHex: string;
  /** Folder of drizzle-kit migrations (db/migrations, or resources/migrations when packaged). */
  readonly migrationsDir: string;
};

export type OpenDatabase = { readonly db: Db; readonly sqlite: Database.Database; close(): void };

export class DatabaseKeyError extends Error {
  constructor() {
    super('数据库无法解密：密钥错误或文件不是本系统的数据库。');
  }
}

/** The database file is damaged (a corrupt page): it cannot be used, only set aside and restored from a backup. */
export class DatabaseCorruptError extends Error {
  constructor(readonly detail: string) {
    super(`数据库文件已损坏（${detail}）。`);
  }
}

const CORRUPT = /SQLITE_CORRUPT|malformed|SQLITE_NOTADB/;

/**
 * Opens the encrypted database (better-sqlite3-multiple-ciphers, default cipher chacha20),
 * sets WAL + synchronous=FULL so that an acknowledged write survives a crash or kill -9,
 * turns foreign keys on, and applies the checked-in migrations.
 */
function quickCheck(sqlite: Database.Database): string {
  try {
    const rows = sqlite.pragma('quick_check(3)') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).join('；').replace(/\s+/g, ' ').trim().slice(0, 200);
  } catch (e) {
    if (e instanceof Error && CORRUPT.test(`${'code' in e ? String(e.code) : ''} ${e.message}`)) return e.message;
    throw e;
  }
}

export function openDatabase(opts: OpenOptions): OpenDatabase {
  if (!/^[0-9a-f]{64}$/i.test(opts.keyHex)) throw new Error('database key must be 64 hex characters');
  // Owner-only from the first byte; SQLite gives the -wal and -shm files the same mode.
  if (opts.file !== ':memory:') closeSync(openSync(opts.file, 'a', 0o600));
  const sqlite = new Database(opts.file);
  try {
    sqlite.pragma(`hexkey='${opts.keyHex}'`);
    // The first read fails with SQLITE_NOTADB when the key is wrong.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    sqlite.close();
    if (e instanceof Error && 'code' in e && e.code === 'SQLITE_NOTADB') throw new DatabaseKeyError();
    throw e;
  }
  // a damaged page shows here, at start, not in the middle of someone's work
  const check = opts.file === ':memory:' ? 'ok' : quickCheck(sqlite);
  if (check !== 'ok') {
    sqlite.close();
    throw new DatabaseCorruptError(check);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Pages are decrypted on read: a 64 MB page cache keeps a 100k-application worklist in memory.
  sqlite.pragma('cache_size = -65536');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: opts.migrationsDir });
  return { db, sqlite, close: () => sqlite.close() };
}
