import { err, ok, type Result } from './result';

/** The application machine of domain §3.1, with the transitions of §3.3 (T1..T17). */

export const APPLICATION_STATES = [
  'DRAFT', 'RECEIVED', 'INCOMPLETE', 'LAPSED', 'QUEUED_FOR_SESSION', 'UNDER_REVIEW',
  'AWAITING_REREVIEW', 'APPROVED', 'HOSPITAL_REJECTED', 'REREVIEW_REJECTED', 'FILING_REJECTED',
  'WITHDRAWN', 'INVALIDATED',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** R7: no state lies between DRAFT and RECEIVED; DRAFT is where every application starts. */
export const INITIAL_STATE: ApplicationState = 'DRAFT';

/** §3.1: terminal states. APPROVED hands over to the entitlement machine but can still be refused filing or invalidated. */
export const TERMINAL_STATES: readonly ApplicationState[] = [
  'APPROVED', 'HOSPITAL_REJECTED', 'REREVIEW_REJECTED', 'FILING_REJECTED', 'WITHDRAWN', 'LAPSED', 'INVALIDATED',
];

export const APPLICATION_EVENTS = [
  'RECEIVE', 'NOTIFY_DEFICIENCY', 'SUPPLEMENT', 'LAPSE', 'ROUTE', 'OPEN_SESSION', 'DRAW_TIEBREAK',
  'REQUEST_CLINICAL_EVIDENCE', 'PANEL_APPROVE', 'PANEL_REJECT', 'REREVIEW_PASS', 'REREVIEW_FAIL',
  'WITHDRAW', 'REFUSE_FILING', 'INVALIDATE',
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

export type TransitionId =
  | 'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10' | 'T11' | 'T12'
  | 'T13' | 'T14' | 'T15' | 'T16' | 'T17';

/** Facts a guard needs; the caller gathers them (from the db, the policy pack) and passes them in. */
export type TransitionContext = {
  /** R4: identity verified and recorded (method, time, clerk). */
  readonly identityVerified?: boolean;
  /** R3: the applicant's (or agent's) signature on the request. */
  readonly applicantSigned?: boolean;
  /** R8/R12: the completeness check passed. */
  readonly materialsComplete?: boolean;
  /** R26: the disease is an instant-processing one. */
  readonly instant?: boolean;
  /** R30: the disease and mode are under full monthly re-review. */
  readonly reReviewRequired?: boolean;
  /** R19: signed decisions from distinct eligible physicians. */
  readonly signedDecisions?: number;
};

export type GuardError =
  | 'IDENTITY_NOT_VERIFIED' | 'APPLICANT_SIGNATURE_MISSING' | 'MATERIALS_INCOMPLETE'
  | 'MATERIALS_ALREADY_COMPLETE' | 'NOT_INSTANT' | 'INSTANT_DISEASE' | 'REREVIEW_REQUIRED'
  | 'REREVIEW_NOT_REQUIRED' | 'TOO_FEW_SIGNATURES';
export type TransitionError = 'TRANSITION_NOT_ALLOWED' | GuardError;

type Guard = (ctx: TransitionContext) => GuardError | null;

export type TransitionRule = {
  readonly id: TransitionId;
  readonly event: ApplicationEvent;
  readonly from: readonly ApplicationState[];
  readonly to: ApplicationState;
  readonly guards: readonly Guard[];
  /** Where the transition comes from (seed article or AMB default). */
  readonly source: string;
};

const identity: Guard = (c) => (c.identityVerified ? null : 'IDENTITY_NOT_VERIFIED'); // R4
const signed: Guard = (c) => (c.applicantSigned ? null : 'APPLICANT_SIGNATURE_MISSING'); // R3
const complete: Guard = (c) => (c.materialsComplete ? null : 'MATERIALS_INCOMPLETE');
const incomplete: Guard = (c) => (c.materialsComplete ? 'MATERIALS_ALREADY_COMPLETE' : null);
const instant: Guard = (c) => (c.instant ? null : 'NOT_INSTANT'); // R26
const notInstant: Guard = (c) => (c.instant ? 'INSTANT_DISEASE' : null);
const reReview: Guard = (c) => (c.reReviewRequired ? null : 'REREVIEW_NOT_REQUIRED'); // R30
const noReReview: Guard = (c) => (c.reReviewRequired ? 'REREVIEW_REQUIRED' : null);
const twoSignatures: Guard = (c) => ((c.signedDecisions ?? 0) >= 2 ? null : 'TOO_FEW_SIGNATURES'); // R19

const OPEN_FOR_WITHDRAWAL: ApplicationState[] = ['DRAFT', 'RECEIVED', 'INCOMPLETE', 'QUEUED_FOR_SESSION'];

export const TRANSITIONS: readonly TransitionRule[] = [
  { id: 'T1', event: 'RECEIVE', from: ['DRAFT'], to: 'RECEIVED', guards: [identity, signed], source: '000 §8(2) 即时受理; R3, R4, R7' },
  { id: 'T2', event: 'NOTIFY_DEFICIENCY', from: ['RECEIVED'], to: 'INCOMPLETE', guards: [incomplete], source: '001 §1(1) 一次性告知; R8' },
  { id: 'T3', event: 'SUPPLEMENT', from: ['INCOMPLETE'], to: 'RECEIVED', guards: [], source: 'DERIVED' },
  { id: 'T4', event: 'LAPSE', from: ['INCOMPLETE'], to: 'LAPSED', guards: [], source: 'AMB-43' },
  { id: 'T5', event: 'ROUTE', from: ['RECEIVED'], to: 'UNDER_REVIEW', guards: [complete, instant], source: '000 §8(2); R26' },
  { id: 'T6', event: 'ROUTE', from: ['RECEIVED'], to: 'QUEUED_FOR_SESSION', guards: [complete, notInstant], source: '000 §8(2); R27' },
  { id: 'T7', event: 'OPEN_SESSION', from: ['QUEUED_FOR_SESSION'], to: 'UNDER_REVIEW', guards: [], source: '000 §8(2) 每月至少组织一次; R27' },
  { id: 'T8', event: 'DRAW_TIEBREAK', from: ['UNDER_REVIEW'], to: 'UNDER_REVIEW', guards: [twoSignatures], source: 'AMB-13; R24' },
  { id: 'T9', event: 'REQUEST_CLINICAL_EVIDENCE', from: ['UNDER_REVIEW'], to: 'INCOMPLETE', guards: [], source: 'AMB-50' },
  { id: 'T10', event: 'PANEL_APPROVE', from: ['UNDER_REVIEW'], to: 'APPROVED', guards: [twoSignatures, noReReview], source: '000 §8(2); R24, R29' },
  { id: 'T11', event: 'PANEL_APPROVE', from: ['UNDER_REVIEW'], to: 'AWAITING_REREVIEW', guards: [twoSignatures, reReview], source: '000 §8(3); R30' },
  { id: 'T12', event: 'PANEL_REJECT', from: ['UNDER_REVIEW'], to: 'HOSPITAL_REJECTED', guards: [twoSignatures], source: '000 §8(2); R35' },
  { id: 'T13', event: 'REREVIEW_PASS', from: ['AWAITING_REREVIEW'], to: 'APPROVED', guards: [], source: '000 §8(3); R32' },
  { id: 'T14', event: 'REREVIEW_FAIL', from: ['AWAITING_REREVIEW'], to: 'REREVIEW_REJECTED', guards: [], source: '000 §8(3); R34' },
  { id: 'T15', event: 'WITHDRAW', from: OPEN_FOR_WITHDRAWAL, to: 'WITHDRAWN', guards: [], source: '001 §1(1) 自愿' },
  { id: 'T16', event: 'REFUSE_FILING', from: ['APPROVED'], to: 'FILING_REJECTED', guards: [], source: 'AMB-08' },
  { id: 'T17', event: 'INVALIDATE', from: ['UNDER_REVIEW', 'AWAITING_REREVIEW', 'APPROVED'], to: 'INVALIDATED', guards: [], source: '000 §11(2); R41' },
];

export type TransitionOutcome = { readonly to: ApplicationState; readonly transition: TransitionId };

/**
 * Applies an event to a state. Candidate rules are those for (event, state); the first whose
 * guards all pass wins (T5/T6 and T10/T11 share an event and differ by guard). When every
 * candidate fails, the first candidate's first failing guard is reported.
 */
export function transition(
  state: ApplicationState,
  event: ApplicationEvent,
  ctx: TransitionContext = {},
): Result<TransitionOutcome, TransitionError> {
  const candidates = TRANSITIONS.filter((t) => t.event === event && t.from.includes(state));
  if (candidates.length === 0) return err('TRANSITION_NOT_ALLOWED', { state, event });
  let firstFailure: GuardError | null = null;
  for (const rule of candidates) {
    const failure = rule.guards.map((g) => g(ctx)).find((f) => f !== null) ?? null;
    if (failure === null) return ok({ to: rule.to, transition: rule.id });
    firstFailure ??= failure;
  }
  return err(firstFailure ?? 'TRANSITION_NOT_ALLOWED', { state, event });
}

export function isTerminal(state: ApplicationState): boolean {
  return TERMINAL_STATES.includes(state);
}

/**
 * AN-4: a new application for the same person and disease is refused while another one is still
 * open, or has been approved (the entitlement then exists; a change goes through transfer or restoration).
 */
export function blocksNewApplication(state: ApplicationState): boolean {
  return !isTerminal(state) || state === 'APPROVED';
}

/** Materials may change while the desk holds the file; once routed to review they are frozen (R23). */
export function materialsEditable(state: ApplicationState): boolean {
  return state === 'DRAFT' || state === 'RECEIVED' || state === 'INCOMPLETE';
}

/**
 * 撤销认定 (T17) by the 医保办 ends a recognition: an approved one, or one awaiting the bureau's
 * re-review. A case still under review is decided by its panel instead.
 */
export function mayRevoke(state: ApplicationState): boolean {
  return (state === 'APPROVED' || state === 'AWAITING_REREVIEW') && eventsFrom(state).includes('INVALIDATE');
}

/** Events that can be applied from a state (ignoring guards), for menus and tests. */
export function eventsFrom(state: ApplicationState): ApplicationEvent[] {
  return [...new Set(TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.event))];
}
