import { describe, expect, it } from 'vitest';
import { activeBan, banUntil, type Ban } from './bans';

describe('bans (R41, R42, R44)', () => {
  it('R41 test: decided 2025-06-10 → blocked through 2027-06-09, allowed from 2027-06-10', () => {
    const ban: Ban = { kind: 'FRAUD_IN_CERTIFICATION', decidedOn: '2025-06-10', until: banUntil('2025-06-10', 2), reason: '伪造病历' };
    expect(ban.until).toBe('2027-06-09');
    expect(activeBan([ban], '2025-06-10')).toBe(ban);
    expect(activeBan([ban], '2027-06-09')).toBe(ban);
    expect(activeBan([ban], '2027-06-10')).toBeNull();
    expect(activeBan([ban], '2025-06-09')).toBeNull();
  });

  it('a ban decided on 29 February ends on 27 February two years on', () => {
    expect(banUntil('2024-02-29', 2)).toBe('2026-02-27');
  });

  it('of overlapping bans the one ending last is named', () => {
    const a: Ban = { kind: 'FRAUD_IN_CERTIFICATION', decidedOn: '2025-01-01', until: '2026-12-31', reason: 'a' };
    const b: Ban = { kind: 'FRAUD_IN_USE', decidedOn: '2025-06-01', until: '2027-05-31', reason: 'b' };
    expect(activeBan([a, b], '2025-07-01')).toBe(b);
  });
});
