/**
 * Who may certify a case (domain §2.6, R16–R18, R21, R22). Every rule that excludes a physician is
 * reported, so the desk can say exactly why the pool is what it is.
 */

export const TITLES = ['CHIEF', 'ASSOCIATE_CHIEF', 'ATTENDING', 'RESIDENT'] as const;
export type Title = (typeof TITLES)[number];

/** R16: 副主任医师及以上. */
export const QUALIFYING_TITLES: readonly Title[] = ['CHIEF', 'ASSOCIATE_CHIEF'];

export type Physician = {
  readonly id: string;
  readonly name: string;
  readonly idNumber: string;
  readonly hospitalCode: string;
  readonly specialties: readonly string[];
  readonly title: Title;
  /** The bureau's authorisation: which catalogue diseases, and for how long. */
  readonly authorisation: { readonly diseaseKeys: readonly string[]; readonly from: string; readonly to: string | null } | null;
  readonly active: boolean;
  /** 黑名单 entries (000 §24: three years) and suspensions of the payment qualification (001 §1(4)). */
  readonly sanctions: readonly { readonly from: string; readonly to: string | null; readonly reason: string }[];
  /** R22: 人员备案, 履职承诺, 业务培训. */
  readonly onboarded: boolean;
  /** 身份证号 of relatives and others the physician has declared a conflict with (优亲厚友). */
  readonly declaredConflicts: readonly string[];
};

export type PanelCase = {
  readonly diseaseKey: string;
  readonly applicantIdNumber: string;
  /** AMB-10: by default the pool is the receiving hospital's physicians. */
  readonly hospitalCode: string;
  /** Civil date of the draw: authorisations and sanctions are judged on it. */
  readonly date: string;
  /** Names of physicians who treated the applicant, as read from the records: they may not judge their own patient. */
  readonly treatingPhysicianNames: readonly string[];
};

export const EXCLUSION_REASONS = [
  'INACTIVE', 'HOSPITAL', 'TITLE', 'SPECIALTY', 'NOT_AUTHORISED', 'AUTHORISATION_EXPIRED', 'SANCTION', 'ONBOARDING',
  'CONFLICT_SELF', 'CONFLICT_DECLARED', 'CONFLICT_TREATING',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * R48: what ends a drawn physician's part in a case before they sign — off the roster or not in post,
 * blacklisted, no longer authorised for the disease, or no longer qualified by title or onboarding.
 * (A conflict is the physician's to declare by recusing.)
 */
const QUALIFICATION: readonly ExclusionReason[] = ['INACTIVE', 'HOSPITAL', 'TITLE', 'SPECIALTY', 'NOT_AUTHORISED', 'AUTHORISATION_EXPIRED', 'SANCTION', 'ONBOARDING'];

/** The reasons a drawn physician may no longer sign (empty: still qualified); a physician gone from the roster is INACTIVE. */
export function qualificationLost(p: Physician | undefined, c: PanelCase, specialtiesForDisease: readonly string[]): ExclusionReason[] {
  if (!p) return ['INACTIVE'];
  return exclusionsFor(p, c, specialtiesForDisease).filter((r) => QUALIFICATION.includes(r));
}

const within = (date: string, from: string, to: string | null): boolean => date >= from && (to === null || date <= to);

/** Every reason that keeps this physician off this case, in a fixed order; empty = eligible. */
export function exclusionsFor(p: Physician, c: PanelCase, specialtiesForDisease: readonly string[]): ExclusionReason[] {
  const out: ExclusionReason[] = [];
  if (!p.active) out.push('INACTIVE');
  if (p.hospitalCode !== c.hospitalCode) out.push('HOSPITAL');
  if (!QUALIFYING_TITLES.includes(p.title)) out.push('TITLE');
  // R18: an unmapped disease has no qualifying specialty, so nobody qualifies (never a guess)
  if (!p.specialties.some((s) => specialtiesForDisease.includes(s))) out.push('SPECIALTY');
  if (p.authorisation === null || !p.authorisation.diseaseKeys.includes(c.diseaseKey)) out.push('NOT_AUTHORISED');
  else if (!within(c.date, p.authorisation.from, p.authorisation.to)) out.push('AUTHORISATION_EXPIRED');
  if (p.sanctions.some((s) => within(c.date, s.from, s.to))) out.push('SANCTION');
  if (!p.onboarded) out.push('ONBOARDING');
  if (p.idNumber === c.applicantIdNumber) out.push('CONFLICT_SELF');
  if (p.declaredConflicts.includes(c.applicantIdNumber)) out.push('CONFLICT_DECLARED');
  if (c.treatingPhysicianNames.includes(p.name)) out.push('CONFLICT_TREATING');
  return out;
}
