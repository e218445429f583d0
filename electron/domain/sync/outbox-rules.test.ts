import { describe, expect, it } from 'vitest';
import { backoffMs, outboxOperation, platformMsgid } from './outbox-rules';

describe('outboxOperation (domain §3.7)', () => {
  it.each([
    ['UNDER_REVIEW', 'APPROVED', '2503'],
    ['UNDER_REVIEW', 'AWAITING_REREVIEW', '2503'],
    ['AWAITING_REREVIEW', 'APPROVED', null],
    ['APPROVED', 'INVALIDATED', '2504'],
    ['AWAITING_REREVIEW', 'INVALIDATED', '2504'],
    ['UNDER_REVIEW', 'INVALIDATED', null],
    ['UNDER_REVIEW', 'HOSPITAL_REJECTED', null],
    ['RECEIVED', 'UNDER_REVIEW', null],
  ] as const)('%s → %s owes %s', (from, to, op) => {
    expect(outboxOperation(from, to)).toBe(op);
  });
});

describe('backoffMs', () => {
  it('doubles from 5 s with jitter in the upper half, capped at 30 minutes', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, 0))).toEqual([2_500, 5_000, 10_000]);
    expect([1, 2, 3].map((n) => backoffMs(n, 1))).toEqual([5_000, 10_000, 20_000]);
    expect(backoffMs(40, 1)).toBe(30 * 60_000);
  });
});

describe('platformMsgid', () => {
  it('is the hospital code, the Beijing time to the second and a 4-digit sequence', () => {
    expect(platformMsgid('H37150200001', new Date('2025-03-03T02:04:05Z'), 7)).toBe('H37150200001202503031004050007');
  });
});
