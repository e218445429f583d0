import { plusDays, shanghaiDate } from '../civil-date';

/**
 * R20 redraw: a drawn physician has `days` calendar days (Asia/Shanghai) after the day of the draw to
 * sign or recuse. The due date is the last day they may still act; from the day after, the desk
 * expires the assignment and draws a replacement.
 */
export function reviewDueDate(drawnAt: Date, days: number): string {
  return plusDays(shanghaiDate(drawnAt), days);
}

export function isOverdue(drawnAt: Date, now: Date, days: number): boolean {
  return shanghaiDate(now) > reviewDueDate(drawnAt, days);
}
