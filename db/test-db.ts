import { randomBytes } from 'node:crypto';
import { openDatabase, type OpenDatabase } from './client';
import { SOURCE_MIGRATIONS_DIR } from './source-paths';

/** A fresh in-memory database built from the real, checked-in migrations (tests only). */
export function openTestDatabase(): OpenDatabase {
  return openDatabase({ file: ':memory:', keyHex: randomBytes(32).toString('hex'), migrationsDir: SOURCE_MIGRATIONS_DIR });
}
