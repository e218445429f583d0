import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../electron/domain/id-number';

/** Runs the real CLI as a user would (tsx, the project's Node). */
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
};

describe('cli id-check', () => {
  it('prints the decoded number and exits 0 when valid', () => {
    const id = `37150219800101001${checkCharacter('37150219800101001')}`;
    const r = cli('id-check', id, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, birthDate: '1980-01-01', sex: 'male', region: '371502', error: null });
  });

  it('reports a stable code and exits 1 when the check digit is wrong', () => {
    const good = `37150219800101001${checkCharacter('37150219800101001')}`;
    const r = cli('id-check', good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ valid: false, birthDate: null, sex: null, region: null, error: 'ID_NUMBER_CHECKSUM' });
  });

  it('recognises a 15-digit legacy number as such', () => {
    const r = cli('id-check', '371502800101002', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ valid: false, birthDate: '1980-01-01', sex: 'female', region: '371502', error: 'ID_NUMBER_LEGACY_15' });
  });

  it('speaks Chinese without --json', () => {
    expect(cli('id-check', '123').out).toContain('身份证号应为 18 位');
  });

  it('refuses an unknown command with usage and exit 2', () => {
    const r = cli('nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知命令');
  });
});
