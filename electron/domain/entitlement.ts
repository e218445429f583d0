import type { TransitionId } from './application-state';
import { shanghaiDate } from './civil-date';

/** The entitlement machine of domain §3.2 (E-states); VOID is a recognition the bureau refused to file (T16). */
export const ENTITLEMENT_STATES = [
  'EFFECTIVE', 'SUSPENDED', 'DISCONTINUED', 'EXITED', 'CANCELLED', 'INVALIDATED', 'TRANSFERRED_OUT', 'VOID',
] as const;
export type EntitlementState = (typeof ENTITLEMENT_STATES)[number];

/** Where the filing of the entitlement stands with the bureau. */
export const FILING_STATES = ['QUEUED', 'FILED', 'REFUSED', 'REVOKED', 'WITHDRAWN'] as const;
export type FilingState = (typeof FILING_STATES)[number];

export type EntitlementEffect =
  | { readonly kind: 'CREATE'; readonly startDate: string }
  | { readonly kind: 'END'; readonly state: 'VOID' | 'INVALIDATED'; readonly endDate: string | null };

export type TransitionDates = {
  /** The instant of the transition; for T10 that of the last signature R24 requires (AMB-07). */
  readonly at: Date;
  /** T13: the date the bureau's re-review passed (R32). */
  readonly rereviewPassDate?: string | null;
};

/**
 * What an application transition does to the local entitlement (domain §3.4):
 * - T10 creates it, effective from the civil date (Asia/Shanghai) of the last required signature —
 *   not the first 同意, and never moved by a later sync (R29, AMB-07, ED1, ED2);
 * - T13 creates it, effective from the re-review pass date (R32, ED3); a T11 case has none before;
 * - T16 voids it from the start (the bureau refused the filing, AMB-08);
 * - T17 invalidates it from the day of the revocation (R41).
 */
export function entitlementEffect(transition: TransitionId, dates: TransitionDates): EntitlementEffect | null {
  switch (transition) {
    case 'T10':
      return { kind: 'CREATE', startDate: shanghaiDate(dates.at) };
    case 'T13':
      if (!dates.rereviewPassDate) throw new Error('T13 needs the re-review pass date');
      return { kind: 'CREATE', startDate: dates.rereviewPassDate };
    case 'T16':
      return { kind: 'END', state: 'VOID', endDate: null };
    case 'T17':
      return { kind: 'END', state: 'INVALIDATED', endDate: shanghaiDate(dates.at) };
    default:
      return null;
  }
}
