/**
 * 抽查复核 (R38, §2.16): for each agency and period the bureau re-examines at least a fifth of the
 * approvals that were not under its full re-review (instant and exempt ones included). The desk
 * answers every request with the case's full archive package; a sampled case found not to meet the
 * conditions loses its entitlement (E9, no ban unless fraud).
 */
export const SAMPLING_RESULTS = ['CONFIRMED', 'NOT_ELIGIBLE', 'FRAUD_SUSPECTED'] as const;
export type SamplingResult = (typeof SAMPLING_RESULTS)[number];

/** R38: the least sample for a population of `n` approvals at the minimum rate (ceil, so never zero of a non-empty month). */
export function sampleSize(n: number, minRate: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`population ${n}`);
  if (!(minRate > 0 && minRate <= 1)) throw new RangeError(`rate ${minRate}`);
  return Math.ceil(Math.round(n * minRate * 1e9) / 1e9);
}

/** What a result does to the entitlement: E9 for a case that does not meet the conditions; fraud is for the bureau to pursue. */
export function samplingConsequence(result: SamplingResult): 'CANCEL_NOT_ELIGIBLE' | null {
  return result === 'NOT_ELIGIBLE' ? 'CANCEL_NOT_ELIGIBLE' : null;
}
