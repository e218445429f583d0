import { isCivilDate } from './civil-date';
import { provinceOf } from './regions';

/** GB 11643-1999 citizen identity number. */

export type Sex = 'male' | 'female';

export type IdNumberErrorCode =
  | 'ID_NUMBER_EMPTY'
  | 'ID_NUMBER_FORMAT'
  | 'ID_NUMBER_REGION'
  | 'ID_NUMBER_BIRTH_DATE'
  | 'ID_NUMBER_CHECKSUM'
  | 'ID_NUMBER_LEGACY_15';

export type IdNumberInfo = {
  /** Upper-case, without spaces. */
  readonly normalized: string;
  readonly valid: boolean;
  readonly legacy15: boolean;
  readonly birthDate: string | null;
  readonly sex: Sex | null;
  readonly region: string | null;
  readonly province: string | null;
  /** For a legacy 15-digit number: the 18-digit number it converts to. */
  readonly upgraded18: string | null;
  readonly error: IdNumberErrorCode | null;
};

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

const invalid = (normalized: string, error: IdNumberErrorCode): IdNumberInfo => ({
  normalized, valid: false, legacy15: false, birthDate: null, sex: null, region: null,
  province: null, upgraded18: null, error,
});

function birthDateFrom(yyyymmdd: string, today: string): string | null {
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (!isCivilDate(date) || date < '1900-01-01' || date > today) return null;
  return date;
}

/**
 * Validates and decodes an identity number. `today` (YYYY-MM-DD) is passed in: no clock here.
 * A 15-digit number (issued before 1999, no check character) is recognised and decoded but is
 * not accepted as valid: the desk registers 18-digit numbers (domain §2.1).
 */
export function inspectIdNumber(raw: string, today: string): IdNumberInfo {
  const n = normalizeIdNumber(raw);
  if (n === '') return invalid(n, 'ID_NUMBER_EMPTY');
  if (/^\d{15}$/.test(n)) return inspectLegacy(n, today);
  if (!/^\d{17}[\dX]$/.test(n)) return invalid(n, 'ID_NUMBER_FORMAT');
  const region = n.slice(0, 6);
  const province = provinceOf(region);
  if (!province) return invalid(n, 'ID_NUMBER_REGION');
  const birthDate = birthDateFrom(n.slice(6, 14), today);
  if (!birthDate) return invalid(n, 'ID_NUMBER_BIRTH_DATE');
  if (checkCharacter(n.slice(0, 17)) !== n[17]) return invalid(n, 'ID_NUMBER_CHECKSUM');
  return {
    normalized: n, valid: true, legacy15: false, birthDate,
    sex: Number(n[16]) % 2 === 1 ? 'male' : 'female',
    region, province, upgraded18: null, error: null,
  };
}

function inspectLegacy(n: string, today: string): IdNumberInfo {
  const region = n.slice(0, 6);
  const province = provinceOf(region);
  if (!province) return invalid(n, 'ID_NUMBER_REGION');
  const birthDate = birthDateFrom(`19${n.slice(6, 12)}`, today);
  if (!birthDate) return invalid(n, 'ID_NUMBER_BIRTH_DATE');
  const first17 = `${region}19${n.slice(6)}`;
  return {
    normalized: n, valid: false, legacy15: true, birthDate,
    sex: Number(n[14]) % 2 === 1 ? 'male' : 'female',
    region, province, upgraded18: first17 + checkCharacter(first17), error: 'ID_NUMBER_LEGACY_15',
  };
}
