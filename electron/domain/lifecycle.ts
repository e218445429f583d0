import { INITIAL_STATE, transition, type ApplicationEvent, type ApplicationState, type TransitionContext, type TransitionId } from './application-state';
import type { HolidayCalendar } from './calendar/working-days';
import { plusDays } from './civil-date';
import { deadlineStatus, openDeadlines, type Deadline, type DeadlineStatus } from './deadlines';
import { banUntil, type BanKind } from './bans';
import { entitlementEffect, type EntitlementState } from './entitlement';
import { entitlementChange, type EntitlementEventType } from './entitlement-events';
import { applicationPath, processedAtOnce, reReviewRequired, type PolicyPack, type ProcessingPath } from './policy-pack';

/**
 * A case described by its events and their dates, replayed through the same state machine, entitlement
 * rules and deadlines as the desk (the `lifecycle` CLI): what state it is in on a given day, what
 * entitlement it gives and from when, and what is due.
 */
export type CaseDescription = {
  readonly disease: string;
  readonly mode?: string | null;
  readonly events: readonly { readonly event: ApplicationEvent; readonly on: string; readonly signedDecisions?: number }[];
  /** Days the applicant was told of the case's state (in person, phone, post, SMS). */
  readonly told?: readonly string[];
  /** Physicians drawn and the day of the draw, still to act. */
  readonly reviews?: readonly { readonly name: string; readonly drawnOn: string }[];
  /** The day the bureau acknowledged the 备案 (2503), if it has. */
  readonly filedOn?: string;
  /** R51: the place outside the city where the person was insured before moving here. */
  readonly transferFrom?: string;
  /** What the bureau (or R39) later did to the entitlement, by date (§3.2 E2–E12). */
  readonly entitlementEvents?: readonly { readonly type: EntitlementEventType; readonly on: string }[];
};

export type CaseOnDay = {
  readonly state: ApplicationState;
  readonly path: ProcessingPath;
  readonly history: readonly { readonly event: ApplicationEvent; readonly transition: TransitionId; readonly from: ApplicationState; readonly to: ApplicationState; readonly on: string }[];
  readonly entitlement: { readonly state: EntitlementState; readonly startDate: string; readonly endDate: string | null } | null;
  /** The entitlement events applied so far; `expected: false` where only the bureau's word allows it. */
  readonly entitlementHistory: readonly { readonly type: EntitlementEventType; readonly rule: string; readonly to: EntitlementState; readonly on: string; readonly expected: boolean }[];
  /** R41/R42/R44: a ban an event gave, and its last day. */
  readonly ban: { readonly kind: BanKind; readonly decidedOn: string; readonly until: string } | null;
  readonly deadlines: readonly (Deadline & { readonly status: DeadlineStatus })[];
};

export type ReplayError = { readonly error: 'UNKNOWN_DISEASE' | 'TRANSITION_NOT_ALLOWED' | 'EVENTS_OUT_OF_ORDER'; readonly at: number; readonly detail: string };

export function caseOnDay(desc: CaseDescription, on: string, pack: PolicyPack, cal: HolidayCalendar): CaseOnDay | ReplayError {
  const entry = pack.catalogue.find((e) => e.key === desc.disease);
  if (!entry) return { error: 'UNKNOWN_DISEASE', at: -1, detail: desc.disease };
  const mode = desc.mode ?? null;
  const path = applicationPath(entry, mode, desc.transferFrom !== undefined);
  let state: ApplicationState = INITIAL_STATE;
  let enteredOn = desc.events[0]?.on ?? on;
  let lastNoticeOn: string | null = null;
  let entitlement: CaseOnDay['entitlement'] = null;
  const history: CaseOnDay['history'][number][] = [];
  for (const [i, e] of desc.events.entries()) {
    if (e.on > on) break;
    if (i > 0 && e.on < desc.events[i - 1]!.on) return { error: 'EVENTS_OUT_OF_ORDER', at: i, detail: e.on };
    const ctx: TransitionContext = {
      identityVerified: true, applicantSigned: true, materialsComplete: e.event !== 'NOTIFY_DEFICIENCY',
      instant: processedAtOnce(path), reReviewRequired: reReviewRequired(entry, mode), signedDecisions: e.signedDecisions ?? 2,
    };
    const r = transition(state, e.event, ctx);
    if (!r.ok) return { error: 'TRANSITION_NOT_ALLOWED', at: i, detail: `${state} × ${e.event}` };
    history.push({ event: e.event, transition: r.value.transition, from: state, to: r.value.to, on: e.on });
    const effect = entitlementEffect(r.value.transition, { at: new Date(`${e.on}T12:00:00+08:00`), rereviewPassDate: e.on });
    if (effect?.kind === 'CREATE') entitlement = { state: 'EFFECTIVE', startDate: effect.startDate, endDate: null };
    if (effect?.kind === 'END' && entitlement) entitlement = { ...entitlement, state: effect.state, endDate: effect.endDate };
    if (e.event === 'NOTIFY_DEFICIENCY') lastNoticeOn = e.on;
    if (r.value.to !== state) enteredOn = e.on;
    state = r.value.to;
  }
  const after = entitlement ? applyEntitlementEvents(entitlement, desc.entitlementEvents ?? [], on, pack) : { entitlement, history: [], ban: null };
  const deadlines = openDeadlines({
    state, enteredOn, lastNoticeOn,
    applicantTold: (desc.told ?? []).some((d) => d >= enteredOn && d <= on),
    instantFilingPending: processedAtOnce(path) && !(desc.filedOn !== undefined && desc.filedOn <= on),
    reviews: (desc.reviews ?? []).map((r) => ({ name: r.name, dueOn: plusDays(r.drawnOn, pack.panel.respondWithinDays) })),
  }, {
    incompleteLapseCalendarDays: pack.intake.incompleteLapseCalendarDays, notifyApplicantWorkingDays: pack.notices.applicantWithinWorkingDays,
    instantAckWorkingDays: pack.filing.instantAckWorkingDays,
  }, cal);
  return {
    state, path, history, entitlement: after.entitlement, entitlementHistory: after.history, ban: after.ban,
    deadlines: deadlines.map((d) => ({ ...d, status: deadlineStatus(d.dueOn, on) })),
  };
}

function applyEntitlementEvents(
  start: NonNullable<CaseOnDay['entitlement']>, events: NonNullable<CaseDescription['entitlementEvents']>, on: string, pack: PolicyPack,
): { entitlement: CaseOnDay['entitlement']; history: CaseOnDay['entitlementHistory'][number][]; ban: CaseOnDay['ban'] } {
  let entitlement = start;
  let ban: CaseOnDay['ban'] = null;
  const history: CaseOnDay['entitlementHistory'][number][] = [];
  for (const e of events.filter((x) => x.on <= on && x.on >= start.startDate)) {
    const change = entitlementChange(entitlement.state, e.type, e.on);
    entitlement = { ...entitlement, state: change.to, endDate: change.endDate };
    history.push({ type: e.type, rule: change.rule, to: change.to, on: e.on, expected: change.expected });
    if (change.ban) ban = { kind: change.ban, decidedOn: e.on, until: banUntil(e.on, pack.bans.applicantYears) };
  }
  return { entitlement, history, ban };
}
