import { describe, expect, it } from 'vitest';
import { checkCharacter, inspectIdNumber } from './id-number';

const TODAY = '2026-11-23';
/** Builds a valid 18-digit number from its first 17 digits (the check character is computed, not hard-coded). */
const withCheck = (first17: string) => first17 + checkCharacter(first17);

describe('GB 11643 identity numbers', () => {
  it('accepts the standard worked example 11010519491231002X and decodes it', () => {
    const r = inspectIdNumber('11010519491231002x', TODAY);
    expect(r).toMatchObject({ valid: true, normalized: '11010519491231002X', birthDate: '1949-12-31', sex: 'female', region: '110105', province: '北京市', error: null });
  });

  it.each([
    ['37150219800101001', 'male'],
    ['37152219950615002', 'female'],
    ['15010220000229003', 'male'],
  ] as const)('derives sex from the 17th digit: %s -> %s', (first17, sex) => {
    expect(inspectIdNumber(withCheck(first17), TODAY)).toMatchObject({ valid: true, sex });
  });

  it('refuses a wrong check character with ID_NUMBER_CHECKSUM', () => {
    const good = withCheck('37150219800101001');
    const wrongLast = good[17] === '0' ? '1' : '0';
    expect(inspectIdNumber(good.slice(0, 17) + wrongLast, TODAY)).toMatchObject({ valid: false, error: 'ID_NUMBER_CHECKSUM', birthDate: null, sex: null });
  });

  it.each([
    ['', 'ID_NUMBER_EMPTY'],
    ['3715021980010100', 'ID_NUMBER_FORMAT'],
    ['37150219800101001A', 'ID_NUMBER_FORMAT'],
    ['9915021980010100X', 'ID_NUMBER_FORMAT'],
  ])('refuses malformed input %j with %s', (raw, code) => {
    expect(inspectIdNumber(raw, TODAY).error).toBe(code);
  });

  it('refuses an unknown province code (first two digits)', () => {
    expect(inspectIdNumber(withCheck('99150219800101001'), TODAY).error).toBe('ID_NUMBER_REGION');
  });

  it.each(['19800230', '19801301', '18991231', '20261124'])('refuses an impossible or future birth date %s', (date) => {
    expect(inspectIdNumber(withCheck(`371502${date}001`), TODAY).error).toBe('ID_NUMBER_BIRTH_DATE');
  });

  it('accepts a leap day and a birth today', () => {
    expect(inspectIdNumber(withCheck('37150220000229001'), TODAY).valid).toBe(true);
    expect(inspectIdNumber(withCheck('37150220261123001'), TODAY).valid).toBe(true);
  });

  it('recognises a 15-digit legacy number, decodes it and offers the 18-digit form', () => {
    const r = inspectIdNumber('371502800101001', TODAY);
    expect(r).toMatchObject({ valid: false, legacy15: true, error: 'ID_NUMBER_LEGACY_15', birthDate: '1980-01-01', sex: 'male', region: '371502' });
    expect(r.upgraded18).toBe(withCheck('37150219800101001'));
    expect(inspectIdNumber(r.upgraded18!, TODAY).valid).toBe(true);
  });

  it('ignores spaces typed or scanned inside the number', () => {
    expect(inspectIdNumber(' 110105 19491231 002X ', TODAY).valid).toBe(true);
  });
});
