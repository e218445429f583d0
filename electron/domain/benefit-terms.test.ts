import { describe, expect, it } from 'vitest';
import { benefitTerms } from './benefit-terms';
import type { Benefits, CatalogueEntry } from './policy-pack';

// domain §5.1 (Liaocheng, 000 §16, §17), as the pack states it
const LIAOCHENG: Benefits = {
  deductible: { A: 0, B: { EMPLOYEE: 600, RESIDENT: 500 } },
  baseRatio: { EMPLOYEE_ACTIVE: 0.85, EMPLOYEE_RETIRED: 0.9, RESIDENT: 0.65 },
  ratioOverrides: [
    { mode: 'HEMODIALYSIS', EMPLOYEE_ACTIVE: 0.95, EMPLOYEE_RETIRED: 0.95, RESIDENT: 0.8, src: '000 §16' },
    { mode: 'HEMOFILTRATION', EMPLOYEE_ACTIVE: 0.85, EMPLOYEE_RETIRED: 0.9, RESIDENT: 0.7, src: '000 §16' },
    { disease: 'HEMOPHILIA', RESIDENT: 0.75, src: '000 §16' },
    { disease: 'SEVERE_MENTAL_DISORDER', RESIDENT: 0.7, src: '000 §16' },
    { disease: 'CHILD_DISABILITY_REHAB', RESIDENT: 0.7, src: '000 §16' },
  ],
  outOfAreaRevertTo: { EMPLOYEE_ACTIVE: 0.85, EMPLOYEE_RETIRED: 0.9, RESIDENT: 0.65 },
  sources: ['000 §16'],
};

const entry = (key: string, diseaseClass: 'A' | 'B' | null): CatalogueEntry => ({
  key, nameZh: key, nameEn: key, code: null, diseaseClass, instant: true, reReview: null, reReviewExemptModes: [], modes: [], modeRequired: false,
  schemes: ['EMPLOYEE', 'RESIDENT'], standard: { nameZh: '', criteria: [] }, group: null, sources: [], dataGaps: [], diagnosisTerms: [], notDiagnosisTerms: [], icd10: [],
});

describe('benefitTerms (§5.1, B6, B11, B12)', () => {
  it.each([
    // example, disease, class, mode, scheme, status, deductible, ratio, out-of-area ratio
    ['E1', 'DIABETES', 'B', null, 'EMPLOYEE', 'RETIRED', 600, 0.9, null],
    ['E2', 'DIABETES', 'B', null, 'EMPLOYEE', 'ACTIVE', 600, 0.85, null],
    ['E3', 'DIABETES', 'B', null, 'RESIDENT', 'NA', 500, 0.65, null],
    ['E7', 'URAEMIA_DIALYSIS', 'A', 'HEMODIALYSIS', 'EMPLOYEE', 'ACTIVE', 0, 0.95, 0.85],
    ['E8a', 'URAEMIA_DIALYSIS', 'A', 'HEMOFILTRATION', 'EMPLOYEE', 'ACTIVE', 0, 0.85, 0.85],
    ['E8b', 'URAEMIA_DIALYSIS', 'A', 'HEMOFILTRATION', 'EMPLOYEE', 'RETIRED', 0, 0.9, 0.9],
    ['E9a', 'URAEMIA_DIALYSIS', 'A', 'HEMODIALYSIS', 'RESIDENT', 'NA', 0, 0.8, 0.65],
    ['E9b', 'URAEMIA_DIALYSIS', 'A', 'HEMOFILTRATION', 'RESIDENT', 'NA', 0, 0.7, 0.65],
    ['E9c', 'HEMOPHILIA', 'A', null, 'RESIDENT', 'NA', 0, 0.75, 0.65],
    ['E9d', 'SEVERE_MENTAL_DISORDER', 'A', null, 'RESIDENT', 'NA', 0, 0.7, 0.65],
    ['E9e', 'CHILD_DISABILITY_REHAB', 'A', 'AUTISM', 'RESIDENT', 'NA', 0, 0.7, 0.65],
    ['E9f', 'MALIGNANT_TUMOR_OUTPATIENT', 'A', null, 'RESIDENT', 'NA', 0, 0.65, null],
    ['E10a', 'URAEMIA_DIALYSIS', 'A', 'HEMODIALYSIS', 'EMPLOYEE', 'RETIRED', 0, 0.95, 0.9],
    ['employee hemophilia keeps the base ratio', 'HEMOPHILIA', 'A', null, 'EMPLOYEE', 'RETIRED', 0, 0.9, null],
  ] as const)('%s: %s', (_e, key, cls, mode, scheme, status, deductible, ratio, away) => {
    const t = benefitTerms(LIAOCHENG, entry(key, cls), mode, scheme, status);
    expect(t).toMatchObject({ diseaseClass: cls, deductible, ratio, outOfAreaRatio: away, special: away !== null });
  });

  it('says nothing it does not know: no class, an employee of unknown status, a pack without benefits', () => {
    expect(benefitTerms(LIAOCHENG, entry('LEUKEMIA', null), null, 'EMPLOYEE', 'ACTIVE')).toMatchObject({ diseaseClass: null, deductible: null, ratio: 0.85 });
    expect(benefitTerms(LIAOCHENG, entry('DIABETES', 'B'), null, 'EMPLOYEE', 'NA')).toMatchObject({ deductible: null, ratio: null });
    expect(benefitTerms(null, entry('DIABETES', 'B'), null, 'RESIDENT', 'NA')).toMatchObject({ diseaseClass: 'B', deductible: null, ratio: null, sources: [] });
  });
});
