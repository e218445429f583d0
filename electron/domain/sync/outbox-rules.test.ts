import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../application-state';
import { backoffMs, messagesFor, platformMsgid, revocationPlan, uploadOwed, type QueuedMessage } from './outbox-rules';

describe('messagesFor (R28–R34, domain §3.3)', () => {
  it.each([
    ['T10', ['2503', 'ARCHIVE']],
    ['T11', ['REREVIEW']], // no 备案 before the bureau's re-review
    ['T13', ['2503', 'ARCHIVE']],
    ['T14', []], // nothing was ever filed: nothing to revoke
    ['T16', []],
    ['T12', []],
    ['T5', []],
  ] as const)('%s owes %j', (t, kinds) => {
    expect(messagesFor(t)).toEqual(kinds);
  });

  it('only T10 and T13 ever file', () => {
    expect(TRANSITIONS.filter((t) => messagesFor(t.id).includes('2503')).map((t) => t.id)).toEqual(['T10', 'T13']);
  });
});

describe('revocationPlan (T17)', () => {
  const m = (id: string, kind: QueuedMessage['kind'], status: QueuedMessage['status'], unsure = false): QueuedMessage => ({ id, kind, status, unsure });
  it.each([
    ['filing never left: cancel it and its archive, no 2504', [m('f', '2503', 'PENDING'), m('a', 'ARCHIVE', 'PENDING')], { cancel: ['f', 'a'], revoke: false }],
    ['filing refused: nothing valid at the bureau', [m('f', '2503', 'FAILED'), m('a', 'ARCHIVE', 'PENDING')], { cancel: ['f', 'a'], revoke: false }],
    ['filing sent: 2504, and the archive still waiting is cancelled', [m('f', '2503', 'SENT'), m('a', 'ARCHIVE', 'PENDING')], { cancel: ['a'], revoke: true }],
    ['filing in flight (unsure): it may have arrived, so 2504 follows it', [m('f', '2503', 'PENDING', true), m('a', 'ARCHIVE', 'PENDING')], { cancel: ['a'], revoke: true }],
    ['archive already uploaded stays as it is', [m('f', '2503', 'SENT'), m('a', 'ARCHIVE', 'SENT')], { cancel: [], revoke: true }],
    ['preliminary approval: the re-review package is withdrawn', [m('r', 'REREVIEW', 'PENDING')], { cancel: ['r'], revoke: false }],
    ['re-review package sent, no filing: nothing to revoke', [m('r', 'REREVIEW', 'SENT')], { cancel: [], revoke: false }],
    ['a cancelled filing is no filing', [m('f', '2503', 'CANCELLED'), m('r', 'REREVIEW', 'SENT')], { cancel: [], revoke: false }],
  ] as const)('%s', (_, queued, plan) => {
    expect(revocationPlan(queued)).toEqual(plan);
  });
});

describe('uploadOwed', () => {
  it.each([
    ['ARCHIVE', 'APPROVED', true],
    ['ARCHIVE', 'INVALIDATED', false], // revoked before its package was built: withdrawn, never retried for ever
    ['ARCHIVE', 'FILING_REJECTED', false],
    ['REREVIEW', 'AWAITING_REREVIEW', true],
    ['REREVIEW', 'INVALIDATED', false],
    ['REREVIEW', 'REREVIEW_REJECTED', false],
    ['SAMPLING', 'APPROVED', true], // R38: the sampled archive while the recognition stands
    ['SAMPLING', 'INVALIDATED', false],
  ] as const)('%s of a case %s: %s', (kind, state, owed) => {
    expect(uploadOwed(kind, state)).toBe(owed);
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
