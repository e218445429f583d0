import { describe, expect, it } from 'vitest';
import { caseRelation, disclose, disclosure, mayReadCase, mayReadVotes } from './privacy';

describe('caseRelation, mayReadCase, mayReadVotes', () => {
  it.each([
    ['ADMIN', [], 'DESK', true, true],
    ['CLERK', [], 'DESK', true, true],
    ['PHYSICIAN', [], 'NONE', false, false],
    ['PHYSICIAN', ['PENDING'], 'ASSIGNED_PENDING', true, false],
    ['PHYSICIAN', ['COMPLETED'], 'ASSIGNED_SIGNED', true, true],
    ['PHYSICIAN', ['RECUSED'], 'NONE', false, false],
    ['PHYSICIAN', ['EXPIRED'], 'NONE', false, false],
    ['PHYSICIAN', ['COMPLETED', 'PENDING'], 'ASSIGNED_PENDING', true, false],
  ] as const)('%s with %j is %s', (role, mine, relation, read, votes) => {
    const r = caseRelation(role, mine);
    expect([r, mayReadCase(r), mayReadVotes(r)]).toEqual([relation, read, votes]);
  });
});

describe('disclosure', () => {
  const p = { idNumber: '37150219580304002X', phone: '13800001234', address: '聊城市东昌府区柳园街道1号' };
  it.each([
    ['ADMIN', 'DETAIL', p],
    ['CLERK', 'DETAIL', p],
    ['CLERK', 'LIST', { ...p, idNumber: '371502********002X', phone: '138****1234' }],
    ['PHYSICIAN', 'DETAIL', { idNumber: '371502********002X', phone: '138****1234', address: '（不向认定医师显示）' }],
    ['PHYSICIAN', 'LIST', { idNumber: '371502********002X', phone: '138****1234', address: '（不向认定医师显示）' }],
  ] as const)('%s %s', (role, purpose, shown) => {
    expect(disclose(p, disclosure(role, purpose))).toEqual(shown);
  });
});
