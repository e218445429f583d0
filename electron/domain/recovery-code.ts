import { err, ok, type Result } from './result';

/**
 * The administrator's recovery code (issue 11, R53): 24 symbols of Crockford base32 shown in six
 * groups of four, e.g. `7M2K-9QXD-…`. 22 symbols are random (110 bits); the last two are a check
 * over them, so a mistyped code is told apart from a wrong one without running the slow KDF.
 * Crockford's alphabet has no I, L, O or U; when typed, I and L read as 1 and O as 0.
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RANDOM_SYMBOLS = 22;
export const CODE_LENGTH = RANDOM_SYMBOLS + 2;

export type RecoveryCodeError = 'RECOVERY_CODE_FORMAT' | 'RECOVERY_CODE_TYPO';

/**
 * Weighted sum of the symbols' values mod 1024, as two symbols. A single wrong symbol changes the
 * sum by (i+1)·d with |(i+1)·d| ≤ 22·31 < 1024, and swapping two neighbours by their difference:
 * both always change the check.
 */
export function checkSymbols(values: readonly number[]): string {
  const sum = values.reduce((acc, v, i) => (acc + (i + 1) * v) % 1024, 0);
  return CROCKFORD[sum >> 5]! + CROCKFORD[sum & 31]!;
}

/** A new code from 22 random values in 0..31 (the caller draws them: the domain has no randomness). */
export function makeRecoveryCode(random: readonly number[]): string {
  if (random.length !== RANDOM_SYMBOLS || random.some((v) => !Number.isInteger(v) || v < 0 || v > 31)) {
    throw new Error('a recovery code needs 22 values in 0..31');
  }
  return random.map((v) => CROCKFORD[v]).join('') + checkSymbols(random);
}

/** `XXXX-XXXX-…` for showing and printing. */
export const formatRecoveryCode = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

/**
 * What the administrator typed, as the canonical 24 symbols: case, spaces and hyphens are ignored,
 * I/L become 1 and O becomes 0; U or any other character, a wrong length or a failed check is refused.
 */
export function parseRecoveryCode(typed: string): Result<string, RecoveryCodeError> {
  const plain = typed.toUpperCase().replace(/[\s\-_.·—]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== CODE_LENGTH || [...plain].some((c) => !CROCKFORD.includes(c))) return err('RECOVERY_CODE_FORMAT', { length: CODE_LENGTH });
  const values = [...plain.slice(0, RANDOM_SYMBOLS)].map((c) => CROCKFORD.indexOf(c));
  if (checkSymbols(values) !== plain.slice(RANDOM_SYMBOLS)) return err('RECOVERY_CODE_TYPO');
  return ok(plain);
}

/**
 * Seconds to wait before the next try after `failures` wrong codes in a row: two free tries (typing
 * slips), then 10 s doubling up to 5 minutes. The KDF already makes each try slow; this keeps a
 * script at the screen from trying many.
 */
export function recoveryWaitSeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(300, 10 * 2 ** (failures - 3));
}
