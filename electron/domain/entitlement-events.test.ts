import { describe, expect, it } from 'vitest';
import { classBExitDate, enrollmentChangeEvent, entitlementChange, type CostOfYear } from './entitlement-events';

/** Costs by year; a year not listed is unknown (its list was never pulled). */
const costs = (known: Record<number, number>): CostOfYear => (y) => known[y] ?? null;

describe('R39 class-B exit: exactly two empty calendar years from the year after recognition', () => {
  it.each([
    ['recognised 2025; 2026 and 2027 empty → exit 2028-01-01', 2025, { 2026: 0, 2027: 0 }, '2028-01-01', '2028-01-01'],
    ['the same, asked on 2027-12-31: the window has not ended', 2025, { 2026: 0, 2027: 0 }, '2027-12-31', null],
    ['one empty year is not two', 2025, { 2026: 0, 2027: 35.5 }, '2028-06-01', null],
    ['2026 empty, 2027 not, 2028 and 2029 empty → exit 2030-01-01', 2025, { 2026: 0, 2027: 120, 2028: 0, 2029: 0 }, '2030-03-01', '2030-01-01'],
    ['recognised 2025-12-30 with no 2025 costs: 2025 is not counted', 2025, { 2025: 0, 2026: 0, 2027: 10 }, '2028-02-01', null],
    ['an unknown year never exits anyone', 2025, { 2026: 0 }, '2029-01-01', null],
  ] as const)('%s', (_name, year, known, today, expected) => {
    expect(classBExitDate(year, costs(known), today)).toBe(expected);
  });
});

describe('entitlement events (E2–E12): the bureau decides, the desk follows', () => {
  it.each([
    ['E2 suspension', 'EFFECTIVE', 'SUSPEND_ABNORMAL', 'SUSPENDED', null, null, true],
    ['E3 suspension lifted', 'SUSPENDED', 'LIFT_SUSPENSION', 'EFFECTIVE', null, null, true],
    ['E5 scheme change', 'EFFECTIVE', 'DISCONTINUE_SCHEME_CHANGE', 'DISCONTINUED', null, null, true],
    ['E6 restored', 'DISCONTINUED', 'RESTORE', 'EFFECTIVE', null, null, true],
    ['E8 lending: cancelled with a two-year ban (R42)', 'SUSPENDED', 'CANCEL_FRAUD_USE', 'CANCELLED', 'FRAUD_IN_USE', '2026-05-06', true],
    ['E9 sampling fails: cancelled, no ban', 'EFFECTIVE', 'CANCEL_NOT_ELIGIBLE', 'CANCELLED', null, '2026-05-06', true],
    ['E10 fraud in certification (R41)', 'EFFECTIVE', 'INVALIDATE_FRAUD_CERT', 'INVALIDATED', 'FRAUD_IN_CERTIFICATION', '2026-05-06', true],
    ['the bureau lifts a suspension the desk never heard of: applied, noted as unexpected', 'EFFECTIVE', 'LIFT_SUSPENSION', 'EFFECTIVE', null, null, false],
    ['the bureau cancels an exited entitlement: its word wins', 'EXITED', 'CANCEL_NOT_ELIGIBLE', 'CANCELLED', null, '2026-05-06', false],
  ] as const)('%s', (_name, from, type, to, ban, endDate, expected) => {
    expect(entitlementChange(from, type, '2026-05-06')).toMatchObject({ to, ban, endDate, expected });
  });
});

describe('R49–R51 a change of scheme or enrolment place within the city', () => {
  it.each([
    ['R49: the new scheme covers the disease: the recognition goes on (E11)', 'EFFECTIVE', null, true, 'ENROLLMENT_CHANGED'],
    ['R50: the new scheme does not cover it: discontinued (E5)', 'EFFECTIVE', null, false, 'DISCONTINUE_SCHEME_CHANGE'],
    ['back to a scheme that covers it: restored (E6)', 'DISCONTINUED', 'DISCONTINUE_SCHEME_CHANGE', true, 'RESTORE'],
    ['still not covered: nothing', 'DISCONTINUED', 'DISCONTINUE_SCHEME_CHANGE', false, null],
    ['discontinued by the bureau for another reason: the desk does not restore it', 'DISCONTINUED', 'SUSPEND_ABNORMAL', true, null],
    ['a cancelled recognition stays cancelled', 'CANCELLED', null, true, null],
  ] as const)('%s', (_name, state, last, covered, expected) => {
    expect(enrollmentChangeEvent(state, last, covered)).toBe(expected);
  });
});
