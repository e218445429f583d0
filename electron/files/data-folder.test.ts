import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDataFolder } from './data-folder';

const files = { db: 'desk.db', key: 'desk.key' };
let dir: string;
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'csd-data-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkDataFolder (start-up faults)', () => {
  it('is happy with a new folder and with a database beside its key', () => {
    fresh();
    expect(checkDataFolder(dir, files)).toBeNull();
    writeFileSync(join(dir, 'desk.key'), 'k');
    writeFileSync(join(dir, 'desk.db'), 'data');
    expect(checkDataFolder(dir, files)).toBeNull();
  });

  it.each([
    ['a key whose database is gone', { key: true, db: null }, 'DB_MISSING'],
    ['a 0-byte database beside its key', { key: true, db: '' }, 'DB_EMPTY'],
    ['a database whose key is gone', { key: false, db: 'data' }, 'KEY_MISSING'],
    ['a database whose audit key is gone', { key: true, db: 'data', audit: false }, 'AUDIT_KEY_MISSING'],
  ] as const)('%s', (_, state, code) => {
    fresh();
    if (state.key) writeFileSync(join(dir, 'desk.key'), 'k');
    if (!('audit' in state)) writeFileSync(join(dir, 'audit.key'), 'a');
    if (state.db !== null) writeFileSync(join(dir, 'desk.db'), state.db);
    const problem = checkDataFolder(dir, { ...files, audit: 'audit.key' });
    expect(problem?.code).toBe(code);
    expect(problem?.message).toMatch(/[\u4e00-\u9fa5]/);
  });

});
