import { describe, expect, it } from 'vitest';
import { CALENDAR_2025 as CAL } from './calendar/calendar-2025.fixture';
import { deadlineStatus, openDeadlines, type CaseClock } from './deadlines';

const LIMITS = { incompleteLapseCalendarDays: 30, notifyApplicantWorkingDays: 5, instantAckWorkingDays: 1 };
const clock = (over: Partial<CaseClock>): CaseClock => ({ state: 'RECEIVED', enteredOn: '2025-04-16', lastNoticeOn: null, applicantTold: false, instantFilingPending: false, reviews: [], ...over });

describe('openDeadlines (§3.5): one function for the worklist, the scheduler and the lifecycle CLI', () => {
  it.each([
    ['ED4: a re-review rejection received Wed 2025-04-16 is told by Wed 2025-04-23 (T14)', 'REREVIEW_REJECTED', '2025-04-16', 'NOTIFY_REREVIEW_REJECTION', '2025-04-23'],
    ['ED5: a rejection received Mon 2025-09-29 is told by Mon 2025-10-13, across National Day (T12)', 'HOSPITAL_REJECTED', '2025-09-29', 'NOTIFY_REJECTION', '2025-10-13'],
    ['a refused filing on Fri 2025-01-24, across Spring Festival and its make-up days (T16)', 'FILING_REJECTED', '2025-01-24', 'NOTIFY_FILING_REFUSED', '2025-02-07'],
    ['a revocation on Tue 2025-09-30 is told by Tue 2025-10-14, after National Day and its make-up Saturday (T17)', 'INVALIDATED', '2025-09-30', 'NOTIFY_REVOCATION', '2025-10-14'],
  ] as const)('%s', (_, state, enteredOn, kind, dueOn) => {
    expect(openDeadlines(clock({ state, enteredOn }), LIMITS, CAL)).toEqual([{ kind, dueOn, who: null, unverifiedYears: [] }]);
  });

  it('an instant case approved on Fri 2025-01-24 whose 备案 the bureau has not acknowledged is due Sun 01-26, a make-up working day; none once acknowledged', () => {
    expect(openDeadlines(clock({ state: 'APPROVED', enteredOn: '2025-01-24', instantFilingPending: true }), LIMITS, CAL))
      .toEqual([{ kind: 'INSTANT_FILING_ACK', dueOn: '2025-01-26', who: null, unverifiedYears: [] }]);
    expect(openDeadlines(clock({ state: 'APPROVED', enteredOn: '2025-01-24', instantFilingPending: false }), LIMITS, CAL)).toEqual([]);
  });

  it('a notice deadline closes once the clerk recorded that the applicant was told', () => {
    expect(openDeadlines(clock({ state: 'HOSPITAL_REJECTED', applicantTold: true }), LIMITS, CAL)).toEqual([]);
  });

  it('T4: an incomplete file noticed on 2025-03-01 may be supplemented through 2025-03-31 (30 calendar days), lapsing on 04-01', () => {
    expect(openDeadlines(clock({ state: 'INCOMPLETE', lastNoticeOn: '2025-03-01' }), LIMITS, CAL)).toEqual([{ kind: 'LAPSE', dueOn: '2025-03-31', who: null, unverifiedYears: [] }]);
  });

  it('R20: each pending physician, earliest first; none once the case has left review', () => {
    const reviews = [{ name: '李医生', dueOn: '2025-05-09' }, { name: '王医生', dueOn: '2025-05-07' }];
    expect(openDeadlines(clock({ state: 'UNDER_REVIEW', reviews }), LIMITS, CAL).map((d) => [d.who, d.dueOn])).toEqual([['王医生', '2025-05-07'], ['李医生', '2025-05-09']]);
    expect(openDeadlines(clock({ state: 'APPROVED', reviews }), LIMITS, CAL)).toEqual([]);
  });

  it('a due date in a year the calendar lacks names that year', () => {
    expect(openDeadlines(clock({ state: 'HOSPITAL_REJECTED', enteredOn: '2026-12-30' }), LIMITS, CAL)[0]).toMatchObject({ dueOn: '2027-01-06', unverifiedYears: [2026, 2027] });
  });

  it.each([['2025-04-22', 'OPEN'], ['2025-04-23', 'DUE_TODAY'], ['2025-04-24', 'OVERDUE']] as const)('on %s a deadline due 2025-04-23 is %s', (today, status) => {
    expect(deadlineStatus('2025-04-23', today)).toBe(status);
  });
});
