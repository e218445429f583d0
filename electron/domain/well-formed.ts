/**
 * Unpaired UTF-16 surrogates: SQLite stores them as U+FFFD while JavaScript keeps them, so a value
 * hashed before it is stored would never match what was stored. The boundary refuses them in every
 * string (contract), and what is hashed is made well-formed first.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasLoneSurrogate = (s: string): boolean => LONE_SURROGATE.test(s);

export const wellFormed = (s: string): string => s.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');

/** The first string anywhere in a JSON-like value that holds an unpaired surrogate, as a path (`name`, `items[2].text`). */
export function loneSurrogatePath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? path || '（输入）' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = loneSurrogatePath(v, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = hasLoneSurrogate(k) ? (path ? `${path}.${k}` : k) : loneSurrogatePath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}
