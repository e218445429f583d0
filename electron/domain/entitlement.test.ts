import { describe, expect, it } from 'vitest';
import { TRANSITIONS } from './application-state';
import { entitlementEffect } from './entitlement';

/** Domain §3.4 worked dates ED1–ED3 and the ends of an entitlement (T16, T17). */
describe('entitlementEffect', () => {
  it.each([
    // ED1: instant, approved 2025-03-03 (the last signature late in the evening, Beijing time)
    ['ED1 instant, last signature 2025-03-03 23:10 CST', 'T10', '2025-03-03T15:10:00Z', null, { kind: 'CREATE', startDate: '2025-03-03' }],
    // a signature after 16:00 UTC is already the next civil day in Shanghai
    ['last signature 2025-03-27 00:30 CST', 'T10', '2025-03-26T16:30:00Z', null, { kind: 'CREATE', startDate: '2025-03-27' }],
    // ED2: monthly path, session 2025-03-27
    ['ED2 monthly session 2025-03-27', 'T10', '2025-03-27T02:00:00Z', null, { kind: 'CREATE', startDate: '2025-03-27' }],
    // ED3: diabetes, preliminary approval 2025-03-27, re-review passes 2025-04-15
    ['ED3 re-review passed 2025-04-15', 'T13', '2025-04-18T01:00:00Z', '2025-04-15', { kind: 'CREATE', startDate: '2025-04-15' }],
    ['T16 refused filing voids from the start', 'T16', '2025-04-20T01:00:00Z', null, { kind: 'END', state: 'VOID', endDate: null }],
    ['T17 revocation ends it that day', 'T17', '2025-05-06T03:00:00Z', null, { kind: 'END', state: 'INVALIDATED', endDate: '2025-05-06' }],
  ] as const)('%s', (_, t, at, pass, effect) => {
    expect(entitlementEffect(t, { at: new Date(at), rereviewPassDate: pass })).toEqual(effect);
  });

  it('T11 (preliminary approval) creates no entitlement, nor does any other transition', () => {
    const others = TRANSITIONS.map((t) => t.id).filter((id) => !['T10', 'T13', 'T16', 'T17'].includes(id));
    expect(others).toContain('T11');
    for (const id of others) expect(entitlementEffect(id, { at: new Date('2025-03-27T02:00:00Z') })).toBeNull();
  });

  it('T13 without a pass date is a programming error, not a silent start date', () => {
    expect(() => entitlementEffect('T13', { at: new Date() })).toThrow(/re-review pass date/);
  });
});
