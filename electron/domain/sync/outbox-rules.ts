import type { ApplicationState } from '../application-state';

/**
 * Which message a state change owes the bureau (domain §3.7): a recognition is filed (2503 人员慢特病备案)
 * when the hospital approves it (T10, or T11 for the bureau's re-review); a filed recognition that is
 * invalidated is revoked (2504). T13 (re-review passed) owes nothing: the bureau decided it.
 */
export function outboxOperation(from: ApplicationState, to: ApplicationState): '2503' | '2504' | null {
  const filed = (s: ApplicationState) => s === 'APPROVED' || s === 'AWAITING_REREVIEW';
  if (to === 'INVALIDATED' && filed(from)) return '2504';
  if (filed(to) && !filed(from)) return '2503';
  return null;
}

/**
 * Exponential backoff with full jitter: 5 s, 10 s, 20 s … capped at 30 min, each drawn uniformly
 * below the cap so many desks coming back online together do not all call at once.
 */
export function backoffMs(attempts: number, random: number): number {
  const ceiling = Math.min(30 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** msgid of the national platform: fixmedins_code + yyyyMMddHHmmss (Beijing time) + a 4-digit sequence. */
export function platformMsgid(fixmedinsCode: string, at: Date, sequence: number): string {
  const t = new Date(at.getTime() + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return `${fixmedinsCode}${t}${String(sequence % 10_000).padStart(4, '0')}`;
}
