import { describe, expect, it } from 'vitest';
import { loadPolicyPacks, SOURCE_PACKS_DIR } from '../policy/pack-loader';
import type { HolidayCalendar } from './calendar/working-days';
import { caseOnDay, type CaseDescription } from './lifecycle';

const PACK = loadPolicyPacks(SOURCE_PACKS_DIR).get('cn.sd.liaocheng.csd')!;
const CAL: HolidayCalendar = { years: new Set([2025]), holidays: new Set(), makeUpDays: new Set() };
const MONTHLY = [{ event: 'RECEIVE', on: '2025-03-03' }, { event: 'ROUTE', on: '2025-03-03' }, { event: 'OPEN_SESSION', on: '2025-03-27' }, { event: 'PANEL_APPROVE', on: '2025-03-27' }] as const;

describe('caseOnDay: a described case through the desk\'s own rules (the lifecycle CLI)', () => {
  it('ED1: an instant disease approved the day it was received is entitled from that day', () => {
    const c: CaseDescription = { disease: 'URAEMIA_DIALYSIS', events: [{ event: 'RECEIVE', on: '2025-03-03' }, { event: 'ROUTE', on: '2025-03-03' }, { event: 'PANEL_APPROVE', on: '2025-03-03' }] };
    expect(caseOnDay(c, '2025-03-05', PACK, CAL)).toMatchObject({ state: 'APPROVED', path: 'INSTANT', entitlement: { state: 'EFFECTIVE', startDate: '2025-03-03', endDate: null } });
  });

  it('ED3: diabetes preliminarily approved 03-27 has no entitlement before the re-review passes on 04-15, then from 04-15', () => {
    const c: CaseDescription = { disease: 'DIABETES', events: [...MONTHLY, { event: 'REREVIEW_PASS', on: '2025-04-15' }] };
    expect(caseOnDay(c, '2025-04-10', PACK, CAL)).toMatchObject({ state: 'AWAITING_REREVIEW', path: 'MONTHLY_REREVIEW', entitlement: null });
    const passed = caseOnDay(c, '2025-04-15', PACK, CAL);
    expect(passed).toMatchObject({ state: 'APPROVED', entitlement: { startDate: '2025-04-15' } });
    expect('history' in passed && passed.history.map((h) => h.transition)).toEqual(['T1', 'T6', 'T7', 'T11', 'T13']);
  });

  it('ED2 path: coronary heart disease after a stent is exempt from re-review and entitled from the session day', () => {
    const c: CaseDescription = { disease: 'CORONARY_HEART_DISEASE', mode: 'POST_PCI_STENT', events: MONTHLY };
    expect(caseOnDay(c, '2025-03-28', PACK, CAL)).toMatchObject({ state: 'APPROVED', path: 'MONTHLY', entitlement: { startDate: '2025-03-27' } });
  });

  it('ED4: a re-review rejection received 04-16 must be told by 04-23; overdue the day after; closed once told', () => {
    const c: CaseDescription = { disease: 'DIABETES', events: [...MONTHLY, { event: 'REREVIEW_FAIL', on: '2025-04-16' }] };
    const due = { kind: 'NOTIFY_REREVIEW_REJECTION', dueOn: '2025-04-23', who: null, unverifiedYears: [] };
    expect(caseOnDay(c, '2025-04-23', PACK, CAL)).toMatchObject({ state: 'REREVIEW_REJECTED', entitlement: null, deadlines: [{ ...due, status: 'DUE_TODAY' }] });
    expect(caseOnDay(c, '2025-04-24', PACK, CAL)).toMatchObject({ deadlines: [{ ...due, status: 'OVERDUE' }] });
    expect(caseOnDay({ ...c, told: ['2025-04-18'] }, '2025-04-24', PACK, CAL)).toMatchObject({ deadlines: [] });
  });

  it('R51: a transfer-in with an instant disease is reviewed at once and entitled from the approval; any other disease keeps its usual path', () => {
    const instant: CaseDescription = { disease: 'HEMOPHILIA', transferFrom: '河北省邢台市', events: [{ event: 'RECEIVE', on: '2025-03-03' }, { event: 'ROUTE', on: '2025-03-03' }, { event: 'PANEL_APPROVE', on: '2025-03-05' }] };
    const r = caseOnDay(instant, '2025-03-05', PACK, CAL);
    expect(r).toMatchObject({ state: 'APPROVED', path: 'TRANSFER_IN', entitlement: { startDate: '2025-03-05' } });
    expect('history' in r && r.history.map((h) => h.transition)).toEqual(['T1', 'T5', 'T10']);
    expect('deadlines' in r && r.deadlines.map((d) => d.kind)).toEqual(['INSTANT_FILING_ACK']);
    const other = caseOnDay({ disease: 'DIABETES', transferFrom: '河北省邢台市', events: MONTHLY }, '2025-03-28', PACK, CAL);
    expect(other).toMatchObject({ state: 'AWAITING_REREVIEW', path: 'MONTHLY_REREVIEW', entitlement: null });
  });

  it('replays what the bureau did to the entitlement: a suspension lifted, then a cancellation for lending it with a two-year ban', () => {
    const c: CaseDescription = {
      disease: 'CORONARY_HEART_DISEASE', mode: 'POST_PCI_STENT', events: MONTHLY,
      entitlementEvents: [{ type: 'SUSPEND_ABNORMAL', on: '2025-06-02' }, { type: 'LIFT_SUSPENSION', on: '2025-07-01' }, { type: 'CANCEL_FRAUD_USE', on: '2025-09-10' }],
    };
    expect(caseOnDay(c, '2025-06-30', PACK, CAL)).toMatchObject({ entitlement: { state: 'SUSPENDED', endDate: null }, ban: null });
    expect(caseOnDay(c, '2025-07-01', PACK, CAL)).toMatchObject({ entitlement: { state: 'EFFECTIVE' } });
    const cancelled = caseOnDay(c, '2025-09-10', PACK, CAL);
    expect(cancelled).toMatchObject({ entitlement: { state: 'CANCELLED', startDate: '2025-03-27', endDate: '2025-09-10' }, ban: { kind: 'FRAUD_IN_USE', until: '2027-09-09' } });
    expect('entitlementHistory' in cancelled && cancelled.entitlementHistory.map((e) => [e.rule, e.to, e.expected]))
      .toEqual([['E2', 'SUSPENDED', true], ['E3', 'EFFECTIVE', true], ['E8', 'CANCELLED', true]]);
  });

  it('names an unknown disease and the first event the state machine refuses', () => {
    expect(caseOnDay({ disease: 'FLU', events: [] }, '2025-01-01', PACK, CAL)).toEqual({ error: 'UNKNOWN_DISEASE', at: -1, detail: 'FLU' });
    expect(caseOnDay({ disease: 'DIABETES', events: [{ event: 'PANEL_APPROVE', on: '2025-03-03' }] }, '2025-03-04', PACK, CAL))
      .toEqual({ error: 'TRANSITION_NOT_ALLOWED', at: 0, detail: 'DRAFT × PANEL_APPROVE' });
  });
});
