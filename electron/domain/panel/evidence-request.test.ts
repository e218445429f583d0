import { describe, expect, it } from 'vitest';
import { mayRequestClinicalEvidence } from './evidence-request';

describe('T9 (AMB-50): the panel may ask for more clinical evidence once, while reviewing', () => {
  it.each([
    ['UNDER_REVIEW', 0, true],
    ['UNDER_REVIEW', 1, false],
    ['QUEUED_FOR_SESSION', 0, false],
    ['APPROVED', 0, false],
  ] as const)('%s after %i earlier requests → %s', (state, earlier, allowed) => {
    expect(mayRequestClinicalEvidence(state, earlier)).toBe(allowed);
  });
});
