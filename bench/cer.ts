import { toHalfWidth } from '../electron/domain/extraction/normalize-text';

/** Character error rate of OCR output against the printed truth, for the OCR benchmarks. */

/** Layout (spaces, line breaks) and full/half-width forms are not counted as errors. */
const compact = (s: string): string => toHalfWidth(s).replace(/\s+/g, '');

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

export const cer = (truth: string, text: string): number => levenshtein(compact(truth), compact(text)) / Math.max(1, compact(truth).length);
