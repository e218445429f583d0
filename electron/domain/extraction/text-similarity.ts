/**
 * Whether two page texts are the same sheet read twice (a re-scan), judged on OCR text because a
 * pixel fingerprint cannot tell two patients on the same hospital template apart. The identifying
 * numbers (ID, record number, dates) must agree as well as the wording.
 */

function ngrams(text: string, n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= text.length; i += 1) {
    const g = text.slice(i, i + n);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of character n-grams. */
export function dice(a: string, b: string, n: number): number {
  const ga = ngrams(a, n);
  const gb = ngrams(b, n);
  const total = [...ga.values(), ...gb.values()].reduce((x, y) => x + y, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, k] of ga) shared += Math.min(k, gb.get(g) ?? 0);
  return (2 * shared) / total;
}

const compact = (s: string): string => s.replace(/\s+/g, '');
const digits = (s: string): string => s.replace(/\D+/g, '');

export function isSameSheet(a: string, b: string): boolean {
  const [ta, tb] = [compact(a), compact(b)];
  if (ta.length < 20 || tb.length < 20) return false;
  const [da, db] = [digits(a), digits(b)];
  if (da.length < 8 || db.length < 8) return dice(ta, tb, 2) >= 0.9;
  return dice(ta, tb, 2) >= 0.6 && dice(da, db, 4) >= 0.7;
}
