/**
 * R27 (000 §8(2) 「每月至少组织一次资格确认」): every calendar month in which applications waited in the
 * queue must hold at least one confirmation session (§2.9). From the pack's day of the month the desk
 * reminds while cases wait and no session was held; a month that ended so is a violation
 * (MISSED_MONTHLY_SESSION), recorded once.
 */
export type QueueStay = {
  /** The civil date the case entered QUEUED_FOR_SESSION (T6). */
  readonly from: string;
  /** The civil date it left the queue (T7, T15), or null while it waits. */
  readonly until: string | null;
};

export type SessionCompliance = {
  /** This month, from the reminder day on: cases wait and no session was held. */
  readonly reminder: { readonly month: string; readonly waiting: number } | null;
  /** Past months (YYYY-MM, oldest first) in which cases waited and no session was held. */
  readonly missedMonths: readonly string[];
};

const monthOf = (date: string): string => date.slice(0, 7);
const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** Whether a case was in the queue at some time during `month`. */
const waitedIn = (s: QueueStay, month: string): boolean => monthOf(s.from) <= month && (s.until === null || monthOf(s.until) >= month);

export function sessionCompliance(
  stays: readonly QueueStay[], sessionMonths: ReadonlySet<string>, today: string, remindFromDay: number,
): SessionCompliance {
  const thisMonth = monthOf(today);
  const missedMonths: string[] = [];
  const first = stays.map((s) => monthOf(s.from)).sort()[0];
  for (let m = first; m !== undefined && m < thisMonth; m = nextMonth(m)) {
    if (!sessionMonths.has(m) && stays.some((s) => waitedIn(s, m))) missedMonths.push(m);
  }
  const waiting = stays.filter((s) => s.until === null).length;
  const remind = Number(today.slice(8, 10)) >= remindFromDay && waiting > 0 && !sessionMonths.has(thisMonth);
  return { reminder: remind ? { month: thisMonth, waiting } : null, missedMonths };
}
