import type { ApplicationState } from './application-state';
import { addWorkingDays, type HolidayCalendar } from './calendar/working-days';
import { plusDays } from './civil-date';
import { lapsesOn } from './lapse';

/**
 * Every deadline an application runs against (§3.5), from one function so that the worklist, the
 * scheduler and the `lifecycle` CLI agree. Limits come from the pack; working days from the calendar.
 */
export const DEADLINE_KINDS = [
  'LAPSE', // T4: the one-time notice's N calendar days, then the file lapses
  'PHYSICIAN_REVIEW', // R20: a drawn physician signs or recuses
  'NOTIFY_REJECTION', // T12: the applicant is told of the hospital's 不予认定
  'NOTIFY_REREVIEW_REJECTION', // T14: … of the bureau's re-review rejection (ED4, ED5)
  'NOTIFY_FILING_REFUSED', // T16: … of the bureau's refusal of the 备案
  'NOTIFY_REVOCATION', // T17: … that the recognition was revoked [DEFAULT: the same working days]
  'INSTANT_FILING_ACK', // R26: an instant case's 备案 acknowledged by the bureau within the pack's working days
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type Deadline = {
  readonly kind: DeadlineKind;
  /** The last day on which the step is on time. */
  readonly dueOn: string;
  /** Who the deadline concerns (a physician's name), when not the desk itself. */
  readonly who: string | null;
  /** Years the calendar does not know: the due date counted Monday–Friday there and must be checked. */
  readonly unverifiedYears: readonly number[];
};

/** How the applicant was told of a decision (§3.5): recorded by the clerk, it closes the notice deadline. */
export const NOTIFY_METHODS = ['IN_PERSON', 'PHONE', 'POST', 'SMS'] as const;
export type NotifyMethod = (typeof NOTIFY_METHODS)[number];

export type DeadlineLimits = {
  readonly incompleteLapseCalendarDays: number;
  readonly notifyApplicantWorkingDays: number;
  readonly instantAckWorkingDays: number;
};

export type CaseClock = {
  readonly state: ApplicationState;
  /** Civil date (Asia/Shanghai) the case entered its present state. */
  readonly enteredOn: string;
  /** The last one-time notice (an INCOMPLETE file). */
  readonly lastNoticeOn: string | null;
  /** The applicant was told of the present state (a delivery the clerk recorded on or after `enteredOn`). */
  readonly applicantTold: boolean;
  /** An instant case approved whose 备案 the bureau has not yet acknowledged. */
  readonly instantFilingPending: boolean;
  /** Pending physician assignments and the last day each may act. */
  readonly reviews: readonly { readonly name: string; readonly dueOn: string }[];
};

const NOTIFY: Partial<Record<ApplicationState, DeadlineKind>> = {
  HOSPITAL_REJECTED: 'NOTIFY_REJECTION',
  REREVIEW_REJECTED: 'NOTIFY_REREVIEW_REJECTION',
  FILING_REJECTED: 'NOTIFY_FILING_REFUSED',
  INVALIDATED: 'NOTIFY_REVOCATION',
};

export function openDeadlines(c: CaseClock, limits: DeadlineLimits, cal: HolidayCalendar): Deadline[] {
  const out: Deadline[] = [];
  if (c.state === 'INCOMPLETE' && c.lastNoticeOn) {
    // the last day the applicant may still supplement: the file lapses the day after
    const lapse = lapsesOn(c.lastNoticeOn, limits.incompleteLapseCalendarDays);
    out.push({ kind: 'LAPSE', dueOn: plusDays(lapse, -1), who: null, unverifiedYears: [] });
  }
  if (c.state === 'UNDER_REVIEW') {
    for (const r of c.reviews) out.push({ kind: 'PHYSICIAN_REVIEW', dueOn: r.dueOn, who: r.name, unverifiedYears: [] });
  }
  if (c.state === 'APPROVED' && c.instantFilingPending) {
    const due = addWorkingDays(cal, c.enteredOn, limits.instantAckWorkingDays);
    out.push({ kind: 'INSTANT_FILING_ACK', dueOn: due.date, who: null, unverifiedYears: due.unverifiedYears });
  }
  const notify = NOTIFY[c.state];
  if (notify && !c.applicantTold) {
    const due = addWorkingDays(cal, c.enteredOn, limits.notifyApplicantWorkingDays);
    out.push({ kind: notify, dueOn: due.date, who: null, unverifiedYears: due.unverifiedYears });
  }
  return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

export type DeadlineStatus = 'OVERDUE' | 'DUE_TODAY' | 'OPEN';

export const deadlineStatus = (dueOn: string, today: string): DeadlineStatus =>
  (today > dueOn ? 'OVERDUE' : today === dueOn ? 'DUE_TODAY' : 'OPEN');

