import { isCivilDate } from '../civil-date';

/** Dates as printed on Chinese records: 2024年3月2日, 2024-03-02, 2024.3.2, 2024/03/02, 20240302. */
const DATE = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?|(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g;

export function parseDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DATE)) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isCivilDate(iso) && iso >= '1900-01-01') out.push(iso);
  }
  return out;
}

export function firstDate(text: string): string | null {
  return parseDates(text)[0] ?? null;
}
