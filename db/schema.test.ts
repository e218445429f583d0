import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import * as schema from './schema';
import { openTestDatabase } from './test-db';

const db = openTestDatabase();
afterAll(() => db.close());

const tables = (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => is(v, SQLiteTable));

describe('checked-in migrations match the drizzle schema', () => {
  it.each(tables.map((t) => [getTableConfig(t).name, t] as const))('table %s has exactly the schema\'s columns and indexes', (name, table) => {
    const config = getTableConfig(table);
    const columns = (db.sqlite.prepare(`PRAGMA table_info(${name})`).all() as { name: string; notnull: number }[]);
    expect(columns.map((c) => c.name).sort()).toEqual(config.columns.map((c) => c.name).sort());
    for (const c of config.columns) expect(columns.find((x) => x.name === c.name)?.notnull, `${name}.${c.name} NOT NULL`).toBe(c.notNull || c.primary ? 1 : 0);
    const indexes = (db.sqlite.prepare(`PRAGMA index_list(${name})`).all() as { name: string; origin: string }[]).filter((i) => i.origin === 'c').map((i) => i.name);
    const uniques = config.columns.filter((c) => c.isUnique).map((c) => c.uniqueName ?? '');
    expect(indexes.sort()).toEqual([...config.indexes.map((i) => i.config.name), ...uniques].sort());
  });

  it('the migrations create exactly the schema\'s tables', () => {
    const created = (db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`).all() as { name: string }[]).map((t) => t.name);
    expect(created.sort()).toEqual(tables.map((t) => getTableConfig(t).name).sort());
    expect(created).toContain('physician_signatures');
  });
});
