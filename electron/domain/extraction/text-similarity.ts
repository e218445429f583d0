/**
 * How alike two page texts are (Dice coefficient of character bigrams, ignoring whitespace).
 * A re-scan of the same sheet reads almost the same (≥ 0.9 even on degraded scans); another
 * patient's record on the same hospital template shares only the boilerplate.
 */
export function textSimilarity(a: string, b: string): number {
  const grams = (s: string): Map<string, number> => {
    const t = s.replace(/\s+/g, '');
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i += 1) {
      const g = t.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  const total = [...ga.values(), ...gb.values()].reduce((x, y) => x + y, 0);
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / total;
}

/** The similarity at or above which a page is taken for a re-scan of another. */
export const SAME_SHEET_SIMILARITY = 0.9;
