import { plusDays } from './civil-date';

/**
 * T4 (AMB-43): a file left incomplete lapses when nothing was supplemented within the pack's N
 * calendar days after the one-time notice: days 1…N after the notice are the applicant's, and the
 * file lapses on day N + 1.
 */
export function lapsesOn(noticeDate: string, days: number): string {
  return plusDays(noticeDate, days + 1);
}

export const hasLapsed = (noticeDate: string, days: number, today: string): boolean => today >= lapsesOn(noticeDate, days);
