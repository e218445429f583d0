import { minusYears, plusDays } from './civil-date';

/**
 * R41/R42 (000 §11(2)) 「两年内不得重新申请」 and R44: a person found to have cheated in certification
 * (or in using the entitlement) may not apply again for the pack's N years from the decision date.
 * The ban covers every disease (AMB-25).
 */
export const BAN_KINDS = ['FRAUD_IN_CERTIFICATION', 'FRAUD_IN_USE'] as const;
export type BanKind = (typeof BAN_KINDS)[number];

export type Ban = { readonly kind: BanKind; readonly decidedOn: string; readonly until: string; readonly reason: string };

/** The last day a ban decided on `decidedOn` blocks: decided 2025-06-10 for 2 years → blocked through 2027-06-09. */
export function banUntil(decidedOn: string, years: number): string {
  return plusDays(minusYears(decidedOn, -years), -1);
}

/** The ban that blocks an application on `on` (the one ending last, when several overlap), or null. */
export function activeBan(bans: readonly Ban[], on: string): Ban | null {
  return bans.filter((b) => b.decidedOn <= on && on <= b.until).sort((a, b) => b.until.localeCompare(a.until))[0] ?? null;
}
