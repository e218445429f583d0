import type { Benefits, CatalogueEntry, EmploymentStatus, InsuranceScheme, RatioByStatus } from './policy-pack';

/**
 * What a recognised patient may expect from the fund, as printed on the approval notice (domain
 * §5.1, §5.2 B6, B11, B12): the disease's class, the year's deductible, the fund's ratio for the
 * person's scheme and status, and the ratio out of the area. A value the pack does not give is
 * null and the notice says it is set by the bureau; nothing is guessed.
 */
export type BenefitTerms = {
  readonly diseaseClass: 'A' | 'B' | null;
  /** Yuan per calendar year, paid by the patient (class B only, B6); 0 for class A; null when unknown. */
  readonly deductible: number | null;
  /** Fund share above the deductible, 0..1 (B11). */
  readonly ratio: number | null;
  /** Whether `ratio` is a special one by disease or treatment mode (000 §16). */
  readonly special: boolean;
  /** The ratio when treated out of the area (B12: special ratios revert); null = the city's out-of-area rules. */
  readonly outOfAreaRatio: number | null;
  /** Where the pack took these from. */
  readonly sources: readonly string[];
};

type StatusKey = keyof RatioByStatus;

/** The column of §5.1 a person falls in: scheme and, for employees, active or retired (B11). */
export function statusKey(scheme: InsuranceScheme, status: EmploymentStatus): StatusKey | null {
  if (scheme === 'RESIDENT') return 'RESIDENT';
  if (status === 'ACTIVE') return 'EMPLOYEE_ACTIVE';
  if (status === 'RETIRED') return 'EMPLOYEE_RETIRED';
  return null;
}

/** §5.1 for one disease (and treatment mode) and one person; `benefits` null = the pack leaves them local. */
export function benefitTerms(benefits: Benefits | null, entry: CatalogueEntry, modeKey: string | null,
  scheme: InsuranceScheme, status: EmploymentStatus): BenefitTerms {
  const diseaseClass = entry.diseaseClass;
  const key = statusKey(scheme, status);
  if (!benefits || !key) return { diseaseClass, deductible: null, ratio: null, special: false, outOfAreaRatio: null, sources: benefits?.sources ?? [] };
  // a treatment mode's ratio is more specific than the disease's (E7–E9)
  const override = [
    ...benefits.ratioOverrides.filter((o) => modeKey !== null && o.mode === modeKey),
    ...benefits.ratioOverrides.filter((o) => o.disease === entry.key),
  ].find((o) => o[key] !== undefined);
  const ratio = override?.[key] ?? benefits.baseRatio[key] ?? null;
  const deductible = diseaseClass === 'A' ? benefits.deductible.A : diseaseClass === 'B' ? benefits.deductible.B[scheme] ?? null : null;
  return {
    diseaseClass, deductible, ratio, special: override !== undefined,
    outOfAreaRatio: override ? benefits.outOfAreaRevertTo[key] ?? null : null,
    sources: override ? [...benefits.sources, override.src] : benefits.sources,
  };
}
