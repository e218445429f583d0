import { samplingsOfApplication } from '../../db/queries/sampling';
import { AppError } from '../contract/app-error';
import { findApplicantById } from '../../db/queries/applicants';
import {
  appendApplicationEvent, applicationHistory, applicationsOfApplicant, findApplication, insertApplication,
  listApplications, updateApplicationState, type ApplicationWithApplicant,
} from '../../db/queries/applications';
import { getDesk, nextCounter } from '../../db/queries/desk';
import { entitlementOfApplication, eventsOfEntitlement } from '../../db/queries/entitlements';
import { bansOfApplicant, insertApplicantNotification, insertBan, notificationsOf } from '../../db/queries/lifecycle';
import type { Tx } from '../../db/client';
import {
  blocksNewApplication, eventsFrom, INITIAL_STATE, mayRevoke, transition, type ApplicationEvent, type ApplicationState, type TransitionContext,
} from '../domain/application-state';
import { activeBan, banUntil, type BanKind } from '../domain/bans';
import { plusDays, shanghaiDate } from '../domain/civil-date';
import type { NotifyMethod } from '../domain/deadlines';
import { mayRecordTold, outcomeNoticeKind } from '../domain/outcome-notices';
import { applicationPath, coversScheme } from '../domain/policy-pack';
import { disclose, disclosure, maskIdNumber, type Disclosure } from '../domain/privacy';
import type { ApplicantService } from './applicants';
import { recordAudit } from './audit';
import type { CatalogueService } from './catalogue';
import type { Entitlements } from './entitlements';
import type { Outbox } from './outbox';
import type { Actor, ServiceDeps } from './context';
import { physicianIdOf, requireCaseAccess } from './case-access';
import { deadlinesOf, deskCalendar } from './deadlines';
import { requirePermission } from './guard';

export type DiseaseChoice = { diseaseKey: string; modeKey: string | null };
export type IdentityVerification = 'ID_CARD_READER' | 'ORIGINAL_SIGHTED' | 'E_VOUCHER';

export function createApplicationService(
  deps: ServiceDeps, catalogue: CatalogueService, applicants: ApplicantService, entitlements: Entitlements, outbox: Outbox,
) {
  const toDto = ({ application: a, applicant: p }: ApplicationWithApplicant, shown: Disclosure = { idNumber: 'FULL', phone: 'FULL', address: 'FULL' }) => ({
    id: a.id, displayNo: a.displayNo, applicantId: a.applicantId, applicantName: p.name,
    applicantIdNumber: shown.idNumber === 'FULL' ? p.idNumber : maskIdNumber(p.idNumber),
    diseaseKey: a.diseaseKey, diseaseName: a.diseaseName, modeKey: a.modeKey, modeName: a.modeName, path: a.path, transferFrom: a.transferFrom,
    state: a.state, packId: a.packId, packVersion: a.packVersion, createdAt: a.createdAt, updatedAt: a.updatedAt,
    receivedAt: a.receivedAt,
  });

  /**
   * Opens one application per chosen disease (AMB-42), all or none. Each starts in the machine's
   * initial state (R7: DRAFT, then T1 at receipt). Refused: unknown disease, a scheme the disease
   * does not cover (R2), a missing or unknown mode, or an open/approved application for the same
   * disease (AN-4).
   */
  function open(actor: Actor, applicantId: string, diseases: readonly DiseaseChoice[], transferFrom: string | null = null) {
    requirePermission(actor, 'applications.open');
    const pack = catalogue.activePack();
    if (transferFrom !== null && pack.transferIn === null) throw new AppError('TRANSFER_IN_UNDEFINED', { pack: pack.nameZh });
    return deps.db.transaction((tx) => {
      const applicant = findApplicantById(tx, applicantId);
      if (!applicant) throw new AppError('APPLICANT_NOT_FOUND');
      const desk = getDesk(tx);
      if (!desk) throw new AppError('SETUP_REQUIRED');
      // R44: a person barred for cheating may not apply for any disease until the ban ends
      const ban = activeBan(bansOfApplicant(tx, applicant.id), shanghaiDate(deps.clock()));
      if (ban) throw new AppError('APPLICANT_BANNED', { reason: ban.reason, decidedOn: ban.decidedOn, until: ban.until, from: plusDays(ban.until, 1) });
      const seen = new Set<string>();
      const created: string[] = [];
      for (const choice of diseases) {
        const entry = pack.catalogue.find((e) => e.key === choice.diseaseKey);
        if (!entry) throw new AppError('DISEASE_UNKNOWN', { key: choice.diseaseKey });
        if (seen.has(entry.key)) throw new AppError('DISEASE_REPEATED', { disease: entry.nameZh });
        seen.add(entry.key);
        if (!coversScheme(entry, applicant.scheme)) throw new AppError('DISEASE_SCHEME_MISMATCH', { disease: entry.nameZh, scheme: applicant.scheme });
        const mode = choice.modeKey === null ? null : entry.modes.find((m) => m.key === choice.modeKey);
        if (mode === undefined) throw new AppError('DISEASE_MODE_UNKNOWN', { disease: entry.nameZh, mode: String(choice.modeKey) });
        if (entry.modeRequired && mode === null) throw new AppError('DISEASE_MODE_REQUIRED', { disease: entry.nameZh });
        const blocking = applicationsOfApplicant(tx, applicant.id, entry.key).find((a) => blocksNewApplication(a.state));
        if (blocking) throw new AppError('APPLICATION_DUPLICATE', { disease: entry.nameZh, displayNo: blocking.displayNo, state: blocking.state });

        const now = deps.clock();
        const month = shanghaiDate(now).slice(0, 7).replace('-', '');
        const seq = nextCounter(tx, `display:${month}`);
        const id = deps.newId();
        const at = now.toISOString();
        insertApplication(tx, {
          id, displayNo: `${desk.hospitalCode}${month}${String(seq).padStart(5, '0')}`, applicantId: applicant.id,
          diseaseKey: entry.key, diseaseName: entry.nameZh, modeKey: mode?.key ?? null, modeName: mode?.nameZh ?? null,
          path: applicationPath(entry, mode?.key ?? null, transferFrom !== null), transferFrom, state: INITIAL_STATE, packId: pack.packId, packVersion: pack.version,
          createdAt: at, createdBy: actor.userId, updatedAt: at,
        });
        appendApplicationEvent(tx, { id: deps.newId(), applicationId: id, transition: null, fromState: null, toState: INITIAL_STATE, at, actorId: actor.userId, note: null });
        recordAudit(tx, deps, actor, {
          action: 'application.open', entityType: 'application', entityId: id,
          details: { diseaseKey: entry.key, modeKey: mode?.key ?? null, packVersion: pack.version, transferFrom }, seal: [{ kind: 'application', id }],
        });
        created.push(id);
      }
      return created.map((id) => toDto(findApplication(tx, id)!));
    });
  }

  function list(actor: Actor, filter: { state: ApplicationState | null; query: string; page: number; pageSize: number }) {
    requirePermission(actor, 'applications.read');
    // a physician's worklist holds only the cases drawn for them (and not recused or replaced)
    const assignedTo = actor.role === 'PHYSICIAN' ? physicianIdOf(deps.db, actor) : null;
    const { rows, total, countsByState } = listApplications(deps.db, {
      state: filter.state, query: filter.query, limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize, assignedTo,
    });
    const shown = disclosure(actor.role, 'LIST');
    const pack = catalogue.activePack();
    const today = shanghaiDate(deps.clock());
    const cal = deskCalendar(deps.db);
    const items = rows.map((r) => ({ ...toDto(r, shown), deadlines: deadlinesOf(deps.db, r.application, pack, today, cal) }));
    return { items, total, page: filter.page, pageSize: filter.pageSize, countsByState };
  }

  function get(actor: Actor, id: string) {
    requirePermission(actor, 'applications.read');
    const found = findApplication(deps.db, id);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    requireCaseAccess(deps.db, actor, id);
    const shown = disclosure(actor.role, 'DETAIL');
    const history = applicationHistory(deps.db, id).map(({ event: e, actorName }) => ({
      seq: e.seq, transition: e.transition, fromState: e.fromState, toState: e.toState, at: e.at, actorName, note: e.note,
    }));
    const e = entitlementOfApplication(deps.db, id);
    const entitlement = e ? { state: e.state, startDate: e.startDate, endDate: e.endDate, filing: e.filing, filingRef: e.filingRef, filingError: e.filingError } : null;
    const entitlementEvents = e ? eventsOfEntitlement(deps.db, e.id).map((x) => ({
      type: x.type, fromState: x.fromState, toState: x.toState, effectiveDate: x.effectiveDate, decidedBy: x.decidedBy, reason: x.reason, unexpected: x.unexpected,
    })) : [];
    const today = shanghaiDate(deps.clock());
    const ban = activeBan(bansOfApplicant(deps.db, found.applicant.id), today);
    return {
      application: toDto(found, shown), applicant: disclose(applicants.toDto(found.applicant), shown), history, entitlement, entitlementEvents,
      samplings: samplingsOfApplication(deps.db, id).map(({ item: s, uploadStatus }) => ({
        samplingId: s.samplingId, period: s.period, requestedAt: s.requestedAt, upload: uploadStatus, result: s.result, reason: s.reason, decidedOn: s.decidedOn,
      })),
      deadlines: deadlinesOf(deps.db, found.application, catalogue.activePack(), today, deskCalendar(deps.db)),
      notifications: notificationsDto(id), ban: ban ? { until: ban.until, reason: ban.reason } : null,
      revocable: mayRevoke(found.application.state), noticeKind: outcomeNoticeKind(found.application.state, e !== null),
      events: eventsFrom(found.application.state),
    };
  }

  /**
   * Runs one state-machine event inside a transaction: history, audit, the entitlement it creates or
   * ends, and the messages it owes the bureau — all or nothing. Returns the new DTO.
   */
  function apply(
    tx: Tx, actor: Actor, id: string, event: ApplicationEvent, ctx: TransitionContext, note: string | null,
    patch: { receivedAt?: string; identityVerification?: string } = {}, facts: { rereviewPassDate?: string } = {},
  ) {
    const found = findApplication(tx, id);
    if (!found) throw new AppError('APPLICATION_NOT_FOUND');
    const result = transition(found.application.state, event, ctx);
    if (!result.ok) throw AppError.from(result.error);
    const at = deps.clock().toISOString();
    updateApplicationState(tx, id, { state: result.value.to, updatedAt: at, ...patch });
    appendApplicationEvent(tx, { id: deps.newId(), applicationId: id, transition: result.value.transition, fromState: found.application.state, toState: result.value.to, at, actorId: actor.userId, note });
    entitlements.onTransition(tx, found, result.value.transition, { at: deps.clock(), rereviewPassDate: facts.rereviewPassDate ?? null });
    const entitlement = entitlementOfApplication(tx, id);
    recordAudit(tx, deps, actor, {
      action: `application.${event.toLowerCase()}`, entityType: 'application', entityId: id,
      details: { transition: result.value.transition, from: found.application.state, to: result.value.to },
      seal: [{ kind: 'application', id }, ...(entitlement ? [{ kind: 'entitlement' as const, id: entitlement.id }] : [])],
    });
    outbox.record(tx, id, result.value.transition);
    return toDto(findApplication(tx, id)!);
  }

  /** T1 受理: identity verified by a recorded method (R4) and the request signed (R3). */
  function receive(actor: Actor, id: string, method: IdentityVerification, applicantSigned: boolean) {
    requirePermission(actor, 'applications.transition');
    return deps.db.transaction((tx) =>
      apply(tx, actor, id, 'RECEIVE', { identityVerified: true, applicantSigned }, null, {
        receivedAt: deps.clock().toISOString(), identityVerification: method,
      }));
  }

  /** T15 撤回 at the applicant's request, with the reason recorded. */
  function withdraw(actor: Actor, id: string, reason: string) {
    requirePermission(actor, 'applications.transition');
    return deps.db.transaction((tx) => apply(tx, actor, id, 'WITHDRAW', {}, reason));
  }

  /**
   * T17 撤销认定 by the 医保办 (e.g. records found forged, 000 §24): the recognition ends, and when it
   * was filed with the bureau the outbox owes a 2504 revocation (written in this transaction).
   */
  function revoke(actor: Actor, id: string, reason: string, fraud = false) {
    requirePermission(actor, 'applications.revoke');
    return deps.db.transaction((tx) => {
      const found = findApplication(tx, id);
      const state = found?.application.state;
      if (!found || !state || !mayRevoke(state)) throw new AppError('TRANSITION_NOT_ALLOWED', { state: state ?? '' });
      const dto = apply(tx, actor, id, 'INVALIDATE', {}, fraud ? `弄虚作假：${reason}` : reason);
      if (fraud) banApplicant(tx, actor, { applicantId: found.applicant.id, applicationId: id, kind: 'FRAUD_IN_CERTIFICATION', decidedOn: shanghaiDate(deps.clock()), reason });
      return dto;
    });
  }

  /**
   * R41/R42: 两年内不得重新申请 — the ban runs from the decision day for the pack's years, in the audit
   * chain: the desk's revocation for fraud, or the bureau's cancellation for fraud in use.
   */
  function banApplicant(tx: Tx, actor: Actor, b: { applicantId: string; applicationId: string; kind: BanKind; decidedOn: string; reason: string }): void {
    const ban = { id: deps.newId(), ...b, until: banUntil(b.decidedOn, catalogue.activePack().bans.applicantYears) };
    insertBan(tx, { ...ban, createdBy: actor.userId, createdAt: deps.clock().toISOString() });
    recordAudit(tx, deps, actor, { action: 'applicant.ban', entityType: 'applicant', entityId: b.applicantId, details: { ...ban }, seal: [{ kind: 'ban', id: ban.id }] });
  }

  const notificationsDto = (id: string) => notificationsOf(deps.db, id).map(({ notification: n, recordedByName }) => ({
    state: n.state, method: n.method, toldOn: n.toldOn, note: n.note, recordedByName, recordedAt: n.recordedAt,
  }));

  /** §3.5: the clerk records when and how the applicant was told of the decision the case now stands at; the notice deadline closes. */
  function recordTold(actor: Actor, input: { id: string; method: NotifyMethod; toldOn: string; note: string | null }) {
    requirePermission(actor, 'applications.transition');
    deps.db.transaction((tx) => {
      const found = findApplication(tx, input.id);
      if (!found) throw new AppError('APPLICATION_NOT_FOUND');
      const hasEntitlement = entitlementOfApplication(tx, input.id) !== undefined;
      if (!mayRecordTold(found.application.state, hasEntitlement)) throw new AppError('NOTICE_NOT_DUE', { state: found.application.state });
      const row = { id: deps.newId(), applicationId: input.id, state: found.application.state, method: input.method, toldOn: input.toldOn, note: input.note };
      insertApplicantNotification(tx, { ...row, recordedBy: actor.userId, recordedAt: deps.clock().toISOString() });
      recordAudit(tx, deps, actor, { action: 'applicant.told', entityType: 'application', entityId: input.id, details: { ...row } });
    });
    return notificationsDto(input.id);
  }

  return { open, list, get, receive, withdraw, revoke, recordTold, applyEvent: apply, banApplicant };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
