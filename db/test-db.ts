import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type OpenDatabase } from './client';
import { SOURCE_MIGRATIONS_DIR } from './source-paths';

/**
 * A fresh encrypted database file built from the real, checked-in migrations (tests only).
 * SQLite cannot encrypt an in-memory database, so it lives in a temporary folder removed on close.
 */
export function openTestDatabase(): OpenDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'csd-db-'));
  const opened = openDatabase({ file: join(dir, 'desk.db'), keyHex: randomBytes(32).toString('hex'), migrationsDir: SOURCE_MIGRATIONS_DIR });
  return {
    ...opened,
    close: () => {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
