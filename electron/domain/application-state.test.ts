import { describe, expect, it } from 'vitest';
import {
  APPLICATION_EVENTS, APPLICATION_STATES, INITIAL_STATE, TERMINAL_STATES, TRANSITIONS,
  blocksNewApplication, eventsFrom, mayRevoke, transition, type ApplicationEvent, type ApplicationState, type TransitionContext,
} from './application-state';

/** The diagram of domain §3.1, edge by edge: [from, event, context, to, transition id]. */
const EDGES: [ApplicationState, ApplicationEvent, TransitionContext, ApplicationState, string][] = [
  ['DRAFT', 'RECEIVE', { identityVerified: true, applicantSigned: true }, 'RECEIVED', 'T1'],
  ['RECEIVED', 'NOTIFY_DEFICIENCY', { materialsComplete: false }, 'INCOMPLETE', 'T2'],
  ['INCOMPLETE', 'SUPPLEMENT', {}, 'RECEIVED', 'T3'],
  ['INCOMPLETE', 'LAPSE', {}, 'LAPSED', 'T4'],
  ['RECEIVED', 'ROUTE', { materialsComplete: true, instant: true }, 'UNDER_REVIEW', 'T5'],
  ['RECEIVED', 'ROUTE', { materialsComplete: true, instant: false }, 'QUEUED_FOR_SESSION', 'T6'],
  ['QUEUED_FOR_SESSION', 'OPEN_SESSION', {}, 'UNDER_REVIEW', 'T7'],
  ['UNDER_REVIEW', 'DRAW_TIEBREAK', { signedDecisions: 2 }, 'UNDER_REVIEW', 'T8'],
  ['UNDER_REVIEW', 'REQUEST_CLINICAL_EVIDENCE', {}, 'INCOMPLETE', 'T9'],
  ['UNDER_REVIEW', 'PANEL_APPROVE', { signedDecisions: 2, reReviewRequired: false }, 'APPROVED', 'T10'],
  ['UNDER_REVIEW', 'PANEL_APPROVE', { signedDecisions: 2, reReviewRequired: true }, 'AWAITING_REREVIEW', 'T11'],
  ['UNDER_REVIEW', 'PANEL_REJECT', { signedDecisions: 2 }, 'HOSPITAL_REJECTED', 'T12'],
  ['AWAITING_REREVIEW', 'REREVIEW_PASS', {}, 'APPROVED', 'T13'],
  ['AWAITING_REREVIEW', 'REREVIEW_FAIL', {}, 'REREVIEW_REJECTED', 'T14'],
  ['DRAFT', 'WITHDRAW', {}, 'WITHDRAWN', 'T15'],
  ['RECEIVED', 'WITHDRAW', {}, 'WITHDRAWN', 'T15'],
  ['INCOMPLETE', 'WITHDRAW', {}, 'WITHDRAWN', 'T15'],
  ['QUEUED_FOR_SESSION', 'WITHDRAW', {}, 'WITHDRAWN', 'T15'],
  ['APPROVED', 'REFUSE_FILING', {}, 'FILING_REJECTED', 'T16'],
  ['UNDER_REVIEW', 'INVALIDATE', {}, 'INVALIDATED', 'T17'],
  ['AWAITING_REREVIEW', 'INVALIDATE', {}, 'INVALIDATED', 'T17'],
  ['APPROVED', 'INVALIDATE', {}, 'INVALIDATED', 'T17'],
];

describe('application state machine (domain §3.1, §3.3)', () => {
  it.each(EDGES)('%s --%s--> %s', (from, event, ctx, to, id) => {
    expect(transition(from, event, ctx)).toEqual({ ok: true, value: { to, transition: id } });
  });

  it('allows nothing outside the diagram: every other (state, event) pair is TRANSITION_NOT_ALLOWED', () => {
    const allowed = new Set(EDGES.map(([f, e]) => `${f}/${e}`));
    let refused = 0;
    for (const s of APPLICATION_STATES) {
      for (const e of APPLICATION_EVENTS) {
        if (allowed.has(`${s}/${e}`)) continue;
        const r = transition(s, e, { identityVerified: true, applicantSigned: true, materialsComplete: true, instant: true, signedDecisions: 3 });
        expect(r).toEqual({ ok: false, error: { code: 'TRANSITION_NOT_ALLOWED', params: { state: s, event: e } } });
        refused++;
      }
    }
    expect(refused).toBe(APPLICATION_STATES.length * APPLICATION_EVENTS.length - allowed.size);
  });

  it('R7: applications start in DRAFT and nothing lies between DRAFT and RECEIVED', () => {
    expect(INITIAL_STATE).toBe('DRAFT');
    expect(TRANSITIONS.filter((t) => t.from.includes('DRAFT')).map((t) => t.to).sort()).toEqual(['RECEIVED', 'WITHDRAWN']);
  });

  it.each([
    [{ applicantSigned: true }, 'IDENTITY_NOT_VERIFIED'],
    [{ identityVerified: true }, 'APPLICANT_SIGNATURE_MISSING'],
  ] as const)('T1 guards (R3, R4): %j -> %s', (ctx, code) => {
    expect(transition('DRAFT', 'RECEIVE', ctx)).toMatchObject({ ok: false, error: { code } });
  });

  it('R19: one signature disables T10, T11 and T12', () => {
    for (const ev of ['PANEL_APPROVE', 'PANEL_REJECT'] as const) {
      for (const reReviewRequired of [true, false]) {
        expect(transition('UNDER_REVIEW', ev, { signedDecisions: 1, reReviewRequired })).toMatchObject({ ok: false, error: { code: 'TOO_FEW_SIGNATURES' } });
      }
    }
  });

  it('routing needs complete materials (R8) before the instant/monthly split', () => {
    expect(transition('RECEIVED', 'ROUTE', { materialsComplete: false, instant: true })).toMatchObject({ ok: false, error: { code: 'MATERIALS_INCOMPLETE' } });
  });

  it('terminal states have no way out except filing refusal and invalidation of an approval', () => {
    for (const s of TERMINAL_STATES) {
      expect(eventsFrom(s).sort()).toEqual(s === 'APPROVED' ? ['INVALIDATE', 'REFUSE_FILING'] : []);
    }
  });

  it('T17 撤销认定 ends a recognition (approved, or awaiting re-review), never a case its panel still decides', () => {
    expect(APPLICATION_STATES.filter(mayRevoke)).toEqual(['AWAITING_REREVIEW', 'APPROVED']);
  });

  it('AN-4: open and approved applications block a new one for the same disease; closed ones do not', () => {
    expect(APPLICATION_STATES.filter(blocksNewApplication)).toEqual(['DRAFT', 'RECEIVED', 'INCOMPLETE', 'QUEUED_FOR_SESSION', 'UNDER_REVIEW', 'AWAITING_REREVIEW', 'APPROVED']);
  });
});
