/** Civil dates (ISO YYYY-MM-DD in the ground truth) and the ways hospitals print them. */

export type DateStyle = 'cn' | 'cnShort' | 'iso' | 'dot' | 'slashTime' | 'isoTime' | 'cnNumeral'
  | 'slash' | 'dotPad' | 'cnTime' | 'cnHour' | 'isoSec' | 'cnNumeralO';

const pad = (n: number): string => String(n).padStart(2, '0');

export function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/** `iso` plus `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function daysBetween(from: string, to: string): number {
  const [a, b, c] = parts(from);
  const [x, y, z] = parts(to);
  return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, b - 1, c)) / 86_400_000);
}

/** Whole years from `birth` to `on`. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const DIGITS = '〇一二三四五六七八九';

function numeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A time of day as HH:MM from minutes after midnight. */
export const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/**
 * 2025年03月04日, 2025年3月4日, 2025-04-18, 2025.3.4, 2025/10/21 11:05, 2025-06-03 09:12, 二〇二五年四月二日;
 * also 2025/10/21, 2025.03.04, 2025年03月04日 09:12, 2025年3月4日9时12分, 2025-06-03 09:12:35, 二○二五年四月二日.
 */
export function formatDate(iso: string, style: DateStyle, minutes = 9 * 60 + 12): string {
  const [y, m, d] = parts(iso);
  switch (style) {
    case 'cn': return `${y}年${pad(m)}月${pad(d)}日`;
    case 'cnShort': return `${y}年${m}月${d}日`;
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'dot': return `${y}.${m}.${d}`;
    case 'slashTime': return `${y}/${pad(m)}/${pad(d)} ${clock(minutes)}`;
    case 'isoTime': return `${y}-${pad(m)}-${pad(d)} ${clock(minutes)}`;
    case 'cnNumeral': return `${[...String(y)].map((c) => DIGITS[Number(c)]).join('')}年${numeral(m)}月${numeral(d)}日`;
    case 'slash': return `${y}/${pad(m)}/${pad(d)}`;
    case 'dotPad': return `${y}.${pad(m)}.${pad(d)}`;
    case 'cnTime': return `${y}年${pad(m)}月${pad(d)}日 ${clock(minutes)}`;
    case 'cnHour': return `${y}年${m}月${d}日${Math.floor(minutes / 60) % 24}时${pad(minutes % 60)}分`;
    // Seconds from the minutes, so the same document always prints the same time.
    case 'isoSec': return `${y}-${pad(m)}-${pad(d)} ${clock(minutes)}:${pad((minutes * 37) % 60)}`;
    // Typists often write the zero as ○ (a circle) rather than 〇.
    case 'cnNumeralO': return formatDate(iso, 'cnNumeral').replace(/〇/g, '○');
  }
}
