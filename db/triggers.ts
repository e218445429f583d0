import type Database from 'better-sqlite3';

/**
 * The triggers the migrations install to keep records append-only or immutable. Raw SQL can drop a
 * trigger; the desk checks them at every start, puts back any that is missing and reports it.
 */
const GUARDED: readonly { table: string; message: string }[] = [
  { table: 'audit_events', message: 'audit_events is append-only' },
  { table: 'application_events', message: 'application_events is append-only' },
  { table: 'stored_files', message: 'stored_files is immutable' },
  { table: 'notices', message: 'notices is append-only' },
  { table: 'entitlement_events', message: 'entitlement_events is append-only' },
  { table: 'decisions', message: 'decisions are immutable' },
  { table: 'physician_signatures', message: 'signatures are immutable' },
];

/** Restores missing guard triggers; returns the names that were missing. */
export function ensureGuardTriggers(sqlite: Database.Database): string[] {
  const present = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]).map((r) => r.name));
  const missing: string[] = [];
  for (const { table, message } of GUARDED) {
    for (const op of ['update', 'delete'] as const) {
      const name = `${table}_no_${op}`;
      if (present.has(name)) continue;
      missing.push(name);
      sqlite.exec(`CREATE TRIGGER \`${name}\` BEFORE ${op.toUpperCase()} ON \`${table}\` BEGIN SELECT RAISE(ABORT, '${message}'); END;`);
    }
  }
  return missing;
}
