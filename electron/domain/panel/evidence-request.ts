import type { ApplicationState } from '../application-state';

/**
 * T9 (AMB-50): while a case is under review, its panel may ask once for more clinical evidence, as a
 * notice of its own apart from the clerk's one-time notice (R8).
 */
export const mayRequestClinicalEvidence = (state: ApplicationState, earlierRequests: number): boolean =>
  state === 'UNDER_REVIEW' && earlierRequests === 0;
