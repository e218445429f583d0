import { describe, expect, it } from 'vitest';
import { checkSymbols, CODE_LENGTH, CROCKFORD, formatRecoveryCode, makeRecoveryCode, parseRecoveryCode, recoveryWaitSeconds } from './recovery-code';

const random = Array.from({ length: 22 }, (_, i) => (i * 7 + 3) % 32);
const code = makeRecoveryCode(random);

describe('recovery code (issue 11)', () => {
  it('is 24 symbols of Crockford base32 without I, L, O, U, shown in six groups of four', () => {
    expect(code).toHaveLength(CODE_LENGTH);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    expect(CROCKFORD).not.toMatch(/[ILOU]/);
    expect(formatRecoveryCode(code)).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  });

  const zeros = makeRecoveryCode([...Array<number>(20).fill(0), 1, 1]);
  it.each([
    ['as shown', formatRecoveryCode(code), code],
    ['lower case, spaces instead of hyphens', formatRecoveryCode(code).toLowerCase().replace(/-/g, ' '), code],
    ['with O for 0 and I, L for 1', `OOOO-OOOO-OOOO-OOOO-OOOO-Il${zeros.slice(22)}`, zeros],
  ])('reads a code typed %s', (_, typed, canonical) => {
    expect(parseRecoveryCode(typed)).toEqual({ ok: true, value: canonical });
  });

  it.each([
    ['too short', code.slice(0, 20), 'RECOVERY_CODE_FORMAT'],
    ['too long', `${code}7`, 'RECOVERY_CODE_FORMAT'],
    ['holding U', `U${code.slice(1)}`, 'RECOVERY_CODE_FORMAT'],
    ['holding a Chinese character', `码${code.slice(1)}`, 'RECOVERY_CODE_FORMAT'],
    ['with one symbol mistyped', `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`, 'RECOVERY_CODE_TYPO'],
    ['with two neighbours swapped', `${code[1]}${code[0]}${code.slice(2)}`, 'RECOVERY_CODE_TYPO'],
  ])('refuses a code %s', (_, typed, error) => {
    if (typed === code) return; // two equal neighbours cannot be swapped
    expect(parseRecoveryCode(typed)).toMatchObject({ ok: false, error: { code: error } });
  });

  it('finds every single-symbol slip and every swap of different neighbours', () => {
    for (let i = 0; i < 22; i += 1) {
      for (let v = 0; v < 32; v += 1) {
        if (v === random[i]) continue;
        const slip = [...random];
        slip[i] = v;
        expect(checkSymbols(slip)).not.toBe(checkSymbols(random));
      }
      if (i < 21 && random[i] !== random[i + 1]) {
        const swapped = [...random];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        expect(checkSymbols(swapped)).not.toBe(checkSymbols(random));
      }
    }
  });

  it('refuses random values out of range', () => {
    expect(() => makeRecoveryCode(random.slice(1))).toThrow();
    expect(() => makeRecoveryCode([...random.slice(1), 32])).toThrow();
  });

  it.each([[0, 0], [1, 0], [2, 0], [3, 10], [4, 20], [5, 40], [7, 160], [8, 300], [20, 300]])('after %i wrong codes waits %i s', (failures, seconds) => {
    expect(recoveryWaitSeconds(failures)).toBe(seconds);
  });
});
