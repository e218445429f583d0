import type { BanKind } from './bans';
import type { EntitlementState } from './entitlement';

/**
 * What happens to a recognised patient's entitlement after filing (domain §2.12, §3.2 E2–E12): the
 * bureau suspends, lifts, discontinues, restores, cancels or invalidates it; the desk exits a class-B
 * entitlement with two empty years (R39). The bureau's decision always wins: an event it sends is
 * applied even where the desk's own record disagrees, and the disagreement is noted.
 */
export const ENTITLEMENT_EVENT_TYPES = [
  'SUSPEND_ABNORMAL', 'LIFT_SUSPENSION', 'DISCONTINUE_SCHEME_CHANGE', 'RESTORE', 'EXIT_NO_COST',
  'CANCEL_FRAUD_USE', 'CANCEL_NOT_ELIGIBLE', 'INVALIDATE_FRAUD_CERT', 'INVALIDATE_UNQUALIFIED_CERTIFIER', 'TRANSFERRED_OUT', 'ENROLLMENT_CHANGED',
] as const;
export type EntitlementEventType = (typeof ENTITLEMENT_EVENT_TYPES)[number];

type Rule = {
  readonly id: string;
  readonly from: readonly EntitlementState[];
  readonly to: EntitlementState;
  /** R42/R41: the event bars the person from applying again. */
  readonly ban: BanKind | null;
  /** The state's end: the event's date ends the entitlement (null: it goes on). */
  readonly ends: boolean;
  readonly source: string;
};

const RULES: Readonly<Record<EntitlementEventType, Rule>> = {
  SUSPEND_ABNORMAL: { id: 'E2', from: ['EFFECTIVE'], to: 'SUSPENDED', ban: null, ends: false, source: '000 §11(2); R40' },
  LIFT_SUSPENSION: { id: 'E3', from: ['SUSPENDED'], to: 'EFFECTIVE', ban: null, ends: false, source: 'AMB-22/23 [DEFAULT]' },
  DISCONTINUE_SCHEME_CHANGE: { id: 'E5', from: ['EFFECTIVE'], to: 'DISCONTINUED', ban: null, ends: false, source: '000 §10; R50' },
  RESTORE: { id: 'E6', from: ['DISCONTINUED'], to: 'EFFECTIVE', ban: null, ends: false, source: '000 §10' },
  EXIT_NO_COST: { id: 'E7', from: ['EFFECTIVE'], to: 'EXITED', ban: null, ends: true, source: '000 §11(1); R39' },
  CANCEL_FRAUD_USE: { id: 'E8', from: ['EFFECTIVE', 'SUSPENDED'], to: 'CANCELLED', ban: 'FRAUD_IN_USE', ends: true, source: '000 §11(2); R42' },
  CANCEL_NOT_ELIGIBLE: { id: 'E9', from: ['EFFECTIVE', 'SUSPENDED'], to: 'CANCELLED', ban: null, ends: true, source: '001 §1(3); E4, E9' },
  INVALIDATE_FRAUD_CERT: { id: 'E10', from: ['EFFECTIVE', 'SUSPENDED', 'DISCONTINUED'], to: 'INVALIDATED', ban: 'FRAUD_IN_CERTIFICATION', ends: true, source: '000 §11(2); R41' },
  INVALIDATE_UNQUALIFIED_CERTIFIER: { id: 'E10', from: ['EFFECTIVE', 'SUSPENDED', 'DISCONTINUED'], to: 'INVALIDATED', ban: null, ends: true, source: '000 §9; R48' },
  TRANSFERRED_OUT: { id: 'E12', from: ['EFFECTIVE'], to: 'TRANSFERRED_OUT', ban: null, ends: true, source: '[DEFAULT] E12' },
  ENROLLMENT_CHANGED: { id: 'E11', from: ['EFFECTIVE'], to: 'EFFECTIVE', ban: null, ends: false, source: '000 §10; R49' },
};

export type EntitlementChange = {
  readonly rule: string;
  readonly to: EntitlementState;
  readonly ban: BanKind | null;
  /** The entitlement's end date after the event (null: open-ended again, as after a restoration). */
  readonly endDate: string | null;
  /** The desk's machine allows this event from the present state; false = applied because the bureau said so. */
  readonly expected: boolean;
  readonly source: string;
};

/** The change an event on `effectiveDate` makes to an entitlement in `state`. */
export function entitlementChange(state: EntitlementState, type: EntitlementEventType, effectiveDate: string): EntitlementChange {
  const r = RULES[type];
  return { rule: r.id, to: r.to, ban: r.ban, endDate: r.ends ? effectiveDate : null, expected: r.from.includes(state), source: r.source };
}

/**
 * R49–R51 (000 §10) when the desk changes a person's scheme or enrolment place within the city: a
 * recognition the new scheme covers goes on (E11), one it does not is discontinued (E5, R50), and one
 * discontinued so is restored when the person returns to a scheme that covers it (E6). Null: no event.
 */
export function enrollmentChangeEvent(
  state: EntitlementState, last: EntitlementEventType | null, covered: boolean,
): EntitlementEventType | null {
  if (state === 'EFFECTIVE') return covered ? 'ENROLLMENT_CHANGED' : 'DISCONTINUE_SCHEME_CHANGE';
  if (state === 'DISCONTINUED' && last === 'DISCONTINUE_SCHEME_CHANGE' && covered) return 'RESTORE';
  return null;
}

/** A year's related cost of the entitlement: a number (0 = none), or null when the year's list is not known. */
export type CostOfYear = (year: number) => number | null;

/**
 * R39 (000 §11(1)): a class-B entitlement recognised in year Y is examined over the windows
 * (Y+1, Y+2), (Y+2, Y+3)…; the first window whose two years both had no related cost ends it on
 * 1 January after the window. A year whose list is unknown stops the search (never exit on a guess).
 * Only windows that ended before `today` count.
 */
export function classBExitDate(recognizedYear: number, cost: CostOfYear, today: string): string | null {
  const thisYear = Number(today.slice(0, 4));
  for (let first = recognizedYear + 1; first + 1 < thisYear; first += 1) {
    const a = cost(first);
    const b = cost(first + 1);
    if (a === null || b === null) return null;
    if (a === 0 && b === 0) return `${first + 2}-01-01`;
  }
  return null;
}
