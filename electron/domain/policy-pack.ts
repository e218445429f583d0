import type { EvidenceRequirement, EvidenceRoute } from './evidence/check-materials';
import type { Institution } from './evidence/institutions';
import type { OutcomeNoticeKind } from './outcome-notices';

/** Policy packs (domain §6.6): everything policy-dependent is data, validated at load. */

export const INSURANCE_SCHEMES = ['EMPLOYEE', 'RESIDENT'] as const;
export type InsuranceScheme = (typeof INSURANCE_SCHEMES)[number];

export const EMPLOYMENT_STATUSES = ['ACTIVE', 'RETIRED', 'NA'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const PACK_STATUSES = ['DRAFT_FOR_COMMENT', 'TRIAL', 'FINAL'] as const;
export type PackStatus = (typeof PACK_STATUSES)[number];

export type DiseaseClass = 'A' | 'B';
export type ReReviewKind = 'FULL_MONTHLY' | 'SAMPLE';

export type TreatmentMode = { readonly key: string; readonly nameZh: string };

/** A criterion of the certification standard that each physician answers 符合/不符合 (R15). */
export type Criterion = { readonly id: string; readonly textZh: string };

/** What the panel decides on when a case's two physicians disagree (R24, AMB-13 default TIEBREAK). */
export type SplitRule = { readonly kind: 'TIEBREAK' } | { readonly kind: 'EXPERT_PANEL'; readonly size: number };

export type CatalogueEntry = {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Unified catalogue code; null where the seeds give none (§9.5 data gap 1). */
  readonly code: string | null;
  /** 甲类/乙类; null where the provincial list is not yet supplied (AMB-36). */
  readonly diseaseClass: DiseaseClass | null;
  /** 即时办理 (R26); null where the pack's seed does not say (002). */
  readonly instant: boolean | null;
  /** R30: FULL_MONTHLY re-review by the agency, SAMPLE (R38), or null when unstated. */
  readonly reReview: ReReviewKind | null;
  /** Treatment modes exempt from full re-review (AMB-02). */
  readonly reReviewExemptModes: readonly string[];
  readonly modes: readonly TreatmentMode[];
  /** Whether the clerk must pick a mode (dialysis kind, rehabilitation sub-type) when applying. */
  readonly modeRequired: boolean;
  readonly schemes: readonly InsuranceScheme[];
  /** 鉴定标准 (R15, 002 §2(2)): the standard's name and the criteria each physician answers. */
  readonly standard: { readonly nameZh: string; readonly criteria: readonly Criterion[] };
  /** The seed's grouping (002's 类别). */
  readonly group: string | null;
  /** Seed references, e.g. "000 §8(2)". */
  readonly sources: readonly string[];
  /** Values of this entry that are placeholders until the agency supplies them. */
  readonly dataGaps: readonly string[];
  /** Terms and abbreviations that name this disease in a diagnosis (R13 relatedness). */
  readonly diagnosisTerms: readonly string[];
  /** Wordings that hold a term but name something else (癌胚抗原升高, 糖尿病前期): taken out before matching. */
  readonly notDiagnosisTerms: readonly string[];
  /** ICD-10 code prefixes of the disease (the icd10Set of §2.3, a data gap filled locally). */
  readonly icd10: readonly string[];
};

/** One outcome notice's policy wording (§2.17), as the pack words it. */
export type NoticeLetter = {
  readonly titleZh: string;
  readonly policyZh: string;
  readonly recourseZh: readonly string[];
  readonly sources: readonly string[];
};

export type Region = { readonly code: string; readonly nameZh: string; readonly agencyNameZh: string };

export type RatioByStatus = {
  readonly EMPLOYEE_ACTIVE?: number;
  readonly EMPLOYEE_RETIRED?: number;
  readonly RESIDENT?: number;
};

export type Benefits = {
  readonly deductible: { readonly A: number; readonly B: { readonly EMPLOYEE?: number; readonly RESIDENT?: number } };
  readonly baseRatio: RatioByStatus;
  readonly ratioOverrides: readonly (RatioByStatus & { readonly mode?: string; readonly disease?: string; readonly src: string })[];
  readonly outOfAreaRevertTo: RatioByStatus;
  readonly sources: readonly string[];
};

export type PolicyPack = {
  readonly packId: string;
  readonly version: string;
  readonly nameZh: string;
  readonly status: PackStatus;
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly sources: readonly string[];
  readonly schemes: readonly InsuranceScheme[];
  readonly regions: readonly Region[];
  readonly intake: { readonly incompleteLapseCalendarDays: number };
  /** R41/R42: years a person found cheating may not apply again (R44). */
  readonly bans: { readonly applicantYears: number; readonly sources: readonly string[] };
  /** Working days within which the applicant is told of a rejection or a refused filing (§3.5; T12, T14, T16). */
  readonly notices: {
    readonly applicantWithinWorkingDays: number;
    readonly sources: readonly string[];
    /** The wording of each outcome notice: its title, the policy it rests on, what the applicant may do. */
    readonly letters: Readonly<Record<OutcomeNoticeKind, NoticeLetter>>;
  };
  /** R27: the monthly confirmation session, and from which day of the month the desk reminds; null where the seed sets no monthly rule. */
  readonly sessions: { readonly remindFromDayOfMonth: number; readonly sources: readonly string[] } | null;
  /** Working days within which the bureau should acknowledge an instant case's 备案 before the desk raises an alert. */
  readonly filing: { readonly instantAckWorkingDays: number; readonly sources: readonly string[] };
  /** null where the seed leaves benefit levels to local rules (002 §2(4)). */
  readonly benefits: Benefits | null;
  readonly catalogue: readonly CatalogueEntry[];
  /** R9–R12: the evidence routes; any one satisfied route makes the file complete. */
  readonly evidence: { readonly sources: readonly string[]; readonly routes: readonly EvidenceRoute[] };
  /**
   * R51: what a person transferring in from outside the city adds to any route for an instant
   * disease (the recognition made there); null where the seeds provide no transfer-in.
   */
  readonly transferIn: { readonly evidence: EvidenceRequirement; readonly sources: readonly string[] } | null;
  /** The hospital directory: level, category and ownership of issuers (§2.2). Unknown = flagged. */
  readonly institutions: readonly Institution[];
  /** R18/R19: how many physicians a case needs, and which specialties may certify which disease. */
  readonly panel: {
    readonly minPhysicians: number;
    readonly sources: readonly string[];
    readonly specialties: readonly { readonly key: string; readonly nameZh: string }[];
    /** A disease missing here has no qualifying specialty: nobody may certify it (never a guess). */
    readonly diseaseSpecialties: Readonly<Record<string, readonly string[]>>;
    /** Calendar days a drawn physician has to sign or recuse before the desk draws a replacement (R20). */
    readonly respondWithinDays: number;
    readonly onSplit: SplitRule;
  };
};

export const PROCESSING_PATHS = ['INSTANT', 'MONTHLY', 'MONTHLY_REREVIEW', 'UNSPECIFIED', 'TRANSFER_IN'] as const;
export type ProcessingPath = (typeof PROCESSING_PATHS)[number];

/**
 * §2.4 path: instant diseases are processed at once (R26); the four re-review diseases go to the
 * agency after preliminary approval unless the mode is exempt (R30, AMB-02); the rest wait for the
 * monthly session (R27). A pack that does not say whether a disease is instant yields UNSPECIFIED.
 */
export function processingPath(entry: CatalogueEntry, modeKey: string | null): ProcessingPath {
  if (entry.instant === null) return 'UNSPECIFIED';
  if (entry.instant) return 'INSTANT';
  return reReviewRequired(entry, modeKey) ? 'MONTHLY_REREVIEW' : 'MONTHLY';
}

/**
 * R51: a person insured elsewhere who moves into the city keeps an instant disease after this
 * hospital's review (path TRANSFER_IN); any other disease is a new application on its usual path.
 */
export function applicationPath(entry: CatalogueEntry, modeKey: string | null, transferIn: boolean): ProcessingPath {
  const path = processingPath(entry, modeKey);
  return transferIn && path === 'INSTANT' ? 'TRANSFER_IN' : path;
}

/** R9–R12 and R51: a transfer-in adds the recognition made elsewhere to every route. */
export function evidenceRoutes(pack: PolicyPack, path: ProcessingPath): readonly EvidenceRoute[] {
  const extra = path === 'TRANSFER_IN' ? pack.transferIn?.evidence : undefined;
  return extra ? pack.evidence.routes.map((r) => ({ ...r, items: [...r.items, extra] })) : pack.evidence.routes;
}

/** R26/R51: processed at once, without waiting for the monthly session. */
export const processedAtOnce = (path: ProcessingPath): boolean => path === 'INSTANT' || path === 'TRANSFER_IN';

export function reReviewRequired(entry: CatalogueEntry, modeKey: string | null): boolean {
  if (entry.reReview !== 'FULL_MONTHLY') return false;
  return modeKey === null || !entry.reReviewExemptModes.includes(modeKey);
}

/** R2 / AN-7: the applicant's scheme must be one the entry lists. */
export function coversScheme(entry: CatalogueEntry, scheme: InsuranceScheme): boolean {
  return entry.schemes.includes(scheme);
}

/**
 * Orders pack versions such as "2025.1-draft" < "2025.1" < "2025.2" < "2026.1": numeric segments
 * compared as numbers; a pre-release suffix (after "-") sorts before the same version without one.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const na = coreA.split('.').map(Number);
  const nb = coreB.split('.').map(Number);
  for (let i = 0; i < Math.max(na.length, nb.length); i += 1) {
    const d = (na[i] ?? 0) - (nb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}
