import { describe, expect, it } from 'vitest';
import { sampleSize, samplingConsequence } from './sampling';

describe('R38 sampling of at least 20 %', () => {
  it.each([[37, 8], [5, 1], [0, 0], [10, 2], [11, 3], [1, 1], [100, 20]])('N = %i → at least %i', (n, size) => {
    expect(sampleSize(n, 0.2)).toBe(size);
  });

  it('a higher rate (AN-30: a hospital with findings) takes more', () => {
    expect(sampleSize(37, 0.3)).toBe(12);
    expect(sampleSize(10, 1)).toBe(10);
  });

  it('refuses a population or rate that cannot be', () => {
    expect(() => sampleSize(-1, 0.2)).toThrow(RangeError);
    expect(() => sampleSize(3.5, 0.2)).toThrow(RangeError);
    expect(() => sampleSize(10, 0)).toThrow(RangeError);
  });

  it('only "not eligible" ends the entitlement (E9); fraud is left to the bureau to decide', () => {
    expect([samplingConsequence('CONFIRMED'), samplingConsequence('NOT_ELIGIBLE'), samplingConsequence('FRAUD_SUSPECTED')]).toEqual([null, 'CANCEL_NOT_ELIGIBLE', null]);
  });
});
