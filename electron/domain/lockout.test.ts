import { describe, expect, it } from 'vitest';
import { afterFailure, LOCK_MS, waitSeconds, type FailureRecord } from './lockout';

const run = (n: number, isAdmin: boolean) => {
  let r: FailureRecord | null = null;
  const out: ReturnType<typeof afterFailure>[] = [];
  for (let i = 0; i < n; i += 1) out.push((r = afterFailure(r, isAdmin, 1_000_000)));
  return out;
};

describe('wrong passwords', () => {
  it('lock an ordinary account for 15 minutes at the fifth in a row', () => {
    const out = run(5, false);
    expect(out.slice(0, 4).every((r) => !r.locked && r.blockedUntil === 0)).toBe(true);
    expect(out[4]).toEqual({ count: 0, blockedUntil: 1_000_000 + LOCK_MS, locked: true });
  });

  it('never lock the administrator, only slow them: 15 s, 30 s, 60 s … capped at 5 minutes', () => {
    const waits = run(12, true).slice(4).map((r) => waitSeconds(r, 1_000_000));
    expect(waits).toEqual([15, 30, 60, 120, 240, 300, 300, 300]);
    expect(run(12, true).every((r) => !r.locked)).toBe(true);
  });
});
