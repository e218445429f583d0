import { entitlementOfApplication } from '../../db/queries/entitlements';
import { assignmentsOf } from '../../db/queries/physicians';
import { lastTransitionAt, notificationsOf } from '../../db/queries/lifecycle';
import { noticesOfApplication } from '../../db/queries/notices';
import type { Executor } from '../../db/client';
import type { ApplicationRow } from '../../db/queries/applications';
import type { HolidayCalendar } from '../domain/calendar/working-days';
import { shanghaiDate } from '../domain/civil-date';
import { deadlineStatus, openDeadlines, type CaseClock, type Deadline, type DeadlineStatus } from '../domain/deadlines';
import { reviewDueDate } from '../domain/panel/deadline';
import { processedAtOnce, type PolicyPack } from '../domain/policy-pack';
import { officialCalendar, type PushedYear } from '../policy/holiday-calendar';
import { getSyncValue } from '../../db/queries/sync';

export type DeadlineDto = Omit<Deadline, 'unverifiedYears'> & { readonly unverifiedYears: number[]; readonly status: DeadlineStatus };

/** Where the years the bureau published are kept (sync state). */
export const PUSHED_CALENDAR = 'calendar.pushed';

export const pushedCalendar = (db: Executor): PushedYear[] => JSON.parse(getSyncValue(db, PUSHED_CALENDAR) ?? '[]') as PushedYear[];

let calendar: { readonly pushed: string; readonly cal: HolidayCalendar } | null = null;
/**
 * The official calendar (chinese-days, offline) with the years the bureau published, rebuilt only when
 * those change; read once per request, not per case.
 */
export function deskCalendar(db: Executor): HolidayCalendar {
  const pushed = getSyncValue(db, PUSHED_CALENDAR) ?? '[]';
  if (calendar?.pushed !== pushed) calendar = { pushed, cal: officialCalendar(JSON.parse(pushed) as PushedYear[]) };
  return calendar.cal;
}

/** What the deadlines of a case are computed from, read from its records. */
function clockOf(db: Executor, app: ApplicationRow, pack: PolicyPack): CaseClock {
  const entered = lastTransitionAt(db, app.id) ?? app.updatedAt;
  const enteredOn = shanghaiDate(new Date(entered));
  const lastNotice = noticesOfApplication(db, app.id).at(-1);
  const told = notificationsOf(db, app.id).some(({ notification: n }) => n.state === app.state && n.recordedAt >= entered);
  const reviews = app.state === 'UNDER_REVIEW'
    ? assignmentsOf(db, app.id).filter((a) => a.assignment.status === 'PENDING')
      .map((a) => ({ name: a.name, dueOn: reviewDueDate(new Date(a.assignment.drawnAt), pack.panel.respondWithinDays) }))
    : [];
  const instantFilingPending = processedAtOnce(app.path) && app.state === 'APPROVED' && entitlementOfApplication(db, app.id)?.filing === 'QUEUED';
  return { state: app.state, enteredOn, lastNoticeOn: lastNotice ? shanghaiDate(new Date(lastNotice.issuedAt)) : null, applicantTold: told, instantFilingPending, reviews };
}

/** The open deadlines of a case on `today`, each with 今日到期 / 已逾期 (domain/deadlines.ts). */
export function deadlinesOf(db: Executor, app: ApplicationRow, pack: PolicyPack, today: string, cal: HolidayCalendar): DeadlineDto[] {
  const limits = {
    incompleteLapseCalendarDays: pack.intake.incompleteLapseCalendarDays, notifyApplicantWorkingDays: pack.notices.applicantWithinWorkingDays,
    instantAckWorkingDays: pack.filing.instantAckWorkingDays,
  };
  return openDeadlines(clockOf(db, app, pack), limits, cal).map((d) => ({ ...d, unverifiedYears: [...d.unverifiedYears], status: deadlineStatus(d.dueOn, today) }));
}
